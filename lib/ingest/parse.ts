import { parse as parseYaml } from 'yaml';
import { extname } from 'node:path';
import {
  sourceInputSchema,
  sourceMetadataSchema,
  type SourceFormat,
  type SourceInput,
} from '../validation/source';
import { IngestError } from './errors';
import { htmlMetadata, htmlToText, parseHtml } from './html';
import { fileSizeProblem, htmlDepthProblem, lineLengthProblem } from './limits';

const formats: Record<string, SourceFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** Reads one file's bytes into a source, e.g. `parseSourceFile('a.md', bytes)`; throws IngestError naming the file. */
export function parseSourceFile(fileName: string, bytes: Uint8Array): SourceInput {
  const format = formats[extname(fileName).toLowerCase()];
  if (!format) throw new IngestError(fileName, 'not a .txt, .md or .html file');
  if (bytes.length === 0) throw new IngestError(fileName, 'the file is empty');
  const tooBig = fileSizeProblem(bytes.length);
  if (tooBig) throw new IngestError(fileName, tooBig);
  if (bytes.includes(0)) throw new IngestError(fileName, 'not a text file (it contains binary data)');
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new IngestError(fileName, 'not valid UTF-8 text');
  }
  // Stored text is NFC with \n line ends: every offset refers to it, and the same article saved on
  // Windows or by another editor reads (and hashes) the same.
  raw = raw.normalize('NFC').replace(/\r\n?/g, '\n');
  const { text, metadata } =
    format === 'html' ? fromHtml(fileName, raw) : format === 'markdown' ? fromFrontMatter(raw) : { text: raw, metadata: {} };
  const tooLong = lineLengthProblem(text);
  if (tooLong) throw new IngestError(fileName, tooLong);
  metadata.publisher ??= publisherFromFooter(text);
  const parsedMeta = sourceMetadataSchema.safeParse(metadata);
  if (!parsedMeta.success) {
    const issue = parsedMeta.error.issues[0];
    throw new IngestError(fileName, `bad metadata "${issue.path.join('.')}": ${issue.message}`);
  }
  if (!text.trim()) throw new IngestError(fileName, 'the file has no readable text');
  const input = { ...parsedMeta.data, fileName, format, text, title: parsedMeta.data.title ?? titleFromText(text) };
  return sourceInputSchema.parse(input);
}

function fromHtml(fileName: string, html: string): { text: string; metadata: Partial<Record<string, string>> } {
  const { root, depth } = parseHtml(html);
  const tooDeep = htmlDepthProblem(depth);
  if (tooDeep) throw new IngestError(fileName, tooDeep);
  const metadata = dropEmpty(htmlMetadata(root));
  return { text: htmlToText(root), metadata };
}

// Front matter is YAML between a `---` first line and the next `---` line, in markdown only. It is parsed
// with a YAML parser that runs no code (no `---js` engines, no custom tags), and it must be a mapping of
// the keys below: anything else (a horizontal rule, prose) is markdown, kept whole.
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FRONT_MATTER_KEYS = new Set(['title', 'publisher', 'site', 'outlet', 'url', 'link', 'published', 'date', 'publishedAt', 'author', 'tags', 'description']);

function fromFrontMatter(raw: string): { text: string; metadata: Partial<Record<string, string>> } {
  const match = FRONT_MATTER.exec(raw);
  if (!match) return { text: raw, metadata: {} };
  let data: unknown;
  try {
    data = parseYaml(match[1], { schema: 'core', prettyErrors: false, maxAliasCount: 10 });
  } catch {
    // "title: The flood: the full report" is not YAML (a second colon), but plainly meant as front matter.
    data = plainLines(match[1]);
  }
  if (!isKnownMapping(data)) return { text: raw, metadata: {} };
  const date = data.published ?? data.date ?? data.publishedAt;
  const metadata = dropEmpty({
    title: str(data.title),
    publisher: str(data.publisher ?? data.site ?? data.outlet),
    url: str(data.url ?? data.link),
    publishedAt: str(date),
  });
  // Offsets refer to the stored text, so the body is kept exactly as it follows the front matter.
  return { text: raw.slice(match[0].length).replace(/^\r?\n/, ''), metadata };
}

/** Lines of `key: value` with known keys, each value taken as written (quotes around it dropped); else null. */
function plainLines(block: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const m = /^([A-Za-z]+):[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!m || !FRONT_MATTER_KEYS.has(m[1])) return null;
    out[m[1]] = m[2].replace(/^(["'])(.*)\1$/, '$2');
  }
  return out;
}

function isKnownMapping(data: unknown): data is Record<string, unknown> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  return keys.length > 0 && keys.every((k) => FRONT_MATTER_KEYS.has(k));
}

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : undefined);

function dropEmpty<T extends Record<string, string | undefined>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v)) as Partial<T>;
}

/** A title for a source that states none: its first line, cut at a word near 140 characters. */
export function titleFromText(text: string): string {
  // A wiki-style heading ("= Title =", "== Title ==") is the title without its markup.
  const line = text.trim().split('\n', 1)[0].trim().replace(/^(=+)\s*(.+?)\s*\1$/, '$2');
  if (line.length <= 140) return line;
  const cut = line.slice(0, 140);
  return cut.slice(0, cut.lastIndexOf(' ') > 80 ? cut.lastIndexOf(' ') : 140) + '…';
}

// Copied pages often end with the outlet's own footer: a newsletter sign-up or a copyright line.
const FOOTER_PUBLISHER = [
  /^Discover more from (.{2,80}?)\.?$/m,
  /^(?:Subscribe to|Thanks for reading) (.{2,80}?)[.!]?$/m,
  /^(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}(?:[-–]\d{4})?\s*)?(.{2,80}?)\.?(?:\s+All rights reserved\.?)?$/im,
];

/** The publisher a text's footer names, e.g. "Discover more from The Daily Ledger" → "The Daily Ledger". */
export function publisherFromFooter(text: string): string | undefined {
  const tail = text.split('\n').slice(-15).join('\n');
  for (const re of FOOTER_PUBLISHER) {
    const name = re.exec(tail)?.[1]?.trim();
    if (name && !/^(?:get|receive|our|the latest|to get)\b/i.test(name)) return name;
  }
  return undefined;
}
