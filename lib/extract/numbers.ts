// Number grammar: digits ("40,000", "23.5", "1.2bn"), words ("twenty-three", "one hundred and five",
// "half a million", "a dozen"), simple fractions ("1/2", "½", "two-thirds") and vague counts ("hundreds").
// Every parser works at a given offset with sticky regular expressions, so callers scan the text once.

/** A number read at one offset: `text.slice(start, end)` is its words, magnitude included. */
export interface NumberToken {
  start: number;
  end: number;
  /** The value with its magnitude applied; null for vague counts ("hundreds"). */
  value: number | null;
  /** Written in digits (possibly with a magnitude word: "6 million"). */
  digits: boolean;
  /** A bare integer in digits with no separator, decimal or magnitude ("2023", "737"): could be a year or a name. */
  plain: boolean;
  /** A magnitude word or suffix was applied ("million", "bn", "k"). */
  magnitude: boolean;
  vague: boolean;
  /** The magnitude applied (1e6 for "6 million"), 1 when none: a range shares it ("3 to 5 million"). */
  scale: number;
}

const UNITS: Record<string, number> = {
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const MAGNITUDES: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};
/** Denominator words of spoken fractions ("two thirds", "a quarter"). */
const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};
const VULGAR: Record<string, number> = {
  '½': 0.5, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 0.25, '¾': 0.75, '⅕': 0.2, '⅖': 0.4, '⅗': 0.6, '⅘': 0.8, '⅙': 1 / 6, '⅚': 5 / 6,
  '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875,
};
/** Unicode fraction characters, for the candidate scanner. */
export const VULGAR_CHARS = Object.keys(VULGAR).join('');

/** Words that may open a number; the mention scanner uses this to find candidates. */
export const NUMBER_WORD_SOURCE =
  'zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
  'eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|' +
  'billions?|trillions?|dozens?|several|few|half|quarter|tens|scores';

const WORD_RE = /[A-Za-z]+/y;
const GAP_RE = /(?:[ \t\u00a0]+|[ \t\u00a0]*-[ \t\u00a0]*)(?=[A-Za-z])/y;
const DIGITS_RE =
  /(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,]\d)|\d+)(?:\.\d+)?(?![\d])|\.\d+/y;
const FRACTION_RE = /(\d{1,2})\/(\d{1,2})(?![\d/])/y;
const MIXED_FRACTION_RE = /[ \u00a0]+(\d)\/(\d{1,2})(?![\d/])/y;
const DIGIT_MAG_RE =
  /(?:[ \u00a0]?-?[ \u00a0]?)(hundred|thousand|million|billion|trillion|lakhs?|crores?|dozens?|dozs?|dzs?)(?![A-Za-z])|(?:[ \u00a0]?)(bn|mn|mln|mil|bln|tn|trn|tln|k)(?![A-Za-z])|(mm|m|b)(?![A-Za-z])/iy;
const SUFFIX_VALUE: Record<string, number> = {
  bn: 1e9, mn: 1e6, mln: 1e6, mil: 1e6, bln: 1e9, tn: 1e12, trn: 1e12, tln: 1e12, k: 1e3, m: 1e6, mm: 1e6, b: 1e9,
};
const VAGUE_RE =
  /(?:(?:several|a\s+few|few|many)\s+(?:hundred(?:\s+(?:thousand|million|billion))?|thousand|million|billion|dozen)|(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)|hundreds|thousands|millions|billions|trillions|dozens|scores(?=\s+of\b))(?![A-Za-z])/iy;

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** Reads "40,000", "1.2", ".5", "12,34,567" (Indian grouping) and "40 000"; e.g. parseDigits("1,659") → 1659. */
export function parseDigits(s: string): number {
  return Number(plainDigits(s) ? s : s.replace(/[,\s\u00a0\u202f]/g, ''));
}

// Most numbers have no separator to strip ("2023", "23.5"): skip the replace for them.
function plainDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 46)) return false;
  }
  return true;
}

