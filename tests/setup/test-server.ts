import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Route = (res: ServerResponse, path: string) => void;

/**
 * A web server on 127.0.0.1 that the app fetches from (run with SPREAD_FETCH_ALLOW_PRIVATE=1, as the e2e server is).
 * `/loop/N` redirects forever; `/slow` never answers; any other path not in `routes` is a 404.
 */
export async function startTestServer(routes: Record<string, Route>) {
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const loop = /^\/loop\/(\d+)$/.exec(path);
    if (loop) return void res.writeHead(302, { location: `/loop/${Number(loop[1]) + 1}` }).end();
    if (path === '/slow') return void open.add(res);
    const route = routes[path];
    if (!route) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    route(res, path);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export const html = (body: string): Route => (res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
export const bytes = (contentType: string, body: Buffer): Route => (res) => void res.writeHead(200, { 'content-type': contentType }).end(body);
export const redirect = (to: string): Route => (res) => void res.writeHead(301, { location: to }).end();
