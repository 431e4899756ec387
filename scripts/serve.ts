// `npm run serve` (`node --import tsx scripts/serve.ts [-H HOST] [-p PORT]`): the built app, served as `next
// start` serves it, with anonymous readers' pages kept until the database changes (lib/page-cache.ts). SQLite's
// data_version, read on a connection of this process that never writes, changes whenever the app or an `npm run
// ingest` in another process commits, so no reader gets a page older than the latest write. The build's scripts and
// styles are kept for the server's life.
// SPREAD_PAGE_CACHE=0 renders every request.
import Database from 'better-sqlite3';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { databasePath } from '../db/client';
import { assetKey, PageCache, pageKey, storable, storableAsset, type CachedPage } from '../lib/page-cache';

const arg = (short: string, long: string, fallback: string) => {
  const i = process.argv.findIndex((a) => a === short || a === long);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const hostname = arg('-H', '--hostname', '127.0.0.1');
const port = Number(arg('-p', '--port', process.env.PORT ?? '3000'));
// 64 MB holds several hundred pages (a metric or source page is 150–350 kB, less gzipped).
const cache = process.env.SPREAD_PAGE_CACHE === '0' ? null : new PageCache(64e6, 2e6);
// The build's scripts and styles, compressed once for the first browser that asks instead of on every request (a
// browser's first visit cost the server 40–60 ms of CPU for them). They never change while the server runs: their
// generation is always 0.
const assets = cache && new PageCache(32e6, 4e6);

// As `next start` does: React and Next load their production builds only when NODE_ENV says so before they load,
// and stack traces are not mapped (tsx turns source maps on; kept for every module Next loads, they cost this
// server about 150 MB).
Object.assign(process.env, { NODE_ENV: 'production' });
process.setSourceMapsEnabled(false);
const { default: next } = await import('next');
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
const watcher = new Database(databasePath(), { readonly: true, fileMustExist: true });
const generation = () => watcher.pragma('data_version', { simple: true }) as number;

// Renders under way, by key: readers who ask for a page while its first reader's render runs wait for that one
// (after a write, 8 readers of the overview cost one render, not 8).
const rendering = new Map<string, { generation: number; page: Promise<CachedPage | null> }>();

createServer((req, res) => {
  const asset = assets ? assetKey(req) : null;
  if (asset) return serveAsset(asset, req, res);
  const key = cache ? pageKey(req) : null;
  if (!cache || !key) return void handle(req, res);
  const now = generation();
  const hit = cache.get(key, now);
  if (hit) return replay(res, hit);
  const running = rendering.get(key);
  if (running?.generation === now) {
    void running.page.then((page) => (page ? replay(res, page, 'shared') : render(key, now, res, req)));
    return;
  }
  render(key, now, res, req);
}).listen(port, hostname, () => console.log(`Spread on http://${hostname}:${port}/ (pages kept until the database changes: ${cache ? 'on' : 'off'})`));

/** Renders the page for this request, keeping it when it may be kept; readers arriving meanwhile wait for it. */
function render(key: string, now: number, res: ServerResponse, req: IncomingMessage): void {
  let settle: (page: CachedPage | null) => void = () => {};
  const page = new Promise<CachedPage | null>((resolve) => (settle = resolve));
  rendering.set(key, { generation: now, page });
  res.setHeader('x-spread-cache', 'miss');
  record(res, cache!.maxEntryBytes, storable, (rendered) => {
    const kept = rendered && { ...rendered, generation: now };
    if (kept) cache!.set(key, kept);
    if (rendering.get(key)?.page === page) rendering.delete(key);
    settle(kept);
  });
  void handle(req, res);
}

function serveAsset(key: string, req: IncomingMessage, res: ServerResponse): void {
  const hit = assets!.get(key, 0);
  if (hit) return replay(res, hit);
  res.setHeader('x-spread-cache', 'miss');
  record(res, assets!.maxEntryBytes, storableAsset, (served) => served && assets!.set(key, { ...served, generation: 0 }));
  void handle(req, res);
}

function replay(res: ServerResponse, page: CachedPage, how: 'hit' | 'shared' = 'hit'): void {
  res.writeHead(page.status, { ...page.headers, 'content-length': String(page.body.length), 'x-spread-cache': how });
  res.end(page.body);
}

/**
 * Copies what Next writes to `res` (compressed as sent) and hands it over once the response is complete, or null
 * when it may not be kept (not a whole HTML page for everyone, too large, or the connection closed first).
 */
function record(res: ServerResponse, maxBytes: number, keepable: typeof storable, done: (page: Omit<CachedPage, 'generation'> | null) => void): void {
  const chunks: Buffer[] = [];
  let bytes = 0;
  let overflow = false;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (overflow || chunk == null || typeof chunk === 'function') return;
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
    bytes += b.length;
    if (bytes > maxBytes) overflow = true;
    else chunks.push(b);
  };
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof res.write;
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return (end as (...a: unknown[]) => ServerResponse)(chunk, ...rest);
  }) as typeof res.end;
  let finished = false;
  res.on('finish', () => {
    finished = true;
    const headers = Object.fromEntries(
      Object.entries(res.getHeaders()).filter(([k]) => k !== 'x-spread-cache' && k !== 'date').map(([k, v]) => [k, Array.isArray(v) ? v : String(v)]),
    );
    const whole = !overflow && keepable(res.statusCode, headers, bytes, maxBytes);
    done(whole ? { status: res.statusCode, headers, body: Buffer.concat(chunks) } : null);
  });
  res.on('close', () => {
    if (!finished) done(null);
  });
}
