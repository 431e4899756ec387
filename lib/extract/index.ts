// extractFigures: text → every figure the text states, each with its quote, what it counts, its
// as-of date, attribution and the signals grouping compares. Pure and synchronous; odd text yields
// warnings, never an exception.

import type { ExtractedFigure, ExtractionResult, FigureSignals, Mention } from './types';
import { findMentions } from './mentions';
import { readLayout, inZone, type Layout } from './layout';
import { SentenceFinder, type Span } from './sentences';
import { readSentence, readFigureContext, isDateFigure, dateEventVerb, attributionAt, type SentenceContext } from './context';
import { MATTER_DIMENSIONS, frameOf } from './lexicon';

export const EXTRACTOR_VERSION = '0.2.24';

/** Extract every figure from a source's stored text, e.g. `extractFigures('It holds 40,000 inmates.')`. */
export function extractFigures(text: string): ExtractionResult {
  const warnings: string[] = [];
  if (typeof text !== 'string' || text.length === 0) return { figures: [], warnings: text ? [] : ['empty text'] };
  let mentions: Mention[];
  try {
    mentions = findMentions(text);
  } catch (e) {
    return { figures: [], warnings: [`number grammar failed: ${(e as Error).message}`] };
  }
  const layout = readLayout(text);
  const sentences = new SentenceFinder(text);
  const figures: ExtractedFigure[] = [];
  let longSentences = 0;
  for (const { span, group } of bySentence(sentences, mentions)) {
    const at = span ?? lineAround(text, group[0].start);
    if (at.end - at.start > QUOTE_MAX && ++longSentences <= LONG_SENTENCE_WARNINGS)
      warnings.push(`the sentence at character ${at.start} is ${at.end - at.start} characters long: each of its figures is quoted by at most ${QUOTE_MAX} characters around it`);
    try {
      const read = { text, layout, sentences, mentions, last: figures[figures.length - 1] };
      // One at a time: spreading a sentence's figures into push() overflows the stack past ~100,000 arguments.
      for (const f of sentenceFigures(read, at, group)) figures.push(f);
    } catch (e) {
      warnings.push(`skipped a sentence at ${group[0].start}: ${(e as Error).message}`);
    }
  }
  if (longSentences > LONG_SENTENCE_WARNINGS)
    warnings.push(`${longSentences - LONG_SENTENCE_WARNINGS} more sentences over ${QUOTE_MAX} characters, quoted the same way`);
  return { figures, warnings };
}

// Mentions grouped by sentence, in order of each sentence's first mention; mentions outside every sentence
// (a list bullet's number) form one group read with their line. Sentences are split only where mentions are.
function bySentence(sentences: SentenceFinder, mentions: Mention[]): IterableIterator<{ span: Span | null; group: Mention[] }> {
  const out = new Map<number, { span: Span | null; group: Mention[] }>();
  for (const m of mentions) {
    const span = sentences.at(m.start);
    const key = span ? span.start : -1;
    const entry = out.get(key);
    if (entry) entry.group.push(m);
    else out.set(key, { span, group: [m] });
  }
  return out.values();
}

function lineAround(text: string, pos: number): Span {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const end = text.indexOf('\n', pos);
  return { start, end: end < 0 ? text.length : end };
}

/** What every sentence of one text is read against. */
interface TextReading {
  text: string;
  layout: Layout;
  sentences: SentenceFinder;
  mentions: Mention[];
  /** The figure before this sentence's, if any. */
  last?: ExtractedFigure;
}

