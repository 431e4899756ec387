// Sentence spans: the quote a figure is cited with. A newline always ends a sentence (headlines,
// list items and captions often have no full stop); inside a line, a full stop ends one unless it
// belongs to an abbreviation ("U.S.", "Dr.", "No. 5"), an initial or a decimal, or sits inside a quotation.

export interface Span {
  start: number;
  end: number;
}

// Words whose trailing full stop does not end a sentence when a capitalised word follows.
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'no', 'nos', 'vs', 'v', 'etc', 'inc', 'ltd',
    'co', 'corp', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'pres', 'approx', 'est',
    'fig', 'vol', 'pp', 'ed', 'dept', 'univ', 'ave', 'blvd', 'rd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
    'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'u.s.a',
  ],
);

// A candidate end: terminal punctuation, then closers (quotes, brackets, footnote markers), then space.
const END_RE = /[.!?…]+(?:["'”’)\]]|\[\d{1,3}\])*(?=\s)/g;
const BULLET_RE = /^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+/;
const WORD_BEFORE_RE = /([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.$/;

/** Split text into trimmed sentence spans, e.g. `splitSentences('Hi. Bye.')` → [{0,3},{4,8}]. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, spans);
    lineStart = lineEnd + 1;
  }
  return spans;
}

/**
 * The sentence holding an offset, splitting only the lines asked about. A newline always ends a sentence, so a
 * line's spans are exactly those splitSentences(text) gives it; extraction asks only about lines with figures.
 */
export class SentenceFinder {
  private lineStart = 0;
  private lineEnd = -1;
  private spans: Span[] = [];
  constructor(private readonly text: string) {}

  /** The span containing `pos`, or null where splitSentences has none (e.g. a list bullet). */
  at(pos: number): Span | null {
    if (pos < this.lineStart || pos > this.lineEnd) {
      this.lineStart = pos === 0 ? 0 : this.text.lastIndexOf('\n', pos - 1) + 1;
      const nl = this.text.indexOf('\n', pos);
      this.lineEnd = nl < 0 ? this.text.length : nl;
      this.spans = [];
      splitLine(this.text, this.lineStart, this.lineEnd, this.spans);
    }
    const i = spanIndexAt(this.spans, pos);
    return i < 0 ? null : this.spans[i];
  }
}

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  const line = text.slice(from, to);
  const bullet = BULLET_RE.exec(line);
  let start = bullet ? bullet[0].length : 0;
  const quotes = new QuoteScan(line, start);
  END_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = END_RE.exec(line))) {
    const end = m.index + m[0].length;
    if (!isBoundary(line, m.index, end, start, quotes)) continue;
    pushTrimmed(text, from + start, from + end, out);
    start = end;
    quotes.restart(start);
  }
  pushTrimmed(text, from + start, to, out);
}

function isBoundary(line: string, dot: number, end: number, sentenceStart: number, quotes: QuoteScan): boolean {
  const next = firstNonSpace(line, end, Math.min(line.length, end + 4));
  if (next < 0) return true;
  if (line[dot] === '.' && isAbbreviation(line.slice(Math.max(sentenceStart, dot - 12), dot + 1))) return false;
  // A lower-case continuation is not a new sentence ("approx. 5 km", "the U.S. government").
  if (next >= 97 && next <= 122) return false;
  return !quotes.openAt(end);
}

/** The first code unit in s[from, to) that is not `\s`, or -1. */
function firstNonSpace(s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (!isRegexSpace(c)) return c;
  }
  return -1;
}

/** Exactly the regex class `\s` (WhiteSpace and LineTerminator), on one UTF-16 code unit. */
function isRegexSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isAbbreviation(tail: string): boolean {
  const m = WORD_BEFORE_RE.exec(tail);
  if (!m) return false;
  const word = m[1].toLowerCase();
  if (word.length === 1 && /[A-Z]/.test(m[1])) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word) || /^(?:[a-z]\.)+[a-z]$/.test(word);
}

// Curly quotes tell open from close; a straight quote opens when it follows a space or line start.
// Whether a quotation is open at each candidate end of one sentence; the scan resumes where the last
// candidate left it, so a quotation that never closes costs one pass over the line, not one per full stop.
class QuoteScan {
  private from = 0;
  private at = 0;
  private open = false;
  constructor(private readonly line: string, from: number) {
    this.restart(from);
  }

  restart(from: number): void {
    [this.from, this.at, this.open] = [from, from, false];
  }

  /** Whether line[from, to) leaves a quotation open; `to` never decreases between restarts. */
  openAt(to: number): boolean {
    const { line, from } = this;
    let open = this.open;
    for (let i = this.at; i < to; i++) {
      const c = line.charCodeAt(i);
      if (c === 0x201c) open = true; // “
      else if (c === 0x201d) open = false; // ”
      else if (c === 34) open = !open && (i === from || opensQuote(line.charCodeAt(i - 1)));
    }
    [this.at, this.open] = [Math.max(this.at, to), open];
    return open;
  }
}

// A straight quote after a space, "(", "[", "—", "–" or "-" opens a quotation.
const opensQuote = (c: number) => isRegexSpace(c) || c === 40 || c === 91 || c === 0x2014 || c === 0x2013 || c === 45;

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isRegexSpace(text.charCodeAt(start))) start++;
  while (end > start && isRegexSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/** Index of the span containing `pos` (binary search), or -1, e.g. `spanIndexAt(spans, 5)`. */
export function spanIndexAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else if (spans[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}
