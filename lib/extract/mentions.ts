// findMentions: every quantity and date a text states, in one left-to-right pass.
// A scanner proposes candidate offsets (digits and number words only, so it stays fast; see candidates.ts);
// words that lead a figure (a currency, a month, "early") are found by looking back from the candidate; sticky
// parsers read the longest figure there, and the scan resumes after it, so mentions never overlap.
import type { Dimension, Mention, Qualifier, RestatedValue } from './types';
import { VULGAR_CHARS, readDigitNumber, readVague, readWordNumber, type NumberToken } from './numbers';
import { METRIC_UNITS, currencyStart, readCurrencyPrefix, readUnit, type UnitMatch } from './units';
import { dateLeadStart, isMonthName, readDate, withMonthRange, type DateToken } from './dates';
import { nextCandidate } from './candidates';

/** Reads every figure in `text`; e.g. findMentions("over 40 miles") → [{text: "40 miles", qualifier: 'more than', ...}]. */
export function findMentions(text: string): Mention[] {
  const out: Mention[] = [];
  const lines = new BibliographyLines(text);
  let floor = 0;
  for (let pos = nextCandidate(text, 0); pos >= 0; ) {
    const skipTo = lines.skipTo(pos) ?? skipTokenEnd(text, pos);
    if (skipTo !== null) {
      pos = nextCandidate(text, Math.max(skipTo, pos + 1));
      continue;
    }
    const r = readAt(text, pos, floor);
    if (r.mention) {
      out.push(r.mention);
      floor = r.mention.end;
    }
    pos = nextCandidate(text, Math.max(r.resume, pos + 1));
  }
  return out;
}

const BIBLIOGRAPHY_RE = /^[ \t]*\[\d+\][^\n]*https?:\/\//;

/** Remembers whether the current line is a bibliography entry ("[3] Title … https://…"): its numbers belong to titles. */
class BibliographyLines {
  private end = -1;
  private bib = false;
  constructor(private readonly text: string) {}

  /** The line's end when `pos` lies in a bibliography line, else null. Each line is tested once. */
  skipTo(pos: number): number | null {
    if (pos >= this.end) {
      const start = this.text.lastIndexOf('\n', pos - 1) + 1;
      const nl = this.text.indexOf('\n', pos);
      this.end = nl < 0 ? this.text.length : nl;
      this.bib = this.text.charCodeAt(start) === 91 || /^[ \t]+\[/.test(this.text.slice(start, start + 8))
        ? BIBLIOGRAPHY_RE.test(this.text.slice(start, Math.min(this.end, start + 2000)))
        : false;
    }
    return this.bib ? this.end : null;
  }
}

const SKIP_TOKEN_RE = /(?:https?:\/\/|www\.)|[\w.+-]@[\w-]+\.[a-z]|\.(?:pdf|jpe?g|png|gif|html?|php|aspx?|docx?|xlsx?|csv|txt|mp[34]|zip)\b/i;
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || Number.isNaN(c);

/** The end of the URL, e-mail address or file name around `pos`, or null: their digits are never figures. */
function skipTokenEnd(text: string, pos: number): number | null {
  let s = pos;
  while (s > 0 && pos - s < 200 && !isSpace(text.charCodeAt(s - 1))) s--;
  let e = pos;
  while (e < text.length && e - pos < 400 && !isSpace(text.charCodeAt(e))) e++;
  if (e - s < 6) return null;
  return SKIP_TOKEN_RE.test(text.slice(s, e)) ? e : null;
}

interface ReadResult {
  mention: Mention | null;
  /** Where the candidate scan continues. */
  resume: number;
}

const none = (resume: number): ReadResult => ({ mention: null, resume });
// "(555) 123-4567", "555-123-4567", "+44 20 7946 0958": phone numbers.
const PHONE_RE = /(?:\d{3}\)[ \u00a0]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)/y;
const INTL_PHONE_RE = /\d{1,3}(?:[ .-]\d{2,4}){2,5}(?!\d)/y;

function readAt(text: string, pos: number, floor: number): ReadResult {
  const c = text.charCodeAt(pos);
  const isDigit = c >= 48 && c <= 57;
  const phone = isDigit ? phoneEnd(text, pos) : null;
  if (phone !== null) return none(phone);
  const cur = currencyStart(text, pos, floor);
  if (isDigit && cur === null && joinedLeft(text, pos)) return none(skipRun(text, pos));
  if (isDigit) {
    const date = readDateAt(text, pos, floor);
    if (date) return { mention: date.partial ? null : dateMention(text, withRangeWord(text, date)), resume: date.end };
  }
  const q = readQuantity(text, cur ?? pos);
  if (q) return { mention: q, resume: q.end };
  return none(isDigit ? skipRun(text, pos) : pos + 1);
}

/** A date ending in the digits at `pos`, led by words before it ("January 2023") or starting there ("2023"). */
function readDateAt(text: string, pos: number, floor: number): DateToken | null {
  // "between 2019 and 2021"; the space test spares a slice and a regex at most candidates.
  const p = text.charCodeAt(pos - 1);
  const afterBetween = (p === 32 || p === 0xa0) && /\bbetween[ \u00a0]+$/i.test(text.slice(Math.max(floor, pos - 10), pos));
  const lead = dateLeadStart(text, pos, floor);
  const led = lead < pos ? readDate(text, lead, () => false, false) : null;
  if (led && led.end > pos) return withMonthRange(text, led, floor);
  return readDate(text, pos, () => yearContext(text, pos), afterBetween);
}

function phoneEnd(text: string, pos: number): number | null {
  const re = text[pos - 1] === '+' ? INTL_PHONE_RE : PHONE_RE;
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? pos + m[0].length : null;
}

