import { and, asc, count, desc, eq, gt, isNotNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { OverviewParams } from '../../lib/validation/overview';
import type { Db } from '../client';
import { figures, metrics, sources, type Metric } from '../schema';

/** One metric by its slug, or undefined. */
export function getMetricBySlug(db: Db, slug: string): Metric | undefined {
  return db.select().from(metrics).where(eq(metrics.slug, slug)).get();
}

// Words of the query as FTS5 prefix terms, each quoted so no user text is read as FTS5 syntax
// ("deaths-in custody" → "deaths"* "in"* "custody"*): every word must match.
function ftsQuery(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 12);
  return words?.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

function overviewWhere(filter: Pick<OverviewParams, 'q' | 'verdict' | 'unit' | 'source'>): SQL | undefined {
  const match = filter.q ? ftsQuery(filter.q) : null;
  return and(
    gt(metrics.figureCount, 0),
    filter.q ? (match ? sql`${metrics.id} IN (SELECT rowid FROM metrics_fts WHERE metrics_fts MATCH ${match})` : sql`0`) : undefined,
    filter.verdict ? eq(metrics.verdict, filter.verdict) : undefined,
    filter.unit ? eq(metrics.unit, filter.unit) : undefined,
    filter.source
      ? sql`${metrics.id} IN (SELECT ${figures.metricId} FROM ${figures} WHERE ${figures.sourceId} = ${filter.source} AND ${figures.status} != 'rejected')`
      : undefined,
  );
}

const ORDER: Record<OverviewParams['sort'], SQL[]> = {
  // Disagreements first, widest spread first, most sources first: the order lib/spread's rankMetrics gives.
  rank: [asc(metrics.verdictRank), desc(metrics.spreadScore), desc(metrics.sourceCount)],
  spread: [desc(metrics.spreadScore), desc(metrics.sourceCount)],
  sources: [desc(metrics.sourceCount), desc(metrics.spreadScore)],
  recent: [sql`${metrics.latestPublishedAt} DESC NULLS LAST`, sql`${metrics.latestRetrievedAt} DESC NULLS LAST`],
};

/** One page of metrics with their stored summaries, matching the overview's search and filters, and how many match. */
export function listMetricSummaries(db: Db, view: OverviewParams, perPage: number): { rows: Metric[]; total: number } {
  const where = overviewWhere(view);
  const total = db.select({ n: count() }).from(metrics).where(where).get()?.n ?? 0;
  const rows = db.select().from(metrics).where(where)
    .orderBy(...ORDER[view.sort], asc(metrics.id))
    .limit(perPage).offset((view.page - 1) * perPage).all();
  return { rows, total };
}

/** How many candidates `listBucketNeighbours` returns at most. */
const NEIGHBOURS_MAX = 50;

function neighboursQuery(db: Db) {
  const id = sql.placeholder('id');
  return db.select().from(metrics).where(and(
    eq(metrics.storyId, sql.placeholder('story')),
    gt(metrics.figureCount, 0),
    sql`${metrics.id} IN (SELECT DISTINCT ${figures.metricId} FROM ${figures} WHERE ${figures.metricId} != ${id} AND ${figures.bucket} IN
      (SELECT DISTINCT ${figures.bucket} FROM ${figures} WHERE ${figures.metricId} = ${id} AND ${figures.bucket} IS NOT NULL))`,
  )).orderBy(desc(metrics.sourceCount), asc(metrics.id)).limit(NEIGHBOURS_MAX).prepare();
}

// Prepared once per connection: the overview asks for every row on its page (building the query cost ten times
// running it).
const neighbours = new WeakMap<Db, ReturnType<typeof neighboursQuery>>();

/**
 * Other metrics of a story holding figures in one of this metric's buckets (same kind, dimension, scope and unit):
 * the candidates for "measures the same thing". Walks the (bucket, metric) index.
 */
export function listBucketNeighbours(db: Db, metric: Pick<Metric, 'id' | 'storyId'>): Metric[] {
  if (metric.storyId === null) return [];
  let query = neighbours.get(db);
  if (!query) neighbours.set(db, (query = neighboursQuery(db)));
  return query.all({ id: metric.id, story: metric.storyId });
}

/** The units metrics are stated in, for the overview's unit filter. */
export function listMetricUnits(db: Db): string[] {
  return db.selectDistinct({ unit: metrics.unit }).from(metrics)
    .where(and(isNotNull(metrics.unit), gt(metrics.figureCount, 0))).orderBy(asc(metrics.unit)).all()
    .map((r) => r.unit!);
}

/** How many sources, shown figures, metrics (with at least one figure) and disagreeing metrics the database holds. */
export function getTotals(db: Db): { sources: number; figures: number; metrics: number; disagreeing: number } {
  const nSources = db.select({ n: count() }).from(sources).get()?.n ?? 0;
  // Every figure less the rejected ones: count(*) reads the smallest index, the rejected through figures_status_idx.
  // (Counting `status <> 'rejected'` directly read every figure row: 18 ms per overview at 10,000 sources.)
  const nFigures = (db.select({ n: count() }).from(figures).get()?.n ?? 0)
    - (db.select({ n: count() }).from(figures).where(eq(figures.status, 'rejected')).get()?.n ?? 0);
  const m = db.select({
    metrics: count(),
    disagreeing: sql<number>`coalesce(sum(${metrics.verdict} = 'disagree'), 0)`,
  }).from(metrics).where(gt(metrics.figureCount, 0)).get();
  return { sources: nSources, figures: nFigures, metrics: m?.metrics ?? 0, disagreeing: Number(m?.disagreeing ?? 0) };
}


// The API's keyset: the overview's orders as comparable keys (NULLS LAST as coalesce), each ending in the id,
// so "the rows after this one" is one indexed comparison instead of an OFFSET that grows with the archive.
type SortKey = { expr: SQL; desc: boolean; of: (m: Metric) => number | string };
const key = (expr: SQL, isDesc: boolean, of: SortKey['of']): SortKey => ({ expr, desc: isDesc, of });
const byId = key(sql`${metrics.id}`, false, (m) => m.id);
const KEYS: Record<OverviewParams['sort'], SortKey[]> = {
  rank: [key(sql`${metrics.verdictRank}`, false, (m) => m.verdictRank), key(sql`${metrics.spreadScore}`, true, (m) => m.spreadScore), key(sql`${metrics.sourceCount}`, true, (m) => m.sourceCount), byId],
  spread: [key(sql`${metrics.spreadScore}`, true, (m) => m.spreadScore), key(sql`${metrics.sourceCount}`, true, (m) => m.sourceCount), byId],
  sources: [key(sql`${metrics.sourceCount}`, true, (m) => m.sourceCount), key(sql`${metrics.spreadScore}`, true, (m) => m.spreadScore), byId],
  recent: [
    key(sql`coalesce(${metrics.latestPublishedAt}, '')`, true, (m) => m.latestPublishedAt ?? ''),
    key(sql`coalesce(${metrics.latestRetrievedAt}, 0)`, true, (m) => m.latestRetrievedAt?.getTime() ?? 0),
    byId,
  ],
};

/** How many values a metrics cursor of this sort holds. */
export const metricCursorLength = (sort: OverviewParams['sort']) => KEYS[sort].length;

/**
 * Up to `limit` metrics matching the overview's search and filters, in its sort, after the row whose sort key
 * is `after` (a cursor), with the key of the last row returned, e.g. for the next page of the read API.
 */
export function listMetricSummariesAfter(db: Db, view: OverviewParams, after: (string | number)[] | null, limit: number) {
  const keys = KEYS[view.sort];
  const past = after && or(...keys.map((k, i) => and(
    ...keys.slice(0, i).map((p, j) => sql`${p.expr} = ${after[j]}`),
    k.desc ? sql`${k.expr} < ${after[i]}` : sql`${k.expr} > ${after[i]}`,
  )));
  const rows = db.select().from(metrics).where(and(overviewWhere(view), past ?? undefined))
    .orderBy(...keys.map((k) => (k.desc ? desc(k.expr) : asc(k.expr)))).limit(limit).all();
  const last = rows.at(-1);
  return { rows, lastKey: last ? keys.map((k) => k.of(last)) : null };
}
