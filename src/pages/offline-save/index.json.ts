/**
 * The plan of 离线保存: every lesson (its page, its handout, the guides on its agenda) and every
 * guide collection (its index and pages). The build then adds the search fragments and the bytes
 * (src/build/offline/save-manifest.ts) and rewrites this file in dist/.
 */
import type { APIRoute } from 'astro';
import { handoutPdfUrl, handoutUrl } from '../../build/handouts/handout.ts';
import { getSite } from '../../model/site.ts';
import { urlOf } from '../../model/queries.ts';
import { guideCollections } from '../../model/registry.ts';
import { collectionSaveId, lessonSaveId, type SavePlanItem } from '../../shared/offline-save.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const lessons: SavePlanItem[] = site.lessons.map((lesson) => {
    const href = urlOf(lesson);
    const agenda = lesson.data.agenda.flatMap((item) => {
      const guide = item.guide && site.graph.get(item.guide);
      return guide ? [urlOf(guide)] : [];
    });
    return {
      id: lessonSaveId(lesson.id),
      kind: 'lesson',
      title: lesson.data.title,
      href,
      pages: [...new Set([href, handoutUrl(lesson.id), ...agenda])],
      files: [handoutPdfUrl(lesson.id)],
    };
  });
  const collections: SavePlanItem[] = guideCollections.map((def) => {
    const href = `/${def.key}/`;
    const guides = site.guidesOf(def.key);
    return {
      id: collectionSaveId(def.key),
      kind: 'collection',
      title: def.label,
      href,
      pages: [
        href,
        ...guides.flatMap((g) => (def.key === 'lessons' ? [urlOf(g), handoutUrl(g.id)] : [urlOf(g)])),
      ],
      files: def.key === 'lessons' ? guides.map((g) => handoutPdfUrl(g.id)) : [],
    };
  });
  return new Response(JSON.stringify({ items: [...lessons, ...collections] }));
};
