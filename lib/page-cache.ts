// Rendered pages kept for readers who are not signed in, until the database changes. A page of the archive is
// the same for every anonymous reader of one URL, and rendering it costs a single Node process tens of
// milliseconds, so 8 readers at once queue behind each other; a stored copy answers in a fraction of that.
// Pure: the server (scripts/serve.ts) asks the database for its generation and does the HTTP.

import { SESSION_COOKIE } from './auth/cookie';

/** A stored response: what the server wrote for the first reader of one URL at one generation. */
export interface CachedPage {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  /** The database generation (SQLite's data_version) the page was rendered at. */
  generation: number;
}

export interface PageRequest {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A request's Accept-Encoding as one token ("gzip,deflate,br"): Next compresses a response by it. */
const acceptedEncodings = (req: PageRequest) => String(req.headers['accept-encoding'] ?? '').toLowerCase().replace(/\s+/g, '');

/** The pages a reader opens most: the overview (its searches, filters and pages), a metric and a source. */
const CACHED_PATHS = /^\/(?:metrics\/[^/.?]+|sources\/\d+)?\/?(?:\?|$)/;

/**
 * The key a request's page is stored under, or null when it must be rendered for this request alone: a
 * signed-in editor (the page carries their review panels), a client-side navigation (RSC payload only), a
 * server action, any method but GET, or a path outside the overview, metric and source pages. For example
 * `pageKey({ method: 'GET', url: '/?q=deaths', headers: { host: 'localhost', 'accept-encoding': 'gzip, br' } })` →
 * 'localhost|||gzip,br|/?q=deaths'.
 */
export function pageKey(req: PageRequest): string | null {
  if (req.method !== 'GET' || !req.url || !CACHED_PATHS.test(req.url)) return null;
  const h = req.headers;
  if (h.rsc || h['next-router-prefetch'] || h['next-action'] || h['next-router-state-tree']) return null;
  if (typeof h.cookie === 'string' && h.cookie.includes(`${SESSION_COOKIE}=`)) return null;
  // Absolute links on a page (permalinks, the embed code) are built from the request's host and scheme. The kept
  // body is compressed as Next chose for the first reader's Accept-Encoding (gzip, deflate or none): only a reader
  // who sends the same list gets it (a browser sends one fixed list, so that costs nothing).
  return [h.host, h['x-forwarded-host'], h['x-forwarded-proto'], acceptedEncodings(req), req.url].map((v) => String(v ?? '')).join('|');
}

/**
 * The key a build asset is kept under for the server's life, or null: a script, stylesheet or font under
 * /_next/static/, whose name carries its content's hash, so it never changes while the server runs. For example
 * `assetKey({ method: 'GET', url: '/_next/static/chunks/0bai1c1isroc8.js', headers: { 'accept-encoding': 'gzip' } })`
 * → 'gzip|/_next/static/chunks/0bai1c1isroc8.js'.
 */
export function assetKey(req: PageRequest): string | null {
  if (req.method !== 'GET' || !req.url?.startsWith('/_next/static/') || req.url.includes('?') || req.url.includes('..')) return null;
  return `${acceptedEncodings(req)}|${req.url}`;
}

/** Whether a build asset's response may be kept: whole, for everyone. */
export function storableAsset(status: number, headers: Record<string, unknown>, bytes: number, maxEntryBytes: number): boolean {
  return status === 200 && !('set-cookie' in headers) && bytes <= maxEntryBytes;
}

/** Whether a rendered response may be stored: a complete HTML page, for everyone, without a cookie. */
export function storable(status: number, headers: Record<string, unknown>, bytes: number, maxEntryBytes: number): boolean {
  const type = String(headers['content-type'] ?? '');
  return status === 200 && type.startsWith('text/html') && !('set-cookie' in headers) && bytes <= maxEntryBytes;
}

/**
 * Stored pages, least recently read dropped first past `maxBytes`. An entry counts only at the generation it
 * was rendered at: `get(key, generation)` after any write to the database misses, and the first miss at a new
 * generation empties the store.
 */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;
  private generation = -1;

  constructor(readonly maxBytes: number, readonly maxEntryBytes: number) {}

  get size(): number {
    return this.pages.size;
  }

  get(key: string, generation: number): CachedPage | undefined {
    if (generation !== this.generation) {
      this.clear();
      this.generation = generation;
      return undefined;
    }
    const page = this.pages.get(key);
    if (!page) return undefined;
    // Re-inserted, so the Map's order is the order of last reads.
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  /** Stores a page rendered at `page.generation`; a page rendered before the latest write is dropped. */
  set(key: string, page: CachedPage): void {
    if (page.generation !== this.generation || page.body.length > this.maxEntryBytes) return;
    const old = this.pages.get(key);
    if (old) this.bytes -= old.body.length;
    this.pages.delete(key);
    this.pages.set(key, page);
    this.bytes += page.body.length;
    for (const [k, p] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(k);
      this.bytes -= p.body.length;
    }
  }

  clear(): void {
    this.pages.clear();
    this.bytes = 0;
  }
}
