// What grouping compares for one figure, derived once from its signals: the thing counted (a synonym
// class, promoted by the verb: "62 people were killed" counts deaths), the frame (capacity, plan, part
// ...), the per-unit context, the value's magnitude and the nouns around it.

import type { ExtractedFigure } from '../extract/types';
import { MONEY_VERB_THINGS, PERSON_EVENT_CLASSES, frameOf, isClassNoun, nounClass, verbClass } from '../extract/lexicon';
import { NO_LEXICON, type Lexicon } from './lexicon';

/** Nouns that name a count or a measure, not what is counted. */
const MEASURE_WORDS = new Set(['estimate', 'figure', 'number', 'count', 'total', 'tally', 'sum', 'amount', 'level', 'mean', 'plus', 'statistic']);
// Cues that change what a number measures: a capacity is not a headcount, an additional 8,000 not the total, an
// estimate's confidence interval ("95% CI, 793 to 8,498") not the estimate.
// A plan or forecast is the same measure as its outcome ("expected to cost 2.6 billion" and "cost 2.6 billion",
// "a budget of 4.6 billion" and "a 2.5-billion project"): like the other cues (earlier period, change) it only
// ranks candidates.
const SCOPE_CUES = new Set(['capacity', 'population', 'age', 'rate', 'part', 'increment', 'interval']);
// Verbs whose meaning the capacity/population cues already carry.
const STATE_VERBS = new Set(['hold', 'house']);
// Vague counts as ranges of plausible values: "hundreds" fits 261, not 23.
const VAGUE_RANGES: [RegExp, number, number][] = [
  [/billion/i, 1e9, 1e12],
  [/million/i, 1e6, 1e9],
  [/thousand/i, 1e3, 1e6],
  [/hundred/i, 100, 1e4],
  [/dozen|scores/i, 12, 1e3],
];

export interface Feature {
  source: number;
  /** Sources telling one story share this id; figures of different stories never meet. */
  story: number;
  index: number;
  figure: ExtractedFigure;
  units: string[];
  /** What is counted: the head's class, or the event class its verb names. */
  thing: string | null;
  head: string | null;
  verbClass: string | null;
  /** Whether verbClass is a lexicon class (else it is the verb itself). */
  verbClassed: boolean;
  frame: string;
  /** The part of the frame that changes what is measured (capacity, population, rate, part, plan): it must match. */
  scope: string;
  perUnit: boolean;
  perNoun: string | null;
  revision: boolean;
  /** Representative value (geometric middle of low..high); dates as months since year 0. */
  value: number | null;
  range: [number, number] | null;
  valueKey: string;
  context: Set<string>;
  /** Lexical concepts of what is counted (the head noun's and the verb's senses): "deaths", "died" and "killed" share one. */
  concepts: Set<string>;
  /** The month the sentence ties the figure to ("in October", "on June 16"), or its as-of month: "2022-10". */
  when: string | null;
  /** When the clause names no counted thing: the class of a noun elsewhere in the sentence ("excess death" → death). */
  inferred: string | null;
  /** When the sentence names none either: what the figure before it in its source counts ("… 1.03 million marchers. Police said 240,000."). */
  inherited: string | null;
}

/** What a figure counts, from its clause, its sentence or the figure before it, e.g. 'death', or null. */
export const counted = (f: Feature): string | null =>
  // "People" says little: inmates, members and residents are different counts of people, though a
  // capacity or population of inmates, prisoners or detainees is one measure.
  f.thing === 'person' && f.scope === '' && f.head && !GENERIC_PEOPLE.has(f.head) ? `person:${f.head}` : (f.thing ?? f.inferred ?? f.inherited);
const GENERIC_PEOPLE = new Set(['people', 'person', 'individual']);

/** A figure with no counted thing of its own takes the one of the figure before it within this distance. */
const INHERIT_DISTANCE = 600;
/**
 * Fills `inherited` for one source's figures in text order: a figure whose clause and sentence name nothing
 * counts what the nearest figure before it in its bucket counts ("On July 1 the organisers said 550,000 and
 * the police said 190,000"). Runs on a whole source (or its stored bucket rows), so ingests and regroups agree.
 */
export function inheritCounted(features: Feature[]): void {
  const last = new Map<string, Feature>();
  for (const f of [...features].sort((a, b) => a.figure.start - b.figure.start)) {
    const key = bucketKey(f);
    const before = last.get(key);
    f.inherited = !f.thing && !f.inferred && before && f.figure.start - before.figure.end <= INHERIT_DISTANCE ? counted(before) : null;
    if (counted(f)) last.set(key, f);
  }
}

/** Figures that differ in any of these can never share a metric, so only figures within a bucket are compared. */
export function bucketKey(f: Feature): string {
  const d = f.figure.dimension;
  const counts = d === 'count' || d === 'currency';
  // Measurements may match through a restated unit ("95°F (35°C)" vs "35°C"), so only counts and money split by unit.
  return `${f.story}|` + (counts ? `${f.figure.kind}|${d}|${f.scope}|${f.perUnit}|${f.figure.unit ?? ''}` : `${f.figure.kind}|${d}|${f.scope}`);
}

