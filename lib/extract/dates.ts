// Date grammar: "2023", "early 2023", "mid-2022", "January 2023", "Jan. 2023", "March 26, 2022",
// "26 March 2022", "2022-03-26", "3/26/2022", "the 1990s", "2020-21", "between 2019 and 2021".
import type { DatePrecision } from './types';

/** A date read at one offset: `text.slice(start, end)` is its words. */
export interface DateToken {
  start: number;
  end: number;
  dateLow: string | null;
  dateHigh: string | null;
  precision: DatePrecision;
  /** A day and month with no year ("March 26"): consumed so its digits are no quantity, but not reported. */
  partial: boolean;
  /** A span of years or dates ("2020-21", "2019 to 2021"). */
  range: boolean;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};
// "May" and "March" (also a verb) and "Mar" must be capitalised; other months may be lower-case ("april 2017").
const anyCase = (w: string) => `[${w[0]}${w[0].toLowerCase()}]${w.slice(1)}`;
const MONTH_SRC =
  `(?:${['January', 'February', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map(anyCase).join('|')}|` +
  'March|May|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|' +
  `(?:${['Jan', 'Feb', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'].map(anyCase).join('|')}|Mar)\\.?)(?![A-Za-z])`;
// A bare year must be 1800–2100; a year beside a month may be older ("July 4, 1776").
const YEAR_SRC = '(1[89]\\d\\d|20\\d\\d|2100)';
const OLD_YEAR_SRC = '(1\\d\\d\\d|20\\d\\d|2100)';
// A day is never followed by a thousands group or a decimal: "June 2,000 people" is no date.
const DAY_SRC = '(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]|[.,]\\d)';
const SP = '[ \\u00a0]+';

const COMMA = '[ \\u00a0]*,?[ \\u00a0]+';
const MONTH_FIRST_RE = new RegExp(`(${MONTH_SRC})(?:${SP}${DAY_SRC})?(?:${COMMA}(?:of${SP})?${OLD_YEAR_SRC}(?![\\d,]\\d|\\d))?`, 'y');
const DAY_FIRST_RE = new RegExp(`${DAY_SRC}${SP}(?:of${SP})?(${MONTH_SRC})(?:${COMMA}${OLD_YEAR_SRC}(?![\\d,]\\d|\\d))?`, 'y');
const ISO_RE = /(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?![\d-])/y;
const SLASH_RE = /(\d{1,2})\/(\d{1,2})\/(1[89]\d\d|20\d\d)(?!\d)/y;
const PART_RE = new RegExp(
  `(early|mid|late|spring|summer|autumn|fall|(?:beginning|start|middle|end)${SP}of|(?:first|second|1st|2nd)${SP}half${SP}of|` +
    `(?:first|second|third|fourth|last|1st|2nd|3rd|4th)${SP}quarter${SP}of|[QH][1-4])(?:${SP}of)?[ \\u00a0-]+${YEAR_SRC}(?![\\d,]\\d|\\d)`,
  'iy',
);
// "the early 1990s", "mid-2020s": a third of a decade.
const DECADE_PART_RE = /(early|mid|late)[ \u00a0-]+(1[89]\d0|20\d0)['’]?s(?![A-Za-z])/iy;
const DECADE_PARTS: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };
const YEAR_PART_RE = /[ \u00a0-]([QH])([1-4])(?![A-Za-z0-9])/iy;
const DECADE_RE = /(1[89]\d0|20\d0)['’]?s(?![A-Za-z])/y;
const SHORT_DECADE_RE = /(\d)0s(?![A-Za-z])/y;
const CENTURY_RE = /(1\d|2[01]|[1-9])(?:st|nd|rd|th)[ \u00a0-]+century(?![A-Za-z])/iy;
const YEAR_RANGE_RE = new RegExp(`${YEAR_SRC}[ \\u00a0]*(?:-|–|—|/|to|through|until|and)[ \\u00a0]*(\\d{4}|\\d{2})(?![\\d,.]\\d|\\d|[A-Za-z%$])`, 'y');
const YEAR_RE = new RegExp(`${YEAR_SRC}(?![\\d,.]\\d|\\d)`, 'y');

const PARTS: Record<string, [number, number]> = {
  early: [1, 4], mid: [5, 8], late: [9, 12], spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11],
  beginning: [1, 4], start: [1, 4], middle: [5, 8], end: [9, 12], h1: [1, 6], h2: [7, 12],
  q1: [1, 3], q2: [4, 6], q3: [7, 9], q4: [10, 12],
};
const ORDINAL_PART: Record<string, string> = {
  first: '1', '1st': '1', second: '2', '2nd': '2', third: '3', '3rd': '3', fourth: '4', '4th': '4', last: '4',
};

