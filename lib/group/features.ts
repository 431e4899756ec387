// What grouping compares for one figure, derived once from its signals: the thing counted (a synonym
// class, promoted by the verb: "62 people were killed" counts deaths), the frame (capacity, plan, part
// ...), the per-unit context, the value's magnitude and the nouns around it.

import type { ExtractedFigure } from '../extract/types';
import { MONEY_VERB_THINGS, PERSON_EVENT_CLASSES, frameOf, isClassNoun, nounClass, verbClass } from '../extract/lexicon';
import { NO_LEXICON, type Lexicon, type Place } from './lexicon';
import { namedDates, statedYears } from '../extract/dates';

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
  /** The month or day the sentence ties the figure to ("in October", "on June 16", "19 January: …"), or its as-of date: "2022-10", "2023-01-19". */
  when: string | null;
  /** When the clause names no counted thing: the class of a noun elsewhere in the sentence ("excess death" → death). */
  inferred: string | null;
  /** When the sentence names none either: what the figure before it in its source counts ("… 1.03 million marchers. Police said 240,000."). */
  inherited: string | null;
  /** The place named nearest the figure in its sentence ("30,000 in Marseille", "Paris: 81,000"), or null. */
  place: Place | null;
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
  /** The figure's period, from `periodsOf` (stored with the figure, since it needs its source's text and other figures). */
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
    place: placeNear(figure, lexicon),
  };
}

// A run of capitalised words ("New South Wales", "Puerto Rico's"); a run of more than four is a title, not a place.
const NAME_RE = /\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’.-]*){0,4}/gu;
const LEADING_WORD_RE = /^(?:The|In|On|At|By|For|From|Across|Of|Outside|Inside)[ \u00a0]+/;
const REFERENCE_RE = /\b(?:from|to|towards?|near|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of|outside)[ \u00a0]+[^.;:\n]{0,30}$/i;
/** A place names what a figure counts only near it: "30,000 in Marseille", not a city two clauses away. */
const PLACE_DISTANCE = 80;

/**
 * The place named nearest a figure in its quote, e.g. "81,000 marched in Paris" → Paris. A place inside a longer
 * name ("the Washington Post", "George Washington University") names an organisation, so only a whole run of
 * capitalised words is looked up, after a leading "The", "In" or the like.
 */
function placeNear(figure: ExtractedFigure, lexicon: Lexicon): Place | null {
  const quote = figure.quote;
  let best: Place | null = null;
  let gap = PLACE_DISTANCE;
  for (const m of quote.matchAll(NAME_RE)) {
    const start = figure.quoteStart + m.index;
    const end = start + m[0].length;
    const distance = start >= figure.end ? start - figure.end : figure.start - end;
    if (distance < 0 || distance >= gap || m[0].split(/[ \u00a0]+/).length > 4) continue;
    // "40 miles from San Salvador", "east of the capital": a place a figure is measured from is not where it counts.
    if (REFERENCE_RE.test(quote.slice(Math.max(0, m.index - 48), m.index))) continue;
    const name = m[0].replace(LEADING_WORD_RE, '').replace(/(?:['’]s?|\.)$/, '');
    // "Al", "As": two letters name a place only in capitals ("UK", "US").
    if (name.length < 3 && name !== name.toUpperCase()) continue;
    const place = lexicon.place(name);
    if (place) [best, gap] = [place, distance];
  }
  return best;
}

// The date nearest a figure within its sentence, at month precision or finer, names the period or event it
// belongs to ("85.51% in October", "the June 16 march drew 338,000", "19 January: 1.12 million"); a year alone
// is too coarse to tell.
const WHEN_DISTANCE = 80;
interface Dated {
  start: number;
  end: number;
  /** "2022-10" or "2023-01-19". */
  when: string;
}

/**
 * The month or day each figure's sentence ties it to, for one source's figures in order, e.g.
 * `periodsOf(figures, text)[3]` → '2023-01-19', or null. Dates are looked up by sentence, so a long report costs
 * one pass. With the source's text, dates without a year ("31 January") count too (`yearlessDates`).
 */
export function periodsOf(figures: readonly ExtractedFigure[], text?: string): (string | null)[] {
  const bySentence = new Map<number, Dated[]>();
  const add = (sentence: number, d: Dated) => {
    const list = bySentence.get(sentence);
    if (list) list.push(d);
    else bySentence.set(sentence, [d]);
  };
  for (const d of figures) if (d.kind === 'date' && d.dateLow && d.datePrecision !== 'year') add(d.quoteStart, { start: d.start, end: d.end, when: d.dateLow });
  if (text !== undefined) for (const [sentence, d] of yearlessDates(text, figures)) add(sentence, d);
  return figures.map((figure) => {
    if (figure.kind === 'date') return null;
    let best: Dated | null = null;
    let gap = WHEN_DISTANCE;
    for (const d of bySentence.get(figure.quoteStart) ?? []) {
      const g = d.start >= figure.end ? d.start - figure.end : figure.start - d.end;
      if (g >= 0 && g < gap) [best, gap] = [d, g];
    }
    if (best) return best.when;
    return figure.asOf && figure.asOf.length >= 7 ? figure.asOf : null;
  });
}

/** Whether two periods can be one: equal, or one a day of the other's month ("2023-03" and "2023-03-07"). */
export const samePeriod = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);

// A date after these words bounds a period or a tally ("by 11 October the count had reached 44", "from 20
// September to 31 December"): it is not the day a count was of.
const BOUND_RE = /\b(?:by|as of|until|till|through|since|from|between|to|and)[ \u00a0]+(?:the[ \u00a0]+)?$|[-–—][ \u00a0]*$/i;

/**
 * Dates named without a year in the sentences that hold figures ("19 January: 1.12 million", "the June 9
 * march"), dated by the nearest date with a year before them (else the first after), as [sentence start, date].
 * Dates that bound a period and dates in brackets (a citation's "(December 2017)") are left out.
 */
function yearlessDates(text: string, figures: readonly ExtractedFigure[]): [number, Dated][] {
  const named = namedDates(text);
  const sentences = [...new Map(figures.map((f) => [f.quoteStart, f.quoteEnd]))].sort((x, y) => x[0] - y[0]);
  const years = statedYears(text);
  const out: [number, Dated][] = [];
  let year = years[0]?.[1] ?? null;
  let k = 0;
  let y = 0;
  for (const d of named) {
    while (y < years.length && years[y][0] <= d.start) year = years[y++][1];
    if (d.year !== null || year === null || d.day === null) continue;
    if (BOUND_RE.test(text.slice(Math.max(0, d.start - 12), d.start)) || bracketed(text, d.start)) continue;
    while (k < sentences.length && sentences[k][1] <= d.start) k++;
    if (k < sentences.length && sentences[k][0] <= d.start) out.push([sentences[k][0], { start: d.start, end: d.end, when: `${year}-${pad(d.month)}-${pad(d.day)}` }]);
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether `pos` lies inside round or square brackets opened earlier on its line. */
function bracketed(text: string, pos: number): boolean {
  const before = text.slice(Math.max(text.lastIndexOf('\n', pos - 1) + 1, pos - 80), pos);
  return before.lastIndexOf('(') > before.lastIndexOf(')') || before.lastIndexOf('[') > before.lastIndexOf(']');
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
