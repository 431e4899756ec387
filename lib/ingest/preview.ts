import { inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { figures, metrics, sources } from '../../db/schema';
import { groupBy } from '../collections';
import type { ExtractedFigure, GroupInput } from '../extract/types';
import { groupFigures } from '../group';
import { figureFromRow } from './save';
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
 * would join, found by grouping every stored figure together with the new ones exactly as the save's regrouping does.
 */
export function previewStaged(db: Db, staged: StagedSource[]): SourcePreview[] {
  const items = dedupeStaged(staged);
  const stored = new Map(
    db.select({ id: sources.id, title: sources.title, hash: sources.contentHash }).from(sources)
      .where(inArray(sources.contentHash, items.map((i) => i.prepared.contentHash))).all()
      .map((r) => [r.hash, { id: r.id, title: r.title }]),
  );
  const fresh = items.filter((i) => !stored.has(i.prepared.contentHash));
  const joins = simulateGrouping(db, fresh.map((i) => ({ figures: i.prepared.figures, text: i.staged.input.text })));
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

// The same inputs, in the same order, as regroupMetrics builds after a save, plus the new sources at the end.
function simulateGrouping(db: Db, fresh: { figures: ExtractedFigure[]; text: string }[]): (MetricJoin | null)[][] {
  if (fresh.length === 0) return [];
  const rows = db.select().from(figures).where(ne(figures.status, 'rejected')).orderBy(figures.sourceId, figures.id).all();
  const bySource = groupBy(rows, (row) => row.sourceId);
  const texts = new Map(db.select({ id: sources.id, text: sources.text }).from(sources).all().map((s) => [s.id, s.text]));
  const inputs: GroupInput[] = [
    ...[...bySource].map(([id, list]) => ({ key: String(id), figures: list.map(figureFromRow), text: texts.get(id) })),
    ...fresh.map((f, i) => ({ key: `new-${i}`, figures: f.figures, text: f.text })),
  ];
  const { metrics: drafts, assignment } = groupFigures(inputs);
  const storedCount = bySource.size;
  const members = drafts.map(() => ({ figures: 0, sources: new Set<number>() }));
  assignment.slice(0, storedCount).forEach((list, s) =>
    list.forEach((m) => {
      if (m === null) return;
      members[m].figures++;
      members[m].sources.add(s);
    }),
  );
  const existing = new Set(
    drafts.length ? db.select({ slug: metrics.slug }).from(metrics).where(inArray(metrics.slug, drafts.map((d) => d.slug))).all().map((r) => r.slug) : [],
  );
  return assignment.slice(storedCount).map((list) =>
    list.map((m) => {
      if (m === null) return null;
      const d = drafts[m];
      return { slug: d.slug, label: d.label, existing: existing.has(d.slug), storedFigures: members[m].figures, storedSources: members[m].sources.size };
    }),
  );
}
