// Which sources tell the same story. A newsroom database holds many stories at once, and a flood's
// death toll must not share a metric with a prison's: figures meet only within one story.
// Stories grow one source at a time (StoryIndex): a source joins the story whose word profile is
// closest by TF-IDF cosine, or starts a new one; two texts that name different people and places tell
// different stories however alike their other words are (two death tolls). The same index serves a full regroup and an ingest
// into a large archive, where only the stories sharing a source's key words are compared.

const STOPWORDS = new Set(
  ('about above after again against all also among and any are around because been before being below between both but ' +
    'can could did does doing down during each few for from further had has have having her here hers him his how into ' +
    'its itself just last least like made make many more most much must new not now off once one only other our out over ' +
    'own said same says she should since some such than that the their them then there these they this those through ' +
    'too two under until very was were what when where which while who whom why will with would year years you your ' +
    'according told first still may might well even back way get got per cent percent week weeks day days month months ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september ' +
    'october november december people report reported reports including however another three four five six seven ' +
    'eight nine ten hundred hundreds thousand thousands million millions billion also already around the').split(' '),
);

/** A source joins a story when its cosine to the story's profile is at least this. */
export const SAME_STORY_COSINE = 0.1;
/** Terms a story keeps in its profile, and terms of a source used to find candidate stories. */
const PROFILE_TERMS = 300;
export const KEY_TERMS = 25;
const NAME = '@';
/**
 * Two texts that each name at least MIN_NAMES people, places or bodies, and whose names overlap less than
 * SAME_NAMES_COSINE, tell different stories however alike their other words are (two death tolls).
 */
export const MIN_NAMES = 3;
export const SAME_NAMES_COSINE = 0.05;
const NAME_WEIGHT = 3;

