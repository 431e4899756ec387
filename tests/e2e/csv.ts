import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';

/** The exact header every export starts with: provenance in every row. */
export const EXPORT_HEADER = [
  'figure_id', 'metric', 'metric_slug', 'value_as_stated', 'low', 'high', 'date_low', 'date_high', 'qualifier', 'hedge',
  'unit', 'counts', 'as_of', 'attributed_to', 'source_id', 'source_title', 'publisher', 'url', 'published', 'retrieved',
  'quote', 'quote_start', 'quote_end', 'figure_start', 'figure_end', 'page', 'rank', 'review_status', 'permalink',
];

/** An RFC 4180 CSV as a list of records keyed by its header, as a spreadsheet or pandas would read it. */
export function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const lines: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(cell), lines.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), lines.push(row);
  const [header, ...rest] = lines;
  return { header, rows: rest.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

/** A downloaded file's text, and whether it began with a UTF-8 byte-order mark. */
export async function readDownload(download: Download): Promise<{ text: string; bom: boolean; name: string }> {
  const bytes = await readFile((await download.path())!);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: bytes.subarray(bom ? 3 : 0).toString('utf8'), bom, name: download.suggestedFilename() };
}
