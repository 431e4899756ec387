import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { figures, sources, type Figure, type NewFigure } from '../../db/schema';
import type { ExtractedFigure } from '../extract/types';
import type { SourceInput } from '../validation/source';
import { regroupMetrics } from './regroup';
import { DUPLICATE_THRESHOLD, resemblance, shingles } from './similar';

export interface PreparedSource {
  input: SourceInput;
  contentHash: string;
  figures: ExtractedFigure[];
  warnings: string[];
  extractorVersion: string;
}

export interface SaveResult {
  /** New sources; `duplicateOf` names the stored source one repeats (its figures join no metric). */
  added: { id: number; title: string; figures: number; warnings: string[]; duplicateOf: { id: number; title: string } | null }[];
  alreadyStored: { id: number; title: string }[];
}

/**
 * Writes sources and their figures, then regroups every metric, all in one transaction: a failure writes nothing.
 * BEGIN IMMEDIATE takes the write lock before the first read, so concurrent ingests queue on the busy timeout;
 * a deferred transaction that read first fails at once with "database is locked" when another writer got in between.
 */
export function saveSources(db: Db, prepared: PreparedSource[], now: Date): SaveResult {
  // Fingerprints of the stored sources are taken before the write lock; inside it, only sources another
  // writer added since are read, so the lock is held for writing, not for reading every text.
  const fingerprints = prepared.map((p) => shingles(p.input.text));
  const known = originalsAfter(db, 0);
  return db.transaction((tx) => {
    const result: SaveResult = { added: [], alreadyStored: [] };
    const originals = known.concat(originalsAfter(tx, known.at(-1)?.id ?? 0));
    for (const [i, p] of prepared.entries()) {
      const existing = tx.select({ id: sources.id, title: sources.title }).from(sources)
        .where(eq(sources.contentHash, p.contentHash)).get();
      if (existing) {
        result.alreadyStored.push(existing);
        continue;
      }
      const original = mostResembling(originals, fingerprints[i]);
      const row = tx.insert(sources).values({
        contentHash: p.contentHash,
        title: p.input.title,
        publisher: p.input.publisher ?? null,
        url: p.input.url ?? null,
        publishedAt: p.input.publishedAt ?? null,
        retrievedAt: now,
        fileName: p.input.fileName,
        format: p.input.format,
        text: p.input.text,
        extractorVersion: p.extractorVersion,
        warnings: p.warnings,
        duplicateOf: original?.id ?? null,
      }).returning({ id: sources.id }).get();
      const rows = p.figures.map((f) => toFigureRow(row.id, p.input.text, f, p.extractorVersion));
      for (let k = 0; k < rows.length; k += 500) tx.insert(figures).values(rows.slice(k, k + 500)).run();
      result.added.push({ id: row.id, title: p.input.title, figures: rows.length, warnings: p.warnings, duplicateOf: original ?? null });
      if (!original) originals.push({ id: row.id, title: p.input.title, shingles: fingerprints[i] });
    }
    if (result.added.length) regroupMetrics(tx);
    return result;
  }, { behavior: 'immediate' });
}

/** Stored sources that repeat no other, with id over `afterId`, oldest first, with their fingerprints. */
function originalsAfter(db: DbOrTx, afterId: number): { id: number; title: string; shingles: Set<number> }[] {
  return db.select({ id: sources.id, title: sources.title, text: sources.text }).from(sources)
    .where(and(isNull(sources.duplicateOf), gt(sources.id, afterId))).orderBy(asc(sources.id)).all()
    .map((s) => ({ id: s.id, title: s.title, shingles: shingles(s.text) }));
}

/** The stored source a text repeats (near-duplicate), if any: the most resembling one at or over the threshold. */
function mostResembling(
  candidates: { id: number; title: string; shingles: Set<number> }[],
  fingerprint: Set<number>,
): { id: number; title: string } | undefined {
  let best: { id: number; title: string } | undefined;
  let bestScore = 0;
  for (const c of candidates) {
    const score = resemblance(c.shingles, fingerprint);
    if (score > bestScore) [best, bestScore] = [{ id: c.id, title: c.title }, score];
  }
  return bestScore >= DUPLICATE_THRESHOLD ? best : undefined;
}

/** The citation invariant, checked on every write: the stored text at [start, end) is the figure's own text. */
export function assertFigureSpan(text: string, f: Pick<ExtractedFigure, 'start' | 'end' | 'text' | 'quoteStart' | 'quoteEnd' | 'quote'>): void {
  if (text.slice(f.start, f.end) !== f.text)
    throw new Error(`figure "${f.text}" at ${f.start}-${f.end} does not match the source text "${text.slice(f.start, f.end)}"`);
  if (text.slice(f.quoteStart, f.quoteEnd) !== f.quote)
    throw new Error(`quote at ${f.quoteStart}-${f.quoteEnd} does not match the source text`);
  if (f.quoteStart > f.start || f.quoteEnd < f.end)
    throw new Error(`figure "${f.text}" at ${f.start}-${f.end} lies outside its quote`);
}

function toFigureRow(sourceId: number, text: string, f: ExtractedFigure, extractorVersion: string): NewFigure {
  assertFigureSpan(text, f);
  return {
    sourceId,
    start: f.start,
    end: f.end,
    rawText: f.text,
    quoteStart: f.quoteStart,
    quoteEnd: f.quoteEnd,
    quote: f.quote,
    kind: f.kind,
    low: f.low,
    high: f.high,
    dateLow: f.dateLow,
    dateHigh: f.dateHigh,
    datePrecision: f.datePrecision,
    qualifier: f.qualifier,
    hedge: f.hedge,
    hedgeStart: f.hedgeStart,
    unit: f.unit,
    unitRaw: f.unitRaw,
    dimension: f.dimension,
    vague: f.vague,
    restated: f.restated,
    counts: f.counts,
    asOf: f.asOf,
    attributedTo: f.attributedTo,
    signals: f.signals,
    warnings: f.warnings,
    extractorVersion,
  };
}

/** Rebuilds the extracted figure a stored row came from, for regrouping. */
export function figureFromRow(row: Figure): ExtractedFigure {
  return {
    kind: row.kind,
    start: row.start,
    end: row.end,
    text: row.rawText,
    low: row.low,
    high: row.high,
    dateLow: row.dateLow,
    dateHigh: row.dateHigh,
    datePrecision: row.datePrecision,
    qualifier: row.qualifier,
    hedge: row.hedge,
    hedgeStart: row.hedgeStart,
    unit: row.unit,
    unitRaw: row.unitRaw,
    dimension: row.dimension as ExtractedFigure['dimension'],
    vague: row.vague,
    restated: row.restated ?? null,
    quoteStart: row.quoteStart,
    quoteEnd: row.quoteEnd,
    quote: row.quote,
    counts: row.counts,
    asOf: row.asOf,
    attributedTo: row.attributedTo,
    signals: row.signals,
    warnings: row.warnings,
  };
}
