import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { figures, sources, type NewFigure } from '../../db/schema';
import type { ExtractedFigure } from '../extract/types';
import type { SourceInput } from '../validation/source';
import { periodOf } from '../group';
import { loadWordNet } from '../lexicon/wordnet';
import { assignStory, needsRegroup, placeSourceFigures, regroupAll } from './group-store';
import { refreshAllMetricSummaries, refreshMetricSummaries } from './summaries';

export interface PreparedSource {
  input: SourceInput;
  contentHash: string;
  figures: ExtractedFigure[];
  warnings: string[];
  extractorVersion: string;
}

export interface SaveResult {
  added: { id: number; title: string; figures: number }[];
  alreadyStored: { id: number; title: string }[];
}

/**
 * Writes sources and their figures, places them into stories and metrics, and refreshes the touched metrics'
 * stored summaries and search rows, all in one transaction: a failure writes nothing, and no reader sees figures
 * without summaries. Only the new figures' candidates are read; stored placements stay put.
 */
export function saveSources(db: Db, prepared: PreparedSource[], now: Date): SaveResult {
  return db.transaction((tx) => {
    const result: SaveResult = { added: [], alreadyStored: [] };
    const added: [number, string][] = [];
    // A database from before incremental grouping has sources with no story: place everything once.
    const stale = needsRegroup(tx);
    for (const p of prepared) {
      const existing = tx.select({ id: sources.id, title: sources.title }).from(sources)
        .where(eq(sources.contentHash, p.contentHash)).get();
      if (existing) {
        result.alreadyStored.push(existing);
        continue;
      }
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
      }).returning({ id: sources.id }).get();
      const rows = p.figures.map((f) => ({ ...toFigureRow(row.id, p.input.text, f, p.extractorVersion), period: periodOf(f, p.figures) }));
      for (let i = 0; i < rows.length; i += 500) tx.insert(figures).values(rows.slice(i, i + 500)).run();
      result.added.push({ id: row.id, title: p.input.title, figures: rows.length });
      added.push([row.id, p.input.text]);
    }
    if (result.added.length) {
      const lexicon = loadWordNet();
      if (stale) {
        regroupAll(tx, lexicon);
        refreshAllMetricSummaries(tx);
      } else {
        const touched = new Set<number>();
        for (const [id, text] of added) for (const m of placeSourceFigures(tx, id, assignStory(tx, id, text), lexicon)) touched.add(m);
        // A summary counts sources and titles; a metric the new source joined or started is the only one that changed.
        refreshMetricSummaries(tx, [...touched]);
      }
    }
    return result;
  });
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
