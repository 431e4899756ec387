// The desk's decisions laid over what grouping proposed, after every placement and every full regroup.
// Pure rules live in lib/review/apply.ts; this file reads and writes the rows inside the caller's transaction.
import { and, eq, inArray, isNotNull, isNull, notInArray, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { figureDecisions, figures, metricDecisions, metrics, reviewSuggestions } from '../../db/schema';
import { figureColumns, resolvePlacement, type PlacedRow } from '../review/apply';

const CHUNK = 400;

/**
 * Puts every pinned figure back where a person placed it, lets figures the machine grouped with them follow,
 * records what the machine proposed against a decision as a suggestion, and restores curated labels and scopes.
 * With `all`, also writes every decision's status, rank and edits again (after a regroup or a newer extractor).
 * Returns the metrics whose figures or labels changed, for the caller to refresh their summaries.
 */
export function applyDecisions(db: DbOrTx, options: { all?: boolean } = {}): number[] {
  const touched = new Set<number>();
  if (options.all)
    for (const d of db.select().from(figureDecisions).all())
      db.update(figures).set(figureColumns(null, d)).where(eq(figures.id, d.figureId)).run();

  const displaced = db.select({ figureId: figureDecisions.figureId, pinned: figureDecisions.metricId, machineMetric: figures.metricId })
    .from(figureDecisions).innerJoin(figures, eq(figures.id, figureDecisions.figureId))
    .where(and(isNotNull(figureDecisions.metricId), or(isNull(figures.metricId), sql`${figures.metricId} != ${figureDecisions.metricId}`)))
    .all();
  if (displaced.length) {
    const machine = [...new Set(displaced.map((d) => d.machineMetric).filter((m): m is number => m !== null))];
    const rows: PlacedRow[] = displaced.filter((d) => d.machineMetric === null);
    for (let i = 0; i < machine.length; i += CHUNK)
      rows.push(...db.select({ figureId: figures.id, machineMetric: figures.metricId, pinned: figureDecisions.metricId })
        .from(figures).leftJoin(figureDecisions, eq(figureDecisions.figureId, figures.id))
        .where(inArray(figures.metricId, machine.slice(i, i + CHUNK))).all());
    const { moves, suggestions } = resolvePlacement(rows);
    for (const [figureId, metricId] of moves) {
      db.update(figures).set({ metricId }).where(eq(figures.id, figureId)).run();
      touched.add(metricId);
    }
    machine.forEach((m) => touched.add(m));
    const labels = labelsOf(db, [...suggestions.values()]);
    for (const [figureId, metricId] of suggestions) {
      const row = { figureId, proposedMetricId: metricId, proposedLabel: labels.get(metricId) ?? `metric ${metricId}` };
      db.insert(reviewSuggestions).values(row).onConflictDoUpdate({ target: reviewSuggestions.figureId, set: row }).run();
    }
    // A metric the machine made that lost every figure to the pins is dropped, unless a person curated it.
    const curated = db.select({ id: metricDecisions.metricId }).from(metricDecisions).all().map((r) => r.id);
    for (let i = 0; i < machine.length; i += CHUNK) {
      const ids = machine.slice(i, i + CHUNK);
      db.delete(metrics).where(and(inArray(metrics.id, ids), curated.length ? notInArray(metrics.id, curated) : undefined,
        sql`NOT EXISTS (SELECT 1 FROM figures WHERE figures.metric_id = ${metrics.id})`)).run();
    }
  }
  for (const id of restoreCuratedNames(db)) touched.add(id);
  return [...touched];
}

/** Curated labels and scopes win over the machine's (placement rewrites a metric's description as sources join). */
export function restoreCuratedNames(db: DbOrTx): number[] {
  const changed: number[] = [];
  const rows = db.select({ id: metrics.id, label: metrics.label, description: metrics.description, curatedLabel: metricDecisions.label, scope: metricDecisions.scope })
    .from(metricDecisions).innerJoin(metrics, eq(metrics.id, metricDecisions.metricId))
    .where(or(isNotNull(metricDecisions.label), isNotNull(metricDecisions.scope))).all();
  for (const r of rows) {
    const label = r.curatedLabel ?? r.label;
    const description = r.scope ?? r.description;
    if (label === r.label && description === r.description) continue;
    db.update(metrics).set({ label, description }).where(eq(metrics.id, r.id)).run();
    changed.push(r.id);
  }
  return changed;
}

/** The ids of metrics a person curated: a full regroup keeps them (and the figures pinned to them). */
export function curatedMetricIds(db: DbOrTx): number[] {
  return db.select({ id: metricDecisions.metricId }).from(metricDecisions).all().map((r) => r.id);
}

function labelsOf(db: DbOrTx, ids: number[]): Map<number, string> {
  const unique = [...new Set(ids)];
  const out = new Map<number, string>();
  for (let i = 0; i < unique.length; i += CHUNK)
    for (const r of db.select({ id: metrics.id, label: metrics.label }).from(metrics).where(inArray(metrics.id, unique.slice(i, i + CHUNK))).all())
      out.set(r.id, r.label);
  return out;
}
