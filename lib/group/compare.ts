// Whether two figures can measure the same thing, and how alike they are. Compatibility is strict
// (a hard "no" keeps look-alikes apart); similarity only orders the merges.

import type { Feature } from './features';

// News nouns around nearly any figure: sharing one says nothing about what two figures measure.
const GENERIC_CONTEXT = new Set([
  'official', 'government', 'authority', 'report', 'figure', 'number', 'total', 'people', 'year', 'month', 'week', 'day',
  'time', 'state', 'country', 'city', 'area', 'region', 'agency', 'ministry', 'department', 'latest', 'new', 'recent',
  'percent', 'estimate', 'data', 'source', 'statement', 'news', 'spokesperson', 'spokesman', 'spokeswoman',
]);
const GENERIC_HEADS = new Set(['people', 'person', 'individual', 'man', 'woman']);
/** Date figures about the same event lie within this many months of each other. */
const MAX_MONTHS = 36;

/** Can a and b share a metric? e.g. 40,000 "built to hold" vs 40,000 "can accommodate" → true. */
export function compatible(a: Feature, b: Feature): boolean {
  const fa = a.figure;
  const fb = b.figure;
  if (a.story !== b.story || fa.kind !== fb.kind || fa.dimension !== fb.dimension) return false;
  // One source stating two values of one thing says so ("revised to", "police put it at"); otherwise they are
  // two things. Letting named counts move across sentences found more of the dev set's metrics but also merged
  // "62 people killed" into the sample's deaths in custody, so it is not done.
  if (a.source === b.source && !sameValue(a, b) && !a.revision && !b.revision && !contested(a, b)) return false;
  if (fa.kind === 'date') return a.verbClass !== null && a.verbClass === b.verbClass && Math.abs((a.value ?? 0) - (b.value ?? 0)) <= MAX_MONTHS;
  if (!sameUnit(a, b) || a.scope !== b.scope) return false;
  if (a.perNoun && b.perNoun && a.perNoun !== b.perNoun) return false;
  if ((fa.dimension === 'count' || fa.dimension === 'currency') && a.perUnit !== b.perUnit) return false;
  if (a.thing && b.thing && a.thing !== b.thing && !sameStem(a.thing, b.thing) && !shareConcept(a, b)) return false;
  if (!sameVerb(a, b)) return false;
  // Sources on one story can differ 10- or 70-fold (an official count against a study's estimate): how far
  // apart two values are only weighs in similarity, it never forbids a merge. A vague count must still fit.
  return a.value !== null && b.value !== null ? true : closeEnough(a, b);
}

// "Tens of thousands" and "100,000" in one source do not disagree.
function sameValue(a: Feature, b: Feature): boolean {
  if (a.valueKey === b.valueKey) return true;
  const r = a.range ?? b.range;
  const v = a.range ? b.value : a.value;
  return r !== null && v !== null && v >= r[0] && v < r[1];
}

// Classed verbs must agree ("killed" vs "injured"), and so must two unclassed ones ("collapsed" vs
// "treated"); a classed verb against an unclassed one ("hit" vs "reached") says nothing either way.
function sameVerb(a: Feature, b: Feature): boolean {
  if (!a.verbClass || !b.verbClass || a.verbClass === b.verbClass) return true;
  return a.verbClassed !== b.verbClassed;
}

/** Nearby figures credited to different sources may disagree about one thing ("organisers said …, police said …"). */
const CONTEST_DISTANCE = 400;
function contested(a: Feature, b: Feature): boolean {
  const x = a.figure.attributedTo;
  const y = b.figure.attributedTo;
  return !!x && !!y && x.toLowerCase() !== y.toLowerCase() && Math.abs(a.figure.quoteStart - b.figure.quoteStart) <= CONTEST_DISTANCE;
}

function sameUnit(a: Feature, b: Feature): boolean {
  if (a.units.length === 0 || b.units.length === 0) return a.units.length === b.units.length;
  return a.units.some((u) => b.units.includes(u));
}

function closeEnough(a: Feature, b: Feature): boolean {
  const r = a.range ?? b.range;
  const v = a.value ?? b.value;
  if (r && v !== null) return v >= r[0] && v < r[1];
  if (a.range && b.range) return a.range[0] < b.range[1] && b.range[0] < a.range[1];
  return false;
}

/**
 * Two counts need one positive reason to meet (same thing counted, same frame, same event);
 * measurements need a shared per-unit noun or context noun. Only pairs need this, not whole groups.
 */
export function anchored(a: Feature, b: Feature): boolean {
  if (a.figure.kind === 'date') return true;
  if (a.figure.dimension === 'count') {
    // "people" alone says too little: two person counts need a specific shared noun, frame, verb or context.
    const thing = a.thing !== null && a.thing === b.thing && (a.thing !== 'person' || (a.head === b.head && !GENERIC_HEADS.has(a.head ?? '')));
    if (a.thing !== 'person' && b.thing !== 'person' && shareConcept(a, b)) return true;
    if (thing || a.frame !== '' || (a.verbClass !== null && a.verbClass === b.verbClass)) return true;
    // A clause that names no counted thing may take it from its sentence ("… excess mortality: 1,052").
    const ta = a.thing ?? a.inferred;
    const tb = b.thing ?? b.inferred;
    if (ta && ta === tb && ta !== 'person') return true;
    if (a.thing && b.thing && (a.thing !== 'person' || b.thing !== 'person')) return false;
  }
  if (a.perNoun !== null && a.perNoun === b.perNoun) return true;
  if (a.thing !== null && a.thing === b.thing && a.figure.dimension !== 'count') return true;
  if (a.head && b.head && sameStem(a.head, b.head)) return true;
  // A measurement needs one shared context noun; a bare count of people needs two.
  let shared = a.figure.dimension === 'count' ? -1 : 0;
  for (const c of a.context) if (b.context.has(c) && !GENERIC_CONTEXT.has(c) && ++shared > 0) return true;
  return false;
}

// "rain" and "rainfall", "flood" and "flooding": a compound or derived noun shares its stem.
function sameStem(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.startsWith(short);
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
  if (a.value !== null && b.value !== null) s += Math.max(0, 1 - Math.log10(ratio(a.value, b.value) || 1));
  if (a.valueKey === b.valueKey) s += 0.5;
  // Figures tied to different months belong to different events or periods (two marches, two months' inflation).
  if (a.when && b.when) s += a.when === b.when ? 1 : -WHEN_PENALTY;
  return s;
}

export const WHEN_PENALTY = 3;
export const FRAME_PENALTY = 1.5;

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  const union = a.size + b.size - both;
  return union ? both / union : 0;
}
