// groupFigures: figures from many sources → metrics. Sources are taken one at a time, in order: each
// joins a story (story.ts), then each of its figures joins the metric it fits best or stays loose
// (engine.ts). An ingest into a stored archive runs the same two steps on one source.

import type { GroupInput, GroupingResult, MetricDraft } from '../extract/types';
import { periodsOf, toFeature, type Feature } from './features';
import { describeMetric } from './label';
import { StoryIndex } from './story';
import { MetricIndex, type Placed } from './engine';
import { NO_LEXICON, type Lexicon } from './lexicon';

export { CANDIDATES_MAX, MEMBERS_MAX, MetricIndex, type Placed } from './engine';
export { StoryIndex, termFrequencies, type StoryState } from './story';
export { bucketKey, counted, inheritCounted, periodsOf, toFeature, type Feature } from './features';
export { describeCounts, describeMetric, slugify } from './label';
export type { Lexicon } from './lexicon';

/** Group figures across sources into metrics, e.g. `groupFigures([{ key: 'a', figures }, { key: 'b', figures }])`. */
export function groupFigures(inputs: GroupInput[], lexicon: Lexicon = NO_LEXICON): GroupingResult {
  const stories = new StoryIndex();
  // Without texts, every source is taken to tell one story.
  const storyOf = inputs.map((input) => (inputs.every((i) => i.text !== undefined) ? stories.add(input.text!).story : 0));
  const index = new MetricIndex();
  const placed: Placed[][] = inputs.map((input, s) => {
    const periods = periodsOf(input.figures, input.text);
    return input.figures.map((f, i) => ({ id: `${s}:${i}`, feature: toFeature(f, s, i, storyOf[s], lexicon, periods[i]), metric: null }));
  });
  for (const list of placed) index.addSource(list);

  const clusters = [...index.metrics.values()]
    .map((members) => members.map((p) => p.feature).sort((a, b) => order(a) - order(b)))
    .sort((a, b) => order(a[0]) - order(b[0]));
  const metrics: MetricDraft[] = [];
  const assignment = inputs.map((input) => input.figures.map((): number | null => null));
  const slugs = new Set<string>();
  for (const members of clusters) {
    const draft = describeMetric(members, slugs, stories.name(members[0].story) ?? undefined);
    slugs.add(draft.slug);
    for (const f of members) assignment[f.source][f.index] = metrics.length;
    metrics.push(draft);
  }
  return { metrics, assignment };
}

const order = (f: Feature): number => f.source * 1e9 + f.figure.start;
