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

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  const line = text.slice(from, to);
  const bullet = BULLET_RE.exec(line);
  let start = bullet ? bullet[0].length : 0;
  END_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = END_RE.exec(line))) {
    const end = m.index + m[0].length;
    if (!isBoundary(line, m.index, end, start)) continue;
    pushTrimmed(text, from + start, from + end, out);
    start = end;
  }
  pushTrimmed(text, from + start, to, out);
}

function isBoundary(line: string, dot: number, end: number, sentenceStart: number): boolean {
  const next = /\S/.exec(line.slice(end, end + 4));
  if (!next) return true;
  if (line[dot] === '.' && isAbbreviation(line.slice(Math.max(sentenceStart, dot - 12), dot + 1))) return false;
  // A lower-case continuation is not a new sentence ("approx. 5 km", "the U.S. government").
  if (/[a-z]/.test(next[0])) return false;
  return !insideQuotation(line.slice(sentenceStart, end));
}

function isAbbreviation(tail: string): boolean {
  const m = WORD_BEFORE_RE.exec(tail);
  if (!m) return false;
  const word = m[1].toLowerCase();
  if (word.length === 1 && /[A-Z]/.test(m[1])) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word) || /^(?:[a-z]\.)+[a-z]$/.test(word);
}

// Curly quotes tell open from close; a straight quote opens when it follows a space or line start.
function insideQuotation(s: string): boolean {
  let open = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open && (i === 0 || /[\s(\[—–-]/.test(s[i - 1])) ? true : false;
  }
  return open;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
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
