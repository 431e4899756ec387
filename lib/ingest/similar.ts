// Near-duplicate sources: the same article saved as HTML and as text, or reprinted under another
// headline. Compared by the 5-word shingles of their normalised words, so markup, line ends, spacing,
// case and punctuation do not matter, and a changed headline or byline moves the score only a little.

const SHINGLE_WORDS = 5;
/** Share of shingles two texts must have in common (Jaccard) to be one article. */
export const DUPLICATE_THRESHOLD = 0.7;

/** A text's shingles as 32-bit hashes, e.g. `shingles('One two three four five six')` has 2. */
export function shingles(text: string): Set<number> {
  const words = text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= Math.max(words.length, SHINGLE_WORDS); i++) {
    let h = 0x811c9dc5; // FNV-1a over the window's words
    for (let k = i; k < i + SHINGLE_WORDS && k < words.length; k++) {
      const w = words[k];
      for (let j = 0; j < w.length; j++) h = Math.imul(h ^ w.charCodeAt(j), 0x01000193);
      h = Math.imul(h ^ 32, 0x01000193);
    }
    out.add(h >>> 0);
  }
  return out;
}

/** Jaccard similarity of two shingle sets: 1 for the same words in the same order, near 0 for different articles. */
export function resemblance(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  // Sizes alone bound the score: skip counting when even full overlap would fall short.
  if (Math.min(a.size, b.size) / Math.max(a.size, b.size) < DUPLICATE_THRESHOLD) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const h of small) if (large.has(h)) common++;
  return common / (a.size + b.size - common);
}

/** MinHash bands: 20 bands of 3 minima. Two texts at the threshold share a band with probability 0.9998. */
const BANDS = 20;
const ROWS = 3;

/** murmur3's finaliser: spreads one 32-bit value over all bits. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A shingle set's MinHash signature: the share of equal entries in two signatures estimates their Jaccard similarity. */
export function minhash(set: Set<number>): Uint32Array {
  const minima = new Uint32Array(BANDS * ROWS).fill(0xffffffff);
  for (const h of set)
    for (let i = 0; i < minima.length; i++) {
      const v = mix(h ^ Math.imul(i + 1, 0x9e3779b9));
      if (v < minima[i]) minima[i] = v;
    }
  return minima;
}

/** The estimated resemblance of two texts from their signatures, e.g. 1 for one text saved twice. */
export function estimatedResemblance(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * The locality-sensitive keys of a signature: texts that resemble each other share at least one key, so a
 * near-duplicate is looked up by key instead of compared with every stored text, e.g.
 * `bandKeys(minhash(shingles(a))).some((k) => bandKeys(minhash(shingles(b))).includes(k))` for a reprint.
 */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ signature[b * ROWS + r], 0x01000193);
    // The band's number in the high bits keeps equal minima in different bands apart (below 2^53, exact in JS).
    keys.push(b * 2 ** 32 + (h >>> 0));
  }
  return keys;
}