function sentenceFigures(read: TextReading, span: Span, mentions: Mention[]): ExtractedFigure[] {
  const { text, layout } = read;
  const live = mentions.filter((m) => !inZone(layout.zones, m.start) && text.slice(m.start, m.end) === m.text);
  if (live.length === 0) return [];
  const dates = live.filter((m) => m.kind === 'date');
  const sentence = readSentence(text, span, dates, layout.references);
  carryFromPrevious(read, sentence);
  let quoteStart = span.start;
  let quoteEnd = span.end;
  for (const m of live) {
    quoteStart = Math.min(quoteStart, m.hedgeStart ?? m.start);
    quoteEnd = Math.max(quoteEnd, m.end);
  }
  const long = quoteEnd - quoteStart > QUOTE_MAX;
  const quote = long ? '' : text.slice(quoteStart, quoteEnd);
  const out: ExtractedFigure[] = [];
  for (const stated of live) {
    if (stated.kind === 'date' && !isDateFigure(sentence, stated)) continue;
    const { counts, countsAfterOf, signals } = readFigureContext(text, sentence, stated);
    const m = withCarriedCurrency(text, stated, counts, out[out.length - 1] ?? read.last);
    if (m.kind === 'date') signals.verb = dateEventVerb(sentence, m);
    inheritHead(signals, out[out.length - 1], m);
    const asOf = sentence.asOfMention === m ? null : sentence.asOf;
    const [qs, qe] = long ? quoteWindow(text, m, quoteStart, quoteEnd) : [quoteStart, quoteEnd];
    const q = long ? text.slice(qs, qe) : quote;
    out.push(toFigure(m, qs, qe, q, COUNTED_DIMENSIONS.has(m.dimension) || (countsAfterOf && MATTER_DIMENSIONS.has(m.dimension)) ? counts : null, asOf, attributionAt(sentence, m.start), signals));
  }
  return out;
}

// "once calculated at 2.5 billion euros, has risen to 7.3 billion", "… about 2 billion euros. Other documents give
// 1.7 billion": a bare scaled number right after an amount of money, in its paragraph, is an amount in that currency.
const SCALED_RE = /\b(?:million|billion|trillion|bn)\b/i;
const CARRY_DISTANCE = 300;

function withCarriedCurrency(text: string, m: Mention, counts: string | null, prev: ExtractedFigure | undefined): Mention {
  if (m.kind !== 'quantity' || m.dimension !== 'count' || m.unit || counts !== null || !SCALED_RE.test(m.text)) return m;
  if (!prev || prev.kind !== 'quantity' || prev.dimension !== 'currency' || !prev.unit || m.start - prev.end > CARRY_DISTANCE) return m;
  if (text.slice(prev.end, m.start).includes('\n')) return m;
  return { ...m, unit: prev.unit, dimension: 'currency' };
}

/** The longest quote a figure is stored with; a longer sentence is cited by a window around the figure. */
export const QUOTE_MAX = 600;
// Long sentences named one by one in the warnings; past this, one line counts the rest.
const LONG_SENTENCE_WARNINGS = 5;
// How far a window's edge may move to land on a word boundary.
const WORD_SLACK = 40;

