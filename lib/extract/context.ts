// The context reader: for a mention inside its sentence, what it counts ("inmates", "deaths in
// Salvadoran prisons"), the signals grouping compares (head noun class, governing verb, cues such as
// capacity / plan / part / per-unit), when it was true (as of) and who the text credits it to.
// Everything works on one tokenisation of the sentence and looks at a few tokens either side.

import type { FigureSignals, Mention } from './types';
import type { Span } from './sentences';
import { lemma, nounClass, verbOf, verbClass, isClassNoun, DATE_EVENT_CLASSES, PERSON_EVENT_CLASSES } from './lexicon';
import { readAttribution } from './attribution';
import { NUMBER_WORD_SOURCE } from './numbers';

export interface Token {
  text: string;
  lower: string;
  /** Starts with a letter (not a digit or punctuation). */
  word: boolean;
  start: number;
  end: number;
  /** Memo of contextLemma (undefined until read): a sentence's figures share their tokens. */
  context?: string | null;
}

/** A sentence read once: its tokens plus what applies to every figure in it. */
export interface SentenceContext extends Span {
  tokens: Token[];
  /** Who the sentence credits its figures to (text, else its footnote markers). */
  attributedTo: string | null;
  /** Contrasting clauses credit their own sources: "Organisers said 100,000, while police put it at 30,000". */
  clauses: { start: number; attributedTo: string | null }[];
  /** Month-precise "as of" date the sentence frames its figures with, and the mention that states it. */
  asOf: string | null;
  asOfMention: Mention | null;
}

export interface FigureContext {
  counts: string | null;
  /** Whether what is counted follows "of" right after the figure: "4.9 million barrels of oil", "8% of its workforce". */
  countsAfterOf: boolean;
  signals: FigureSignals;
}

// Tokens a cue window never crosses: punctuation that closes a clause and subordinating words.
const BOUNDARY = new Set([
  ',', ';', ':', '(', ')', '—', '–', '.', '!', '?', '“', '”', '"', 'when', 'while', 'after', 'before', 'because',
  'although', 'though', 'whereas', 'where', 'if', 'but', 'whether', 'that', 'which', 'who', 'whom', 'whose', 'as',
]);
// Irregular past tenses end a noun phrase like any verb ("40,000 nurses took part").
const IRREGULAR_PAST = new Set(
  ('took went came made gave saw left got kept brought put set told found ran stood sat fell rose grew lost paid spent ' +
    'sent won fled hit began led met thought felt said knew became held broke drove flew fought sold bought built ' +
    'caught chose drew ate forgot hid hung lay meant rode rang sang shook shot shut slept spoke stole struck swore ' +
    'swept swam threw understood woke wore wrote')
    .split(' '),
);
const STOP = new Set(
  ('a an the this that these those its their his her our your my of in on at by for from to with without into onto ' +
    'over under about around between among as and or but nor so than then there here is are was were be been being ' +
    'have has had do does did will would can could may might must shall should who whom whose which what when ' +
    'where why how while since until each every per also only just even more most less least very some any all ' +
    'both no not such it they them he she we you i one ones other another same own up down out off again further ' +
    'later now still already yet like within inside across through during according via near nearly almost ' +
    'approximately roughly around estimated reportedly allegedly daily weekly monthly yearly annually apiece ' +
    'including excluding according following after before against toward towards despite amid behind beyond along upon ' +
    'next last far went go goes gone remain remains remained remaining first second third outside above below ' +
    'beneath throughout beside besides except past versus rather instead respectively altogether overall together ' +
    'combined alone earlier ago too')
    .split(' '),
);
const AUX = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'being', 'reportedly', 'also', 'already', 'later', 'then',
  'allegedly', 'all', 'now', 'confirmed', 'believed', 'feared', 'got', 'remain', 'remains', 'remained', 'ordered', 'forced',
  'told', 'asked', 'urged', 'to', 'still', 'say', 'said', 'first', 'initially', 'originally', 'officially', 'so', 'far',
  // Modals: "18,000 people could have died" is counted by what they did, not by "could".
  'could', 'would', 'may', 'might', 'must', 'should', 'will', 'can',
]);
// "cannot", "didn't", "won’t": a negated auxiliary ends a noun phrase and is never what a number counts.
const NEGATED_AUX_RE = /^cannot$|n['’]t$/;
const RELATIVE = new Set(['who', 'that', 'which', 'whom']);
const OF_DETERMINERS = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'all']);
const PP_HEADS = new Set(['in', 'within', 'inside', 'at', 'from', 'of', 'on']);
const PP_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'state', 'his', 'her']);
// Nouns that name the measure written right before its number: "magnitude 7.8", "level 3".
const LABEL_NOUNS = new Set(['magnitude', 'level', 'category', 'grade', 'score', 'rating', 'scale', 'index', 'turnout']);
// Nouns before "of" that say what the following number counts: "deaths of 200 people" counts deaths.
const OF_TOLL = new Set(['toll', 'count', 'tally', 'number', 'total', 'figure']);
// Nouns that name a count itself: a person word right before one says whose count it is ("the official count",
// "the police estimate"), not what it counts.
const COUNT_NOUNS = new Set([...OF_TOLL, 'estimate']);