/** "early", "end of", "second half of", "third quarter of", "Q3" → the key of PARTS. */
function partKey(phrase: string): string {
  const words = phrase.toLowerCase().split(/[ \u00a0]+/);
  if (words[1] === 'half') return `h${ORDINAL_PART[words[0]]}`;
  if (words[1] === 'quarter') return `q${ORDINAL_PART[words[0]]}`;
  return words[0];
}

const pad = (n: number) => String(n).padStart(2, '0');
const ym = (y: number, m: number) => `${y}-${pad(m)}`;
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function exec(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function make(pos: number, len: number, low: string | null, high: string | null, precision: DatePrecision, partial = false, range = false): DateToken {
  return { start: pos, end: pos + len, dateLow: low, dateHigh: high, precision, partial, range };
}

const monthOf = (s: string) => MONTHS[s.toLowerCase().replace('.', '')];
const validDay = (d: number) => d >= 1 && d <= 31;
/** "February 30, 2023" is no date: the day must exist in its month. */
const dayInMonth = (y: number, m: number, d: number) => d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
const ymdOk = (y: number, m: number, d: number) => (dayInMonth(y, m, d) ? ymd(y, m, d) : null);

/** Reads a date starting with a month name: "January 2023", "March 26, 2022", "Jan. 2023", "March 26". */
function monthFirst(text: string, pos: number): DateToken | null {
  const m = exec(MONTH_FIRST_RE, text, pos);
  // A month name alone is no date figure; "March 40" is no day.
  if (!m || (!m[2] && !m[3]) || (m[2] && !validDay(Number(m[2])))) return null;
  const month = monthOf(m[1]);
  const year = m[3] ? Number(m[3]) : null;
  if (year === null) return make(pos, m[0].length, null, null, 'day', true);
  if (m[2]) {
    const v = ymdOk(year, month, Number(m[2]));
    return v ? make(pos, m[0].length, v, v, 'day') : null;
  }
  return make(pos, m[0].length, ym(year, month), ym(year, month), 'month');
}

/** Reads "26 March 2022", "1st of May 2020" and, without a year, "26 March". */
function dayFirst(text: string, pos: number): DateToken | null {
  const m = exec(DAY_FIRST_RE, text, pos);
  if (!m || !validDay(Number(m[1]))) return null;
  const month = monthOf(m[2]);
  if (!m[3]) return make(pos, m[0].length, null, null, 'day', true);
  const v = ymdOk(Number(m[3]), month, Number(m[1]));
  return v ? make(pos, m[0].length, v, v, 'day') : null;
}

function numericDate(text: string, pos: number): DateToken | null {
  const iso = exec(ISO_RE, text, pos);
  // "2011-12" is a season (2011 to 2012) more often than December 2011.
  if (iso && !(iso[3] === undefined && Number(iso[2]) === (Number(iso[1]) % 100) + 1)) {
    const y = Number(iso[1]), mo = Number(iso[2]);
    if (!iso[3]) return make(pos, iso[0].length, ym(y, mo), ym(y, mo), 'month');
    const v = ymdOk(y, mo, Number(iso[3]));
    return v ? make(pos, iso[0].length, v, v, 'day') : null;
  }
  const s = exec(SLASH_RE, text, pos);
  if (!s) return null;
  let [a, b] = [Number(s[1]), Number(s[2])];
  // US order (month/day) unless the first part cannot be a month.
  if (a > 12) [a, b] = [b, a];
  if (a < 1 || a > 12 || !validDay(b)) return null;
  const v = ymdOk(Number(s[3]), a, b);
  return v ? make(pos, s[0].length, v, v, 'day') : null;
}

function yearRange(text: string, pos: number, afterBetween: boolean): DateToken | null {
  const m = exec(YEAR_RANGE_RE, text, pos);
  if (!m) return null;
  const sep = m[0].slice(4, m[0].length - m[2].length).trim();
  if (sep === 'and' && !afterBetween) return null;
  const y1 = Number(m[1]);
  let y2 = Number(m[2]);
  // Two digits only after a dash or slash ("2020-21"); "2019 to 28 June" is no range.
  if (m[2].length === 2 && !/^[-–—/]$/.test(sep)) return null;
  if (m[2].length === 2) y2 = Math.floor(y1 / 100) * 100 + y2;
  if (!(y2 > y1 && y2 - y1 <= 100 && y2 <= 2100)) return null;
  return make(pos, m[0].length, ym(y1, 1), ym(y2, 12), 'year', false, true);
}

/**
 * Reads a date at `pos`; yearContext tells whether a bare 4-digit number there reads as a year.
 * e.g. readDate("early 2023", 0, () => true) → {dateLow: '2023-01', dateHigh: '2023-04', precision: 'part-of-year'}.
 */
export function readDate(text: string, pos: number, yearContext: (y: number) => boolean, afterBetween = false): DateToken | null {
  const c = text.charCodeAt(pos);
  if (c >= 48 && c <= 57) return readDigitDate(text, pos, yearContext, afterBetween);
  const dp = exec(DECADE_PART_RE, text, pos);
  if (dp) {
    const [a, b] = DECADE_PARTS[dp[1].toLowerCase()];
    const y = Number(dp[2]);
    return make(pos, dp[0].length, ym(y + a, 1), ym(y + b, 12), 'year', false, true);
  }
  const part = exec(PART_RE, text, pos);
  if (part) {
    const [a, b] = PARTS[partKey(part[1])];
    const y = Number(part[2]);
    return make(pos, part[0].length, ym(y, a), ym(y, b), 'part-of-year');
  }
  return monthFirst(text, pos);
}

function readDigitDate(text: string, pos: number, yearContext: (y: number) => boolean, afterBetween: boolean): DateToken | null {
  if (!mayBeDigitDate(text, pos)) return null;
  const d = numericDate(text, pos) ?? dayFirst(text, pos);
  if (d) return d;
  const dec = exec(DECADE_RE, text, pos) ?? shortDecade(text, pos);
  if (dec) {
    const y = Number(dec[1]);
    return make(pos, dec[0].length, ym(y, 1), ym(y + 9, 12), 'year', false, true);
  }
  const c = exec(CENTURY_RE, text, pos);
  if (c) {
    const y = (Number(c[1]) - 1) * 100;
    return make(pos, c[0].length, ym(Math.max(y, 1), 1), ym(y + 99, 12), 'year', false, true);
  }
  return yearRange(text, pos, afterBetween) ?? bareYear(text, pos, yearContext);
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
// What may follow a 1–2 digit run in a date: "3/26/2022", "26 March", "1st", "2nd", "3rd", "4th", "'90s", and
// upper-case suffixes too, as CENTURY_RE ignores case ("19TH CENTURY").
const AFTER_DAY = new Set([...'/ \u00a0snrtSNRT'].map((c) => c.charCodeAt(0)));

/**
 * A cheap necessary test for readDigitDate: every date pattern starts with a run of exactly 4 digits (years,
 * ISO dates, decades) or of 1–2 digits followed by "/", a space or an ordinal suffix (days, centuries, '90s).
 * Most numbers ("40,000", "737", "1.5") fail it before any regex runs.
 */
function mayBeDigitDate(text: string, pos: number): boolean {
  let end = pos;
  while (end < text.length && isDigitCode(text.charCodeAt(end))) end++;
  const digits = end - pos;
  return digits === 4 || ((digits === 1 || digits === 2) && AFTER_DAY.has(text.charCodeAt(end)));
}

/** "the '90s": a two-digit decade after an apostrophe; '00s–'20s are this century. */
function shortDecade(text: string, pos: number): RegExpExecArray | null {
  if (!/['’]/.test(text[pos - 1] ?? '')) return null;
  const m = exec(SHORT_DECADE_RE, text, pos);
  if (!m) return null;
  const d = Number(m[1]);
  m[1] = String(d <= 2 ? 2000 + d * 10 : 1900 + d * 10);
  return m;
}

/** "2023", and "2023 Q3" / "2019-H2" with a part after the year. */
function bareYear(text: string, pos: number, yearContext: (y: number) => boolean): DateToken | null {
  const m = exec(YEAR_RE, text, pos);
  if (!m) return null;
  const y = Number(m[1]);
  const part = exec(YEAR_PART_RE, text, pos + m[0].length);
  if (part) {
    const [a, b] = PARTS[(part[1] + part[2]).toLowerCase()];
    return make(pos, m[0].length + part[0].length, ym(y, a), ym(y, b), 'part-of-year');
  }
  if (!yearContext(y)) return null;
  return make(pos, m[0].length, ym(y, 1), ym(y, 12), 'year');
}

/** Whether a word is a month name or abbreviation: isMonthName("Aug") → true. */
export const isMonthName = (word: string): boolean => MONTH_WORDS.has(word.toLowerCase().replace('.', ''));

/** Month number of a month name or abbreviation; e.g. monthNumber("Sept.") → 9. */
export function monthNumber(name: string): number | null {
  return monthOf(name) ?? null;
}

const LEAD_WORDS = new Set([
  'early', 'mid', 'late', 'spring', 'summer', 'autumn', 'fall', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2',
]);
const OF_LEADS = new Set(['end', 'beginning', 'start', 'middle', 'half', 'quarter', 'spring', 'summer', 'autumn', 'fall']);
const ORDINAL_WORDS = new Set(Object.keys(ORDINAL_PART));
// A Set, not `MONTHS[word]`: looking a fresh string up as an object key is slow, and this runs at every number.
const MONTH_WORDS = new Set(Object.keys(MONTHS));

const isGap = (c: number) => c === 32 || c === 0xa0 || c === 44 || c === 45; // space nbsp , -
const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigitCode(c);

/** The word ending just before `end` (skipping spaces, a comma or a hyphen), as [start, word]. */
function wordBefore(text: string, end: number, floor: number): [number, string] | null {
  let i = end;
  while (i > floor && i > end - 3 && isGap(text.charCodeAt(i - 1))) i--;
  if (i > floor && text[i - 1] === '.') i--;
  const stop = i;
  while (i > floor && stop - i < 12 && isAlnum(text.charCodeAt(i - 1))) i--;
  return i < stop ? [i, text.slice(i, stop)] : null;
}

/**
 * Where a date that ends in the digits at `pos` starts, when words lead it ("January 2023", "March 26",
 * "early 2023", "end of 2025", "Q3 2023"); else `pos`. Looking back keeps month words out of the candidate scan.
 */
export function dateLeadStart(text: string, pos: number, floor: number): number {
  const w = wordBefore(text, pos, floor);
  if (!w) return pos;
  const lower = w[1].toLowerCase();
  if (MONTH_WORDS.has(lower)) return /^(?:may|march|mar)$/.test(w[1]) ? pos : w[0];
  if (LEAD_WORDS.has(lower)) return w[0];
  if (lower !== 'of') return pos;
  const w2 = wordBefore(text, w[0], floor);
  if (!w2 || !OF_LEADS.has(w2[1].toLowerCase())) return pos;
  const w3 = wordBefore(text, w2[0], floor);
  if (w3 && ORDINAL_WORDS.has(w3[1].toLowerCase())) return w3[0];
  return /half|quarter/i.test(w2[1]) ? pos : w2[0];
}

const MONTH_RANGE_RE = new RegExp(
  `(?:\\b(?:from|between)${SP})?(${MONTH_SRC})(?:${SP}(\\d{1,2})(?:st|nd|rd|th)?)?[ \\u00a0]*(?:-|–|—|to|through|until|and)[ \\u00a0]*$`,
);

/**
 * Widens a month or day date to the month range that ends in it: "January-March 2024", "from May to Oct 2020",
 * "Nov 18-Dec 19, 2015". A first month after the last one is in the year before ("Nov-Feb 2017").
 */
export function withMonthRange(text: string, d: DateToken, floor: number): DateToken {
  if (d.partial || d.range || (d.precision !== 'month' && d.precision !== 'day') || !d.dateLow) return d;
  const from = Math.max(floor, d.start - 40);
  const m = MONTH_RANGE_RE.exec(text.slice(from, d.start));
  if (!m || (/and\s*$/.test(m[0]) && !/^between/i.test(m[0]))) return d;
  const [y, mo] = d.dateLow.split('-').map(Number);
  const m1 = monthOf(m[1]);
  if (m1 === mo && !m[2]) return d;
  const y1 = m1 > mo ? y - 1 : y;
  const day = m[2] ? Number(m[2]) : null;
  if (day !== null && !dayInMonth(y1, m1, day)) return d;
  const low = day !== null && d.precision === 'day' ? ymd(y1, m1, day) : ym(y1, m1);
  const start = from + m.index;
  return { ...d, start, dateLow: low, range: true };
}

/** Month names in order, for writing a date out: MONTH_NAMES[0] is 'January'. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// A year, not a decade ("the 1990s") nor part of a number ("2,019", "2019.5").
const STATED_YEAR_RE = /(?<![\d,.])(1[89]\d\d|20\d\d)(?![\d,.]\d|\d|['’]?s\b)/g;

/** The years a text states, in order, as [offset, year]: "7 March 2023", "in 2023", "the 2019 march". */
export function statedYears(text: string): [number, number][] {
  return [...text.matchAll(STATED_YEAR_RE)].map((m) => [m.index, Number(m[1])]);
}

/** A date that names a month, as `namedDates` reads it: "31 January" has no year of its own. */
export interface NamedDate {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number | null;
}

const MONTH_WORD_RE = new RegExp(`(?:(\\d{1,2})(?:st|nd|rd|th)?${SP}(?:of${SP})?)?${MONTH_SRC}`, 'g');

/**
 * Every date in `text` that names a month, with or without a day and a year ("7 March 2023", "June 9",
 * "31 January", "October 2022"), in text order. findMentions reports no date without a year, since it is no
 * figure; grouping still reads one to tell which day's march or which month a count is of.
 */
export function namedDates(text: string): NamedDate[] {
  const out: NamedDate[] = [];
  MONTH_WORD_RE.lastIndex = 0;
  for (let m = MONTH_WORD_RE.exec(text); m; m = MONTH_WORD_RE.exec(text)) {
    if (m.index > 0 && isAlnum(text.charCodeAt(m.index - 1))) continue;
    const d = m[1] ? dayFirstParts(text, m.index) : monthFirstParts(text, m.index);
    if (!d) continue;
    out.push(d);
    MONTH_WORD_RE.lastIndex = Math.max(MONTH_WORD_RE.lastIndex, d.end);
  }
  return out;
}

/** "26 March", "1st of May 2020". */
function dayFirstParts(text: string, pos: number): NamedDate | null {
  const m = exec(DAY_FIRST_RE, text, pos);
  if (!m || !validDay(Number(m[1]))) return null;
  return { start: pos, end: pos + m[0].length, year: m[3] ? Number(m[3]) : null, month: monthOf(m[2]), day: Number(m[1]) };
}

function monthFirstParts(text: string, pos: number): NamedDate | null {
  const m = exec(MONTH_FIRST_RE, text, pos);
  if (!m || (!m[2] && !m[3]) || (m[2] && !validDay(Number(m[2])))) return null;
  return { start: pos, end: pos + m[0].length, year: m[3] ? Number(m[3]) : null, month: monthOf(m[1]), day: m[2] ? Number(m[2]) : null };
}