/**
 * Reads a number written in digits at `pos`, with a fraction or magnitude suffix ("6 million", "3k", "1/2").
 * A bare "m"/"b" suffix means million/billion only after a currency (`money`): "$5m" but "100m" (metres).
 */
export function readDigitNumber(text: string, pos: number, money = false): NumberToken | null {
  const alone = VULGAR[text[pos]];
  if (alone !== undefined) return token(pos, pos + 1, alone, true, false, false);
  // FRACTION_RE needs a "/" after one or two digits.
  const frac = text.charCodeAt(pos + 1) === 47 || text.charCodeAt(pos + 2) === 47 ? sticky(FRACTION_RE, text, pos) : null;
  if (frac) {
    const n = Number(frac[1]), d = Number(frac[2]);
    if (d < 2 || d > 10 || n >= d || n === 0) return null;
    return token(pos, pos + frac[0].length, n / d, true, false, false);
  }
  const m = sticky(DIGITS_RE, text, pos);
  if (!m) return null;
  let end = pos + m[0].length;
  let value = parseDigits(m[0]);
  const plainInt = /^\d+$/.test(m[0]);
  const mixed = plainInt && value < 100 ? sticky(MIXED_FRACTION_RE, text, end) : null;
  if (mixed && Number(mixed[1]) < Number(mixed[2])) {
    value += Number(mixed[1]) / Number(mixed[2]);
    end += mixed[0].length;
  }
  const vulgar = VULGAR[text[end] ?? ''];
  if (vulgar !== undefined && plainInt) {
    value += vulgar;
    end += 1;
  }
  const t = token(pos, end, value, true, plainInt && !mixed && vulgar === undefined, false);
  return applyDigitMagnitude(text, t, money);
}

function applyDigitMagnitude(text: string, t: NumberToken, money: boolean): NumberToken {
  let mag = sticky(DIGIT_MAG_RE, text, t.end);
  while (mag && t.value !== null) {
    const word = mag[1] ?? mag[2] ?? mag[3];
    // Glued "m"/"mm" is metres/millimetres unless money is meant ("$5m") or it is upper-case ("10M", "1MM").
    if (mag[3] && !money && /m/.test(word)) break;
    const factor = mag[1] ? wordMagnitude(word.toLowerCase()) : SUFFIX_VALUE[word.toLowerCase()];
    if (!factor) break;
    t = { ...t, value: t.value * factor, end: t.end + mag[0].length, plain: false, magnitude: true, scale: t.scale * factor };
    if (!mag[1]) break;
    mag = sticky(DIGIT_MAG_RE, text, t.end);
    if (mag && !mag[1]) break;
  }
  return t.magnitude && t.value !== null ? digitTail(text, t) : t;
}

// "and 21" joins only a 1–99 that no magnitude follows: "3 hundred and 2 hundred" is two numbers.
const DIGIT_TAIL_RE =
  /[ \u00a0]+(\d{1,3})[ \u00a0]+(hundred|thousand|million)(?![A-Za-z])|[ \u00a0]+and[ \u00a0]+([1-9]\d?)(?![\d.,]|[ \u00a0]+(?:hundred|thousand|million|billion)\b)/y;

/** "4 thousand 3 hundred and 21": smaller parts after a magnitude word (a bare number only after "hundred and"). */
function digitTail(text: string, t: NumberToken): NumberToken {
  let last = t.scale;
  for (let i = 0; i < 3; i++) {
    const m = sticky(DIGIT_TAIL_RE, text, t.end);
    if (!m) break;
    if (m[3] !== undefined && last !== 100) break;
    const add = m[3] !== undefined ? Number(m[3]) : Number(m[1]) * wordMagnitude(m[2].toLowerCase());
    const mag = m[3] !== undefined ? 1 : wordMagnitude(m[2].toLowerCase());
    if (mag >= last || add >= last) break;
    t = { ...t, value: t.value! + add, end: t.end + m[0].length };
    last = mag;
  }
  return t;
}

function wordMagnitude(w: string): number {
  if (w === 'hundred') return 100;
  if (/^(?:dozens?|dozs?|dzs?)$/.test(w)) return 12;
  return MAGNITUDES[w] ?? 0;
}