// Words too common around figures to say what one is about.
const NOT_CONTEXT = new Set([
  'million', 'billion', 'trillion', 'thousand', 'hundred', 'percent', 'cent', 'reported', 'said', 'says', 'estimated',
  'based', 'called', 'expected', 'added', 'told', 'stated', 'noted', 'announced', 'confirmed', 'recorded', 'claimed',
  'published', 'released', 'cited', 'quoted', 'linked', 'attributed', 'blamed', 'tied', 'connected', 'documented', 'logged',
  'counted', 'found', 'registered', 'listed', 'included', 'believed', 'thought', 'feared', 'presumed', 'considered',
]);
const ADJECTIVE_ED = new Set([
  'estimated', 'reported', 'alleged', 'combined', 'expected', 'projected', 'revised', 'updated', 'unprecedented', 'added',
  'increased', 'reduced', 'limited', 'detailed', 'related', 'advanced', 'armed', 'united', 'confirmed', 'registered',
  'designed', 'built', 'intended', 'planned', 'scheduled', 'proposed', 'allowed', 'needed', 'required',
]);
const LEFT_MAX = 10;
const RIGHT_MAX = 8;

const CAPACITY_RE =
  /\b(?:(?:built|designed|able|made|meant|intended|constructed|equipped|enough|big|large|planned)\s+(?:\w+\s+)?to\s+(?:hold|house|accommodate|fit|seat|take|handle|serve|store|carry)|can\s+(?:hold|house|accommodate|fit|seat|take|handle|carry)|could\s+(?:hold|house|accommodate|fit|seat)|accommodat\w*|capacity|room\s+for|space\s+for|seating\s+for|sized\s+for)\b/;
const POPULATION_RE = /\b(?:hous(?:es|ed|ing)|holds|held|holding|population|home\s+to|occupied\s+by|occupants?)\b/;
const PLAN_RE =
  /\b(?:plans?|planned|planning|aims?|aiming|aimed|looking\s+to|seeks?|seeking|expects?|expected|will|intends?|intended|propos(?:es|ed|al)|targets?|targeted|budget(?:ed|s)?|allocat\w+|earmark\w*|pledg\w+|projected|forecasts?|goal|promis(?:es|ed)|set\s+to|going\s+to|set\s+aside|approved?|approves)\b/;
// "an additional 8,000", "agreed to pay $6 million": a plan written right before the number. The lookahead
// `(?=\s+to\s)` changes no match; it only spares the costly lookbehind at every other position.
const PLAN_NEAR_RE = /\b(?:additional|extra)\s*$|(?=\s+to\s)(?<!\b(?:forced|forcing|ordered|causing|prompting|leading|allowing|able|used|had|has|have|going|due|up|close|next|according))\s+to\s+(?!(?:the|a|an|its|their|about|around|some|nearly|almost|over|under)\b)[a-z]+\s*$/;
// "an additional 8,000 arrests", "a further 2,000": an increment on a count, not the count.
const INCREMENT_RE = /\b(?:additional|extra|another|further)\s*$/;
// "1,500 positions will be eliminated": a modal right after the noun phrase.
const PLAN_RIGHT_RE = /^(?:will|are\s+to\s+be|is\s+to\s+be|to\s+be|could|may|might|are\s+set\s+to|are\s+expected\s+to)\b/;
const PLAN_HEADS = new Set(['budget', 'plan', 'allocation', 'pledge', 'target', 'goal', 'proposal', 'projection', 'forecast', 'request']);
const PART_RE = /\b(?:including|included|includes|of\s+whom|of\s+which|among\s+(?:them|whom|those|which|these)|among)\b/;
const PART_NEAR_RE = /\b(?:of\s+(?:whom|which)|among\s+(?:them|whom|which))\s*$/;
const PART_RIGHT_RE = /^(?:\w+\s+)?of\s+(?:whom|them|those|which)\b/;
const TOTAL_RE = /\b(?:total|in\s+all|altogether|overall|combined|cumulative)\b/;
const RATE_RE = /\b(?:rate|per\s+capita)\b/;
const CHANGE_VERBS =
  '(?:increase[ds]?|rise|rose|risen|rising|grew|grown|growth|jump(?:ed|s)?|surge[ds]?|fell|fall(?:en|s)?|drop(?:ped|s)?|decline[ds]?|decreas(?:e|es|ed)|gain(?:ed|s)?|lost|loss|cut|reduc\w+|climb(?:ed|s)?|slid|slump(?:ed|s)?|plunge[ds]?|soar(?:ed|s)?|more|fewer|up|down)';
