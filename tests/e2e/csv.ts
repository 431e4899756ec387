import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { readCsvRows } from '../setup/csv';

/** The exact header every export starts with: provenance in every row. */
export const EXPORT_HEADER = [
  'figure_id', 'metric', 'metric_slug', 'value_as_stated', 'low', 'high', 'date_low', 'date_high', 'qualifier', 'hedge',
  'unit', 'counts', 'as_of', 'attributed_to', 'source_id', 'source_title', 'publisher', 'url', 'published', 'retrieved',
  'quote', 'quote_start', 'quote_end', 'figure_start', 'figure_end', 'page', 'rank', 'review_status', 'permalink',
];

/** An RFC 4180 CSV as a list of records keyed by its header, as a spreadsheet or pandas would read it. */
export function parseCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...rest] = readCsvRows(text);
  return { header, rows: rest.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

/** A downloaded file's text, and whether it began with a UTF-8 byte-order mark. */
export async function readDownload(download: Download): Promise<{ text: string; bom: boolean; name: string }> {
  const bytes = await readFile((await download.path())!);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: bytes.subarray(bom ? 3 : 0).toString('utf8'), bom, name: download.suggestedFilename() };
}