function token(start: number, end: number, value: number | null, digits: boolean, plain: boolean, vague: boolean): NumberToken {
  return { start, end, value, digits, plain, magnitude: false, vague, scale: 1 };
}

/** Reads a vague count at `pos`: "hundreds", "several thousand", "tens of thousands" (value null). */
export function readVague(text: string, pos: number): NumberToken | null {
  const m = sticky(VAGUE_RE, text, pos);
  if (!m) return null;
  // "hundreds" inside "hundreds of thousands" is handled by the longer alternative; "a few" alone is no count.
  return token(pos, pos + m[0].length, null, false, false, true);
}

interface WordStep {
  start: number;
  end: number;
  word: string;
}

/** Splits the run of letters-words at `pos` (joined by spaces or hyphens), up to `max` words. */
function wordsAt(text: string, pos: number, max: number): WordStep[] {
  const out: WordStep[] = [];
  let p = pos;
  while (out.length < max) {
    const w = sticky(WORD_RE, text, p);
    if (!w) break;
    out.push({ start: p, end: p + w[0].length, word: w[0].toLowerCase() });
    p += w[0].length;
    const gap = sticky(GAP_RE, text, p);
    if (!gap) break;
    p += gap[0].length;
  }
  return out;
}

/** Reads a number written in words at `pos`: "twenty-three", "one hundred and five", "half a million", "a dozen". */
export function readWordNumber(text: string, pos: number, allowAnd = true): NumberToken | null {
  const words = wordsAt(text, pos, 16);
  if (words.length === 0) return null;
  const r = evalWords(words, allowAnd);
  if (!r) return null;
  const t = token(pos, words[r.count - 1].end, r.value, false, false, false);
  const lastWord = words[r.count - 1].word;
  const scale = lastWord === 'hundred' ? 100 : MAGNITUDES[lastWord] ?? 1;
  return { ...t, scale, magnitude: scale > 1 };
}

interface WordValue {
  value: number;
  count: number;
}

/** Evaluates the longest valid word-number prefix; returns how many words it used. */
function evalWords(words: WordStep[], allowAnd: boolean): WordValue | null {
  const lead = leadingArticle(words);
  if (lead) return lead;
  const st: WordState = { total: 0, current: 0, last: 'none', lastMag: Infinity };
  let best: WordValue | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i].word;
    if (w === 'and') {
      if (!allowAnd || (st.last !== 'hundred' && st.last !== 'mag')) break;
      st.last = 'and';
      continue;
    }
    if (!stepWord(st, w)) break;
    best = { value: st.total + st.current, count: i + 1 };
  }
  return best && withFraction(words, withPoint(words, best));
}

interface WordState {
  total: number;
  current: number;
  last: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'mag' | 'and';
  lastMag: number;
}

/** Adds one number word to the running value; false when the word cannot continue the number ("five six"). */
function stepWord(st: WordState, w: string): boolean {
  const u = UNITS[w], t = TENS[w], afterDigitWord = st.last === 'unit' || st.last === 'teen';
  if (u !== undefined) {
    if (afterDigitWord || (st.last === 'tens' && u >= 10)) return false;
    st.current += u;
    st.last = u >= 10 ? 'teen' : 'unit';
  } else if (t !== undefined) {
    if (afterDigitWord || st.last === 'tens') return false;
    st.current += t;
    st.last = 'tens';
  } else if (w === 'hundred') {
    if (st.last === 'hundred' || st.current >= 100 || st.last === 'and') return false;
    st.current = (st.current || 1) * 100;
    st.last = 'hundred';
  } else if (MAGNITUDES[w] !== undefined) {
    if (MAGNITUDES[w] >= st.lastMag || st.last === 'and') return false;
    st.total += (st.current || 1) * MAGNITUDES[w];
    [st.current, st.lastMag, st.last] = [0, MAGNITUDES[w], 'mag'];
  } else if (/^(?:dozens?|dozs?|dzs?)$/.test(w) && (afterDigitWord || st.last === 'tens')) {
    st.current *= 12;
    st.last = 'mag';
  } else return false;
  return true;
}

