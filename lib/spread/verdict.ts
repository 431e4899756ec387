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
  const bySource = [...groupBy(charted, (c) => c.f.sourceId).values()];
  // Pairs are walked lazily and the walk stops at the first conflict time does not explain: a metric of a
  // thousand figures is judged without listing its half-million pairs.
  let first: [Charted, Charted] | null = null;
  let unexplained = false;
  for (const pair of conflictingPairs(charted)) {
    first ??= pair;
    if (!explainedByTime(pair[0], pair[1], bySource)) {
      unexplained = true;
      break;
    }
  }
  if (!first) return { verdict: 'agree', reason: agreeReason(charted) };
  if (!unexplained) return { verdict: 'revised', reason: revisedReason([first], charted) };
  const values = distinct(charted.map((c) => formatFigureValue(c.f)));
  const lowerBoundsOnly = charted.every((c) => c.f.qualifier === 'more than' || c.f.qualifier === 'at least');
  const note = lowerBoundsOnly ? ' All are lower bounds, so they may describe different moments.' : '';
  return { verdict: 'disagree', reason: `Sources state ${list(values)}; no as-of date or revision explains the difference.${note}` };
}

function* conflictingPairs(charted: Charted[]): Generator<[Charted, Charted]> {
  for (let a = 0; a < charted.length; a++)
    for (let b = a + 1; b < charted.length; b++)
      if (!overlaps(charted[a].i, charted[b].i)) yield [charted[a], charted[b]];
}

function explainedByTime(a: Charted, b: Charted, bySource: Charted[][]): boolean {
  if (a.f.asOf && b.f.asOf && a.f.asOf !== b.f.asOf) return true;
  // A source stating both values is the revision itself (and a long list of one source's values is judged in one pass).
  if (a.f.sourceId === b.f.sourceId) return true;
  // Two figures of one source, one matching each side: "first 20,000 ... later doubled to 40,000".
  // A single loose figure ("2023") that fits both sides is no revision.
  const only = (c: Charted, x: Charted, y: Charted) => overlaps(c.i, x.i) && !overlaps(c.i, y.i);
  return bySource.some((own) => own.some((c) => only(c, a, b)) && own.some((c) => only(c, b, a)));
}

function agreeReason(charted: Charted[]): string {
  const n = new Set(charted.map((c) => c.f.sourceId)).size;
  const values = distinct(charted.map((c) => formatFigureValue(c.f)));
  if (n === 1) return `One source states ${list(values)}; nothing to compare it with yet.`;
  return `All ${n} sources state values that overlap: ${list(values)}.`;
}

function revisedReason(conflicts: [Charted, Charted][], all: Charted[]): string {
  const [a, b] = conflicts[0];
  if (a.f.asOf && b.f.asOf && a.f.asOf !== b.f.asOf) {
    const [early, late] = a.f.asOf < b.f.asOf ? [a, b] : [b, a];
    return `The values carry different as-of dates: ${formatFigureValue(early.f)} as of ${early.f.asOf}, ${formatFigureValue(late.f)} as of ${late.f.asOf}.`;
  }
  const source = all.find(
    (c) => overlaps(c.i, a.i) && !overlaps(c.i, b.i) && all.some((d) => d.f.sourceId === c.f.sourceId && overlaps(d.i, b.i) && !overlaps(d.i, a.i)),
  );
  const own = all.filter((c) => c.f.sourceId === source?.f.sourceId).map((c) => formatFigureValue(c.f));
  return `One source states both ${list(distinct(own))}: an earlier and a later value, not a disagreement.`;
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

function list(values: string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}
