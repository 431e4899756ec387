// Grouping against the stored archive. A new source joins a story found through the story-term index,
// and its figures are placed against the stored figures of their buckets only; stored placements stay
// put. `regroupAll` replays every source in order, for after an extractor change (`npm run regroup`).
import { and, asc, desc, eq, inArray, isNotNull, isNull, max, ne, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { figures, metrics, sources, stories, storyTerms, termDocs, type Figure } from '../../db/schema';
import { CANDIDATES_MAX, MEMBERS_MAX, MetricIndex, StoryIndex, bucketKey, type Feature, type StoryState, describeCounts, describeMetric, termFrequencies, toFeature, type Lexicon, type Placed } from '../group';
import { chunks, groupBy } from '../collections';
import { applyDecisions, curatedMetricIds } from './decisions';
import { figureFromRow } from './figure-row';
import { listParam, prepared } from './prepared';

const CHUNK = 400;

/**
 * What story assignment has read or written in one transaction: document counts of words, story profiles, the
 * number of texts and the highest story id. Nothing else writes while a write transaction is open, so a batch
 * reads each word's count and each story's profile once instead of once per source.
 */
export interface StoryCache {
  /** Document count per word; 0 for a word no stored text uses. */
  df: Map<string, number>;
  stories: Map<number, StoryState>;
  docs: number | null;
  maxId: number | null;
  /** Words whose stored document count is behind `df` by this much, written by `flushStories`. */
  pendingDf: Map<string, number>;
  /** Stories whose stored profile is behind `stories`, written by `flushStories`. */
  dirty: Set<number>;
  /** Each story's name and index terms as stored, so an unchanged one is not written again. */
  names: Map<number, string | null>;
  keys: Map<number, string>;
}

export const newStoryCache = (): StoryCache =>
  ({ df: new Map(), stories: new Map(), docs: null, maxId: null, pendingDf: new Map(), dirty: new Set(), names: new Map(), keys: new Map() });

/** Of the stories sharing a text's key words, how many (sharing the most) are compared with it. */
const STORY_CANDIDATES_MAX = 20;

/** A story index holding just what one text needs: document counts of its words and the candidate stories. */
function storyIndexFor(db: DbOrTx, tf: Map<string, number>, cache: StoryCache): StoryIndex {
  const q = prepared(db, 'stories', () => storyQueries(db));
  cache.docs ??= q.docs.get()!.n;
  cache.maxId ??= q.maxId.get()!.id;
  const load = (terms: Iterable<string>) => {
    const missing = [...terms].filter((t) => !cache.df.has(t));
    for (const part of chunks(missing, CHUNK)) {
      for (const t of part) cache.df.set(t, 0);
      for (const r of q.termDocs.all({ list: JSON.stringify(part) })) cache.df.set(r.term, r.docs);
    }
  };
  load(tf.keys());
  const keys = new StoryIndex({ df: cache.df, shared: true, docs: cache.docs, stories: [] }).keyTerms(tf);
  const ids = keys.length ? q.storiesSharing.all({ list: JSON.stringify(keys) }).map((r) => r.id) : [];
  const unread = ids.filter((id) => !cache.stories.has(id));
  for (const id of unread) {
    const r = q.story.get({ id });
    if (r) cache.stories.set(r.id, { id: r.id, profile: new Map(Object.entries(r.profile)), sources: r.sources });
  }
  const candidates = ids.map((id) => cache.stories.get(id)!).filter(Boolean);
  for (const c of candidates) load(c.profile.keys());
  // The candidates and the counts are the cache's own objects: adding the text updates them in place.
  return new StoryIndex({ df: cache.df, shared: true, docs: cache.docs, nextId: cache.maxId + 1, stories: candidates });
}

/** The statements story assignment runs for every source, prepared once per connection or transaction. */
function storyQueries(db: DbOrTx) {
  const id = sql.placeholder('id');
  return {
    docs: db.select({ n: sql<number>`count(*)` }).from(sources).where(sql`${sources.storyId} is not null`).prepare(),
    maxId: db.select({ id: sql<number>`coalesce(max(${stories.id}), 0)` }).from(stories).prepare(),
    termDocs: db.select().from(termDocs).where(inArray(termDocs.term, listParam)).prepare(),
    storiesSharing: db.select({ id: storyTerms.storyId }).from(storyTerms).where(inArray(storyTerms.term, listParam))
      .groupBy(storyTerms.storyId).orderBy(desc(sql`count(*)`), storyTerms.storyId).limit(STORY_CANDIDATES_MAX).prepare(),
    story: db.select().from(stories).where(eq(stories.id, id)).prepare(),
    storyName: db.select({ name: stories.name }).from(stories).where(eq(stories.id, id)).prepare(),
    rename: db.update(stories).set({ name: sql`${sql.placeholder('name')}` }).where(eq(stories.id, id)).prepare(),
    dropTerms: db.delete(storyTerms).where(eq(storyTerms.storyId, id)).prepare(),
    setStory: db.update(sources).set({ storyId: sql`${sql.placeholder('story')}` }).where(eq(sources.id, id)).prepare(),
  };
}

/**
 * Puts a stored source into a story. What later sources of the transaction read is written at once (the source's
 * story, a new story's row, a story's name and index terms when they change); word counts and profiles, which only
 * this transaction reads meanwhile (from `cache`), are written once per transaction by `flushStories`.
 */
export function assignStory(db: DbOrTx, sourceId: number, text: string, cache: StoryCache = newStoryCache()): number {
  const q = prepared(db, 'stories', () => storyQueries(db));
  const tf = termFrequencies(text);
  const index = storyIndexFor(db, tf, cache);
  const candidates = [...index.stories.keys()];
  const { story, created } = index.add(text, candidates);
  // index.add counted the text's words in cache.df (shared); they are written by flushStories.
  for (const term of tf.keys()) cache.pendingDf.set(term, (cache.pendingDf.get(term) ?? 0) + 1);
  cache.docs! += 1;
  cache.maxId = Math.max(cache.maxId!, story);
  const state = index.stories.get(story)!;
  cache.stories.set(story, state);
  const name = index.name(story);
  if (created) {
    db.insert(stories).values({ id: story, name, profile: Object.fromEntries(state.profile), sources: state.sources }).run();
  } else {
    if (!cache.names.has(story)) cache.names.set(story, q.storyName.get({ id: story })?.name ?? null);
    if (cache.names.get(story) !== name) q.rename.run({ id: story, name });
    cache.dirty.add(story);
  }
  cache.names.set(story, name);
  const keys = index.keyTerms(state.profile);
  const keyText = keys.join(' ');
  if (cache.keys.get(story) !== keyText) {
    q.dropTerms.run({ id: story });
    const indexTerm = prepared(db, 'story_terms+', () => db.insert(storyTerms).values({ term: sql.placeholder('term'), storyId: sql.placeholder('story') }).prepare());
    for (const term of keys) indexTerm.run({ term, story });
    cache.keys.set(story, keyText);
  }
  q.setStory.run({ id: sourceId, story });
  return story;
}

/** Writes the word counts and story profiles `assignStory` kept in `cache`; call before the transaction ends. */
export function flushStories(db: DbOrTx, cache: StoryCache): void {
  const countWord = prepared(db, 'term_docs+n', () => db.insert(termDocs).values({ term: sql.placeholder('term'), docs: sql.placeholder('n') })
    .onConflictDoUpdate({ target: termDocs.term, set: { docs: sql`${termDocs.docs} + excluded.docs` } }).prepare());
  for (const [term, n] of cache.pendingDf) countWord.run({ term, n });
  cache.pendingDf.clear();
  for (const id of cache.dirty) {
    const state = cache.stories.get(id)!;
    db.update(stories).set({ profile: Object.fromEntries(state.profile), sources: state.sources }).where(eq(stories.id, id)).run();
  }
  cache.dirty.clear();
}

const placedOf = (row: Figure, story: number, lexicon: Lexicon): Placed => ({
  id: String(row.id),
  feature: toFeature(figureFromRow(row), row.sourceId, row.id, story, lexicon, row.period),
  metric: row.metricId,
});

/**
 * Places one stored source's figures into metrics, touching only the figures of their buckets.
 * Returns the ids of the metrics created or joined, for the caller to refresh their summaries.
 */
export function placeSourceFigures(db: DbOrTx, sourceId: number, story: number, lexicon: Lexicon): number[] {
  const q = prepared(db, 'place', () => placeQueries(db));
  const fresh = q.sourceFigures.all({ source: sourceId }).map((r) => placedOf(r, story, lexicon));
  const byBucket = groupBy(fresh, (p) => bucketKey(p.feature));
  for (const [bucket, list] of byBucket) for (const p of list) q.setBucket.run({ id: Number(p.id), bucket });
  const stored = [...byBucket.keys()].flatMap((bucket) => candidatesIn(db, bucket, sourceId, story, lexicon));
  const storedMetrics = new Set(stored.map((p) => p.metric).filter((m): m is number => m !== null));
  const index = new MetricIndex(stored, Number.MAX_SAFE_INTEGER - 1e6);
  const before = new Map(stored.map((p) => [p.id, p.metric]));
  const touched = index.addSource(fresh);
  const ids = new Map<number, number>();
  const storyName = prepared(db, 'stories', () => storyQueries(db)).storyName.get({ id: story })?.name ?? undefined;
  const taken = { has: (slug: string) => !!q.slugTaken.get({ slug }) };
  for (const m of touched) {
    const members = index.metrics.get(m)!.map((p) => p.feature);
    if (storedMetrics.has(m)) {
      // A metric keeps its label and slug (its URL); what its figures count grows with them.
      q.setDescription.run({ id: m, description: describeCounts(members) });
      ids.set(m, m);
      continue;
    }
    ids.set(m, db.insert(metrics).values({ ...describeMetric(members, taken, storyName), storyId: story }).returning({ id: metrics.id }).get().id);
  }
  const moved = [...stored, ...fresh].filter((p) => p.metric !== null && before.get(p.id) !== p.metric);
  for (const p of moved) q.setMetric.run({ id: Number(p.id), metric: ids.get(p.metric!)! });
  return [...ids.values()];
}

/** The statements `placeSourceFigures` runs for every source, prepared once per connection or transaction. */
function placeQueries(db: DbOrTx) {
  const id = sql.placeholder('id');
  return {
    sourceFigures: db.select().from(figures).where(and(eq(figures.sourceId, sql.placeholder('source')), ne(figures.status, 'rejected')))
      .orderBy(figures.id).prepare(),
    setBucket: db.update(figures).set({ bucket: sql`${sql.placeholder('bucket')}` }).where(eq(figures.id, id)).prepare(),
    setMetric: db.update(figures).set({ metricId: sql`${sql.placeholder('metric')}` }).where(eq(figures.id, id)).prepare(),
    setDescription: db.update(metrics).set({ description: sql`${sql.placeholder('description')}` }).where(eq(metrics.id, id)).prepare(),
    slugTaken: db.select({ id: metrics.id }).from(metrics).where(eq(metrics.slug, sql.placeholder('slug'))).prepare(),
  };
}

/** How many of a bucket's metrics, most recently joined first, a new figure is compared with. */
const METRICS_MAX = 100;

/** The candidate queries, prepared once per connection or transaction (an ingest runs them per bucket of every source). */
function candidateQueries(db: DbOrTx) {
  const bucket = sql.placeholder('bucket');
  const metric = sql.placeholder('metric');
  const live = and(eq(figures.bucket, bucket), ne(figures.status, 'rejected'));
  const members = and(live, eq(figures.metricId, metric));
  const ref = { id: figures.id, metricId: figures.metricId };
  return {
    metrics: db.select({ id: figures.metricId }).from(figures).where(and(eq(figures.bucket, bucket), isNotNull(figures.metricId)))
      .groupBy(figures.metricId).orderBy(desc(max(figures.id))).limit(METRICS_MAX).prepare(),
    first: db.select(ref).from(figures).where(members).orderBy(asc(figures.id)).limit(MEMBERS_MAX / 2).prepare(),
    newest: db.select(ref).from(figures).where(members).orderBy(desc(figures.id)).limit(MEMBERS_MAX / 2).prepare(),
    loose: db.select(ref).from(figures).where(and(live, isNull(figures.metricId), ne(figures.sourceId, sql.placeholder('source'))))
      .orderBy(desc(figures.id)).limit(CANDIDATES_MAX).prepare(),
  };
}

/**
 * Features of stored figures already read in this transaction, by figure id: the sources of one batch share
 * their stories' candidates, and reading and deriving a figure's features costs more than placing it. A figure's
 * features do not change while it is stored (its metric does, and is read fresh); a regroup of a whole archive
 * starts over every FEATURES_MAX figures. Kept per transaction beside its prepared statements.
 */
const knownFeatures = (db: DbOrTx) => prepared(db, 'features', () => new Map<number, Feature>());
const FEATURES_MAX = 50_000;

function featuresOf(db: DbOrTx, ids: number[], story: number, lexicon: Lexicon): Map<number, Feature> {
  const known = knownFeatures(db);
  if (known.size > FEATURES_MAX) known.clear();
  const missing = ids.filter((id) => known.get(id)?.story !== story);
  const byIds = prepared(db, 'figures-by-ids', () => db.select().from(figures).where(inArray(figures.id, listParam)).prepare());
  for (const part of chunks(missing, CHUNK)) for (const row of byIds.all({ list: JSON.stringify(part) })) known.set(row.id, placedOf(row, story, lexicon).feature);
  return known;
}

/**
 * The stored figures a new source's figures in one bucket are compared with, oldest first: the first and newest
 * members of the bucket's most recently joined metrics (all the engine judges a metric by) and its newest loose
 * figures. Each query walks the (bucket, metric) index, so an ingest reads a bounded number of rows however
 * large its story grows.
 */
function candidatesIn(db: DbOrTx, bucket: string, sourceId: number, story: number, lexicon: Lexicon): Placed[] {
  const q = prepared(db, 'candidates', () => candidateQueries(db));
  const refs = new Map<number, number | null>();
  const take = (list: { id: number; metricId: number | null }[]) => list.forEach((r) => refs.set(r.id, r.metricId));
  for (const { id } of q.metrics.all({ bucket })) {
    take(q.first.all({ bucket, metric: id }));
    take(q.newest.all({ bucket, metric: id }));
  }
  take(q.loose.all({ bucket, source: sourceId }));
  const ids = [...refs.keys()].sort((a, b) => a - b);
  const known = featuresOf(db, ids, story, lexicon);
  return ids.map((id) => ({ id: String(id), feature: known.get(id)!, metric: refs.get(id)! }));
}

/** Whether any stored source predates incremental grouping (no story yet): such a database needs `regroupAll`. */
export function needsRegroup(db: DbOrTx): boolean {
  return !!db.select({ id: sources.id }).from(sources).where(isNull(sources.storyId)).limit(1).get();
}

/**
 * Forgets every story and machine-made metric and places every source again, in id order; then lays the desk's
 * decisions over the result (lib/ingest/decisions.ts): curated metrics are kept and keep their pinned figures.
 */
export function regroupAll(db: DbOrTx, lexicon: Lexicon, onProgress?: (done: number, total: number) => void): { metrics: number; grouped: number } {
  knownFeatures(db).clear();
  db.update(figures).set({ metricId: null, bucket: null }).run();
  const curated = curatedMetricIds(db);
  db.delete(metrics).where(curated.length ? notInArray(metrics.id, curated) : undefined).run();
  db.delete(storyTerms).run();
  db.delete(stories).run();
  db.delete(termDocs).run();
  db.update(sources).set({ storyId: null }).run();
  const ids = db.select({ id: sources.id, text: sources.text, duplicateOf: sources.duplicateOf }).from(sources).orderBy(sources.id).all();
  const cache = newStoryCache();
  ids.forEach((s, i) => {
    const story = assignStory(db, s.id, s.text, cache);
    // A near-duplicate keeps its story but its figures join no metric: one article counts once.
    if (s.duplicateOf === null) placeSourceFigures(db, s.id, story, lexicon);
    onProgress?.(i + 1, ids.length);
  });
  flushStories(db, cache);
  applyDecisions(db, { all: true });
  const n = db.select({ n: sql<number>`count(*)` }).from(metrics).get()!.n;
  const grouped = db.select({ n: sql<number>`count(*)` }).from(figures).where(sql`${figures.metricId} is not null`).get()!.n;
  return { metrics: n, grouped };
}