// A sentence of 5,000 numbers would otherwise store itself 5,000 times: cite each figure by the words
// around it, at most QUOTE_MAX characters, cut between words and never through the figure or its hedge.
function quoteWindow(text: string, m: Mention, from: number, to: number): [number, number] {
  const own = m.hedgeStart ?? m.start;
  const room = QUOTE_MAX - (m.end - own);
  if (room <= 0) return [own, m.end];
  let start = Math.max(from, own - (room >> 1));
  let end = Math.min(to, m.end + room - (own - start));
  start = Math.max(from, end - QUOTE_MAX); // a window cut short on the right takes the rest on the left
  if (start > from && !isSpace(text.charCodeAt(start - 1))) {
    const limit = Math.min(own, start + WORD_SLACK);
    let k = start;
    while (k < limit && !isSpace(text.charCodeAt(k - 1))) k++;
    if (isSpace(text.charCodeAt(k - 1))) start = k;
  }
  if (end < to && !isSpace(text.charCodeAt(end))) {
    const limit = Math.max(m.end, end - WORD_SLACK);
    let k = end;
    while (k > limit && !isSpace(text.charCodeAt(k))) k--;
    if (isSpace(text.charCodeAt(k))) end = k;
  }
  while (start < own && (isSpace(text.charCodeAt(start)) || isLowSurrogate(text.charCodeAt(start)))) start++;
  while (end > m.end && (isSpace(text.charCodeAt(end - 1)) || isHighSurrogate(text.charCodeAt(end - 1)))) end--;
  return [start, end];
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

// "A report from the commission, published in September 2024, warned … They concluded that each …": a
// sentence that opens with a pronoun or "the report" speaks for the source and date of the one before it.
const CONTINUES_RE =
  /^(?:they|it|he|she|the\s+(?:report|study|survey|analysis|review|commission|agency|ministry|office|department|group|organi[sz]ation|data|figures))\b/i;

function carryFromPrevious(read: TextReading, sentence: SentenceContext): void {
  const { text, sentences, layout } = read;
  if ((sentence.attributedTo && sentence.asOf) || !CONTINUES_RE.test(text.slice(sentence.start, sentence.start + 40))) return;
  let end = sentence.start;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  // Only within one paragraph: a newline ends the thread a pronoun can follow.
  const prev = end > 0 && text[end - 1] !== '\n' ? sentences.at(end - 1) : null;
  if (!prev || prev.end > sentence.start) return;
  // Mentions are in text order: read only the previous sentence's, not every mention in the text again.
  const dates: Mention[] = [];
  for (let k = firstMentionAt(read.mentions, prev.start); k < read.mentions.length && read.mentions[k].start < prev.end; k++) {
    const m = read.mentions[k];
    if (m.kind === 'date' && m.end <= prev.end) dates.push(m);
  }
  const before = readSentence(text, prev, dates, layout.references);
  if (!sentence.attributedTo && before.attributedTo) {
    sentence.attributedTo = before.attributedTo;
    for (const clause of sentence.clauses) clause.attributedTo ??= before.attributedTo;
  }
  sentence.asOf ??= before.asOf;
}

function firstMentionAt(mentions: Mention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Fields listed one by one (not spread): every figure then shares one object shape, which keeps
// extraction fast on large texts.
function toFigure(
  m: Mention, quoteStart: number, quoteEnd: number, quote: string, counts: string | null, asOf: string | null,
  attributedTo: string | null, signals: FigureSignals,
): ExtractedFigure {
  return {
    kind: m.kind, start: m.start, end: m.end, text: m.text, low: m.low, high: m.high, dateLow: m.dateLow, dateHigh: m.dateHigh,
    datePrecision: m.datePrecision, qualifier: m.qualifier, hedge: m.hedge, hedgeStart: m.hedgeStart, unit: m.unit,
    unitRaw: m.unitRaw, dimension: m.dimension, vague: m.vague, restated: m.restated,
    quoteStart, quoteEnd, quote, counts, asOf, attributedTo, signals, warnings: [],
  };
}

// "up from 1,100", "doubled to 40,000", "along with 240 buildings": a number with no verb of its own
// shares the verb (and, lacking a noun, the noun) of the figure before it in the same sentence.
function inheritHead(signals: FigureSignals, prev: ExtractedFigure | undefined, m: Mention): void {
  if (!prev || m.kind !== 'quantity' || signals.verb !== null) return;
  if (prev.kind !== 'quantity' || prev.dimension !== m.dimension || prev.unit !== m.unit) return;
  // "attendance at 58,500, close to the capacity of 62,000": a cue of its own means a different measure.
  if (frameOf(signals.cues) !== frameOf(prev.signals.cues)) return;
  if (signals.head === null) [signals.head, signals.headClass] = [prev.signals.head, prev.signals.headClass];
  signals.verb = prev.signals.verb;
}

// Only these say what they count ("40,000 inmates", "$6 million for housing", "8% of its workforce");
// the words after "45 miles" ("east of the capital") say where, not what. An amount of matter (MATTER_DIMENSIONS)
// says what it is of after "of" right after its unit.
const COUNTED_DIMENSIONS = new Set(['count', 'currency', 'percent', 'rate']);
