// Candidate offsets for findMentions: where a figure may start. A hand-written scanner that finds exactly
// the offsets of the global, case-insensitive regex
//   \d | (?<![\w.])\.\d | [½⅓…] | \b(?:one|two|…|hundreds?|…)\b | \ban?(?=[ \u00a0]+(?:dozen|hundred|…)\b)
// (see NUMBER_WORD_SOURCE) without its per-call cost: each word start is rejected by one table lookup on its
// first three letters unless it may be a number word, and only those few words are sliced and looked up.
import { NUMBER_WORD_SOURCE, VULGAR_CHARS } from './numbers';

// Words after "a"/"an" that make the article a number: "a dozen", "a third".
const ARTICLE_NEXT = 'dozen|hundred|thousand|million|billion|trillion|half|quarter|third|fifth|sixth|seventh|eighth|ninth|tenth';

const expand = (source: string) => source.split('|').flatMap((w) => (w.endsWith('s?') ? [w.slice(0, -2), w.slice(0, -1)] : [w]));
const NUMBER_WORDS = new Set(expand(NUMBER_WORD_SOURCE));
const ARTICLE_NEXT_WORDS = new Set(expand(ARTICLE_NEXT));
const VULGAR_CODES = new Set([...VULGAR_CHARS].map((c) => c.charCodeAt(0)));
const MIN_VULGAR = Math.min(...VULGAR_CODES);

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** The regex `\w` (ASCII letters, digits, underscore): word boundaries are defined by it. */
const isWordChar = (c: number) => isLetter(c) || isDigit(c) || c === 95;
/** 1–26 for a letter of either case, 0 for anything else. */
const letterIndex = (c: number) => (isLetter(c) ? (c | 32) - 96 : 0);

// The first three letters (0-padded) of every number word and of "a"/"an": a table lookup rejects almost every
// other word ("the", "that", "people") before any string is built.
const PREFIXES = new Uint8Array(27 * 27 * 27);
const prefixIndex = (l1: number, l2: number, l3: number) => (l1 * 27 + l2) * 27 + l3;
for (const w of [...NUMBER_WORDS, 'a', 'an']) {
  const l = [0, 1, 2].map((k) => (k < w.length ? letterIndex(w.charCodeAt(k)) : 0));
  PREFIXES[prefixIndex(l[0], l[1], l[2])] = 1;
}

/** The first candidate offset at or after `from`, or -1 when none is left. */
export function nextCandidate(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) return i;
    if (isLetter(c)) {
      // Only a word's first letter can open a number word; digits inside a word are still candidates.
      if ((i === 0 || !isWordChar(text.charCodeAt(i - 1))) && wordStartsFigure(text, i)) return i;
      i++;
      while (i < n && (isLetter(text.charCodeAt(i)) || text.charCodeAt(i) === 95)) i++;
      continue;
    }
    if (c === 46) {
      if (i + 1 < n && isDigit(text.charCodeAt(i + 1)) && !(i > 0 && (isWordChar(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 46))) return i;
    } else if (c >= MIN_VULGAR && VULGAR_CODES.has(c)) return i;
    i++;
  }
  return -1;
}

/** The lower-cased `\w` run starting at `i` (it may hold digits: then it is in no word list). */
function runAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
  return text.slice(i, j).toLowerCase();
}

/** A number word ("thousand") or an article before a magnitude ("a dozen") at the word start `i`. */
function wordStartsFigure(text: string, i: number): boolean {
  const l2 = letterIndex(text.charCodeAt(i + 1));
  const l3 = l2 === 0 ? 0 : letterIndex(text.charCodeAt(i + 2));
  if (PREFIXES[prefixIndex(letterIndex(text.charCodeAt(i)), l2, l3)] === 0) return false;
  const word = runAt(text, i);
  if (NUMBER_WORDS.has(word)) return true;
  if (word !== 'a' && word !== 'an') return false;
  let j = i + word.length;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0)) j++;
  return j > i + word.length && ARTICLE_NEXT_WORDS.has(runAt(text, j));
}