const CHANGE_RE = new RegExp(`\\b${CHANGE_VERBS}(?:\\s+(?:by|of))?\\s*$`);
const CHANGE_BY_RE = new RegExp(`\\b${CHANGE_VERBS}\\s+(?:by|of)\\s*$`);
const REVISION_RE =
  /\b(?:initially|originally|at\s+first|first|earlier|previously|later|subsequently|now|revised|updated|raised|lowered|doubled|tripled|increased|rose|risen|grew|climbed|fell|dropped|up\s+from|down\s+from)\b/;
const REVISION_RIGHT_RE = /^(?:[a-z\u00C0-\u024F\d’']+\s+){0,4}?(?:earlier|previously|initially|originally|first|before)\b/;
// A value for an earlier period ("$28 million last year") is a different figure, not a revision.
const EARLIER_PERIOD_RE = /\b(?:(?:last|previous|prior)\s+(?:year|month|week|quarter|season)|a\s+year\s+(?:earlier|ago|before)|the\s+year\s+before|a\s+decade\s+ago)\b/;
const PER_UNIT_RIGHT_RE = /^(?:each(?:\s+([a-z]+))?|apiece|per\s+(?!cent\b)([a-z]+)|an?\s+(day|week|month|year|night|hour|head|person)(?!\s+(?:earlier|later|ago|before|after)\b)|(daily|weekly|monthly|annually|yearly|nightly|hourly)|every\s+([a-z]+))\b/;
const WITHIN_PERIOD_RE = /\bin\s+(?:a\s+single|one\s+single|one|a\s+single\s+calendar)\s+(day|week|month|year|night|hour)\b/;
const PER_UNIT_LEFT_RE = /\b(?:(?:each|every|per)\s+(?!cent\b)([a-z]+)|(annual|annually|daily|weekly|monthly|yearly|nightly|hourly))\b/;
const PERIOD_NOUN: Record<string, string> = {
  daily: 'day', weekly: 'week', monthly: 'month', annually: 'year', annual: 'year', yearly: 'year', nightly: 'night', hourly: 'hour',
};

/** Tokens of text[span], e.g. `tokenize('40,000 inmates', {start: 0, end: 14})` → ['40,000', 'inmates']. */
export function tokenize(text: string, span: Span): Token[] {
  // A hand-written scanner: the hot path of extraction, several times faster than a global regex.
  const out: Token[] = [];
  const end = span.end;
  let i = span.start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const word = isLetter(c);
    const j = word ? wordEnd(text, i, end) : isDigit(c) ? digitsEnd(text, i, end) : i + 1;
    const t = text.slice(i, j);
    out.push({ text: t, lower: word && hasUpper(text, i, j) ? t.toLowerCase() : t, word, start: i, end: j, context: undefined });
    i = j;
  }
  return out;
}

// Latin letters with accents cover English copy ("Sureños"); apostrophes and hyphens join words ("mega-prison").
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45;
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
  c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x1680 || c === 0x85;

// Most words are already lower case: only letters that may change (A–Z, accented) need toLowerCase.
function hasUpper(text: string, i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 0xc0) return true;
  }
  return false;
}

function wordEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (isLetter(c)) j++;
    else if (isJoiner(c) && j + 1 < end && isLetter(text.charCodeAt(j + 1))) j += 2;
    else break;
  }
  return j;
}

// "40,000", "23.5": separators count only between digits.
function digitsEnd(text: string, i: number, end: number): number {
  let j = i + 1;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) j++;
    else if ((c === 44 || c === 46) && j + 1 < end && isDigit(text.charCodeAt(j + 1))) j += 2;
    else break;
  }
  return j;
}

/** Index of the first token starting at or after `pos`. */
function firstTokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Windows {
  /** Tokens left of the figure (hedge excluded) back to a clause boundary, nearest last. */
  left: Token[];
  /** The three words right before the figure, boundaries included ("…, of which $30 million"). */
  near: string;
  /** Index of the first token after the figure. */
  right: number;
}

// "at that point", "in that year": "that" after a preposition points, it does not open a clause.
const demonstrative = (tokens: Token[], k: number): boolean =>
  tokens[k].lower === 'that' && k > 0 && PREPOSITIONS.has(tokens[k - 1].lower);
const PREPOSITIONS = new Set(['at', 'in', 'on', 'by', 'for', 'from', 'to', 'of', 'since', 'until', 'after', 'before', 'during']);

function windows(tokens: Token[], m: Mention): Windows {
  const leftEnd = firstTokenAt(tokens, m.hedgeStart ?? m.start);
  let from = leftEnd;
  while (from > 0 && leftEnd - from < LEFT_MAX && !(BOUNDARY.has(tokens[from - 1].lower) && !demonstrative(tokens, from - 1))) from--;
  const near = words(tokens, Math.max(0, leftEnd - 3), leftEnd);
  return { left: tokens.slice(from, leftEnd), near, right: firstTokenAt(tokens, m.end) };
}

/** The lower-cased tokens ts[from, to) joined by spaces (no intermediate arrays: this runs several times per figure). */
function words(ts: Token[], from = 0, to = ts.length): string {
  if (from >= to) return '';
  let s = ts[from].lower;
  for (let k = from + 1; k < to; k++) s += ' ' + ts[k].lower;
  return s;
}

