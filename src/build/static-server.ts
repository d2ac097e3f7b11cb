/**
 * Serves a built site from a folder on a free loopback port, as a static host would (unknown
 * paths get 404.html with status 404): for the browser tests and the benchmark.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** Serve another folder from now on (e.g. a newer build). */
  switchTo(dir: string): void;
  close(): Promise<void>;
}

export async function serveStatic(dir: string): Promise<StaticServer> {
  let root = dir;
  let serve = sirv(root, { dev: true });
  const server = http.createServer((req, res) =>
    serve(req, res, () => {
      const notFound = path.join(root, '404.html');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    switchTo(next) {
      root = next;
      serve = sirv(root, { dev: true });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
