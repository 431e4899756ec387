// Grouping one source at a time. A new source's figures are compared only with the figures already
// in their bucket (same story, kind, dimension, unit and scope): each joins the metric it fits best,
// pairs with a loose figure from another source to start a metric, or stays loose. Nothing already
// placed moves, so an ingest into a large archive touches only its candidates; a full regroup is the
// same walk over every source in order.

import { bucketKey, inheritCounted, type Feature } from './features';
import { compatible, similarity } from './compare';
import { samePlace } from './lexicon';
import { samePeriod } from './features';
import { majority } from '../collections';

/** A figure as grouping holds it: its features and the metric it sits in (null while loose). */
export interface Placed {
  /** The caller's id for the figure (a database id, or "source:index"). */
  id: string;
  feature: Feature;
  metric: number | null;
}

/** Below this similarity two figures are too unlike to share a metric (chosen on the dev set). */
export const MIN_SIMILARITY = 0;
/** Bounds that keep one ingest's cost flat however large a story grows. */
const BEST_FIRST_MAX = 200;
export const CANDIDATES_MAX = 1000;
/** A large metric is judged by its first and newest MEMBERS_MAX / 2 members each. */
export const MEMBERS_MAX = 20;

interface Option {
  score: number;
  metric: number | null;
  partner: Placed | null;
}

export class MetricIndex {
  private readonly buckets = new Map<string, Placed[]>();
  readonly metrics = new Map<number, Placed[]>();
  private nextId: number;

  constructor(placed: Placed[] = [], nextId = 1) {
    this.nextId = nextId;
    const bySource = new Map<number, Feature[]>();
    for (const p of placed) {
      const list = bySource.get(p.feature.source);
      if (list) list.push(p.feature);
      else bySource.set(p.feature.source, [p.feature]);
    }
    for (const list of bySource.values()) inheritCounted(list);
    for (const p of placed) {
      this.bucket(p.feature).push(p);
      if (p.metric !== null) {
        this.metrics.set(p.metric, [...(this.metrics.get(p.metric) ?? []), p]);
        this.nextId = Math.max(this.nextId, p.metric + 1);
      }
    }
  }

  private bucket(f: Feature): Placed[] {
    const key = bucketKey(f);
    let list = this.buckets.get(key);
    if (!list) this.buckets.set(key, (list = []));
    return list;
  }

  /**
   * Places one source's figures, best-fitting first (a headline's rounded figure should not take the
   * place of the body's exact one); returns the ids of the metrics created or joined. Figures that can join a
   * metric already stored go before figures that can only start one: a new metric absorbs the source's
   * other loose figures, and started first it took figures that fit a stored metric ("1,800 Katrina deaths"
   * paired within a source drew that source's Maria toll away from the Maria metric, in some ingest orders).
   */
  addSource(figures: Placed[]): Set<number> {
    const touched = new Set<number>();
    inheritCounted(figures.map((p) => p.feature));
    const bucketOf = new Map(figures.map((p) => [p, this.bucket(p.feature)] as const));
    for (const [p, list] of bucketOf) list.push(p);
    const place = (p: Placed, option: Option) => {
      const metric = this.apply(p, option);
      touched.add(metric);
      this.absorb(metric, bucketOf.get(p)!);
    };
    // Best-first costs figures² comparisons per source: a long report is placed in its own order instead.
    if (figures.length > BEST_FIRST_MAX) {
      for (const p of figures) {
        const option = p.metric === null ? this.best(p, bucketOf.get(p)!) : null;
        if (option) place(p, option);
      }
      return touched;
    }
    const pending = new Set(figures);
    while (pending.size) {
      let pick: { p: Placed; option: Option } | null = null;
      for (const p of pending) {
        const option = this.best(p, bucketOf.get(p)!);
        if (option && (!pick || before(option, pick.option))) pick = { p, option };
      }
      if (!pick) break;
      pending.delete(pick.p);
      place(pick.p, pick.option);
      for (const p of pending) if (p.metric !== null) pending.delete(p);
    }
    return touched;
  }