/** "five point five", "zero point zero eight", "two hundred point seventy-one": spoken decimals. */
function withPoint(words: WordStep[], best: WordValue): WordValue {
  if (words[best.count]?.word !== 'point') return best;
  let digits = '';
  let i = best.count + 1;
  for (; i < words.length; i++) {
    const w = words[i].word;
    const u = UNITS[w], t = TENS[w];
    if (u !== undefined && u < 10) digits += String(u);
    else if (digits === '' && u !== undefined) digits = String(u);
    else if (digits === '' && t !== undefined) {
      const next = UNITS[words[i + 1]?.word ?? ''];
      digits = String(t + (next !== undefined && next < 10 ? next : 0));
      if (next !== undefined && next < 10) i++;
    } else break;
  }
  if (!digits) return best;
  return { value: Number(`${Math.trunc(best.value)}.${digits}`), count: i };
}

/** "two thirds", "three-quarters", "three quarters billion", "two and a half million", "five and a quarter". */
function withFraction(words: WordStep[], best: WordValue): WordValue {
  const at = (k: number) => words[best.count + k]?.word ?? '';
  const next = at(0);
  if (DENOMINATORS[next] && best.value >= 1 && best.value < 10 && next !== 'half' && Number.isInteger(best.value)) {
    return withMagnitude(words, { value: best.value / DENOMINATORS[next], count: best.count + 1 });
  }
  if (next !== 'and' || best.value >= 1000 || !Number.isInteger(best.value)) return best;
  const num = at(1) === 'a' || at(1) === 'an' || at(1) === 'one' ? 1 : UNITS[at(1)];
  const den = DENOMINATORS[at(2)];
  if (!den || !num || num >= den) return best;
  return withMagnitude(words, { value: best.value + num / den, count: best.count + 3 });
}

/** A magnitude after a fractional value: "two and a half million", "three quarters billion". */
function withMagnitude(words: WordStep[], v: WordValue): WordValue {
  const w = words[v.count]?.word ?? '';
  const mag = w === 'hundred' ? 100 : MAGNITUDES[w];
  if (mag) return { value: v.value * mag, count: v.count + 1 };
  // "two thirds of a million"
  const ofA = w === 'of' && /^an?$/.test(words[v.count + 1]?.word ?? '') ? MAGNITUDES[words[v.count + 2]?.word ?? ''] : undefined;
  return ofA ? { value: v.value * ofA, count: v.count + 3 } : v;
}

/** "a dozen", "a hundred", "a million", "half a million", "a half", "a quarter million". */
function leadingArticle(words: WordStep[]): WordValue | null {
  const [a, b, c] = [words[0]?.word, words[1]?.word, words[2]?.word];
  if (a === 'half' && (b === 'a' || b === 'an') && c) {
    const m = c === 'dozen' ? 12 : c === 'hundred' ? 100 : MAGNITUDES[c];
    return m ? { value: m / 2, count: 3 } : null;
  }
  if (a === 'half' || a === 'quarter') {
    const m = MAGNITUDES[b ?? ''];
    return m ? { value: m / DENOMINATORS[a], count: 2 } : null;
  }
  if (a !== 'a' && a !== 'an') return null;
  if (b === 'dozen') return { value: 12, count: 2 };
  if (b === 'hundred' || (b && MAGNITUDES[b])) {
    const rest = evalWords([{ ...words[0], word: 'one' }, ...words.slice(1)], true);
    return rest;
  }
  if ((b === 'half' || b === 'quarter' || b === 'third') && c && MAGNITUDES[c]) {
    return { value: MAGNITUDES[c] / DENOMINATORS[b], count: 3 };
  }
  // "a third of", "a fifth": a fraction; "a third term" is an ordinal, so a noun may not follow.
  if (b && b !== 'half' && DENOMINATORS[b] && (c === undefined || c === 'of')) return { value: 1 / DENOMINATORS[b], count: 2 };
  return null;
}
