// Which sources tell the same story. A newsroom database holds many stories at once, and a flood's
// death toll must not share a metric with a prison's: figures meet only within one story. Sources
// are compared by the words they use (TF-IDF cosine over content words), then joined transitively.

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

/** Two sources whose word vectors are at least this similar tell one story. */
export const SAME_STORY_COSINE = 0.1;

type Vector = Map<string, number>;

function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/[a-z][a-z'’-]{2,}/g)) {
    const word = m[0].replace(/['’]s$/, '');
    if (!STOPWORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

function weigh(docs: Map<string, number>[]): Vector[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const w of d.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  // Smoothed IDF: with two sources, a word both use must still count for something.
  const idf = (w: string) => Math.log(1 + docs.length / df.get(w)!);
  return docs.map((d) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [w, n] of d) {
      const x = (1 + Math.log(n)) * idf(w);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of small) dot += x * (large.get(w) ?? 0);
  return dot;
}

/** Pairwise similarity of sources' texts, e.g. `storySimilarity(['quake kills 1,200', 'quake toll 1,350'])[0][1]`. */
export function storySimilarity(texts: string[]): number[][] {
  const vectors = weigh(texts.map(termCounts));
  return vectors.map((a, i) => vectors.map((b, j) => (i === j ? 1 : cosine(a, b))));
}

/** A story id per source: sources similar enough are one story, and so are the stories they link. */
export function assignStories(texts: string[]): number[] {
  return storiesOf(texts, storySimilarity(texts));
}

function storiesOf(texts: string[], sim: number[][]): number[] {
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) if (sim[i][j] >= SAME_STORY_COSINE) parent[find(j)] = find(i);
  return texts.map((_, i) => find(i));
}

/**
 * Stories and a one-word name for each: the word that weighs most across the story's sources
 * ("earthquake", "flood"), used to tell apart two stories' metrics of the same kind.
 */
export function nameStories(texts: string[]): { story: number[]; name: Map<number, string> } {
  const vectors = weigh(texts.map(termCounts));
  const story = storiesOf(texts, vectors.map((a, i) => vectors.map((b, j) => (i === j ? 1 : cosine(a, b)))));
  const totals = new Map<number, Map<string, number>>();
  vectors.forEach((v, i) => {
    const t = totals.get(story[i]) ?? new Map<string, number>();
    for (const [w, x] of v) t.set(w, (t.get(w) ?? 0) + x);
    totals.set(story[i], t);
  });
  const name = new Map<number, string>();
  for (const [id, t] of totals) {
    let best = '';
    for (const [w, x] of t) if (!best || x > t.get(best)! || (x === t.get(best)! && w < best)) best = w;
    if (best) name.set(id, best);
  }
  return { story, name };
}