  private best(p: Placed, candidates: Placed[]): Option | null {
    let best: Option | null = null;
    const seen = new Set<number>();
    // The newest candidates of a crowded bucket are compared, so one placement costs at most CANDIDATES_MAX comparisons.
    for (let k = candidates.length - 1, n = 0; k >= 0 && n < CANDIDATES_MAX; k--, n++) {
      const c = candidates[k];
      if (c === p) continue;
      if (c.metric !== null) {
        if (seen.has(c.metric)) continue;
        seen.add(c.metric);
        const score = this.fit(p.feature, this.metrics.get(c.metric)!);
        // A metric that exists already is evidence: joining it beats starting a new one with a loose figure.
        if (score !== null && (!best || best.metric === null || score > best.score)) best = { score, metric: c.metric, partner: null };
      } else if (startsMetric(p.feature, c.feature) && (!best || best.metric === null)) {
        const score = similarity(p.feature, c.feature);
        if (score >= MIN_SIMILARITY && (!best || score > best.score)) best = { score, metric: null, partner: c };
      }
    }
    return best;
  }

  private apply(p: Placed, option: Option): number {
    if (option.metric !== null) {
      p.metric = option.metric;
      this.metrics.get(option.metric)!.push(p);
      return option.metric;
    }
    const id = this.nextId++;
    p.metric = id;
    option.partner!.metric = id;
    this.metrics.set(id, [option.partner!, p]);
    return id;
  }

  /** How well a figure fits a metric (mean similarity), or null when it conflicts with any member. */
  private fit(f: Feature, members: Placed[]): number | null {
    let sum = 0;
    // A large metric is judged by its first and newest members.
    if (members.length > MEMBERS_MAX) members = [...members.slice(0, MEMBERS_MAX / 2), ...members.slice(-MEMBERS_MAX / 2)];
    if (!fitsFacets(f, members)) return null;
    for (const m of members) {
      if (!compatible(f, m.feature)) return null;
      sum += similarity(f, m.feature);
    }
    const score = sum / members.length;
    return score >= MIN_SIMILARITY ? score : null;
  }

  // A loose figure that fits a metric just formed joins it: an agreeing repeat in one source gets the
  // metric once another source states the same thing.
  private absorb(metric: number, candidates: Placed[]): void {
    const members = this.metrics.get(metric)!;
    for (const c of candidates) {
      if (c.metric !== null) continue;
      if (this.fit(c.feature, members) === null) continue;
      c.metric = metric;
      members.push(c);
    }
  }
}

/** Whether option a is taken before b: joining a metric before starting one, then the higher score. */
function before(a: Option, b: Option): boolean {
  const joins = a.metric !== null;
  return joins !== (b.metric !== null) ? joins : a.score > b.score;
}

/**
 * Whether a figure fits the place and period most of a metric's members name. A metric whose members mostly
 * name one place ("in Paris") takes only figures of that place or of one it lies in or contains; one whose
 * members mostly name one day or month takes no figure of another ("19 January" beside "7 March"). A figure
 * that names no period may still join (a running toll is often stated without its date), but one that names no
 * place does not join a metric of one place: a count with no place is most often the whole story's.
 */
function fitsFacets(f: Feature, members: readonly Placed[]): boolean {
  const place = majority(members.map((m) => m.feature.place?.id));
  if (place && (!f.place || !samePlace(f.place, members.find((m) => m.feature.place?.id === place)!.feature.place!))) return false;
  const period = f.when ? majority(members.map((m) => m.feature.when)) : null;
  return !period || samePeriod(f.when!, period);
}

// Two loose figures start a metric when they come from two sources, or when one source states two values, and
// do not name two places or two periods.
function startsMetric(a: Feature, b: Feature): boolean {
  if (!compatible(a, b)) return false;
  if (a.place && b.place && !samePlace(a.place, b.place)) return false;
  if (a.when && b.when && !samePeriod(a.when, b.when)) return false;
  return a.source !== b.source || a.valueKey !== b.valueKey;
}
