// groupFigures: figures from many sources → metrics. Pairs of compatible figures merge in order of
// similarity, and a merge happens only when every figure of one group is compatible with every
// figure of the other, so one loose pair cannot chain two different things together.

import type { GroupInput, GroupingResult, MetricDraft } from '../extract/types';
import { toFeature, type Feature } from './features';
import { anchored, compatible, similarity } from './compare';
import { describeMetric } from './label';
import { nameStories } from './story';
import { groupBy } from '../collections';

/** Group figures across sources into metrics, e.g. `groupFigures([{ key: 'a', figures }, { key: 'b', figures }])`. */
export function groupFigures(inputs: GroupInput[]): GroupingResult {
  const stories = inputs.every((input) => input.text !== undefined)
    ? nameStories(inputs.map((input) => input.text!))
    : { story: inputs.map(() => 0), name: new Map<number, string>() };
  const features = inputs.flatMap((input, s) => input.figures.map((f, i) => toFeature(f, s, i, stories.story[s])));
  const clusters = cluster(features);
  const metrics: MetricDraft[] = [];
  const assignment = inputs.map((input) => input.figures.map((): number | null => null));
  const slugs = new Set<string>();
  for (const members of clusters) {
    if (!isMetric(members)) continue;
    const draft = describeMetric(members, slugs, stories.name.get(members[0].story));
    slugs.add(draft.slug);
    for (const f of members) assignment[f.source][f.index] = metrics.length;
    metrics.push(draft);
  }
  return { metrics, assignment };
}

// Gold convention: a metric needs figures from two sources, or one source stating two values (a revision).
function isMetric(members: Feature[]): boolean {
  if (members.length < 2) return false;
  const sources = new Set(members.map((f) => f.source));
  return sources.size >= 2 || new Set(members.map((f) => f.valueKey)).size >= 2;
}

function cluster(features: Feature[]): Feature[][] {
  const pairs: [number, number, number][] = [];
  const buckets = groupBy(features.keys(), (i) => bucketKey(features[i]));
  for (const ids of buckets.values())
    for (let x = 0; x < ids.length; x++)
      for (let y = x + 1; y < ids.length; y++) {
        const a = features[ids[x]];
        const b = features[ids[y]];
        if (compatible(a, b) && anchored(a, b)) pairs.push([similarity(a, b), ids[x], ids[y]]);
      }
  pairs.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
  const groupOf = features.map((_, i) => i);
  const groups = new Map<number, number[]>(features.map((_, i) => [i, [i]]));
  // Groups only grow, so two groups that once failed to merge never can: remember the failure.
  const failed = new Set<number>();
  const n = features.length;
  for (const [, i, j] of pairs) {
    const gi = groupOf[i];
    const gj = groupOf[j];
    if (gi === gj || failed.has(Math.min(gi, gj) * n + Math.max(gi, gj))) continue;
    const a = groups.get(gi)!;
    const b = groups.get(gj)!;
    if (!a.every((x) => b.every((y) => compatible(features[x], features[y])))) {
      failed.add(Math.min(gi, gj) * n + Math.max(gi, gj));
      continue;
    }
    for (const y of b) groupOf[y] = gi;
    a.push(...b);
    groups.delete(gj);
  }
  return [...groups.values()].map((ids) => ids.sort((p, q) => p - q).map((i) => features[i])).sort((p, q) => order(p[0]) - order(q[0]));
}

const order = (f: Feature): number => f.source * 1e9 + f.figure.start;

// Figures that differ in any of these can never be compatible, so only pairs within a bucket are scored.
function bucketKey(f: Feature): string {
  const d = f.figure.dimension;
  const counted = d === 'count' || d === 'currency';
  // Measurements may match through a restated unit ("95°F (35°C)" vs "35°C"), so only counts and money split by unit.
  return counted ? `${f.figure.kind}|${d}|${f.frame}|${f.perUnit}|${f.figure.unit ?? ''}` : `${f.figure.kind}|${d}|${f.frame}`;
}
