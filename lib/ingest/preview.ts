import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { figures, metrics, sources } from '../../db/schema';
import type { ExtractedFigure } from '../extract/types';
import { saveSources, type PreparedSource } from './save';
import { dedupeStaged } from './save-staged';
import { pageAt, type StagedSource } from './staged';

/** The metric a new figure would join on saving: an existing one (by slug, as regrouping keeps it) or a new one. */
export interface MetricJoin {
  slug: string;
  label: string;
  existing: boolean;
  /** Figures and sources already stored in it (0 for a new metric). */
  storedFigures: number;
  storedSources: number;
}

export type PreviewFigure = Pick<ExtractedFigure,
  'kind' | 'start' | 'end' | 'text' | 'low' | 'high' | 'dateLow' | 'dateHigh' | 'datePrecision' | 'qualifier' | 'hedge' | 'hedgeStart' |
  'unit' | 'vague' | 'asOf' | 'counts' | 'dimension' | 'quoteStart' | 'quoteEnd' | 'attributedTo'> & {
  page: number | null;
  metric: MetricJoin | null;
};

export interface SourcePreview {
  title: string;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  fileName: string;
  format: string;
  text: string;
  figures: PreviewFigure[];
  /** The stored source with the same content: saving skips this one. */
  duplicateOf: { id: number; title: string } | null;
  provenance: { contentType: string; byteLength: number; fetchedUrl: string | null; finalUrl: string | null; redirects: string[] };
}

/**
 * What saving staged sources would store, without writing: each source's text and figures, and the metric each figure
 * would join, found by running the save itself and rolling it back.
 */
export function previewStaged(db: Db, staged: StagedSource[]): SourcePreview[] {
  const items = dedupeStaged(staged);
  const stored = new Map(
    db.select({ id: sources.id, title: sources.title, hash: sources.contentHash }).from(sources)
      .where(inArray(sources.contentHash, items.map((i) => i.prepared.contentHash))).all()
      .map((r) => [r.hash, { id: r.id, title: r.title }]),
  );
  const fresh = items.filter((i) => !stored.has(i.prepared.contentHash));
  const joins = simulateGrouping(db, fresh.map((i) => i.prepared));
  return items.map(({ staged: s, prepared }) => {
    const k = fresh.findIndex((f) => f.prepared === prepared);
    const { input, original: o } = s;
    return {
      title: input.title,
      publisher: input.publisher ?? null,
      url: input.url ?? null,
      publishedAt: input.publishedAt ?? null,
      fileName: input.fileName,
      format: input.format,
      text: input.text,
      duplicateOf: stored.get(prepared.contentHash) ?? null,
      provenance: { contentType: o.contentType, byteLength: o.bytes.length, fetchedUrl: o.fetchedUrl, finalUrl: o.finalUrl, redirects: o.redirects },
      figures: prepared.figures.map((f, i) => ({
        kind: f.kind, start: f.start, end: f.end, text: f.text, low: f.low, high: f.high, dateLow: f.dateLow, dateHigh: f.dateHigh,
        datePrecision: f.datePrecision, qualifier: f.qualifier, hedge: f.hedge, hedgeStart: f.hedgeStart, unit: f.unit, vague: f.vague,
        asOf: f.asOf, counts: f.counts, dimension: f.dimension, quoteStart: f.quoteStart, quoteEnd: f.quoteEnd, attributedTo: f.attributedTo,
        page: s.pageStarts ? pageAt(s.pageStarts, f.start) : null,
        metric: k >= 0 ? joins[k][i] : null,
      })),
    };
  });
}

class Rollback extends Error {}

// The save itself, run inside a transaction that is then rolled back: the preview shows exactly the metrics the
// save will put each figure in, with nothing written.
function simulateGrouping(db: Db, fresh: PreparedSource[]): (MetricJoin | null)[][] {
  if (fresh.length === 0) return [];
  let joins: (MetricJoin | null)[][] = [];
  try {
    db.transaction(() => {
      const lastMetric = db.select({ id: sql<number>`coalesce(max(${metrics.id}), 0)` }).from(metrics).get()!.id;
      const result = saveSources(db, fresh, new Date(0));
      const added = result.added.map((a) => a.id);
      const describe = (metricId: number): MetricJoin => {
        const m = db.select({ slug: metrics.slug, label: metrics.label }).from(metrics).where(eq(metrics.id, metricId)).get()!;
        const stored = db.select({ figures: sql<number>`count(*)`, sources: sql<number>`count(distinct ${figures.sourceId})` })
          .from(figures).where(and(eq(figures.metricId, metricId), notInArray(figures.sourceId, added))).get()!;
        return { ...m, existing: metricId <= lastMetric, storedFigures: stored.figures, storedSources: stored.sources };
      };
      const memo = new Map<number, MetricJoin>();
      joins = added.map((id) =>
        db.select({ metricId: figures.metricId }).from(figures).where(eq(figures.sourceId, id)).orderBy(figures.id).all()
          .map((r) => (r.metricId === null ? null : (memo.get(r.metricId) ?? memo.set(r.metricId, describe(r.metricId)).get(r.metricId)!))),
      );
      throw new Rollback();
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  return joins;
}
