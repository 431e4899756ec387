// A person's curation of a metric: rename and scope, merge, split, "not comparable", the desk's verdict.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { figures, metricDecisions, metricPairs, metrics, type ReviewEvent } from '../../db/schema';
import { ReviewError, StaleError } from '../review/errors';
import { ChangeLog } from './change-log';
import { ensureCurated, getMetricOrFail, insertNamedMetric, pinMetricFigures, recordEvent, type Actor } from './review-common';

export type MetricChange =
  | { action: 'rename'; label: string; scope: string; reason: string }
  | { action: 'merge'; into: number; reason: string }
  | { action: 'split'; figureIds: number[]; label: string; reason: string }
  | { action: 'not-comparable'; other: number; reason: string }
  | { action: 'verdict'; low: number; high: number; note: string; figureIds: number[] };

/** Whether a person marked two metrics as counting different things. */
export function notComparable(db: DbOrTx, a: number, b: number): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return !!db.select().from(metricPairs).where(and(eq(metricPairs.metricA, lo), eq(metricPairs.metricB, hi))).get();
}

/**
 * Applies one curation to a metric if nobody changed it since `version` was read (0: never curated), e.g.
 * `curateMetric(db, editor, 4, 0, { action: 'merge', into: 9, reason: 'same count' }, now)`; every figure involved
 * is pinned, so a regroup keeps the result. Throws StaleError or ReviewError.
 */
export function curateMetric(db: Db, actor: Actor, metricId: number, version: number, change: MetricChange, now: Date): ReviewEvent {
  return db.transaction((tx) => {
    const metric = getMetricOrFail(tx, metricId);
    const current = tx.select().from(metricDecisions).where(eq(metricDecisions.metricId, metricId)).get();
    if ((current?.version ?? 0) !== version) throw new StaleError('metric');
    if (current?.mergedInto) throw new ReviewError('This metric was merged into another: curate that one.');
    const log = new ChangeLog(tx);
    ensureCurated(tx, log, metricId, actor, now);
    const bump = () => ({ version: (current?.version ?? 0) + 1, updatedBy: actor.id, updatedAt: now });
    const set = (values: Partial<typeof metricDecisions.$inferInsert>) =>
      tx.update(metricDecisions).set({ ...values, ...bump() }).where(eq(metricDecisions.metricId, metricId)).run();
    let summary: string;
    let reason: string | null = 'reason' in change ? change.reason : null;
    let eventMetric = metricId;
    switch (change.action) {
      case 'rename':
        log.touch('metrics', metricId);
        set({ label: change.label, scope: change.scope || null });
        tx.update(metrics).set({ label: change.label, ...(change.scope ? { description: change.scope } : {}) }).where(eq(metrics.id, metricId)).run();
        summary = change.label === metric.label ? `Described the scope of "${metric.label}"` : `Renamed "${metric.label}" to "${change.label}"`;
        pinMetricFigures(tx, log, metricId, actor, now);
        break;
      case 'merge': {
        if (change.into === metricId) throw new ReviewError('Pick another metric to merge into.');
        const into = getMetricOrFail(tx, change.into);
        if (notComparable(tx, metricId, into.id)) throw new ReviewError(`"${metric.label}" and "${into.label}" are marked not comparable: they are never charted as one spread.`);
        if (tx.select({ m: metricDecisions.mergedInto }).from(metricDecisions).where(eq(metricDecisions.metricId, into.id)).get()?.m)
          throw new ReviewError(`"${into.label}" was itself merged into another metric: merge into that one.`);
        ensureCurated(tx, log, into.id, actor, now);
        pinMetricFigures(tx, log, into.id, actor, now);
        pinMetricFigures(tx, log, metricId, actor, now, into.id);
        set({ mergedInto: into.id });
        summary = `Merged "${metric.label}" into "${into.label}"`;
        break;
      }
      case 'split': {
        const own = new Set(tx.select({ id: figures.id }).from(figures).where(eq(figures.metricId, metricId)).all().map((r) => r.id));
        const picked = [...new Set(change.figureIds)].filter((id) => own.has(id));
        if (picked.length === 0 || picked.length === own.size) throw new ReviewError('Pick some of the figures, not none or all, to split into a new metric.');
        const created = insertNamedMetric(tx, log, change.label, { kind: metric.kind, unit: metric.unit, storyId: metric.storyId }, actor, now);
        // The log needs the picked figures' old metric: record it before they move.
        for (const id of picked) log.touch('figures', id);
        for (const id of picked) tx.update(figures).set({ metricId: created }).where(eq(figures.id, id)).run();
        pinMetricFigures(tx, log, metricId, actor, now);
        pinMetricFigures(tx, log, created, actor, now);
        set({});
        summary = `Split ${picked.length} figure${picked.length === 1 ? '' : 's'} of "${metric.label}" into a new metric "${change.label}"`;
        eventMetric = metricId;
        break;
      }
      case 'not-comparable': {
        if (change.other === metricId) throw new ReviewError('Pick another metric.');
        const other = getMetricOrFail(tx, change.other);
        const [lo, hi] = metricId < other.id ? [metricId, other.id] : [other.id, metricId];
        if (notComparable(tx, lo, hi)) throw new ReviewError('These two metrics are already marked not comparable.');
        log.touch('metric_pairs', lo, hi);
        tx.insert(metricPairs).values({ metricA: lo, metricB: hi, reason: change.reason }).run();
        ensureCurated(tx, log, other.id, actor, now);
        pinMetricFigures(tx, log, metricId, actor, now);
        pinMetricFigures(tx, log, other.id, actor, now);
        set({});
        summary = `Marked "${metric.label}" and "${other.label}" not comparable`;
        break;
      }
      case 'verdict': {
        const own = tx.select({ id: figures.id }).from(figures).where(and(eq(figures.metricId, metricId), inArray(figures.id, change.figureIds.length ? change.figureIds : [-1]))).all();
        if (own.length === 0) throw new ReviewError('Name at least one figure of this metric the verdict rests on.');
        set({ verdictLow: change.low, verdictHigh: change.high, verdictNote: change.note, verdictFigureIds: own.map((r) => r.id) });
        pinMetricFigures(tx, log, metricId, actor, now);
        summary = `Recorded the desk's verdict on "${metric.label}"`;
        reason = change.note;
        break;
      }
    }
    return recordEvent(tx, log, actor, now, { action: change.action, metricId: eventMetric, summary, reason });
  }, { behavior: 'immediate' });
}