/** Sublinear term frequencies of a text's content words, normalised to length 1. */
export function termFrequencies(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  // A name is kept whole ("Velken River", "Red Cross"): two stories may share a word of their names, not the names.
  let phrase: string[] = [];
  let phraseEnd = -1;
  const flush = () => {
    if (phrase.length) counts.set(NAME + phrase.join(' '), (counts.get(NAME + phrase.join(' ')) ?? 0) + 1);
    phrase = [];
  };
  for (const m of text.matchAll(/[\p{L}][\p{L}'’-]{2,}/gu)) {
    const word = m[0].toLowerCase().replace(/['’]s$/, '').replace(/-+$/, '');
    // Names (capitalised words) say which story a text tells more than common words do.
    const name = /^\p{Lu}/u.test(m[0]) && !opensSentence(text, m.index);
    if (!name || m.index !== phraseEnd + 1 || text[phraseEnd] !== ' ') flush();
    if (word.length <= 2 || STOPWORDS.has(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + (name ? NAME_WEIGHT : 1));
    if (name) {
      phrase.push(word);
      phraseEnd = m.index + m[0].length;
    }
  }
  flush();
  let norm = 0;
  for (const [w, n] of counts) {
    const x = 1 + Math.log(n);
    counts.set(w, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [w, x] of counts) counts.set(w, x / norm);
  return counts;
}

// A capital after a full stop or a line break opens a sentence; it names nothing.
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '"' || text[i] === '“' || text[i] === '\'' || text[i] === '‘' || text[i] === '(')) i--;
  return i < 0 || /[.!?\n:•\-–—*]/.test(text[i]);
}

export interface StoryState {
  id: number;
  /** Sum of member term frequencies, cut to the strongest terms. */
  profile: Map<string, number>;
  sources: number;
}

/**
 * Stories, grown one source at a time, e.g. `const index = new StoryIndex(); index.add(text)` → story id.
 * Document frequencies are kept over every source seen, so IDF is always current.
 */
export class StoryIndex {
  readonly df: Map<string, number>;
  docs = 0;
  readonly stories = new Map<number, StoryState>();
  private nextId = 1;

  /** `shared`: use `init.df` itself (an ingest's per-transaction counts, which `add` then updates) instead of a copy. */
  constructor(init?: { df: Map<string, number>; docs: number; stories: StoryState[]; nextId?: number; shared?: boolean }) {
    this.df = init?.shared ? init.df : new Map(init?.df ?? []);
    if (!init) return;
    this.docs = init.docs;
    this.nextId = init.nextId ?? 1;
    for (const s of init.stories) {
      this.stories.set(s.id, s);
      this.nextId = Math.max(this.nextId, s.id + 1);
    }
  }

  private idf(word: string): number {
    // Smoothed IDF: with two sources, a word both use must still count for something.
    // A count of 0 (a word a shared map knows no stored text uses) reads as 1, like an unknown word.
    return Math.log(1 + this.docs / (this.df.get(word) || 1));
  }

  /** Cosine between a source's frequencies and a story profile, both weighted by current IDF. */
  similarity(tf: Map<string, number>, profile: Map<string, number>, names = false): number {
    let dot = 0;
    let a = 0;
    let b = 0;
    for (const [w, x] of tf) {
      if (w.startsWith(NAME) !== names) continue;
      const i = this.idf(w);
      a += (x * i) ** 2;
      const y = profile.get(w);
      if (y !== undefined) dot += x * y * i * i;
    }
    for (const [w, y] of profile) if (w.startsWith(NAME) === names) b += (y * this.idf(w)) ** 2;
    return a && b ? dot / Math.sqrt(a * b) : 0;
  }

  /** Whether a text and a story both name enough people and places, and hardly the same ones. */
  namesDiffer(tf: Map<string, number>, profile: Map<string, number>): boolean {
    let x = 0;
    let y = 0;
    for (const w of tf.keys()) if (w.startsWith(NAME)) x++;
    for (const w of profile.keys()) if (w.startsWith(NAME)) y++;
    return x >= MIN_NAMES && y >= MIN_NAMES && this.similarity(tf, profile, true) < SAME_NAMES_COSINE;
  }

  /** The terms that best identify a text, for finding candidate stories in a large index. */
  keyTerms(tf: Map<string, number>): string[] {
    return [...tf].map(([w, x]) => [w, x * this.idf(w)] as const).sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))
      .slice(0, KEY_TERMS).map(([w]) => w);
  }

  /** Adds a source; returns its story id and whether that story is new. `candidates` limits the stories compared. */
  add(text: string, candidates?: Iterable<number>): { story: number; created: boolean; tf: Map<string, number> } {
    const tf = termFrequencies(text);
    this.docs++;
    for (const w of tf.keys()) this.df.set(w, (this.df.get(w) ?? 0) + 1);
    let best: StoryState | null = null;
    let bestSim = SAME_STORY_COSINE;
    for (const id of candidates ?? this.stories.keys()) {
      const s = this.stories.get(id);
      if (!s) continue;
      const sim = this.similarity(tf, s.profile);
      if (sim >= bestSim && !this.namesDiffer(tf, s.profile)) [best, bestSim] = [s, sim];
    }
    const created = best === null;
    const story = best ?? { id: this.nextId++, profile: new Map<string, number>(), sources: 0 };
    for (const [w, x] of tf) story.profile.set(w, (story.profile.get(w) ?? 0) + x);
    story.sources++;
    if (story.profile.size > PROFILE_TERMS * 2) trim(story.profile);
    this.stories.set(story.id, story);
    return { story: story.id, created, tf };
  }

  /** A one-word name for a story: the term that weighs most in its profile ("earthquake", "Maria"). */
  name(id: number): string | null {
    const s = this.stories.get(id);
    if (!s) return null;
    let best: string | null = null;
    let bestW = 0;
    for (const [w, x] of s.profile) {
      if (w.startsWith(NAME)) continue;
      const v = x * this.idf(w);
      if (v > bestW || (v === bestW && best !== null && w < best)) [best, bestW] = [w, v];
    }
    // A name reads as one ("Deaths · Maria", not "· maria").
    if (best === null) return null;
    for (const w of s.profile.keys())
      if (w.startsWith(NAME) && w.slice(1).split(' ').includes(best)) return best.charAt(0).toUpperCase() + best.slice(1);
    return best;
  }
}

function trim(profile: Map<string, number>): void {
  const keep = [...profile].sort((p, q) => q[1] - p[1]).slice(0, PROFILE_TERMS);
  profile.clear();
  for (const [w, x] of keep) profile.set(w, x);
}

/** A story id per source, adding the texts in order, e.g. `assignStories([quakeA, quakeB, flood])` → [1, 1, 2]. */
export function assignStories(texts: string[]): number[] {
  const index = new StoryIndex();
  return texts.map((t) => index.add(t).story);
}