/** Read what a mention counts and the signals grouping compares, e.g. "built to hold 40,000 inmates" → capacity/person. */
export function readFigureContext(text: string, sentence: SentenceContext, m: Mention): FigureContext {
  const tokens = sentence.tokens;
  const w = windows(tokens, m);
  const chunk = countedChunk(tokens, w.right, m);
  const head = headNoun(w.left, chunk.head, m.dimension) ?? labelHead(text, tokens, w, m);
  const heldBy = chunk.head === null && head !== null ? participleAfter(w.left, head) : null;
  const rightVerb = verbAfter(tokens, chunk.next);
  const leftVerb = nearestVerb(w.left);
  const cues = readCues(w, tokens, chunk.next, m, head, rightVerb?.lemma ?? null);
  // "37 percent of federal waters": a percentage of a whole is a share of it, and its metric is named so.
  if (m.dimension === 'percent' && chunk.afterOf && chunk.head !== null) cues.push('share');
  const strong = cues.some((c) => c === 'capacity' || c === 'population');
  let verb: string | null = null;
  if (chunk.participle) verb = chunk.participle;
  else if (heldBy) verb = heldBy;
  else if (rightVerb && !rightVerb.relative) verb = rightVerb.lemma;
  else if (leftVerb) verb = leftVerb;
  else if (rightVerb && !strong) verb = rightVerb.lemma;
  return {
    counts: chunk.end > chunk.start ? text.slice(chunk.start, chunk.end) : null,
    countsAfterOf: chunk.afterOf === true,
    signals: {
      head,
      headClass: head ? nounClass(head) : null,
      verb,
      cues,
      context: contextNouns(tokens, w, head),
    },
  };
}