const RUN_RE = /[\w.,:/–-]*/y;
function skipRun(text: string, pos: number): number {
  RUN_RE.lastIndex = pos;
  const m = RUN_RE.exec(text);
  return pos + Math.max(1, m ? m[0].length : 1);
}

/** "MS-13", "G20", "COVID-19", "A320", "#5": a number glued to letters on its left names something. */
function joinedLeft(text: string, pos: number): boolean {
  if (pos === 0) return false;
  const p = text.charCodeAt(pos - 1);
  // "Null votes50,785": a grouped number run into the word before it, as copied infobox text is, is a figure.
  if (p >= 97 && p <= 122 && GLUED_LEFT_RE.test(text.slice(Math.max(0, pos - 24), pos)) && GROUPED_AHEAD_RE.test(text.slice(pos, pos + 16))) return false;
  if (isAsciiLetter(p) || (p >= 48 && p <= 57) || p === 95 || p === 35 || p === 0x2116) return true; // _ # №
  // charCodeAt(-1) is NaN, which no test below accepts.
  const pp = text.charCodeAt(pos - 2);
  if ((p === 45 || p === 0x2011) && isAsciiLetter(pp)) return !/\b(?:mid|pre|post)-$/i.test(text.slice(Math.max(0, pos - 5), pos));
  if (p === 46 && pp >= 48 && pp <= 57) return true;
  return false;
}

