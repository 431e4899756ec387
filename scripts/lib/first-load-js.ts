import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstLoad {
  route: string;
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
}

// The scripts a modern browser runs on a cold load of the page: every <script src> under /_next/static
// in the served HTML. `noModule` polyfills are skipped, since browsers that support modules never fetch them.
const SCRIPT = /<script\b([^>]*)\bsrc="(\/_next\/static\/[^"]+\.js)(?:\?[^"]*)?"([^>]*)>/g;

/**
 * First-load JavaScript of one served page, measured from the HTML and the built chunk files,
 * e.g. `await measureFirstLoad('http://127.0.0.1:3000', '/')` → { gzipBytes: 128000, ... }.
 */
export async function measureFirstLoad(baseUrl: string, route: string, distDir = '.next'): Promise<FirstLoad> {
  const html = await (await fetch(new URL(route, baseUrl))).text();
  const files = new Set<string>();
  for (const m of html.matchAll(SCRIPT)) if (!/nomodule/i.test(m[1] + m[3])) files.add(m[2]);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const src of files) {
    const bytes = readFileSync(join(distDir, src.replace(/^\/_next\//, '')));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { route, scripts: files.size, rawBytes, gzipBytes };
}
