// What every review command shares: the actor, version checks, pins, the log entry and the summary refresh.
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { figureDecisions, figures, metricDecisions, metrics, reviewEvents, sources, type FigureDecision, type Metric, type ReviewEvent } from '../../db/schema';
import { figureColumns } from '../review/apply';
import { ReviewError } from '../review/errors';
import { slugForLabel } from '../review/slug';
import type { ReviewAction } from '../review/types';
import type { ChangeLog } from './change-log';
import { refreshMetricSummaries } from './summaries';

/** Who makes a change: a signed-in editor or admin. */
export interface Actor {
  id: number;
  name: string;
}

export function getMetricOrFail(db: DbOrTx, id: number): Metric {
  const m = db.select().from(metrics).where(eq(metrics.id, id)).get();
  if (!m) throw new ReviewError('That metric no longer exists. Reload the page.');
  return m;
}

/** Marks a metric as curated (a regroup keeps it): an empty decision row when it has none yet. */
export function ensureCurated(db: DbOrTx, log: ChangeLog, metricId: number, actor: Actor, now: Date): void {
  log.touch('metric_decisions', metricId);
  db.insert(metricDecisions).values({ metricId, updatedBy: actor.id, updatedAt: now }).onConflictDoNothing().run();
}

/**
 * Writes a figure's decision row (version + 1) and the figure columns it sets, pinning the figure to `metricId`
 * and moving it there; e.g. a merge pins every figure of both metrics to the one kept.
 */
export function writeFigureDecision(
  db: DbOrTx, log: ChangeLog, figureId: number, actor: Actor, now: Date,
  change: (current: FigureDecision | null) => Partial<FigureDecision>,
): void {
  log.touch('figure_decisions', figureId);
  log.touch('figures', figureId);
  const current = db.select().from(figureDecisions).where(eq(figureDecisions.figureId, figureId)).get() ?? null;
  const base = current ?? { figureId, metricId: null, status: null, reason: null, rank: 'normal' as const, rankReason: null, edits: {}, original: {}, version: 0 };
  const next = { ...base, ...change(current), figureId, version: (current?.version ?? 0) + 1, updatedBy: actor.id, updatedAt: now };
  db.insert(figureDecisions).values(next).onConflictDoUpdate({ target: figureDecisions.figureId, set: next }).run();
  const columns = figureColumns(current, next);
  db.update(figures).set(next.metricId === null ? columns : { ...columns, metricId: next.metricId }).where(eq(figures.id, figureId)).run();
}

/** Pins every figure of a metric that no person placed yet, so a regroup keeps the metric as the desk left it. */
export function pinMetricFigures(db: DbOrTx, log: ChangeLog, metricId: number, actor: Actor, now: Date, to = metricId): number[] {
  const ids = db.select({ id: figures.id }).from(figures).leftJoin(figureDecisions, eq(figureDecisions.figureId, figures.id))
    .where(and(eq(figures.metricId, metricId), to === metricId ? or(isNull(figureDecisions.metricId), sql`${figureDecisions.metricId} != ${to}`) : undefined))
    .all().map((r) => r.id);
  for (const id of ids) writeFigureDecision(db, log, id, actor, now, () => ({ metricId: to }));
  return ids;
}

/** A new metric a person names (a split, a move to a new metric), in the story and units of `like`. */
export function insertNamedMetric(db: DbOrTx, log: ChangeLog, label: string, like: { kind: 'quantity' | 'date'; unit: string | null; storyId: number | null }, actor: Actor, now: Date): number {
  const taken = { has: (slug: string) => !!db.select({ id: metrics.id }).from(metrics).where(eq(metrics.slug, slug)).get() };
  const id = db.insert(metrics).values({ slug: slugForLabel(label, taken), label, unit: like.unit, kind: like.kind, storyId: like.storyId, description: '' })
    .returning({ id: metrics.id }).get().id;
  log.touch('metrics', id);
  ensureCurated(db, log, id, actor, now);
  db.update(metricDecisions).set({ label }).where(eq(metricDecisions.metricId, id)).run();
  return id;
}

/** The story of a figure's source, for a metric made from it. */
export function storyOfFigure(db: DbOrTx, figureId: number): number | null {
  return db.select({ story: sources.storyId }).from(figures).innerJoin(sources, eq(sources.id, figures.sourceId)).where(eq(figures.id, figureId)).get()?.story ?? null;
}

/** Appends the log entry for a change, refreshing the summaries of every metric it touched first. */
export function recordEvent(
  db: DbOrTx, log: ChangeLog, actor: Actor, now: Date,
  event: { action: ReviewAction; figureId?: number | null; metricId?: number | null; summary: string; reason?: string | null; undoes?: number },
): ReviewEvent {
  const changes = log.finish();
  if (changes.length === 0) throw new ReviewError('Nothing changed: the figure or metric already says that.');
  const metricIds = new Set<number>();
  for (const c of changes) {
    if (c.table === 'figures') for (const row of [c.before, c.after]) if (row?.metricId) metricIds.add(row.metricId as number);
    if (c.table === 'metric_decisions' || c.table === 'metrics') metricIds.add(c.key[0]);
    if (c.table === 'figure_decisions') {
      const m = db.select({ m: figures.metricId }).from(figures).where(eq(figures.id, c.key[0])).get()?.m;
      if (m) metricIds.add(m);
    }
  }
  refreshMetricSummaries(db, metricIds);
  return db.insert(reviewEvents).values({
    at: now, userId: actor.id, userName: actor.name, action: event.action, figureId: event.figureId ?? null,
    metricId: event.metricId ?? null, summary: event.summary, reason: event.reason ?? null, changes, undoes: event.undoes ?? null,
  }).returning().get();
}
