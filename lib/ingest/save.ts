import { eq, getTableName, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { figures, sources, type NewFigure } from '../../db/schema';
import type { ExtractedFigure } from '../extract/types';
import type { SourceInput } from '../validation/source';
import { periodsOf } from '../group';
import { loadWordNet } from '../lexicon/wordnet';
import { applyDecisions } from './decisions';
import { assignStory, flushStories, needsRegroup, newStoryCache, placeSourceFigures, regroupAll } from './group-store';
import { DUPLICATE_THRESHOLD, minhash, resemblance, shingles } from './similar';
import { keepMemory, openMemory, type IngestMemory } from './memory';
import { bound, prepared } from './prepared';
import { fillSourceBands, resemblingInStory, storeSourceBands } from './source-bands';
import { refreshAllMetricSummaries, refreshMetricSummaries } from './summaries';

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
 * Writes sources and their figures, places them into stories and metrics, and refreshes the touched metrics'
 * stored summaries and search rows, all in one transaction: a failure writes nothing, and no reader sees figures
 * without summaries. Only the new figures' candidates are read; stored placements stay put.
 * BEGIN IMMEDIATE takes the write lock before the first read, so concurrent ingests queue on the busy timeout;
 * a deferred transaction that read first fails at once with "database is locked" when another writer got in between.
 */
export function saveSources(db: Db, batch: PreparedSource[], now: Date): SaveResult {
  const fingerprints = batch.map((p) => shingles(p.input.text));
  const lexicon = loadWordNet();
  // Nested in a caller's transaction (saveStaged, a preview), this one only commits with it: its memory is not kept.
  const outermost = !db.$client.inTransaction;
  let memory: IngestMemory | undefined;
  const saved = db.transaction((tx) => {
    memory = openMemory(db);
    const result: SaveResult = { added: [], alreadyStored: [] };
    // A database from before incremental grouping has sources with no story: place everything once.
    const stale = needsRegroup(tx);
    fillSourceBands(tx);
    const storyCache = newStoryCache();
    const joined = new Map<number, number[]>();
    for (const [i, p] of batch.entries()) {
      const existing = prepared(tx, 'source-by-hash', () => tx.select({ id: sources.id, title: sources.title }).from(sources)
        .where(eq(sources.contentHash, sql.placeholder('hash'))).prepare()).get({ hash: p.contentHash });
      if (existing) {
        result.alreadyStored.push(existing);
        continue;
      }
      const row = insertRow(tx, sources, {
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
      });
      const periods = periodsOf(p.figures, p.input.text);
      const rows = p.figures.map((f, k) => ({ ...toFigureRow(row.id, p.input.text, f, p.extractorVersion), period: periods[k] }));
      for (const r of rows) insertRow(tx, figures, r);
      let original: { id: number; title: string } | undefined;
      const signature = minhash(fingerprints[i]);
      storeSourceBands(tx, row.id, signature);
      if (!stale) {
        const story = assignStory(tx, row.id, p.input.text, storyCache, memory);
        // A near-duplicate repeats a source of its own story; it is kept and linked, and its figures join no metric.
        original = mostResembling(resemblingInStory(tx, story, signature, row.id), fingerprints[i]);
        if (original) tx.update(sources).set({ duplicateOf: original.id }).where(eq(sources.id, row.id)).run();
        else for (const [m, ids] of placeSourceFigures(tx, row.id, story, lexicon, memory)) joined.set(m, (joined.get(m) ?? []).concat(ids));
      }
      result.added.push({ id: row.id, title: p.input.title, figures: rows.length, warnings: p.warnings, duplicateOf: original ?? null });
    }
    flushStories(tx, storyCache);
    const touched = new Set(joined.keys());
    // A person's decisions win over the placement just made; what the machine proposed against them becomes a
    // suggestion. A metric they changed is read whole again.
    const decided = !stale && touched.size ? applyDecisions(tx) : [];
    for (const m of decided) {
      touched.add(m);
      memory.forgetMetric(m);
    }
    // A pinned figure moved between metrics: which figures each bucket's metrics hold is read again.
    if (decided.length) memory.buckets.clear();
    if (stale && result.added.length) {
      regroupAll(tx, lexicon);
      memory.clear();
      refreshAllMetricSummaries(tx);
    } else if (touched.size) {
      // A summary counts sources and titles; a metric the new source joined or started is the only one that changed.
      refreshMetricSummaries(tx, [...touched], { memory, figures: joined });
    }
    return result;
  }, { behavior: 'immediate' });
  if (outermost) keepMemory(db, memory!);
  return saved;
}

/**
 * Inserts one row through a statement prepared once per transaction for the row's columns, e.g.
 * `insertRow(tx, figures, row)` → its id: building a drizzle insert costs more than running it.
 */
function insertRow<T extends typeof sources | typeof figures>(tx: DbOrTx, table: T, row: T['$inferInsert']): { id: number } {
  const { key, values } = bound(row);
  const statement = prepared(tx, `insert ${getTableName(table)}(${key})`, () => tx.insert(table).values(values as never).returning({ id: table.id }).prepare());
  return statement.get(row)!;
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
