// Grouping against the stored archive. A new source joins a story found through the story-term index,
// and its figures are placed against the stored figures of their buckets only; stored placements stay
// put. `regroupAll` replays every source in order, for after an extractor change (`npm run regroup`).
import { and, asc, eq, inArray, isNull, ne, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { figures, metrics, sources, stories, storyTerms, termDocs, type Figure } from '../../db/schema';
import { CANDIDATES_MAX, MEMBERS_MAX, MetricIndex, StoryIndex, bucketKey, periodsOf, type Feature, type StoryState, describeCounts, describeMetric, termFrequencies, toFeature, type Lexicon, type Placed } from '../group';
import { chunks, groupBy } from '../collections';
import { applyDecisions, curatedMetricIds } from './decisions';
import { figureFromRow } from './figure-row';
import { IngestMemory, type BucketMemory, type StoryTermIndex } from './memory';
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
function storyIndexFor(db: DbOrTx, tf: Map<string, number>, cache: StoryCache, memory: IngestMemory): StoryIndex {
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
  const ids = storiesSharing(db, keys, memory);
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

/** The story-term index as stored, read whole: a few key words per story. */
function readStoryTerms(db: DbOrTx): StoryTermIndex {
  const index: StoryTermIndex = { byTerm: new Map(), byStory: new Map() };
  for (const [storyId, rows] of groupBy(db.select().from(storyTerms).all(), (r) => r.storyId))
    indexStoryTerms(index, storyId, rows.map((r) => r.term));
  return index;
}

/** Points each of a story's key words at it in the in-memory index, and records them as the story's own. */
function indexStoryTerms(index: StoryTermIndex, story: number, keys: string[]): void {
  for (const term of keys) {
    let stories = index.byTerm.get(term);
    if (!stories) index.byTerm.set(term, (stories = new Set()));
    stories.add(story);
  }
  index.byStory.set(story, keys);
}

/** The stories sharing most of a text's key words, most first, then oldest first (at most STORY_CANDIDATES_MAX). */
function storiesSharing(db: DbOrTx, keys: string[], memory: IngestMemory): number[] {
  memory.storyTerms ??= readStoryTerms(db);
  const shared = new Map<number, number>();
  for (const term of new Set(keys)) for (const story of memory.storyTerms.byTerm.get(term) ?? []) shared.set(story, (shared.get(story) ?? 0) + 1);
  return [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, STORY_CANDIDATES_MAX).map(([story]) => story);
}

/** Writes a story's key words (its rows in story_terms), and the same in the memory's copy of the index when it has one. */
function setStoryTerms(db: DbOrTx, story: number, keys: string[], memory: IngestMemory): void {
  prepared(db, 'stories', () => storyQueries(db)).dropTerms.run({ id: story });
  const indexTerm = prepared(db, 'story_terms+', () => db.insert(storyTerms).values({ term: sql.placeholder('term'), storyId: sql.placeholder('story') }).prepare());
  for (const term of keys) indexTerm.run({ term, story });
  const index = memory.storyTerms;
  if (!index) return;
  for (const term of index.byStory.get(story) ?? []) index.byTerm.get(term)?.delete(story);
  indexStoryTerms(index, story, [...keys]);
}

/** The statements story assignment runs for every source, prepared once per connection or transaction. */
function storyQueries(db: DbOrTx) {
  const id = sql.placeholder('id');
  return {
    docs: db.select({ n: sql<number>`count(*)` }).from(sources).where(sql`${sources.storyId} is not null`).prepare(),
    maxId: db.select({ id: sql<number>`coalesce(max(${stories.id}), 0)` }).from(stories).prepare(),
    termDocs: db.select().from(termDocs).where(inArray(termDocs.term, listParam)).prepare(),
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
export function assignStory(db: DbOrTx, sourceId: number, text: string, cache: StoryCache, memory: IngestMemory): number {
  const q = prepared(db, 'stories', () => storyQueries(db));
  const tf = termFrequencies(text);
  const index = storyIndexFor(db, tf, cache, memory);
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
    setStoryTerms(db, story, keys, memory);
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
 * Returns the figures that joined a metric by the metric they joined (created or stored), for the caller to
 * refresh those metrics' summaries. A placed figure never leaves a metric here: stored placements stay put.
 */
export function placeSourceFigures(db: DbOrTx, sourceId: number, story: number, lexicon: Lexicon, memory: IngestMemory): Map<number, number[]> {
  const q = prepared(db, 'place', () => placeQueries(db));
  const fresh = q.sourceFigures.all({ source: sourceId }).map((r) => placedOf(r, story, lexicon));
  const byBucket = groupBy(fresh, (p) => bucketKey(p.feature));
  const bucketOf = new Map<string, string>();
  for (const [bucket, list] of byBucket) {
    const kept = memory.bucket(bucket);
    for (const p of list) {
      q.setBucket.run({ id: Number(p.id), bucket });
      kept?.loose.push({ id: Number(p.id), source: sourceId });
      bucketOf.set(p.id, bucket);
    }
  }
  const stored = [...byBucket.keys()].flatMap((bucket) => candidatesIn(db, bucket, sourceId, story, lexicon, memory).map((p) => {
    bucketOf.set(p.id, bucket);
    return p;
  }));
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
  const joined = new Map<number, number[]>([...ids.values()].map((m) => [m, []]));
  for (const p of [...stored, ...fresh]) {
    if (p.metric === null || before.get(p.id) === p.metric) continue;
    const metric = ids.get(p.metric)!;
    q.setMetric.run({ id: Number(p.id), metric });
    joined.get(metric)!.push(Number(p.id));
    const kept = memory.bucket(bucketOf.get(p.id)!);
    if (kept) joinInBucket(kept, Number(p.id), metric);
  }
  return joined;
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

/** Every figure of a bucket as candidate search needs it: read once, then kept in the ingest memory as the bucket changes. */
const bucketFigures = (db: DbOrTx) => prepared(db, 'bucket figures', () =>
  db.select({ id: figures.id, metricId: figures.metricId, sourceId: figures.sourceId, status: figures.status }).from(figures)
    .where(eq(figures.bucket, sql.placeholder('bucket'))).orderBy(asc(figures.id)).prepare());

const HALF = MEMBERS_MAX / 2;

function readBucket(db: DbOrTx, key: string): BucketMemory {
  const bucket: BucketMemory = { metrics: new Map(), loose: [] };
  for (const [id, metricId, sourceId, status] of bucketFigures(db).values({ bucket: key }) as [number, number | null, number, string][]) {
    if (metricId === null) {
      if (status !== 'rejected') bucket.loose.push({ id, source: sourceId });
      continue;
    }
    let m = bucket.metrics.get(metricId);
    if (!m) bucket.metrics.set(metricId, (m = { maxId: id, first: [], newest: [] }));
    m.maxId = id;
    if (status === 'rejected') continue;
    if (m.first.length < HALF) m.first.push(id);
    m.newest.unshift(id);
    if (m.newest.length > HALF) m.newest.pop();
  }
  return bucket;
}

/** Records in a kept bucket that a live figure joined a metric (it leaves the loose list if it was there). */
function joinInBucket(bucket: BucketMemory, id: number, metricId: number): void {
  const at = bucket.loose.findIndex((l) => l.id === id);
  if (at >= 0) bucket.loose.splice(at, 1);
  let m = bucket.metrics.get(metricId);
  if (!m) bucket.metrics.set(metricId, (m = { maxId: id, first: [], newest: [] }));
  m.maxId = Math.max(m.maxId, id);
  m.first = [...m.first, id].sort((a, b) => a - b).slice(0, HALF);
  m.newest = [...m.newest, id].sort((a, b) => b - a).slice(0, HALF);
}

/**
 * The features of stored figures by id: from the ingest memory when a transaction before (or this one) derived
 * them for this story, else read and derived, and kept. The sources of a batch share their stories' candidates,
 * and so do the batches of an archive fed in parts; reading and deriving a figure's features costs more than
 * placing it. A figure's features do not change while it is stored (its metric does, and is read fresh).
 */
function featuresOf(db: DbOrTx, ids: number[], story: number, lexicon: Lexicon, memory: IngestMemory): Map<number, Feature> {
  const found = new Map<number, Feature>();
  const missing: number[] = [];
  for (const id of ids) {
    const known = memory.features.get(id);
    if (known?.story === story) found.set(id, known);
    else missing.push(id);
  }
  const byIds = prepared(db, 'figures-by-ids', () => db.select().from(figures).where(inArray(figures.id, listParam)).prepare());
  for (const part of chunks(missing, CHUNK))
    for (const row of byIds.all({ list: JSON.stringify(part) })) {
      const feature = placedOf(row, story, lexicon).feature;
      found.set(row.id, feature);
      memory.setFeature(row.id, feature);
    }
  return found;
}

/**
 * The stored figures a new source's figures in one bucket are compared with, oldest first: the first and newest
 * members of the bucket's most recently joined metrics (all the engine judges a metric by) and its newest loose
 * figures. The bucket is read once and then kept in the ingest memory, so an ingest reads a bounded number of rows
 * per source however large its story grows. Returns each candidate with the bucket it was found in.
 */
function candidatesIn(db: DbOrTx, key: string, sourceId: number, story: number, lexicon: Lexicon, memory: IngestMemory): Placed[] {
  let bucket = memory.bucket(key);
  if (!bucket) memory.setBucket(key, (bucket = readBucket(db, key)));
  const refs = new Map<number, number | null>();
  const joined = [...bucket.metrics].sort((a, b) => b[1].maxId - a[1].maxId).slice(0, METRICS_MAX);
  for (const [metricId, m] of joined) for (const id of [...m.first, ...m.newest]) refs.set(id, metricId);
  for (let k = bucket.loose.length - 1, n = 0; k >= 0 && n < CANDIDATES_MAX; k--) {
    const l = bucket.loose[k];
    if (l.source === sourceId) continue;
    refs.set(l.id, null);
    n++;
  }
  const ids = [...refs.keys()].sort((a, b) => a - b);
  const known = featuresOf(db, ids, story, lexicon, memory);
  return ids.map((id) => ({ id: String(id), feature: known.get(id)!, metric: refs.get(id)! }));
}

/** Whether any stored source predates incremental grouping (no story yet): such a database needs `regroupAll`. */
export function needsRegroup(db: DbOrTx): boolean {
  return !!db.select({ id: sources.id }).from(sources).where(isNull(sources.storyId)).limit(1).get();
}

/** Reads a source's figure periods again (`periodsOf`), so a regroup after a change in how they are read uses the new reading. */
function refreshPeriods(db: DbOrTx, sourceId: number, text: string): void {
  const rows = db.select().from(figures).where(eq(figures.sourceId, sourceId)).orderBy(asc(figures.start)).all();
  const periods = periodsOf(rows.map(figureFromRow), text);
  rows.forEach((row, k) => {
    if (row.period !== periods[k]) db.update(figures).set({ period: periods[k] }).where(eq(figures.id, row.id)).run();
  });
}

/**
 * Forgets every story and machine-made metric and places every source again, in id order; then lays the desk's
 * decisions over the result (lib/ingest/decisions.ts): curated metrics are kept and keep their pinned figures.
 */
export function regroupAll(db: DbOrTx, lexicon: Lexicon, onProgress?: (done: number, total: number) => void): { metrics: number; grouped: number } {
  db.update(figures).set({ metricId: null, bucket: null }).run();
  const curated = curatedMetricIds(db);
  db.delete(metrics).where(curated.length ? notInArray(metrics.id, curated) : undefined).run();
  db.delete(storyTerms).run();
  db.delete(stories).run();
  db.delete(termDocs).run();
  db.update(sources).set({ storyId: null }).run();
  const ids = db.select({ id: sources.id, text: sources.text, duplicateOf: sources.duplicateOf }).from(sources).orderBy(sources.id).all();
  const cache = newStoryCache();
  const memory = new IngestMemory();
  ids.forEach((s, i) => {
    refreshPeriods(db, s.id, s.text);
    const story = assignStory(db, s.id, s.text, cache, memory);
    // A near-duplicate keeps its story but its figures join no metric: one article counts once.
    if (s.duplicateOf === null) placeSourceFigures(db, s.id, story, lexicon, memory);
    onProgress?.(i + 1, ids.length);
  });
  flushStories(db, cache);
  applyDecisions(db, { all: true });
  const n = db.select({ n: sql<number>`count(*)` }).from(metrics).get()!.n;
  const grouped = db.select({ n: sql<number>`count(*)` }).from(figures).where(sql`${figures.metricId} is not null`).get()!.n;
  return { metrics: n, grouped };
}
