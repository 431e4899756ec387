// Whether two figures can measure the same thing, and how alike they are. Compatibility is a few hard
// checks (same counted thing, unit and scope); similarity only chooses among the metrics a figure may join.

import { counted, samePeriod, type Feature } from './features';
import { samePlace } from './lexicon';

/** Date figures about the same event lie within this many months of each other. */
const MAX_MONTHS = 36;

/**
 * Can a and b share a metric? They must count the same thing, read from the clause, the sentence or the
 * figure before it (`counted`), in the same unit, scope and per-unit: "40,000 inmates" and "room for 40,000"
 * (capacity) do not meet; "16 dead" and "Hurricane X killed nearly 3,000 people" do. What else the
 * sentences say (verbs, values, dates, who said it) only ranks candidates in `similarity`: sources on one
 * story differ 10- or 70-fold, and one source may list a count as it was revised ("16 … 34 … 64").
 */
export function compatible(a: Feature, b: Feature): boolean {
  const fa = a.figure;
  const fb = b.figure;
  if (a.story !== b.story || fa.kind !== fb.kind || fa.dimension !== fb.dimension) return false;
  if (fa.kind === 'date') return a.verbClass !== null && a.verbClass === b.verbClass && Math.abs((a.value ?? 0) - (b.value ?? 0)) <= MAX_MONTHS;
  if (!sameUnit(a, b) || a.scope !== b.scope) return false;
  if (a.perNoun && b.perNoun && a.perNoun !== b.perNoun) return false;
  if ((fa.dimension === 'count' || fa.dimension === 'currency') && a.perUnit !== b.perUnit) return false;
  // Near-synonyms a lexicon links ("arrivals", "asylum seekers") still name different counts often enough
  // that letting them meet lost more than it found on the dev set; they only weigh in similarity.
  // A clause that names nothing counted may join any count; two named things must be one ("rain", "rainfall").
  const thing = counted(a);
  const other = counted(b);
  // A capacity or population "of people" is the capacity whatever the others call who fills it.
  const loose = a.scope !== '' && (thing === 'person' || other === 'person');
  if (thing !== null && other !== null && thing !== other && !sameStem(thing, other) && !loose) return false;
  if (a.source === b.source && a.valueKey !== b.valueKey) {
    // One source's differing values of a named thing are a count as it moved ("16 dead … 34 dead … 64 dead");
    // of unnamed percentages ("demanding 12% … offered 4.5 per cent"), or in one sentence with other verbs
    // ("1,100 destroyed and 5,000 threatened") and no word of a revision, they are two things. An unnamed count or
    // amount beside them (a headline's "Two million", a table row "16 June (police) 338,000") may be the same
    // count; similarity weighs against it (SAME_SOURCE_UNNAMED_PENALTY) unless its context vouches for it.
    if ((thing === null || other === null) && fa.dimension === 'percent') return false;
    if (a.figure.quoteStart === b.figure.quoteStart && !a.revision && !b.revision && !credited(a, b) && a.verbClass !== b.verbClass) return false;
  }
  return true;
}

// "Organisers said 12,000 and police 5,200": figures credited to different sources may disagree about one thing.
function credited(a: Feature, b: Feature): boolean {
  const x = a.figure.attributedTo;
  const y = b.figure.attributedTo;
  return !!x && !!y && x.toLowerCase() !== y.toLowerCase();
}

// "rain" and "rainfall", "flood" and "flooding": a compound or derived noun shares its stem.
function sameStem(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.startsWith(short);
}

function sameUnit(a: Feature, b: Feature): boolean {
  if (a.units.length === 0 || b.units.length === 0) return a.units.length === b.units.length;
  return a.units.some((u) => b.units.includes(u));
}

function ratio(x: number, y: number): number {
  const lo = Math.min(Math.abs(x), Math.abs(y));
  const hi = Math.max(Math.abs(x), Math.abs(y));
  return lo === 0 ? (hi === 0 ? 1 : Infinity) : hi / lo;
}

/** Whether the lexicon says what two figures count is one thing ("deaths" and "fatalities", "detained" and "detentions"). */
function shareConcept(a: Feature, b: Feature): boolean {
  const [small, large] = a.concepts.size <= b.concepts.size ? [a.concepts, b.concepts] : [b.concepts, a.concepts];
  for (const c of small) if (large.has(c)) return true;
  return false;
}

/** How alike two compatible figures are (a figure joins a metric only above MIN_SIMILARITY), e.g. equal heads score high. */
export function similarity(a: Feature, b: Feature): number {
  let s = 0;
  if (a.thing && a.thing === b.thing) s += a.thing === 'person' ? (a.head === b.head ? 1.5 : 0.5) : 3;
  else if (shareConcept(a, b)) s += 2;
  else if ((a.thing ?? a.inferred) && (a.thing ?? a.inferred) === (b.thing ?? b.inferred)) s += 1.5;
  if (a.verbClass && a.verbClass === b.verbClass) s += 1;
  if (a.frame && a.frame === b.frame) s += 1;
  else if (a.frame !== b.frame) s -= FRAME_PENALTY;
  if (a.perNoun && a.perNoun === b.perNoun) s += 1;
  s += 3 * jaccard(a.context, b.context);
  if (a.value !== null && b.value !== null) {
    const r = ratio(a.value, b.value) || 1;
    s += Math.max(0, 1 - Math.log10(r));
    // Spread only ranks: sources on one story differ 10-, 50- or 70-fold. Far past that, distance weighs against a
    // candidate, from 1,000-fold ("two HKU academics" beside 7.48 million marchers), or from 100-fold for a figure
    // that names nothing counted, which no description vouches for ("4.7 million" beside "two waves").
    const unnamed = counted(a) === null || counted(b) === null;
    if (r > (unnamed ? UNNAMED_APART_RATIO : APART_RATIO)) s -= APART_PENALTY;
  }
  // Counts of two places are two counts ("81,000 in Paris", "30,000 in Marseille"); a place and one inside it may
  // be one ("in Bavaria" for arrivals in Germany). Only weighed: a figure that names no place may still join.
  if (a.place && b.place) s += samePlace(a.place, b.place) ? PLACE_BONUS : -PLACE_PENALTY;
  if (a.valueKey === b.valueKey) s += 0.5;
  else if (a.source === b.source && (counted(a) === null || counted(b) === null)) s -= SAME_SOURCE_UNNAMED_PENALTY;
  // Figures tied to different months belong to different events or periods (two marches, two months' inflation).
  if (a.when && b.when) s += samePeriod(a.when, b.when) ? 1 : -WHEN_PENALTY;
  return s;
}

export const WHEN_PENALTY = 3;
export const APART_RATIO = 1000;
export const UNNAMED_APART_RATIO = 100;
export const APART_PENALTY = 2;
export const FRAME_PENALTY = 1.5;
export const SAME_SOURCE_UNNAMED_PENALTY = 2;
export const PLACE_BONUS = 1;
export const PLACE_PENALTY = 4;

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  const union = a.size + b.size - both;
  return union ? both / union : 0;
}
