import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';
import { EXTRACTOR_VERSION, extractFigures } from '../extract';
import type { SourceInput } from '../validation/source';
import { IngestError } from './errors';
import { figureCountProblem } from './limits';
import { parseSourceFile } from './parse';
import { saveSources, type PreparedSource, type SaveResult } from './save';

export { IngestError } from './errors';
export { parseSourceFile } from './parse';
export { regroupAll, needsRegroup } from './group-store';
export { refreshAllMetricSummaries, refreshMetricSummaries } from './summaries';
export { LIMITS } from './limits';
export type { SaveResult } from './save';

export interface InputFile {
  /** The file's name as stored with the source; its extension picks the format. */
  name: string;
  bytes: Uint8Array;
  /** The path as the user gave it, for messages; defaults to `name`. */
  path?: string;
}

export interface IngestOptions {
  now: Date;
  /** Called after each source is read and extracted (before anything is written). */
  onProgress?: (done: number, total: number, fileName: string) => void;
}

/**
 * sha256 of the text with Unicode (NFC), line ends and runs of white space normalised, so the same article
 * saved with CRLF or a trailing newline is stored once, e.g. `contentHash('a\r\nb\n') === contentHash('a\nb')`.
 */
export function contentHash(text: string): string {
  const normal = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normal, 'utf8').digest('hex');
}

/** Extracts one parsed source's figures; odd text gives warnings, never an exception. Past the figure limit, throws IngestError. */
export function prepareSource(input: SourceInput): PreparedSource {
  const { figures, warnings } = extractFigures(input.text);
  const tooMany = figureCountProblem(figures.length);
  if (tooMany) throw new IngestError(input.fileName, tooMany);
  return { input, contentHash: contentHash(input.text), figures, warnings, extractorVersion: EXTRACTOR_VERSION };
}

/**
 * Reads, extracts and stores files, e.g. `ingestFiles(db, [{ name: 'a.txt', bytes }], { now: new Date() })`.
 * Every file is read and extracted before the single write transaction opens, so one bad file writes nothing.
 */
export function ingestFiles(db: Db, files: InputFile[], options: IngestOptions): SaveResult {
  if (files.length === 0) throw new IngestError('(no files)', 'give at least one .txt, .md or .html file');
  const prepared = files.map((file, i) => {
    const source = readFile(file);
    options.onProgress?.(i + 1, files.length, file.name);
    return source;
  });
  // The same content given twice in one run is reported as already stored, like content stored earlier.
  return saveSources(db, prepared, options.now);
}

/** One file parsed and extracted; any failure becomes an IngestError naming the file as the user gave it. */
function readFile(file: InputFile): PreparedSource {
  try {
    return prepareSource(parseSourceFile(file.name, file.bytes));
  } catch (err) {
    if (err instanceof IngestError) throw new IngestError(file.path ?? file.name, err.reason);
    throw new IngestError(file.path ?? file.name, `could not be read: ${(err as Error).message}`);
  }
}