/** Derive grouping features, e.g. `toFeature(figure, 0, 3)`. */
export function toFeature(
  figure: ExtractedFigure,
  source: number,
  index: number,
  story = 0,
  lexicon: Lexicon = NO_LEXICON,
  /** The figure's period, from `periodsOf` (stored with the figure, since it needs the other figures of its source). */
  when: string | null = null,
): Feature {
  const s = figure.signals;
  // A head that names the count itself ("the estimate", "the figure") or the one who gave it ("police said
  // 240,000") says nothing of what is counted: the sentence or the figure before must say it.
  const named = s.head !== null && !MEASURE_WORDS.has(s.head) && !(figure.attributedTo ?? '').toLowerCase().includes(s.head);
  const head = named ? s.head : null;
  const headClass = named ? s.headClass : null;
  const vc = verbClass(s.verb);
  const per = s.cues.find((c) => c.startsWith('per:'));
  const units = [figure.unit, figure.restated?.unit].filter((u): u is string => !!u);
  const value = representative(figure);
  return {
    source,
    story,
    index,
    figure,
    units,
    thing: thingCounted(headClass, vc, figure.dimension),
    head,
    // A verb with no class stands for itself: "collapsed" is not "destroyed".
    verbClass: vc ? (STATE_VERBS.has(vc) ? null : vc) : s.verb,
    verbClassed: vc !== null,
    frame: frameOf(s.cues),
    scope: frameOf(s.cues.filter((c) => SCOPE_CUES.has(c))),
    perUnit: s.cues.includes('per-unit'),
    perNoun: per ? per.slice(4) : null,
    revision: s.cues.includes('revision'),
    value,
    range: value === null && figure.vague ? vagueRange(figure.text) : null,
    valueKey: figure.kind === 'date' ? `${figure.dateLow}|${figure.dateHigh}` : figure.vague ? `~${figure.text.toLowerCase()}` : `${figure.low}|${figure.high}`,
    context: new Set(s.context.filter((c) => !units.some((u) => u.startsWith(c)))),
    concepts: conceptsOf(head, s.verb, lexicon),
    when,
    inferred: head || vc ? null : inferThing(s.context),
    inherited: null,
  };
}

// The date nearest a figure within its sentence, at month precision or finer, names the period or event it
// belongs to ("85.51% in October", "the June 16 march drew 338,000"); a year alone is too coarse to tell.
const WHEN_DISTANCE = 80;
/**
 * The month each figure's sentence ties it to, for one source's figures in order, e.g.
 * `periodsOf(figures)[3]` → '2022-10', or null. Dates are looked up by sentence, so a long report costs one pass.
 */
export function periodsOf(figures: readonly ExtractedFigure[]): (string | null)[] {
  const datesBySentence = new Map<number, ExtractedFigure[]>();
  for (const d of figures)
    if (d.kind === 'date' && d.dateLow && d.datePrecision !== 'year') datesBySentence.set(d.quoteStart, [...(datesBySentence.get(d.quoteStart) ?? []), d]);
  return figures.map((figure) => {
    if (figure.kind === 'date') return null;
    let best: ExtractedFigure | null = null;
    let gap = WHEN_DISTANCE;
    for (const d of datesBySentence.get(figure.quoteStart) ?? []) {
      const g = d.start >= figure.end ? d.start - figure.end : figure.start - d.end;
      if (g >= 0 && g < gap) [best, gap] = [d, g];
    }
    if (best?.dateLow) return best.dateLow.slice(0, 7);
    return figure.asOf && figure.asOf.length >= 7 ? figure.asOf.slice(0, 7) : null;
  });
}

function inferThing(context: readonly string[]): string | null {
  for (const c of context) if (isClassNoun(c) && nounClass(c) !== 'person') return nounClass(c);
  return null;
}

function thingCounted(headClass: string | null, vc: string | null, dimension: string): string | null {
  if ((headClass === null || headClass === 'person') && vc && PERSON_EVENT_CLASSES.has(vc)) return vc;
  if (headClass === null && vc && dimension === 'currency') return MONEY_VERB_THINGS[vc] ?? null;
  return headClass;
}

function representative(f: ExtractedFigure): number | null {
  if (f.kind === 'date') {
    const lo = monthIndex(f.dateLow);
    const hi = monthIndex(f.dateHigh);
    return lo === null ? null : (lo + (hi ?? lo)) / 2;
  }
  if (f.low === null) return null;
  const high = f.high ?? f.low;
  return f.low > 0 && high > 0 ? Math.sqrt(f.low * high) : (f.low + high) / 2;
}

function monthIndex(iso: string | null): number | null {
  const m = iso ? /^(\d{4})(?:-(\d{2}))?/.exec(iso) : null;
  return m ? Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 6) : null;
}

function vagueRange(text: string): [number, number] | null {
  for (const [re, lo, hi] of VAGUE_RANGES) if (re.test(text)) return [lo, hi];
  return null;
}

function conceptsOf(head: string | null, verb: string | null, lexicon: Lexicon): Set<string> {
  const out = new Set<string>();
  if (head) for (const c of lexicon.concepts(head, 'n')) out.add(c);
  if (verb && !STATE_VERBS.has(verb)) for (const c of lexicon.concepts(verb, 'v')) out.add(c);
  return out;
}
