import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';
import { EXTRACTOR_VERSION, extractFigures } from '../extract';
import type { SourceInput } from '../validation/source';
import { IngestError } from './errors';
import { parseSourceFile } from './parse';
import { saveSources, type PreparedSource, type SaveResult } from './save';

export { IngestError } from './errors';
export { parseSourceFile } from './parse';
export { regroupAll, needsRegroup } from './group-store';
export { refreshAllMetricSummaries, refreshMetricSummaries } from './summaries';
export type { SaveResult } from './save';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface IngestOptions {
  now: Date;
  /** Called after each source is read and extracted (before anything is written). */
  onProgress?: (done: number, total: number, fileName: string) => void;
}

/** sha256 of the stored text: the same content ingested twice is stored once. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Extracts one parsed source's figures; odd text gives warnings, never an exception. */
export function prepareSource(input: SourceInput): PreparedSource {
  const { figures, warnings } = extractFigures(input.text);
  return { input, contentHash: contentHash(input.text), figures, warnings, extractorVersion: EXTRACTOR_VERSION };
}

/**
 * Reads, extracts and stores files, e.g. `ingestFiles(db, [{ name: 'a.txt', bytes }], { now: new Date() })`.
 * Every file is read and extracted before the single write transaction opens, so one bad file writes nothing.
 */
export function ingestFiles(db: Db, files: InputFile[], options: IngestOptions): SaveResult {
  if (files.length === 0) throw new IngestError('(no files)', 'give at least one .txt, .md or .html file');
  const prepared = files.map((file, i) => {
    const source = prepareSource(parseSourceFile(file.name, file.bytes));
    options.onProgress?.(i + 1, files.length, file.name);
    return source;
  });
  return saveSources(db, dedupe(prepared), options.now);
}

/** The same content given twice in one run is one source. */
function dedupe(prepared: PreparedSource[]): PreparedSource[] {
  const seen = new Set<string>();
  return prepared.filter((p) => !seen.has(p.contentHash) && seen.add(p.contentHash));
}