// A list or infobox line names what its value counts in a label before it: "Users affected: up to 87,000,000",
// "People in need: 20.6M", "Metrorail trips    570,557". The label is short and opens its line; its head is the
// last content word before a participle or preposition ("users", "people", "trips").
const LABEL_MAX = 8;
// Months that are not also common words ("March" is a protest too, "May" a modal).
const MONTH_NAMES = new Set(['january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const LABEL_BREAKS = new Set([',', ';', '(', '—', '–']);
const FINITE = new Set(['said', 'says', 'say', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would']);
const LABEL_STOPS = new Set(['in', 'of', 'by', 'for', 'from', 'on', 'at', 'with', 'to', 'per', 'as', 'since', 'until']);
function labelHead(text: string, tokens: Token[], w: Windows, m: Mention): string | null {
  if (m.dimension !== 'count' && m.dimension !== 'currency') return null;
  const before = firstTokenAt(tokens, w.left.length ? w.left[0].start : (m.hedgeStart ?? m.start));
  let label: Token[];
  if (w.left.length === 0 || w.left.every((t) => STOP.has(t.lower))) {
    // "Label: value": the window stops at the colon.
    const colon = before - 1;
    if (colon < 1 || tokens[colon].text !== ':') return null;
    // "Of those, users in the United Kingdom: about 1.1 million": the label is the part after a comma.
    let from = colon;
    while (from > 0 && !LABEL_BREAKS.has(tokens[from - 1].text)) from--;
    label = tokens.slice(from, colon);
  } else {
    // "Label    value": the whole line before the number, set off by a tab or a run of spaces.
    if (before !== 0) return null;
    const gap = text.slice(w.left[w.left.length - 1].end, m.hedgeStart ?? m.start);
    if (!/\t| {2,}/.test(gap)) return null;
    label = w.left;
  }
  if (label.filter((t) => t.word).length > LABEL_MAX) return null;
  let head: string | null = null;
  for (const t of label) {
    if (!t.word) continue;
    if (LABEL_STOPS.has(t.lower) || RELATIVE.has(t.lower) || t.lower === 'whose') break;
    // A clause with a finite verb is prose, not a label ("The agency said: 500").
    if (FINITE.has(t.lower)) return null;
    if (head && (verbOf(t.lower) || /[a-z]ed$/.test(t.lower))) break;
    if (STOP.has(t.lower) || t.lower.endsWith('ly') || verbOf(t.lower) || /[a-z]ed$/.test(t.lower)) continue;
    head = lemma(t.lower);
  }
  // "June: 1.2 million sold": a month heading a line says when, not what is counted.
  return head !== null && MONTH_NAMES.has(head) ? null : head;
}

interface Chunk {
  start: number;
  end: number;
  head: string | null;
  /** A participle used as the counted noun: "1,200 killed", "300 injured". */
  participle: string | null;
  /** Token index after the noun phrase (its prepositional tail excluded). */
  next: number;
  /** Whether the phrase follows "of" right after the number ("barrels of oil"). */
  afterOf?: boolean;
}

// The counted noun phrase: up to four content words after the number ("gang members"), then one
// prepositional tail kept for display ("deaths in Salvadoran prisons").
function countedChunk(tokens: Token[], i: number, m: Mention): Chunk {
  let j = i;
  // "hundreds of deportees", "8% of its workforce", "140 mm of rain": the noun after "of" is what is counted.
  const afterOf = tokens[j]?.lower === 'of' && (m.vague || m.low === null || m.dimension !== 'count');
  if (afterOf) {
    j++;
    while (j < tokens.length && OF_DETERMINERS.has(tokens[j].lower)) j++;
  }
  const first = tokens[j];
  const none: Chunk = { start: 0, end: 0, head: null, participle: null, next: i };
  if (!first) return none;
  const v = verbOf(first.lower);
  if (v && /ed$|en$|dead$|wounded$/.test(first.lower) && DATE_EVENT_CLASSES.has(v[1])) {
    return { start: first.start, end: first.end, head: null, participle: v[0], next: j + 1 };
  }
  let k = j;
  for (let words = 0; k < tokens.length && words < 4; words++) {
    // "143 million U.S. consumers": an initialism before a noun modifies it.
    const initialism = initialismEnd(tokens, k);
    if (initialism > k && initialism < tokens.length && isContentWord(tokens, initialism)) k = initialism;
    else if (isContentWord(tokens, k)) k++;
    else break;
  }
  if (k === j) return none;
  const headEnd = k;
  k = prepositionalTail(tokens, k);
  return { start: tokens[j].start, end: tokens[k - 1].end, head: lemma(tokens[headEnd - 1].text), participle: null, next: headEnd, afterOf };
}

/** Index after an initialism written with full stops ("U.S.", "U.K.") starting at k, or k. */
function initialismEnd(tokens: Token[], k: number): number {
  let e = k;
  while (e + 1 < tokens.length && isInitial(tokens[e]) && tokens[e + 1].text === '.' && tokens[e + 1].start === tokens[e].end) e += 2;
  return e - k >= 4 ? e : k;
}
const isInitial = (t: Token): boolean => t.word && t.text.length === 1 && t.text !== t.lower;

function isContentWord(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t.word || STOP.has(t.lower) || NEGATED_AUX_RE.test(t.lower)) return false;
  if ((verbOf(t.lower) && !/s$/.test(t.lower)) || /ly$/.test(t.lower) || IRREGULAR_PAST.has(t.lower)) return false;
  // "-ing" words end the phrase unless they open it ("detainees appearing", but "3 buildings").
  if (/ing$/.test(t.lower) && k > 0 && isContentStart(tokens, k)) return false;
  // "-ed" words only as adjectives before another content word ("alleged members", not "people imprisoned").
  if (/ed$/.test(t.lower)) {
    const n = tokens[k + 1];
    return !!n && n.word && n.text[0] === n.lower[0] && !STOP.has(n.lower) && !verbOf(n.lower);
  }
  return true;
}

function isContentStart(tokens: Token[], k: number): boolean {
  const p = tokens[k - 1];
  return p.word && !STOP.has(p.lower);
}

function prepositionalTail(tokens: Token[], k: number): number {
  if (!PP_HEADS.has(tokens[k]?.lower ?? '')) return k;
  let e = k + 1;
  while (e < tokens.length && e - k <= 4 && tokens[e].word && (!STOP.has(tokens[e].lower) || PP_DETERMINERS.has(tokens[e].lower))) e++;
  // A tail that runs into a number is a name ("members of MS-13"), not a place: leave it out.
  const intoNumber = /^\d/.test(tokens[e]?.text ?? '') || tokens[e]?.text === '-';
  return e > k + 1 && !STOP.has(tokens[e - 1].lower) && !intoNumber ? e : k;
}

// What the number counts: a label noun right before it ("magnitude 7.8"), an event noun before "of"
// ("deaths of 200 persons"), the noun after it, else the nearest class noun in its clause ("the number
// of deaths has risen to 1,350"). A person head takes the clause's event noun ("evacuation orders
// covered 25,000 people" counts evacuations).
function headNoun(left: Token[], chunkHead: string | null, dimension: string): string | null {
  const last = left[left.length - 1];
  if (last && LABEL_NOUNS.has(last.lower)) return last.lower;
  const head = ofNoun(left) ?? chunkHead;
  const money = dimension === 'currency';
  if ((dimension !== 'count' && !money) || (head !== null && nounClass(head) !== 'person')) return head;
  for (let k = left.length - 1; k >= 0; k--) {
    // "its sea-death figure was 3,692": a hyphenated compound names its last part.
    const l = lemma(left[k].text.includes('-') ? left[k].text.slice(left[k].text.lastIndexOf('-') + 1) : left[k].text);
    if (!left[k].word || !isClassNoun(l) || (money && nounClass(l) === 'person')) continue;
    if (nounClass(l) === 'person' && k + 1 < left.length && COUNT_NOUNS.has(lemma(left[k + 1].text))) continue;
    if (head === null || PERSON_EVENT_CLASSES.has(nounClass(l))) return l;
  }
  return head;
}

// "the count of people killed ... rose to 34", "people displaced by the floods now number 12,000": the event
// participle right after a person head read before the number says what happened to those counted.
function participleAfter(left: Token[], head: string): string | null {
  for (let k = left.length - 2; k >= 0; k--) {
    if (lemma(left[k].text) !== head) continue;
    const next = left[k + 1].lower;
    const v = verbOf(next);
    return v && /ed$|en$|dead$|wounded$/.test(next) && DATE_EVENT_CLASSES.has(v[1]) ? v[0] : null;
  }
  return null;
}

// "deaths of 200 persons" / "a death toll of 1,200": the noun before "of" names what is counted.
function ofNoun(left: Token[]): string | null {
  const n = left.length;
  if (n < 2 || left[n - 1].lower !== 'of') return null;
  let noun = left[n - 2].lower;
  if (OF_TOLL.has(noun)) {
    if (n < 3 || STOP.has(left[n - 3].lower)) return null;
    noun = left[n - 3].lower;
  }
  const l = lemma(noun);
  const cls = nounClass(l);
  return isClassNoun(l) && cls !== 'person' ? l : null; // "crowd of 52,000" counts attendance, "people of" nothing
}

function verbAfter(tokens: Token[], i: number): { lemma: string; relative: boolean } | null {
  let relative = false;
  for (let k = i; k < tokens.length && k < i + 5; k++) {
    const t = tokens[k].lower;
    if (RELATIVE.has(t)) relative = true;
    else if (!AUX.has(t)) {
      const v = verbOf(t);
      if (v) return { lemma: v[0], relative };
      // A predicate we have no class for still governs the number ("5,000 remain threatened").
      return /^[a-z\u00C0-\u024F]{3,}ed$/.test(t) && !NOT_CONTEXT.has(t) ? { lemma: t, relative } : null;
    }
  }
  return null;
}

// The nearest verb left of the number in its clause: a classed one ("arrested"), or any past
// participle that governs it ("treated 1,100 patients"), but not an adjective ("an estimated 500").
function nearestVerb(left: Token[]): string | null {
  for (let k = left.length - 1; k >= 0; k--) {
    const t = left[k].lower;
    const v = verbOf(t);
    if (v) return v[0];
    if (/^[a-z]{3,}ed$/.test(t) && !NOT_CONTEXT.has(t) && !ADJECTIVE_ED.has(t)) return t;
  }
  return null;
}

// Cues come from the clause left of the figure, the hedge, and the few words after its noun phrase.
function readCues(w: Windows, tokens: Token[], next: number, m: Mention, head: string | null, rightVerb: string | null): string[] {
  const cues: string[] = [];
  // Most left windows hold no cue word at all: one scan for any of them then stands in for a dozen (as '').
  const left = words(w.left);
  const l = has(ANY_LEFT_CUE_RE, left) ? left : '';
  const right = words(tokens, next, Math.min(tokens.length, next + RIGHT_MAX));
  const capacity = has(CAPACITY_RE, l) || (m.hedge !== null && /up to/i.test(m.hedge) && has(HOLD_END_RE, l));
  if (capacity) cues.push('capacity');
  else if (has(POPULATION_RE, l)) cues.push('population');
  const planText = capacity ? l.replace(CAPACITY_RE, ' ') : l;
  const rightClause = clauseText(tokens, next);
  // "$800 million first budgeted": a budgeting verb after an amount makes it a plan too.
  const budgeted = m.dimension === 'currency' && verbClass(rightVerb) === 'budget';
  if (has(PLAN_RE, planText) || has(PLAN_NEAR_RE, planText) || has(PLAN_RIGHT_RE, rightClause) || budgeted || (head !== null && PLAN_HEADS.has(head))) {
    cues.push('plan');
  }
  if (has(INCREMENT_RE, l)) cues.push('increment');
  // "aged 60 and over", "the age of 65": an age is its own measure, never a length of time.
  if (m.dimension === 'duration' && AGE_END_RE.test(left)) cues.push('age');
  if (has(PART_RE, l) || has(PART_NEAR_RE, w.near) || has(PART_RIGHT_RE, right)) cues.push('part');
  if (has(TOTAL_RE, l)) cues.push('total');
  if (has(INTERVAL_RE, left) || has(INTERVAL_RE, w.near)) cues.push('interval');
  if (has(RATE_RE, l) || has(PER_NUMBER_RE, right)) cues.push('rate');
  // "Shares fell 6%" is a change; "cut 1,200 jobs" counts jobs: a bare verb marks change only on measures.
  if (has(CHANGE_BY_RE, l) || (m.dimension !== 'count' && has(CHANGE_RE, l))) cues.push('change');
  else if (has(EARLIER_PERIOD_RE, l) || has(EARLIER_PERIOD_RE, rightClause)) cues.push('earlier-period');
  else if (has(REVISION_RE, l) || has(REVISION_RIGHT_RE, rightClause)) cues.push('revision');
  const per = perUnit(l, right);
  if (per !== undefined) cues.push('per-unit', ...(per ? [`per:${per}`] : []));
  return cues;
}

// "(95% CI, 793 to 8,498)", "a margin of error of 3 points": the bounds of an estimate's uncertainty, not the estimate.
const INTERVAL_RE = /\b(?:(?:confidence|credible|uncertainty|prediction)\s+(?:interval|range|bounds?)|ci|margin\s+of\s+error|interval)\b/;
const AGE_END_RE = /\b(?:aged|ages|age(?: of)?)$/;
const HOLD_END_RE = /\b(?:hold|holds|house|houses|fit|seat|seats)\s*$/;
const PER_NUMBER_RE = /^per\s+\d/;
// Every pattern readCues tries on the left window. Their union (all are flag-free, with no backreferences)
// matches exactly when one of them does.
const LEFT_CUE_RES = [
  CAPACITY_RE, HOLD_END_RE, POPULATION_RE, PLAN_RE, PLAN_NEAR_RE, INCREMENT_RE, PART_RE, TOTAL_RE, RATE_RE, CHANGE_BY_RE, CHANGE_RE,
  EARLIER_PERIOD_RE, REVISION_RE, PER_UNIT_LEFT_RE,
];
const ANY_LEFT_CUE_RE = new RegExp(LEFT_CUE_RES.map((re) => `(?:${re.source})`).join('|'));

// No cue pattern matches an empty window, and a figure often opens or closes its clause: skip the regex call.
function has(re: RegExp, s: string): boolean {
  return s !== '' && re.test(s);
}

function clauseText(tokens: Token[], from: number): string {
  let to = from;
  while (to < tokens.length && to - from < RIGHT_MAX && !BOUNDARY.has(tokens[to].lower)) to++;
  return words(tokens, from, to);
}

// "80 inmates each", "23 hours daily", "each cell ... 65 to 70": undefined when no per-unit wording.
function perUnit(left: string, right: string): string | null | undefined {
  const r = right === '' ? null : PER_UNIT_RIGHT_RE.exec(right);
  if (r) {
    const noun = r[1] ?? r[2] ?? r[3] ?? (r[4] ? PERIOD_NOUN[r[4]] : undefined) ?? r[5];
    return noun && !STOP.has(noun) ? lemma(noun) : null;
  }
  // "62 people were killed in a single day": a count within one period is a per-period figure.
  const within = right === '' ? null : WITHIN_PERIOD_RE.exec(right);
  if (within) return within[1];
  const l = left === '' ? null : PER_UNIT_LEFT_RE.exec(left);
  if (!l) return undefined;
  if (l[2]) return PERIOD_NOUN[l[2]];
  return STOP.has(l[1]) ? null : lemma(l[1]);
}

function contextNouns(tokens: Token[], w: Windows, head: string | null): string[] {
  const out = new Set<string>();
  const from = Math.max(0, w.right - w.left.length - 12);
  for (let k = from; k < tokens.length && k < w.right + RIGHT_MAX + 4; k++) {
    const l = contextLemma(tokens[k]);
    if (l !== null && l !== head) out.add(l);
  }
  return [...out];
}

/** The lemma a token adds to a figure's context, or null; read once per token, as windows of one sentence overlap. */
function contextLemma(t: Token): string | null {
  if (t.context === undefined) t.context = isContextWord(t) ? lemma(t.lower) : null;
  return t.context;
}

function isContextWord(t: Token): boolean {
  if (t.text.length < 3 || !t.word || STOP.has(t.lower) || verbOf(t.lower)) return false;
  return !(t.lower.endsWith('ly') || t.lower.endsWith('ing') || NOT_CONTEXT.has(t.lower) || NUMBER_WORD_RE.test(t.lower));
}
// "four", "nine", "half", "lakh", "six-month": number words say how many, not what about.
const NUMBER_WORD_RE = new RegExp(`^(?:${NUMBER_WORD_SOURCE}|lakhs?|crores?)(?:-|$)`);

const MARKER_RE = /\[(\d{1,3})\]/g;
const CLAUSE_SPLIT_RE = /;|,\s*(?:while|whereas|but)\b|\s(?:while|whereas)\s/g;

/** Attribution of the clause holding `pos`, e.g. the "police" half of a contested crowd count. */
export function attributionAt(sentence: SentenceContext, pos: number): string | null {
  // Clauses are in text order: the last one starting at or before `pos` (binary search: a sentence may have thousands).
  const cs = sentence.clauses;
  let lo = 0;
  let hi = cs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cs[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? sentence.attributedTo : cs[lo - 1].attributedTo;
}

const FRAMING_BEFORE_RE = /\b(?:as\s+of|as\s+at|since|through|until|till|by|from|at\s+the\s+end\s+of|by\s+the\s+end\s+of)\s*$/;
// Only a date that frames the sentence gives its figures an as-of date: "As of August 2024, …",
// "In March 2025, …", "a report published in September 2024"; an event date mid-sentence does not.
const AS_OF_BEFORE_RE = /\b(?:as\s+of|as\s+at|by|at\s+the\s+end\s+of|by\s+the\s+end\s+of|published\s+in|released\s+in|dated)\s*$/;
const EVENT_WINDOW = 16;

/**
 * Read a sentence once for everything its figures share: tokens, attribution (text, else the
 * footnote markers it cites) and a month-precise as-of date, e.g. "As of August 2024, …" → "2024-08".
 */
export function readSentence(text: string, span: Span, dates: Mention[], references: Map<number, string>): SentenceContext {
  const tokens = tokenize(text, span);
  const quote = text.slice(span.start, span.end);
  const marked = quote.includes('[');
  const plain = marked ? quote.replace(MARKER_RE, (m) => ' '.repeat(m.length)) : quote;
  const attributedTo = readAttribution(plain) ?? (marked ? citedNames(quote, references) : null);
  // A sentence that names no source has no clause that does: skip the clause reading.
  const breaks = attributedTo ? clauseBreaks(plain) : [];
  const clauses = [{ start: span.start, attributedTo }];
  breaks.forEach(([at, after], k) => {
    const own = readAttribution(plain.slice(after, breaks[k + 1]?.[0] ?? plain.length));
    clauses.push({ start: span.start + at, attributedTo: own ?? attributedTo });
  });
  if (breaks.length) clauses[0].attributedTo = readAttribution(plain.slice(0, breaks[0][0])) ?? attributedTo;
  const sentence: SentenceContext = { start: span.start, end: span.end, tokens, attributedTo, clauses, asOf: null, asOfMention: null };
  for (const d of dates) {
    if (d.datePrecision !== 'month' && d.datePrecision !== 'day') continue;
    if (isDateline(tokens, d)) continue;
    const at = firstTokenAt(tokens, d.start);
    const before = words(tokens, Math.max(0, at - 4), at);
    const initial = at <= 1 && tokens[firstTokenAt(tokens, d.end)]?.text === ',';
    if (!AS_OF_BEFORE_RE.test(before) && !initial) continue;
    if (!sentence.asOfMention || /as\s+(?:of|at)\s*$/.test(before)) [sentence.asOf, sentence.asOfMention] = [d.dateLow, d];
  }
  return sentence;
}

/** [start, end] of every clause break in `plain` (an exec loop: matchAll copies the regex on every call). */
function clauseBreaks(plain: string): [number, number][] {
  const out: [number, number][] = [];
  CLAUSE_SPLIT_RE.lastIndex = 0;
  // The pattern never matches an empty string, so the loop always advances; a failed exec resets lastIndex.
  for (let m = CLAUSE_SPLIT_RE.exec(plain); m; m = CLAUSE_SPLIT_RE.exec(plain)) out.push([m.index, m.index + m[0].length]);
  return out;
}

// "…daily[1][4][2]." → "CNN, HRW": the sources a sentence's footnote markers point to.
function citedNames(quote: string, references: Map<number, string>): string | null {
  const names = new Set<string>();
  for (const m of quote.matchAll(MARKER_RE)) {
    const name = references.get(Number(m[1]));
    if (name) names.add(name);
  }
  return names.size ? [...names].join(', ') : null;
}

// "… in Tecoluca, El Salvador, June 2024." A caption's dateline: a date after a comma, closing the sentence.
function isDateline(tokens: Token[], d: Mention): boolean {
  const i = firstTokenAt(tokens, d.start);
  const after = tokens[firstTokenAt(tokens, d.end)];
  return i > 0 && tokens[i - 1].text === ',' && (!after || after.text === '.');
}

/**
 * Whether a date mention is a figure: an event's date ("opened in January 2023", "on March 26, 2022,
 * when 62 people were killed") is; a date that frames other figures ("As of August 2024", "In 2022,
 * X reported …") or a caption's dateline is not. E.g. `isDateFigure(sentence, mention)`.
 */
export function isDateFigure(sentence: SentenceContext, d: Mention): boolean {
  const tokens = sentence.tokens;
  const i = firstTokenAt(tokens, d.hedgeStart ?? d.start);
  const before = words(tokens, Math.max(0, i - 4), i);
  if (FRAMING_BEFORE_RE.test(before) || isDateline(tokens, d)) return false;
  return dateEventVerb(sentence, d) !== null;
}

/** The event verb nearest a date figure ("open" for "opened in January 2023"), or null. */
export function dateEventVerb(sentence: SentenceContext, d: Mention): string | null {
  const tokens = sentence.tokens;
  const i = firstTokenAt(tokens, d.start);
  const j = firstTokenAt(tokens, d.end);
  let best: string | null = null;
  let bestDist = Infinity;
  for (let k = Math.max(0, i - EVENT_WINDOW); k < tokens.length && k < j + EVENT_WINDOW; k++) {
    const v = verbOf(tokens[k].lower);
    const dist = k < i ? i - k : k - j;
    if (v && DATE_EVENT_CLASSES.has(v[1]) && (k < i || k >= j) && dist < bestDist) [best, bestDist] = [v[0], dist];
  }
  return best;
}
