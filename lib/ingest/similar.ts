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
