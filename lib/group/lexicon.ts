// What grouping asks of a lexical resource. The implementation (WordNet, lib/lexicon/wordnet.ts) reads
// files, so grouping takes it as an argument and stays pure.

export type PartOfSpeech = 'n' | 'v';

/** A named place: its id and the ids of the places it lies in ("Bavaria" lies in Germany), itself included. */
export interface Place {
  id: string;
  /** As first written ("New South Wales"). */
  name: string;
  within: ReadonlySet<string>;
}

export interface Lexicon {
  /** Concept ids a word can name (its first senses, their hypernyms, derivations and causes), e.g. "died" → [die, death, …]. */
  concepts(word: string, pos: PartOfSpeech): readonly string[];
  /** The place a capitalised name names ("Marseille", "New South Wales", "UK"), or null for any other name. */
  place(name: string): Place | null;
}

/** A lexicon that knows no word: grouping then compares words by their letters only, and reads no place. */
export const NO_LEXICON: Lexicon = { concepts: () => [], place: () => null };

/** Whether two places can hold one count: the same place, or one inside the other ("Bavaria" and "Germany"). */
export const samePlace = (a: Place, b: Place): boolean => a.within.has(b.id) || b.within.has(a.id);
