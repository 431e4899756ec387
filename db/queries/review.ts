import { and, desc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { figureDecisions, figures, metricDecisions, metricPairs, metrics, reviewEvents, reviewSuggestions, sources, users } from '../schema';

/** The desk's decision on a figure, if any; its `version` (0 without one) guards the next save. */
export function getFigureDecision(db: Db, figureId: number) {
  return db.select().from(figureDecisions).where(eq(figureDecisions.figureId, figureId)).get();
}

/** The desk's curation of a metric (name, scope, verdict, merge), if any. */
export function getMetricDecision(db: Db, metricId: number) {
  return db.select().from(metricDecisions).where(eq(metricDecisions.metricId, metricId)).get();
}

/** What the machine proposed against a person's decision on a figure, if anything. */
export function getSuggestion(db: Db, figureId: number) {
  return db.select().from(reviewSuggestions).where(eq(reviewSuggestions.figureId, figureId)).get();
}

/** The metrics a metric is marked not comparable with, and why. */
export function listNotComparable(db: Db, metricId: number): { id: number; slug: string; label: string; reason: string }[] {
  return db.select({ id: metrics.id, slug: metrics.slug, label: metrics.label, reason: metricPairs.reason }).from(metricPairs)
    .innerJoin(metrics, sql`${metrics.id} = CASE WHEN ${metricPairs.metricA} = ${metricId} THEN ${metricPairs.metricB} ELSE ${metricPairs.metricA} END`)
    .where(or(eq(metricPairs.metricA, metricId), eq(metricPairs.metricB, metricId))).all();
}

/** Metrics a figure could move to, or a metric merge into: those of the same story that hold figures, by label. */
export function listMetricChoices(db: Db, storyId: number | null, except: number | null) {
  return db.select({ id: metrics.id, label: metrics.label, figureCount: metrics.figureCount }).from(metrics)
    .leftJoin(metricDecisions, eq(metricDecisions.metricId, metrics.id))
    .where(and(storyId === null ? undefined : eq(metrics.storyId, storyId), except === null ? undefined : ne(metrics.id, except), isNull(metricDecisions.mergedInto),
      sql`EXISTS (SELECT 1 FROM figures WHERE figures.metric_id = ${metrics.id})`))
    .orderBy(metrics.label).limit(200).all();
}

const eventColumns = {
  id: reviewEvents.id, at: reviewEvents.at, userName: reviewEvents.userName, userId: reviewEvents.userId, action: reviewEvents.action,
  figureId: reviewEvents.figureId, metricId: reviewEvents.metricId, summary: reviewEvents.summary, reason: reviewEvents.reason,
  undoes: reviewEvents.undoes, undoneBy: reviewEvents.undoneBy, changes: reviewEvents.changes, metricSlug: metrics.slug, metricLabel: metrics.label,
};

export type ReviewEventRow = ReturnType<typeof listActivity>['rows'][number];

/** One page of every change, newest first, and how many there are: the /activity feed. */
export function listActivity(db: Db, page: number, perPage: number) {
  const total = db.select({ n: sql<number>`count(*)` }).from(reviewEvents).get()!.n;
  const rows = db.select(eventColumns).from(reviewEvents).leftJoin(metrics, eq(metrics.id, reviewEvents.metricId))
    .orderBy(desc(reviewEvents.id)).limit(perPage).offset((page - 1) * perPage).all();
  return { rows, total };
}

/** Changes to one figure, newest first. */
export function listFigureHistory(db: Db, figureId: number) {
  return db.select(eventColumns).from(reviewEvents).leftJoin(metrics, eq(metrics.id, reviewEvents.metricId))
    .where(or(eq(reviewEvents.figureId, figureId), sql`EXISTS (SELECT 1 FROM json_each(${reviewEvents.changes}) c
      WHERE json_extract(c.value, '$.table') = 'figure_decisions' AND json_extract(c.value, '$.key[0]') = ${figureId})`))
    .orderBy(desc(reviewEvents.id)).limit(100).all();
}

/** Changes to one metric, to a figure now in it, moving figures into or out of it (a merge into it), or pairing it, newest first. */
export function listMetricHistory(db: Db, metricId: number) {
  return db.select(eventColumns).from(reviewEvents).leftJoin(metrics, eq(metrics.id, reviewEvents.metricId))
    .where(or(eq(reviewEvents.metricId, metricId), sql`${reviewEvents.figureId} IN (SELECT id FROM figures WHERE metric_id = ${metricId})`,
      sql`EXISTS (SELECT 1 FROM json_each(${reviewEvents.changes}) c WHERE
        (json_extract(c.value, '$.table') IN ('metric_decisions', 'metrics') AND json_extract(c.value, '$.key[0]') = ${metricId})
        OR (json_extract(c.value, '$.table') = 'metric_pairs' AND ${metricId} IN (json_extract(c.value, '$.key[0]'), json_extract(c.value, '$.key[1]')))
        OR (json_extract(c.value, '$.table') = 'figures' AND ${metricId} IN (json_extract(c.value, '$.before.metricId'), json_extract(c.value, '$.after.metricId'))))`))
    .orderBy(desc(reviewEvents.id)).limit(100).all();
}

/** The change the person would undo next: their last one not undone. */
export function getLastUndoable(db: Db, userId: number) {
  return db.select(eventColumns).from(reviewEvents).leftJoin(metrics, eq(metrics.id, reviewEvents.metricId))
    .where(and(eq(reviewEvents.userId, userId), ne(reviewEvents.action, 'undo'), isNull(reviewEvents.undoneBy)))
    .orderBy(desc(reviewEvents.id)).limit(1).get();
}

/**
 * Figures no person decided on yet (or with a machine suggestion against a decision), with what the queue orders
 * them by. Reads the newest figures first and stops at `limit` candidates of each kind.
 */
export function listQueueCandidates(db: Db, limit: number) {
  const undecided = sql`(${figureDecisions.figureId} IS NULL OR (${figureDecisions.status} IS NULL AND ${figureDecisions.rank} = 'normal' AND ${figureDecisions.edits} = '{}'))`;
  const base = db.select({
    figureId: figures.id, rawText: figures.rawText, quote: figures.quote, quoteStart: figures.quoteStart, start: figures.start, end: figures.end,
    hedgeStart: figures.hedgeStart, version: sql<number>`coalesce(${figureDecisions.version}, 0)`, sourceTitle: sources.title, sourceId: figures.sourceId,
    metricSlug: metrics.slug, metricLabel: metrics.label, verdict: metrics.verdict, sourceCount: metrics.sourceCount,
    warnings: figures.warnings, vague: figures.vague, counts: figures.counts, suggestion: reviewSuggestions.proposedLabel,
  }).from(figures)
    .innerJoin(sources, eq(sources.id, figures.sourceId))
    .innerJoin(metrics, eq(metrics.id, figures.metricId))
    .leftJoin(figureDecisions, eq(figureDecisions.figureId, figures.id))
    .leftJoin(reviewSuggestions, eq(reviewSuggestions.figureId, figures.id));
  const pick = (where: ReturnType<typeof sql>) => base.where(where).orderBy(desc(figures.id)).limit(limit).all();
  const rows = [
    ...pick(sql`${reviewSuggestions.figureId} IS NOT NULL`),
    ...pick(sql`${undecided} AND ${metrics.verdict} = 'disagree'`),
    ...pick(sql`${undecided} AND (${figures.warnings} != '[]' OR ${figures.vague} = 1 OR ${figures.counts} IS NULL)`),
    ...pick(sql`${undecided} AND ${metrics.sourceCount} = 1`),
  ];
  const seen = new Set<number>();
  return rows.filter((r) => !seen.has(r.figureId) && seen.add(r.figureId));
}

export type QueueRow = ReturnType<typeof listQueueCandidates>[number];

/** How many figures the desk has decided on, and how many the queue holds in all. */
export function countDecided(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(figureDecisions).where(sql`${figureDecisions.status} IS NOT NULL`).get()!.n;
}


/** Why the desk left each figure out (the reject reason, else the rank reason), by figure id. */
export function listLeftOutReasons(db: Db, figureIds: number[]): Map<number, string> {
  if (figureIds.length === 0) return new Map();
  const rows = db.select({ id: figureDecisions.figureId, reason: figureDecisions.reason, rankReason: figureDecisions.rankReason, status: figureDecisions.status })
    .from(figureDecisions).where(inArray(figureDecisions.figureId, figureIds)).all();
  return new Map(rows.map((r) => [r.id, (r.status === 'rejected' ? r.reason : r.rankReason) ?? r.reason ?? '']));
}

/** What a metric page shows of the desk's work: the curation row, the metric it was merged into, "not comparable" notes and the verdict's figures. */
export function getMetricReview(db: Db, metricId: number) {
  const decision = getMetricDecision(db, metricId);
  const mergedInto = decision?.mergedInto
    ? db.select({ slug: metrics.slug, label: metrics.label }).from(metrics).where(eq(metrics.id, decision.mergedInto)).get() ?? null
    : null;
  const by = decision?.updatedBy ? db.select({ name: users.name }).from(users).where(eq(users.id, decision.updatedBy)).get()?.name ?? null : null;
  const verdictFigures = decision?.verdictFigureIds.length
    ? db.select({ id: figures.id, rawText: figures.rawText, title: sources.title }).from(figures).innerJoin(sources, eq(sources.id, figures.sourceId))
      .where(inArray(figures.id, decision.verdictFigureIds)).all()
    : [];
  return { decision, mergedInto, notComparable: listNotComparable(db, metricId), verdictFigures, by };
}

/** A metric's figures as a person picks them (split, the verdict's evidence): value as printed and source. */
export function listFigurePicks(db: Db, metricId: number) {
  return db.select({ id: figures.id, rawText: figures.rawText, title: sources.title }).from(figures).innerJoin(sources, eq(sources.id, figures.sourceId))
    .where(eq(figures.metricId, metricId)).orderBy(figures.sourceId, figures.start).limit(500).all();
}
