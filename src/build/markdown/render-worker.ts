/** Worker thread: renders Markdown bodies with the site's pipeline (options.ts), one at a time. */
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { satteri } from '@astrojs/markdown-satteri';
import { siteMarkdownOptions, type MarkdownSpec } from './options.ts';
import type { RenderReply, RenderRequest } from './render-pool.ts';

const { spec, shared } = workerData as { spec: MarkdownSpec; shared: Record<string, unknown> };
const renderer = await satteri(siteMarkdownOptions(spec)).createRenderer(shared as never);

parentPort!.on('message', async ({ id, body, filePath }: RenderRequest) => {
  let reply: RenderReply;
  try {
    const { code, metadata } = await renderer.render(
      body,
      filePath ? { frontmatter: {}, fileURL: pathToFileURL(filePath) } : { frontmatter: {} },
    );
    const { headings, localImagePaths, remoteImagePaths } = metadata;
    reply = { id, rendered: { code, metadata: { headings, localImagePaths, remoteImagePaths } } };
  } catch (error) {
    reply = { id, error: (error as Error).message };
  }
  parentPort!.postMessage(reply);
});
