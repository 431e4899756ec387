import { extname } from 'node:path';
import { sourceInputSchema, sourceMetadataSchema, type SourceMetadata } from '../validation/source';
import { readArticle } from './article';
import { IngestError } from './errors';
import { fetchUrl, formatBytes, type FetchOptions } from './fetch-url';
import { parseSourceFile, publisherFromFooter, titleFromText } from './parse';
import { readPdf } from './pdf';
import type { StagedSource } from './staged';

export const FILE_TYPES = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.pdf'];
const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain', '.text': 'text/plain', '.md': 'text/markdown', '.markdown': 'text/markdown',
  '.html': 'text/html', '.htm': 'text/html', '.pdf': 'application/pdf',
};

/**
 * Reads one uploaded or local file into a staged source, e.g. `await readSourceFile('report.pdf', bytes, { maxBytes, now })`.
 * Throws IngestError naming the file when it is too large, of another type, binary, not UTF-8, empty or a PDF without text.
 */
export async function readSourceFile(name: string, bytes: Uint8Array, options: { maxBytes: number; now: Date }): Promise<StagedSource> {
  const ext = extname(name).toLowerCase();
  if (!FILE_TYPES.includes(ext)) throw new IngestError(name, 'not a .txt, .md, .html or .pdf file');
  if (bytes.length > options.maxBytes)
    throw new IngestError(name, `the file is ${formatBytes(bytes.length)}; the limit is ${formatBytes(options.maxBytes)} per file`);
  const contentType = ext === '.pdf' ? 'application/pdf' : `${CONTENT_TYPES[ext]}; charset=utf-8`;
  const original = { bytes, contentType, fetchedUrl: null, finalUrl: null, redirects: [], retrievedAt: options.now };
  if (ext === '.pdf') {
    if (bytes.length === 0) throw new IngestError(name, 'the file is empty');
    const { input, pageStarts } = await readPdf(name, bytes);
    return { input, original, pageStarts };
  }
  return { input: parseSourceFile(name, bytes), original, pageStarts: null };
}

/** Pasted text with the metadata typed beside it; the text is stored exactly as pasted. */
export function readPastedText(text: string, metadata: SourceMetadata, now: Date): StagedSource {
  if (!text.trim()) throw new IngestError('pasted text', 'the text is empty: paste the statement or article first');
  const meta = sourceMetadataSchema.parse(metadata);
  const input = sourceInputSchema.parse({
    ...meta,
    publisher: meta.publisher ?? publisherFromFooter(text),
    fileName: 'pasted text',
    format: 'text',
    text,
    title: meta.title ?? titleFromText(text),
  });
  const bytes = new TextEncoder().encode(text);
  return { input, original: { bytes, contentType: 'text/plain; charset=utf-8', fetchedUrl: null, finalUrl: null, redirects: [], retrievedAt: now }, pageStarts: null };
}

/**
 * Fetches a URL and reads it: the readable article of an HTML page, or a PDF's text by page.
 * Title, publisher, date and canonical URL come from the page's metadata.
 */
export async function readSourceUrl(url: string, options: FetchOptions): Promise<StagedSource> {
  const fetched = await fetchUrl(url, options);
  const { kind, ...original } = fetched;
  const name = fileNameOf(fetched.finalUrl ?? url, kind);
  if (kind === 'pdf') {
    const { input, pageStarts } = await readPdf(url, fetched.bytes);
    return { input: { ...input, fileName: name, url: fetched.finalUrl ?? url }, original, pageStarts };
  }
  let html: string;
  try {
    html = new TextDecoder(charsetOf(fetched.contentType), { fatal: false }).decode(fetched.bytes);
  } catch {
    html = new TextDecoder('utf-8').decode(fetched.bytes);
  }
  const { text, metadata } = readArticle(html, fetched.finalUrl ?? url);
  if (!text.trim()) throw new IngestError(url, 'the page has no readable text; if it needs a browser to show its article, save it as a file and upload it');
  // A page's meta tags are the page's claims: keep each one that is well formed, drop the rest.
  const good: SourceMetadata = Object.fromEntries(
    Object.entries(metadata).filter(([key, value]) => value && sourceMetadataSchema.safeParse({ [key]: value }).success),
  );
  const input = sourceInputSchema.parse({ ...good, fileName: name, format: 'html', text, title: good.title ?? titleFromText(text) });
  return { input, original, pageStarts: null };
}

function fileNameOf(url: string, kind: 'html' | 'pdf'): string {
  const last = new URL(url).pathname.split('/').filter(Boolean).pop();
  return last ? decodeURIComponent(last).slice(0, 200) : kind === 'pdf' ? 'download.pdf' : 'index.html';
}

function charsetOf(contentType: string): string {
  return /charset=["']?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? 'utf-8';
}
