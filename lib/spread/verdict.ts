import { figureInterval, overlaps } from './axis';
import { formatFigureValue } from './format';
import { groupBy } from '../collections';
import type { AxisInterval, SpreadFigure, SpreadVerdict } from './types';

interface Charted {
  f: SpreadFigure;
  i: AxisInterval;
}

/**
 * Whether a metric's sources agree, were revised over time, or disagree, with a reason a desk can read.
 * Stated values are compared as written ("over 70,000" vs "over 84,000" differ) with no tolerance for
 * "about". A conflict counts as a revision only when time explains it: the two figures carry different
 * as-of dates, or some source states both values (an earlier and a later one, as with 20,000 → 40,000).
 * Example: `spreadVerdict(rows).verdict` → 'disagree' for 189–200 vs 261 vs 366.
 */
export function spreadVerdict(rows: SpreadFigure[]): SpreadVerdict {
  const charted = rows.flatMap((f) => {
    const i = figureInterval(f);
    return i ? [{ f, i }] : [];
  });
  if (charted.length === 0) return { verdict: 'agree', reason: 'No figure states a value that can be compared.' };
  // Only a source stating two or more values can explain a conflict between two others.
  const multi = [...groupBy(charted, (c) => c.f.sourceId).values()].filter((own) => own.length > 1);
  // Conflicting pairs are walked most separated first, and the walk stops at the first conflict time does not
  // explain: a metric of thousands of figures is judged without listing its millions of pairs. Past WORK_MAX
  // steps with every conflict so far explained, the rest are taken to be revisions too.
  let first: [Charted, Charted] | null = null;
  let unexplained = false;
  const work = { left: WORK_MAX };
  for (const pair of conflictingPairs(charted, work)) {
    first ??= pair;
    if (!explainedByTime(pair[0], pair[1], multi, work)) {
      unexplained = true;
      break;
    }
    if (work.left <= 0) break;
  }
  if (!first) return { verdict: 'agree', reason: agreeReason(charted) };
  if (!unexplained) return { verdict: 'revised', reason: revisedReason(first, multi) };
  const values = distinct(charted.map((c) => formatFigureValue(c.f)));
  const lowerBoundsOnly = charted.every((c) => c.f.qualifier === 'more than' || c.f.qualifier === 'at least');
  const note = lowerBoundsOnly ? ' All are lower bounds, so they may describe different moments.' : '';
  return { verdict: 'disagree', reason: `Sources state ${list(values)}; no as-of date or revision explains the difference.${note}` };
}

/** Steps (pairs visited, figures compared) one verdict may take: milliseconds, however large the metric. */
const WORK_MAX = 200_000;

/** Every pair of figures that share no value, left one first, the furthest apart first. */
function* conflictingPairs(charted: Charted[], work: { left: number }): Generator<[Charted, Charted]> {
  const byHigh = [...charted].sort((x, y) => x.i.high - y.i.high);
  const byLowDesc = [...charted].sort((x, y) => y.i.low - x.i.low);
  for (const a of byHigh)
    for (const b of byLowDesc) {
      if (overlaps(a.i, b.i) || b.i.low <= a.i.high) break;
      work.left--;
      yield [a, b];
    }
}

function explainedByTime(a: Charted, b: Charted, multi: Charted[][], work: { left: number }): boolean {
  if (a.f.asOf && b.f.asOf && a.f.asOf !== b.f.asOf) return true;
  // A source stating both values is the revision itself (and a long list of one source's values is judged in one pass).
  if (a.f.sourceId === b.f.sourceId) return true;
  // Two figures of one source, one matching each side: "first 20,000 ... later doubled to 40,000".
  // A single loose figure ("2023") that fits both sides is no revision.
  return multi.some((own) => {
    work.left -= own.length;
    return own.some((c) => only(c, a, b)) && own.some((c) => only(c, b, a));
  });
}

const only = (c: Charted, x: Charted, y: Charted) => overlaps(c.i, x.i) && !overlaps(c.i, y.i);

function agreeReason(charted: Charted[]): string {
  const n = new Set(charted.map((c) => c.f.sourceId)).size;
  const values = distinct(charted.map((c) => formatFigureValue(c.f)));
  if (n === 1) return `One source states ${list(values)}; nothing to compare it with yet.`;
  return `All ${n} sources state values that overlap: ${list(values)}.`;
}

function revisedReason([a, b]: [Charted, Charted], multi: Charted[][]): string {
  if (a.f.asOf && b.f.asOf && a.f.asOf !== b.f.asOf) {
    const [early, late] = a.f.asOf < b.f.asOf ? [a, b] : [b, a];
    return `The values carry different as-of dates: ${formatFigureValue(early.f)} as of ${early.f.asOf}, ${formatFigureValue(late.f)} as of ${late.f.asOf}.`;
  }
  const own = a.f.sourceId === b.f.sourceId
    ? [a, b]
    : multi.find((s) => s.some((c) => only(c, a, b)) && s.some((c) => only(c, b, a))) ?? [a, b];
  return `One source states both ${list(distinct(own.map((c) => formatFigureValue(c.f))))}: an earlier and a later value, not a disagreement.`;
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

/** Values as a reader says them: "a, b and c"; past LIST_MAX, the first ones and how many more. */
function list(values: string[]): string {
  if (values.length <= 1) return values.join('');
  if (values.length > LIST_MAX) return `${values.slice(0, LIST_MAX).join(', ')} and ${values.length - LIST_MAX} more`;
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}

const LIST_MAX = 12;
