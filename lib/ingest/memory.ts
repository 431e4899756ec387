// What one connection's ingests keep in memory from one write transaction to the next: the grouping features of
// stored figures, each bucket's candidate facts and the story-term index (group-store.ts), and each metric's
// counted figures with its sources' dates and titles (summaries.ts). Without it every transaction reads and
// derives them again, and an archive fed in batches pays for its whole size at every batch.
//
// All of it describes what is stored, so it holds only while nothing else writes. The memory is stamped when an ingest
// commits, with SQLite's data_version (changes when another connection commits) and total_changes (counts every
// row this connection writes, in transactions rolled back too); an ingest that finds either changed, because a
// review edit, another process or a rolled-back preview wrote in between, starts from an empty memory.
import type { Db } from '../../db/client';
import type { Feature } from '../group';
import type { SpreadFigure } from '../spread/types';

/** A metric's counted figures in (source, start) order, and what its summary and search row take from their sources. */
export interface MetricRows {
  rows: SpreadFigure[];
  latestPublishedAt: string | null;
  /** The latest retrieval, in ms since 1970, as stored. */
  latestRetrievedAt: number | null;
  titles: Set<string>;
}

/** What candidate search reads of one bucket's figures (group-store.ts), kept as the bucket changes. */
export interface BucketMemory {
  /** Per metric: its highest figure id (rejected ones included), and its first and newest live figures (ascending, descending). */
  metrics: Map<number, { maxId: number; first: number[]; newest: number[] }>;
  /** Live figures in no metric, by ascending id. */
  loose: { id: number; source: number }[];
}

/** The story-term index (table story_terms) both ways: which stories each key word points to, and each story's key words. */
export interface StoryTermIndex {
  byTerm: Map<string, Set<number>>;
  byStory: Map<number, string[]>;
}

/**
 * Beyond these many figures, the features or metric rows used longest ago are forgotten first. A feature carries
 * its figure and sentence context (a few kB); a metric row is a figure's value columns.
 */
const FEATURES_MAX = 20_000;
const METRIC_ROWS_MAX = 100_000;

/** Buckets kept: a story's buckets hold its figures, and every figure of an archive may be loose in one. */
const BUCKETS_MAX = 20_000;

export class IngestMemory {
  constructor(private readonly limits = { features: FEATURES_MAX, metricRows: METRIC_ROWS_MAX }) {}

  /** Grouping features by figure id; each carries the story it was derived for. */
  readonly features = new Map<number, Feature>();
  /** Counted figures by metric id, most recently used last. */
  readonly metrics = new Map<number, MetricRows>();
  /** The story-term index, read whole on first use (a few words per story). */
  storyTerms: StoryTermIndex | null = null;
  /** Candidate facts by bucket key, most recently used last. */
  readonly buckets = new Map<string, BucketMemory>();
  private metricFigures = 0;
  stamp: string | null = null;

  clear(): void {
    this.features.clear();
    this.metrics.clear();
    this.buckets.clear();
    this.storyTerms = null;
    this.metricFigures = 0;
    this.stamp = null;
  }

  /** Takes a metric's rows out of the memory (to add to them and put them back with `setMetric`); undefined when not known. */
  takeMetric(id: number): MetricRows | undefined {
    const m = this.metrics.get(id);
    this.forgetMetric(id);
    return m;
  }

  /** How many figures the kept metric rows hold. */
  get metricRowCount(): number {
    return this.metricFigures;
  }

  setMetric(id: number, rows: MetricRows): void {
    this.forgetMetric(id);
    this.metrics.set(id, rows);
    this.metricFigures += rows.rows.length;
    for (const [old, m] of this.metrics) {
      if (this.metricFigures <= this.limits.metricRows) break;
      this.forgetMetric(old);
      if (m === rows) break;
    }
  }

  forgetMetric(id: number): void {
    const m = this.metrics.get(id);
    if (!m) return;
    this.metrics.delete(id);
    this.metricFigures -= m.rows.length;
  }

  /** A bucket's candidate facts, marked as just used; undefined when not known. */
  bucket(key: string): BucketMemory | undefined {
    return use(this.buckets, key);
  }

  /** Keeps a bucket's candidate facts, forgetting the buckets used longest ago beyond BUCKETS_MAX. */
  setBucket(key: string, bucket: BucketMemory): void {
    keepNewest(this.buckets, key, bucket, BUCKETS_MAX);
  }

  /** Keeps a figure's features, forgetting the oldest when full. */
  setFeature(id: number, feature: Feature): void {
    keepNewest(this.features, id, feature, this.limits.features);
  }
}

/** A Map kept in order of use: moves `key` to the newest end and returns its value. */
function use<K, V>(map: Map<K, V>, key: K): V | undefined {
  const value = map.get(key);
  if (value !== undefined) {
    map.delete(key);
    map.set(key, value);
  }
  return value;
}

/** Sets `key` as the newest entry; past `max` entries, the oldest go until a tenth of the room is free again. */
function keepNewest<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > max) for (const old of map.keys()) {
    map.delete(old);
    if (map.size <= max * 0.9) break;
  }
}

const memories = new WeakMap<object, IngestMemory>();

const stampOf = (db: Db) => {
  const client = db.$client;
  return `${client.pragma('data_version', { simple: true })}:${(client.prepare('SELECT total_changes() AS n').get() as { n: number }).n}`;
};

/**
 * The memory for a write transaction just opened on `db`: what the connection's last ingest kept when nothing has
 * written since, else an empty one. Call inside the transaction, before its first write.
 */
export function openMemory(db: Db): IngestMemory {
  let memory = memories.get(db);
  if (!memory) memories.set(db, (memory = new IngestMemory()));
  if (memory.stamp !== stampOf(db)) memory.clear();
  memory.stamp = null;
  return memory;
}

/** Marks the memory as matching the database: call right after the transaction that used it commits. */
export function keepMemory(db: Db, memory: IngestMemory): void {
  memory.stamp = stampOf(db);
}
