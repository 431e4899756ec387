// What grouping asks of a lexical resource. The implementation (WordNet, lib/lexicon/wordnet.ts) reads
// files, so grouping takes it as an argument and stays pure.

export type PartOfSpeech = 'n' | 'v';

export interface Lexicon {
  /** Concept ids a word can name (its first senses, their hypernyms, derivations and causes), e.g. "died" → [die, death, …]. */
  concepts(word: string, pos: PartOfSpeech): readonly string[];
}

/** A lexicon that knows no word: grouping then compares words by their letters only. */
export const NO_LEXICON: Lexicon = { concepts: () => [] };