// Words after which a 4-digit number is a year whatever follows ("in 2023 prisoners were moved").
const DATE_PREV = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'before', 'after', 'through', 'throughout',
  'the', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'fiscal', 'circa',
  'its', 'their', 'his', 'her', 'this', 'that', 'last', 'next', 'census', 'election', 'elections', 'season', 'budget',
]);
const COUNT_NEXT_OK = new Set([
  'and', 'or', 'to', 'when', 'the', 'was', 'is', 'were', 'as', 'in', 'on', 'at', 'with', 'by', 'for', 'that', 'which',
  'after', 'before', 'during', 'until', 'while', 'but', 'of', 'a', 'an', 'it', 'they', 'he', 'she', 'we', 'this',
  'through', 'from', 'saw', 'had', 'has', 'will', 'would', 'alone', 'onward', 'onwards', 'ago', 'levels', 'level',
]);
const PREV_WORD_RE = /([A-Za-z’']+)[ \u00a0,]*$/;
const NEXT_WORD_RE = /[ \u00a0]+([a-z]+)/y;

/** Whether a bare 1800–2100 number at `pos` is a year ("in 2023", "2023.") or a count ("2023 people"). */
function yearContext(text: string, pos: number): boolean {
  const end = pos + 4;
  if (readUnit(text, end) || /^[ \u00a0]?(?:-[ \u00a0]?)?(?:hundred|thousand|million|billion|k\b)/i.test(text.slice(end, end + 10))) return false;
  const prev = PREV_WORD_RE.exec(text.slice(Math.max(0, pos - 24), pos));
  const pw = prev ? prev[1].toLowerCase() : '';
  if (pw && hedgeBefore(text, pos)) return false;
  if (DATE_PREV.has(pw) || /['’]s$/.test(pw)) return true;
  // Otherwise a noun right after it makes it a count: "and 2023 people applied".
  NEXT_WORD_RE.lastIndex = end;
  const next = NEXT_WORD_RE.exec(text);
  return !(next && !COUNT_NEXT_OK.has(next[1]));
}

/** "between 2010 and 2015", "from 2019 to 2021": the range word belongs to the date's text. */
function withRangeWord(text: string, d: DateToken): DateToken {
  if (!d.range) return d;
  const w = /\b(?:between|from)[ \u00a0]+$/i.exec(text.slice(Math.max(0, d.start - 10), d.start));
  return w ? { ...d, start: d.start - w[0].length } : d;
}

function dateMention(text: string, d: DateToken): Mention {
  return {
    kind: 'date', start: d.start, end: d.end, text: text.slice(d.start, d.end),
    low: null, high: null, dateLow: d.dateLow, dateHigh: d.dateHigh, datePrecision: d.precision,
    qualifier: d.range ? 'range' : 'exact', hedge: null, hedgeStart: null,
    unit: null, unitRaw: null, dimension: 'date', vague: false, restated: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Quantities

interface Quantity {
  start: number;
  end: number;
  low: number | null;
  high: number | null;
  unit: UnitMatch | null;
  vague: boolean;
  range: boolean;
  /** Range words before the first number ("between", "from"): the mention starts there. */
  rangeStart: number | null;
  /** The magnitude printed with the number ("million" → 1e6), shared across a range. */
  scale: number;
  /** A restatement's end after its closing bracket. */
  closeEnd?: number;
  /** "more than 10 and less than 40": the hedge of the first bound, kept while the pair reads as a range. */
  pairHedge?: Hedge;
  /** "500 or more", "aged 5 and under": a hedge after the figure, part of its text. */
  trailing?: { hedge: string; qualifier: Qualifier };
}

const TRAILING_HEDGE_RE =
  /[ \u00a0]+(?:or|and)[ \u00a0]+(more|greater|higher|above|over|upwards|less|fewer|lower|below|under)\b(?![ \u00a0]+(?:the|a|an|this|that|its|their|his|her|than)\b)/iy;

/** "500 or more" reads as at least 500; "5 or fewer" as up to 5. */
function extendTrailingHedge(text: string, q: Quantity): void {
  const c = nextNonSpace(text, q.end) | 32;
  if (c !== 111 && c !== 97) return; // "or …", "and …"
  TRAILING_HEDGE_RE.lastIndex = q.end;
  const m = TRAILING_HEDGE_RE.exec(text);
  if (!m) return;
  const up = /^(?:more|greater|higher|above|over|upwards)$/i.test(m[1]);
  q.trailing = { hedge: m[0].trim(), qualifier: up ? 'at least' : 'up to' };
  q.end += m[0].length;
}

function readQuantity(text: string, pos: number): Mention | null {
  const q = readValueWithUnit(text, pos, true);
  if (!q) return null;
  if (!q.vague && !q.unit) extendToOne(text, q);
  if (!q.vague && extendRange(text, q) === 'score') return null;
  if (!q.vague && !q.range) extendBoundPair(text, q);
  if (!q.vague && !q.range && !q.unit) extendRatio(text, q);
  if (!q.vague && !q.range && !q.unit) asShare(text, q);
  if (!q.vague && !q.unit) unitFromWordsBefore(text, q);
  extendRate(text, q);
  if (!q.vague && !q.range) extendTrailingHedge(text, q);
  const restated = readRestated(text, q);
  return buildMention(text, q, restated);
}

/** A number with its currency prefix or unit suffix: "$6 million", "40 miles", "57-acre", "eight". */
function readValueWithUnit(text: string, pos: number, guardNames: boolean): Quantity | null {
  const cur = readCurrencyPrefix(text, pos);
  const numPos = cur ? cur.end : pos;
  if (cur && joinedLeftWord(text, pos)) return null;
  const num = readNumber(text, numPos, Boolean(cur));
  if (!num) return null;
  if (!cur && guardNames && num.digits && !num.vague && isNameNumber(text, pos, num)) return null;
  if (num.digits && (badRightJoin(text, num.end, GROUPED_RE.test(text.slice(num.start, num.end))) || clockAfter(text, num.end))) return null;
  let unit: UnitMatch | null = cur;
  let end = num.end;
  const post = postUnit(text, num.end);
  if (post && (!cur || post.dimension === 'currency')) {
    // "(2017 USD)", "in 2020 dollars": a year before a currency names the prices an amount is stated in.
    if (!cur && post.dimension === 'currency' && num.plain && isYear(num.value) && /\bin[ \u00a0]+$|\([ \u00a0]*$/.test(text.slice(Math.max(0, num.start - 6), num.start))) return null;
    if (!cur) unit = post;
    end = post.end;
  } else if (!cur && !num.digits && /^-[A-Za-z]/.test(text.slice(num.end, num.end + 2)) && !num.vague && !toOneAt(text, num.end)) {
    return null; // "one-sided", "two-way": idioms, not counts ("three-to-one" is a ratio)
  }
  if (!num.digits && !num.vague && !unit && isBareOne(text, num) && !startsRatio(text, num.end)) return null;
  if (unit && unit.dimension !== 'currency' && unit.raw === '-fold') end = unit.end;
  let factor = unit?.factor ?? 1;
  if (unit && unit !== cur && unit.dimension === 'currency') {
    // "75 USD million": a magnitude printed after the currency code.
    const mag = TRAILING_MAG_RE.exec(text.slice(end, end + 12));
    if (mag) {
      factor *= MAG_OF[mag[1].toLowerCase()];
      end += mag[0].length;
    }
  }
  const v = num.value === null ? null : num.value * factor;
  const start = Math.min(pos, num.start);
  const q: Quantity = { start, end, low: v, high: v, unit, vague: num.vague, range: false, rangeStart: null, scale: num.scale };
  if (num.vague) extendVagueUnit(text, q);
  if (unit?.dimension === 'duration') extendAge(text, q);
  if (unit?.unit === 'feet') extendInches(text, q);
  return q;
}

// "10 a.m.", "5 pm", "6 o'clock": times of day are not figures.
const CLOCK_RE = /^[ \u00a0]?(?:[ap]\.m\.|[ap]m\b|o['’]clock)/i;

/** CLOCK_RE after `end`; it needs an "a", "p" or "o" right there or after one space, so most numbers skip the regex. */
function clockAfter(text: string, end: number): boolean {
  const at = isSepSpace(text.charCodeAt(end)) ? end + 1 : end;
  const c = text.charCodeAt(at) | 32;
  return (c === 97 || c === 112 || c === 111) && CLOCK_RE.test(text.slice(end, end + 10));
}

const isSepSpace = (c: number) => c === 32 || c === 0xa0;
const TRAILING_MAG_RE = /^[ \u00a0]+(million|billion|thousand|trillion)\b/i;
const MAG_OF: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const BRACKET_UNIT_RE = /[ \u00a0]*[([{<]/y;

/** The unit after a number, also in brackets ("20 (kg)"); a "$" that opens the next amount is not a suffix. */
function postUnit(text: string, end: number): UnitMatch | null {
  const u = readUnit(text, end);
  if (u) return u.raw === '$' && /^[ \u00a0]?[\d.]/.test(text.slice(u.end, u.end + 2)) ? null : u;
  BRACKET_UNIT_RE.lastIndex = end;
  const open = BRACKET_UNIT_RE.exec(text);
  if (!open) return null;
  const inner = readUnit(text, end + open[0].length);
  if (!inner || inner.start !== end + open[0].length || !/^[)\]}>]/.test(text[inner.end] ?? '')) return null;
  return { ...inner, start: end, end: inner.end + 1 };
}

const INCHES_RE = /[ \u00a0]+(?:and[ \u00a0]+)?(\d{1,2}(?:\.\d+)?)[ \u00a0]*(?:inches|inch|in\b|″|")/y;
/** "5 feet 2 inches", "12 ft 2 in": a height in feet and inches is one length in feet. */
function extendInches(text: string, q: Quantity): void {
  INCHES_RE.lastIndex = q.end;
  const m = INCHES_RE.exec(text);
  if (!m || q.low === null || Number(m[1]) >= 12) return;
  q.low = q.high = q.low + Number(m[1]) / 12;
  q.end += m[0].length;
}

function readNumber(text: string, pos: number, currency: boolean): NumberToken | null {
  const c = text.charCodeAt(pos);
  if ((c >= 48 && c <= 57) || c === 46 || VULGAR_CHARS.includes(text[pos])) {
    const n = readDigitNumber(text, pos, currency || gluedMillion(text, pos));
    return n && withSign(text, n);
  }
  const w = readVague(text, pos) ?? readWordNumber(text, pos, !/\bbetween[ \u00a0]+$/i.test(text.slice(Math.max(0, pos - 10), pos)));
  if (w) return withSign(text, w);
  // "more than half", "nearly half": a hedged "half" is a figure; a bare one is usually a phrase ("half the city").
  if (/^half\b/i.test(text.slice(pos, pos + 5)) && hedgeBefore(text, pos)) {
    return { start: pos, end: pos + 4, value: 0.5, digits: false, plain: false, magnitude: false, vague: false, scale: 1 };
  }
  return null;
}


const MINUS_WORD_RE = /\b(?:minus|negative)[ \u00a0]+$/i;
const GLUED_M_RE = /(\d+(?:\.\d+)?)m[ \u00a0]+(people|[a-z]{3,}s)\b/y;

/**
 * "1.5m people" is a million and a half, "a 100m sprint" or "400m hurdles" are metres: a glued "m" reads as
 * million before a plural noun when the number is small or has decimals (race distances are round and large).
 */
function gluedMillion(text: string, pos: number): boolean {
  GLUED_M_RE.lastIndex = pos;
  const m = GLUED_M_RE.exec(text);
  if (!m || /^(?:metres|meters|miles)$/.test(m[2])) return false;
  const v = Number(m[1]);
  return v < 50 || !Number.isInteger(v);
}

/** "-5°C", "minus 5": a sign right before the digits, never a range dash ("10 -15"). */
function withSign(text: string, n: NumberToken): NumberToken {
  // MINUS_WORD_RE ends in a space: without one right before the number, skip the slice and the regex.
  const w = isSepSpace(text.charCodeAt(n.start - 1)) ? MINUS_WORD_RE.exec(text.slice(Math.max(0, n.start - 12), n.start)) : null;
  if (w && n.value !== null) return { ...n, start: n.start - w[0].length, value: -n.value };
  const p = text[n.start - 1];
  if ((p === '-' || p === '−') && !/[\w)]/.test(text[n.start - 2] ?? ' ') && !/\d[ \u00a0]*$/.test(text.slice(Math.max(0, n.start - 6), n.start - 1))) {
    return { ...n, start: n.start - 1, value: n.value === null ? null : -n.value };
  }
  return n;
}

const GROUPED_RE = /^\d{1,3}(?:,\d{3})+$/;
const GROUPED_AHEAD_RE = /^\d{1,3}(?:,\d{3})+(?![\d,])/;
const GLUED_LEFT_RE = /(?:^|[^A-Za-z0-9])[a-z]{3,}$/;
const GLUED_WORD_RE = /^[a-z]{3,}(?![A-Za-z0-9])/;

const isYear = (v: number | null): boolean => v !== null && Number.isInteger(v) && v >= 1900 && v <= 2100;

const joinedLeftWord = (text: string, pos: number) => /[A-Za-z0-9]/.test(text[pos - 1] ?? '');

/**
 * "4G", "3D", "13th", "5:30", "1.2.3": digits glued to letters or further digits are no figure. A number with
 * thousands separators run into a lower-case word is one, its noun glued on as copied infobox text often is:
 * "14,532inmates", "3,735dead".
 */
function badRightJoin(text: string, end: number, grouped = false): boolean {
  const c = text[end] ?? '';
  if (/[A-Za-z]/.test(c)) return !readUnit(text, end) && !(grouped && GLUED_WORD_RE.test(text.slice(end, end + 24)));
  if ((c === '.' || c === ',' || c === ':' || c === '/') && /\d/.test(text[end + 1] ?? '')) return true;
  return false;
}

const NOT_NAME_WORDS = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'By', 'Of', 'For', 'From', 'To', 'And', 'Or', 'But', 'Since', 'Until', 'About', 'Over',
  'Nearly', 'Almost', 'Some', 'Around', 'Roughly', 'Approximately', 'Up', 'Under', 'More', 'Less', 'Only', 'Just', 'Than',
  'With', 'All', 'Of', 'I', 'Mr', 'Ms', 'Dr', 'Top', 'Page', 'Step', 'Part', 'Phase', 'Section', 'Day', 'Week', 'Year',
  'Figure', 'Table', 'Vol', 'No', 'US', 'U.S', 'UK', 'EU', 'UN',
]);
const MONTH_WORDS = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
// "Section 230", "Table 2", "Day 3 of the trial", "the Top 10": a plain integer after a capitalised word that numbers
// parts, steps, ranks or places is an identifier, at a sentence's start too. Written in lower case only the words
// that never precede a count are ("see table 2", but "that week 40 people died"). Scales ("Category 5", "level 4")
// are left out: sources may disagree about them.
const REFERENCE_WORDS = new Set([
  'page', 'pages', 'step', 'part', 'phase', 'section', 'day', 'week', 'figure', 'fig', 'table', 'chapter', 'article',
  'title', 'round', 'stage', 'top', 'no', 'item', 'annex', 'appendix', 'clause', 'paragraph', 'volume', 'vol',
  'episode', 'season', 'gate', 'terminal', 'platform', 'route', 'highway', 'interstate', 'flight', 'room', 'ward',
  'district', 'zone', 'sector',
]);
const REFERENCE_ANY_CASE = new Set(['page', 'pages', 'section', 'figure', 'fig', 'table', 'chapter', 'article', 'annex', 'appendix', 'clause', 'paragraph']);

/**
 * "Barrio 18", "Boeing 737", "Chapter 11": a plain integer right after a capitalised word that does not open
 * its sentence names something. Numbers with separators, decimals or magnitudes are kept ("Holds 40,000").
 */
function isNameNumber(text: string, pos: number, num: NumberToken): boolean {
  const prev = text[pos - 1] ?? '';
  if (prev === '[' && text[num.end] === ']') return true;
  if (listMarkerAfter(text, num.end) && atLineStart(text, pos)) return true;
  const word = lastWord(text, pos);
  if (/^(?:no|nos|art|vol|pp?|ch)\.$/.test(word)) return true;
  if (num.plain && REFERENCE_WORDS.has(word) && !postUnit(text, num.end) && (REFERENCE_ANY_CASE.has(word) || /^[A-Z]/.test(text.slice(pos - 1 - word.length, pos)))) return true;
  // "H.R. 3684", "S. 1": initials before a bare integer name a bill or a code.
  if (num.plain && /^(?:[a-z]\.){1,3}$/.test(word) && /^[A-Z]/.test(text.slice(pos - 1 - word.length, pos))) return true;
  if (!num.plain || (prev !== ' ' && prev !== '\u00a0')) return false;
  const w = /^[A-Za-z]+/.exec(text.slice(pos - 1 - word.length, pos - 1))?.[0] ?? '';
  // "August 16: 2.45 million": a day after a month is part of a date the date reader left (no year), not a count.
  if (/^[A-Z]/.test(w) && isMonthName(w) && num.value !== null && num.value >= 1 && num.value <= 31) return true;
  if (!/^[A-Z]/.test(w) || w.length !== word.length || NOT_NAME_WORDS.has(w) || MONTH_WORDS.test(w)) return false;
  const lead = text.slice(Math.max(0, pos - 1 - w.length - 4), pos - 1 - w.length).trimEnd();
  return !(lead === '' || /[.!?:"“”(\n—–]$/.test(lead));
}

/** "1. ", "2)\t": a "." or ")" then a space or tab after the number. */
function listMarkerAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  const next = text.charCodeAt(end + 1);
  return (c === 46 || c === 41) && (next === 32 || next === 9);
}

function atLineStart(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n';
}

/** "one" alone is a pronoun as often as a number; it counts only before a magnitude or a unit. */
function isBareOne(text: string, num: NumberToken): boolean {
  return num.value === 1 && /^(?:one|a|an)$/i.test(text.slice(num.start, num.end));
}

const OF_RE = /[ \u00a0]+of[ \u00a0]+/y;
/** "millions of dollars", "thousands of miles": a vague count of a unit. */
function extendVagueUnit(text: string, q: Quantity): void {
  OF_RE.lastIndex = q.end;
  const of = OF_RE.exec(text);
  if (!of) return;
  const u = readUnit(text, q.end + of[0].length);
  if (!u || u.dimension === 'multiplier' || u.start !== q.end + of[0].length) return;
  q.unit = u;
  q.end = u.end;
}

const AGE_RE = /-old(?![A-Za-z])/y;
function extendAge(text: string, q: Quantity): void {
  AGE_RE.lastIndex = q.end;
  const m = AGE_RE.exec(text);
  if (m && text[q.unit!.start - 1] === '-') q.end += m[0].length;
}

// ---------------------------------------------------------------------------------------------
// Ranges: "between 189 and 200", "65 to 70", "10-15", "from 3 to 5 million", "$1bn-$2bn".

const RANGE_SEP_RE = /([ \u00a0]*)(-|–|—|~|to|and|through|thru)([ \u00a0]*)/iy;
const CHANGE_VERB_RE =
  /\b(?:rose|risen|rising|rises|increased?|increasing|fell|fallen|falling|falls|dropped|drops|grew|grown|grows|jumped|climbed|declined?|decreased?|doubled|tripled|went|go|going|cut|raised|lowered|reduced|surged|soared|plunged|slipped|revised|changed|moved|expanded|shrank|swelled|ballooned|up|down|upgraded|downgraded|boosted|slashed)\b[^.;:!?]{0,40}$/i;

const TO_ONE_RE = /(?:[ \u00a0]+|-)to(?:[ \u00a0]+|-)(?:one|1)(?![\w.,]\d|\w|[ \u00a0-]+(?:hundred|thousand|million|billion|trillion|dozen)\b)/iy;
function toOneAt(text: string, end: number): RegExpExecArray | null {
  TO_ONE_RE.lastIndex = end;
  return TO_ONE_RE.exec(text);
}

/** "by more than two to one", "a three-to-one margin": a ratio, in times (2, 3), not a count and a bare "one". */
function extendToOne(text: string, q: Quantity): void {
  if (q.low === null || q.low <= 1 || q.range) return;
  // "cut from 3 to 1" is a change.
  if (/\bfrom[ \u00a0]+$/i.test(text.slice(Math.max(0, q.start - 6), q.start))) return;
  const m = toOneAt(text, q.end);
  if (!m) return;
  q.unit = { unit: 'times', dimension: 'multiplier', start: q.end, end: q.end + m[0].length, raw: m[0].replace(/^[ \u00a0-]+/, '') };
  q.end += m[0].length;
}

/** Reads the second bound of a range; 'score' when digits glued by a dash fall ("52-48"): a tally, not a figure. */
function extendRange(text: string, q: Quantity): 'score' | void {
  if (!mayStartRangeSep(nextNonSpace(text, q.end))) return;
  RANGE_SEP_RE.lastIndex = q.end;
  const sep = RANGE_SEP_RE.exec(text);
  if (!sep || q.low === null) return;
  const word = sep[2].toLowerCase();
  const before = text.slice(Math.max(0, q.start - 80), q.start);
  const between = /\bbetween[ \u00a0]+$/i.test(before);
  const from = /\bfrom[ \u00a0]+$/i.test(before);
  if (word === 'and' && !between) return;
  if ((word === '-' || word === '–' || word === '—') && between) return;
  if (word === 'to' && from && CHANGE_VERB_RE.test(before.replace(/from[ \u00a0]+$/i, ''))) return;
  if (/[A-Za-z]/.test(word) && !(sep[1] && sep[3])) return;
  const second = readValueWithUnit(text, q.end + sep[0].length, false);
  if (!second || second.vague || second.low === null) return;
  // "12-2015" is a month and year, not a range up to 2015.
  if (word === '-' && /^(?:1[89]|20)\d\d$/.test(text.slice(second.start, second.end)) && q.low < 1800) return;
  if (word === '-' && (sep[1] || sep[3]) && !(sep[1] && sep[3])) return;
  if (!mergeRange(q, second)) return (sep[0] === '-' || sep[0] === '–') && !q.unit && !second.unit ? 'score' : undefined;
  if (between || from) q.rangeStart = q.start - (before.length - before.search(/(?:between|from)[ \u00a0]+$/i));
}

// The extenders below read a sticky pattern right after a figure; each first checks the character its pattern
// needs after the spaces (most figures are followed by a plain word), which spares the regex call.

/** The code of the first character from `pos` that is no space, no-break space or (with `commas`) comma; NaN at the end. */
function nextNonSpace(text: string, pos: number, commas = false): number {
  let i = pos;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && !(commas && c === 44)) break;
    i++;
  }
  return text.charCodeAt(i);
}

/** "-", "–", "—", "~", "to"/"thru"/"through", "and" (either case) can start RANGE_SEP_RE's separator. */
function mayStartRangeSep(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 126 || (c | 32) === 116 || (c | 32) === 97;
}

const RATIO_RE = /[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+/y;
const RATIO_AHEAD_RE = /[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+(?:\d|two|three|four|five|six|seven|eight|nine|ten|twenty|a[ \u00a0]+(?:hundred|thousand))/iy;

/** "one in four": a bare "one" that opens a share is a figure. */
function startsRatio(text: string, end: number): boolean {
  RATIO_AHEAD_RE.lastIndex = end;
  return RATIO_AHEAD_RE.test(text);
}

/** "1 in 5 children", "three out of four": a share, stated as a percentage (20, 75). */
function extendRatio(text: string, q: Quantity): void {
  const c = nextNonSpace(text, q.end);
  if (c !== 105 && c !== 111) return; // "in", "out of"
  RATIO_RE.lastIndex = q.end;
  const sep = RATIO_RE.exec(text);
  if (!sep || q.low === null || !Number.isInteger(q.low) || q.low < 1) return;
  const at = q.end + sep[0].length;
  const den = readNumber(text, at, false);
  if (!den || den.value === null || den.vague || !Number.isInteger(den.value) || den.value <= q.low || den.value > 1000) return;
  if (readUnit(text, den.end) || (den.digits && badRightJoin(text, den.end))) return;
  const pct = (100 * q.low) / den.value;
  q.low = q.high = pct;
  q.unit = { unit: 'percent', dimension: 'percent', start: q.end, end: den.end, raw: sep[0].trim() };
  q.end = den.end;
}

// Words before a bare number that give it its unit, and how far back they may start.
const UNIT_BEFORE: { re: RegExp; reach: number; unit: string; dimension: Dimension }[] = [
  // "people aged 60 and over", "children aged 5 to 14", "the age of 65": an age, not a count.
  { re: /\b(?:aged|ages|age(?:[ \u00a0]+of)?)[ \u00a0]+$/i, reach: 12, unit: 'years', dimension: 'duration' },
  // "differ by a factor of roughly seven to ten": a multiplier.
  {
    re: /\bfactor[ \u00a0]+of[ \u00a0]+(?:(?:about|roughly|around|some|nearly|almost|more[ \u00a0]+than|over|up[ \u00a0]+to|at[ \u00a0]+least)[ \u00a0]+)?$/i,
    reach: 40, unit: 'times', dimension: 'multiplier',
  },
];

/** Gives a bare number (or range) the unit the words before it name, e.g. "aged 60" → years. */
function unitFromWordsBefore(text: string, q: Quantity): void {
  const start = q.rangeStart ?? q.start;
  const before = UNIT_BEFORE.find((u) => u.re.test(text.slice(Math.max(0, start - u.reach), start)));
  if (before) q.unit = { unit: before.unit, dimension: before.dimension, start: q.end, end: q.end, raw: '' };
}

// A spoken fraction below one: "half", "a third", "two-thirds", "a quarter", "¾".
const FRACTION_WORD_RE = /(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])$/i;

// What follows a fraction of a whole: "of" or the whole's determiner, then the whole ("half its value",
// "one-third the size").
const WHOLE_AFTER_RE = /[ \u00a0]+(?:of|the|its|their|his|her|our|all|this|that)[ \u00a0]+[\p{L}\d$€£]/iuy;

/**
 * "a third of federal waters", "more than half its value": a fraction of a whole is a share, stated as a percentage
 * (33.3, 50) like "1 in 3". A fraction on its own ("two thirds", "cut by half") stays a number.
 */
function asShare(text: string, q: Quantity): void {
  if (q.low === null || q.low <= 0 || q.low >= 1 || !FRACTION_WORD_RE.test(text.slice(q.start, q.end))) return;
  WHOLE_AFTER_RE.lastIndex = q.end;
  if (!WHOLE_AFTER_RE.test(text)) return;
  q.low = q.high = 100 * q.low;
  q.unit = { unit: 'percent', dimension: 'percent', start: q.end, end: q.end, raw: '' };
}

/** Shares the unit and magnitude of the second bound with the first ("3 to 5 million", "10-15%"). */
function mergeRange(q: Quantity, s: Quantity): boolean {
  let low = q.low!;
  const high = s.low!;
  if (q.unit && s.unit && q.unit.unit !== s.unit.unit) return false;
  // "3 to 5 million": a magnitude printed once applies to both bounds.
  if (q.scale === 1 && s.scale > 1 && low * s.scale <= high) low *= s.scale;
  if (!(low < high)) return false;
  q.low = low;
  q.high = high;
  q.unit = q.unit ?? s.unit;
  q.end = s.end;
  q.range = true;
  return true;
}

const PAIR_RE = /[ \u00a0]*,?[ \u00a0]+(?:and|but)[ \u00a0]+/y;
const LOWER_BOUND = new Set<Qualifier>(['more than', 'at least']);
const UPPER_BOUND = new Set<Qualifier>(['less than', 'up to']);

/** "more than 10 and less than 40", "at most 100 and at least 20": two opposite bounds make one range. */
function extendBoundPair(text: string, q: Quantity): void {
  const c = nextNonSpace(text, q.end, true);
  if (c !== 97 && c !== 98) return; // "and", "but"
  PAIR_RE.lastIndex = q.end;
  const sep = PAIR_RE.exec(text);
  if (!sep || q.low === null) return;
  const first = hedgeBefore(text, q.start);
  if (!first) return;
  const at = q.end + sep[0].length;
  const h = HEDGE_AHEAD_RE.exec(text.slice(at, at + 30));
  const second = h && readValueWithUnit(text, at + h[0].length, false);
  if (!h || !second || second.low === null || second.vague) return;
  const q2 = HEDGE_OF.get(h[1].toLowerCase().replace(/[ \u00a0]+/g, ' '));
  const lowFirst = LOWER_BOUND.has(first.qualifier) && q2 !== undefined && UPPER_BOUND.has(q2);
  const highFirst = UPPER_BOUND.has(first.qualifier) && q2 !== undefined && LOWER_BOUND.has(q2);
  if (!lowFirst && !highFirst) return;
  const [low, high] = lowFirst ? [q.low, second.low] : [second.low, q.low];
  if (!(low < high) || (q.unit && second.unit && q.unit.unit !== second.unit.unit)) return;
  Object.assign(q, { low, high, end: second.end, range: true, pairHedge: first, unit: q.unit ?? second.unit });
}

// ---------------------------------------------------------------------------------------------
// Rates and restatements

const RATE_RE =
  /((?:[ \u00a0]+[a-z][a-z'’-]*){0,3}?)[ \u00a0]+per[ \u00a0]+(?:(capita)\b|(\d{1,3}(?:,\d{3})+|\d+)(?:[ \u00a0]+(thousand|million))?[ \u00a0]+([a-z]+(?:[ \u00a0]+(?:residents|people|inhabitants|births|population))?)\b)/y;
const PERIOD_RE = /[ \u00a0]+(?:per|a|an|each|every)[ \u00a0]+(year|annum|month|week|day|hour)\b|[ \u00a0]+(annually|yearly|annual|monthly|weekly|daily|hourly)\b/y;
const PERIOD_OF: Record<string, string> = {
  annually: 'year', yearly: 'year', annual: 'year', annum: 'year', monthly: 'month', weekly: 'week', daily: 'day', hourly: 'hour',
};

/** "1,659 inmates per 100,000 residents" (rate), "per capita", "$200 million a year" (currency per period). */
function extendRate(text: string, q: Quantity): void {
  if (q.vague || q.range) return;
  if (!q.unit) {
    RATE_RE.lastIndex = q.end;
    const m = RATE_RE.exec(text);
    if (!m) return;
    const per = m[2] ? 'capita' : `${Number(m[3].replace(/,/g, '')) * (m[4] === 'million' ? 1e6 : m[4] ? 1e3 : 1)}-${m[5].replace(/[ \u00a0]+/g, '-')}`;
    q.unit = { unit: `per-${per}`, dimension: 'rate', start: q.end, end: q.end + m[0].length, raw: m[0].trim() };
    q.end += m[0].length;
    return;
  }
  if (q.unit.dimension !== 'currency') return;
  PERIOD_RE.lastIndex = q.end;
  const p = PERIOD_RE.exec(text);
  // "the annual $200 million cost": the period may also come before the amount.
  const pre = p ? null : /\b(annual|yearly|monthly|weekly|daily)[ \u00a0]+$/i.exec(text.slice(Math.max(0, q.start - 12), q.start));
  if (!p && !pre) return;
  const period = pre ? PERIOD_OF[pre[1].toLowerCase()] : PERIOD_OF[(p![1] ?? p![2]).toLowerCase()] ?? p![1];
  q.unit = { ...q.unit, unit: `${q.unit.unit}-per-${period}` };
}

const PAREN_OPEN_RE = /[ \u00a0]*[([][ \u00a0]*(?:about|approx\.?|approximately|around|roughly|some|or|nearly|~)?[ \u00a0]*/iy;
const PAREN_CLOSE_RE = /[ \u00a0]*[)\]]/y;

/** "95°F (35°C)", "0.60 sq meters (6.45 sq feet)": the same value restated in another unit of one dimension. */
function readRestated(text: string, q: Quantity): Quantity | null {
  if (!q.unit || q.unit.dimension === 'currency' || q.vague) return null;
  PAREN_OPEN_RE.lastIndex = q.end;
  const open = PAREN_OPEN_RE.exec(text);
  if (!open) return null;
  const inner = readValueWithUnit(text, q.end + open[0].length, false);
  if (!inner || !inner.unit || inner.unit.dimension !== q.unit.dimension || inner.unit.unit === q.unit.unit) return null;
  if (inner.low === null) return null;
  extendRange(text, inner);
  PAREN_CLOSE_RE.lastIndex = inner.end;
  const close = PAREN_CLOSE_RE.exec(text);
  if (!close) return null;
  return { ...inner, closeEnd: inner.end + close[0].length };
}

// ---------------------------------------------------------------------------------------------
// Hedges and assembly

const HEDGES: [string, Qualifier][] = [
  ['up to', 'up to'], ['as many as', 'up to'], ['as much as', 'up to'], ['as high as', 'up to'], ['no more than', 'up to'],
  ['not more than', 'up to'], ['at most', 'up to'], ['a maximum of', 'up to'], ['maximum of', 'up to'], ['could reach', 'up to'],
  ['a max of', 'up to'], ['as long as', 'up to'], ['as far as', 'up to'],
  ['over', 'more than'], ['more than', 'more than'], ['above', 'more than'], ['exceeding', 'more than'],
  ['in excess of', 'more than'], ['exceed', 'more than'], ['exceeds', 'more than'], ['exceeded', 'more than'],
  ['surpass', 'more than'], ['surpassed', 'more than'], ['surpassing', 'more than'], ['topping', 'more than'], ['upwards of', 'more than'], ['upward of', 'more than'], ['greater than', 'more than'],
  ['just over', 'more than'], ['well over', 'more than'], ['larger than', 'more than'], ['higher than', 'more than'],
  ['at least', 'at least'], ['a minimum of', 'at least'], ['no fewer than', 'at least'], ['no less than', 'at least'],
  ['not less than', 'at least'], ['minimum of', 'at least'],
  ['about', 'about'], ['approximately', 'about'], ['approx.', 'about'], ['approx', 'about'], ['around', 'about'],
  ['roughly', 'about'], ['nearly', 'about'], ['almost', 'about'], ['some', 'about'], ['an estimated', 'about'],
  ['estimated', 'about'], ['close to', 'about'], ['~', 'about'], ['circa', 'about'], ['just under', 'about'],
  ['more or less', 'about'], ['an average of', 'about'], ['on average', 'about'],
  ['less than', 'less than'], ['fewer than', 'less than'], ['under', 'less than'], ['below', 'less than'],
  ['lower than', 'less than'], ['smaller than', 'less than'],
];
const HEDGE_OF = new Map(HEDGES);
const HEDGE_ALT = HEDGES.map(([h]) => h.replace(/[.~]/g, '\\$&').replace(/ /g, '[ \\u00a0]+')).sort((a, b) => b.length - a.length).join('|');
const HEDGE_RE = new RegExp(`(?:^|[^A-Za-z])(${HEDGE_ALT})[ \\u00a0]*$`, 'i');
const HEDGE_AHEAD_RE = new RegExp(`^(${HEDGE_ALT})[ \\u00a0]+`, 'i');

interface Hedge {
  hedge: string;
  at: number;
  qualifier: Qualifier;
}

// The last word of every hedge ("than", "to", "over"): a figure after any other word has no hedge.
const HEDGE_LAST = new Set(HEDGES.map(([h]) => h.split(' ').pop()!));

function hedgeBefore(text: string, start: number): Hedge | null {
  if (text[start - 1] !== '~' && !HEDGE_LAST.has(lastWord(text, start))) return null;
  const from = Math.max(0, start - 24);
  const m = HEDGE_RE.exec(text.slice(from, start));
  if (!m) return null;
  const hedge = m[1];
  if (hedge !== '~' && !/[ \u00a0]$/.test(text.slice(start - 1, start))) return null;
  const q = HEDGE_OF.get(hedge.toLowerCase().replace(/[ \u00a0]+/g, ' '));
  if (!q) return null;
  return { hedge, at: from + m.index + m[0].indexOf(hedge), qualifier: q };
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isLetterOrDot = (c: number) => isAsciiLetter(c) || c === 46;

/** The lower-cased word that ends (before spaces) at `end`. */
function lastWord(text: string, end: number): string {
  let i = end;
  while (i > 0 && end - i < 3 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  const stop = i;
  while (i > 0 && stop - i < 16 && isLetterOrDot(text.charCodeAt(i - 1))) i--;
  return text.slice(i, stop).toLowerCase();
}

function buildMention(text: string, q: Quantity, restated: Quantity | null): Mention {
  let primary = q, other = restated;
  if (restated?.unit && q.unit && METRIC_UNITS.has(restated.unit.unit) && !METRIC_UNITS.has(q.unit.unit)) {
    primary = restated;
    other = q;
  }
  const start = q.rangeStart ?? q.start;
  const end = restated ? restated.closeEnd ?? restated.end : q.end;
  // A hedged range ("some 3,000-4,000") keeps its hedge as written; its qualifier stays 'range'.
  const h = q.pairHedge ?? (q.rangeStart !== null || q.trailing ? null : hedgeBefore(text, start));
  const unit = primary.unit;
  const dimension: Dimension = unit ? unit.dimension : 'count';
  const r: RestatedValue | null = other && other.unit && other.low !== null
    ? { low: other.low, high: other.high ?? other.low, unit: other.unit.unit, text: text.slice(other.start, other.end) }
    : null;
  return {
    kind: 'quantity', start, end, text: text.slice(start, end),
    low: primary.low, high: primary.high, dateLow: null, dateHigh: null, datePrecision: null,
    qualifier: q.range ? 'range' : q.vague ? 'about' : q.trailing?.qualifier ?? h?.qualifier ?? 'exact',
    // A trailing hedge ("or more") lies inside the text, so it has no hedgeStart before the figure.
    hedge: q.trailing?.hedge ?? h?.hedge ?? null, hedgeStart: h?.at ?? null,
    unit: unit?.unit ?? null, unitRaw: unit?.raw ?? null, dimension, vague: q.vague, restated: r,
  };
}
