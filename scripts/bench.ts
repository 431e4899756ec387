// `npm run bench`: extraction throughput on a corpus of at least 5 MB, beside the throughput of
// Recognizers-Text's NumberModel (@microsoft/recognizers-text-number) on the same documents, in one run.
import { Culture, NumberRecognizer } from '@microsoft/recognizers-text-number';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures } from '../lib/extract';
import { groupFigures } from '../lib/group';

const TARGET_BYTES = 5 * 1024 * 1024;
const RUNS = 5;
const PEER_RUNS = 3;

function loadDocuments(): string[] {
  const dirs = ['corpus', 'tests/fixtures/other-subjects'];
  const docs = dirs.flatMap((dir) =>
    readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(dir, n), 'utf8')),
  );
  const corpus: string[] = [];
  for (let bytes = 0; bytes < TARGET_BYTES; ) {
    for (const doc of docs) {
      corpus.push(doc);
      bytes += Buffer.byteLength(doc);
    }
  }
  return corpus;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median seconds of `runs` timed passes of `work` over the documents (one warm-up pass first). */
function time(docs: string[], runs: number, work: (doc: string) => number): { seconds: number; items: number } {
  let items = 0;
  docs.slice(0, 50).forEach(work);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    items = 0;
    for (const doc of docs) items += work(doc);
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return { seconds: median(times), items };
}

const docs = loadDocuments();
const bytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d), 0);
const mb = bytes / (1024 * 1024);
const line = (name: string, r: { seconds: number; items: number }, what: string, sample = mb) =>
  console.log(
    `${name.padEnd(34)} ${(sample / r.seconds).toFixed(2).padStart(8)} MB/s  ${Math.round(r.items / r.seconds).toLocaleString('en-US').padStart(10)} ${what}/s  (${sample.toFixed(2)} MB in ${r.seconds.toFixed(2)} s, median of runs)`,
  );

console.log(`corpus: ${docs.length} documents, ${mb.toFixed(2)} MB (sample corpus and other-subject fixtures, repeated)`);
const ours = time(docs, RUNS, (d) => extractFigures(d).figures.length);
line('Spread extractFigures', ours, 'figures');

const sample = docs.slice(0, 400);
const groupStart = process.hrtime.bigint();
groupFigures(sample.map((d, i) => ({ key: String(i), figures: extractFigures(d).figures, text: d })));
console.log(`Spread groupFigures                400 documents grouped in ${(Number(process.hrtime.bigint() - groupStart) / 1e9).toFixed(2)} s (extraction and story detection included)`);

// The peer is much slower; it runs on a slice of the same documents so the bench stays short.
const model = new NumberRecognizer(Culture.English).getNumberModel();
const peerDocs = docs.slice(0, Math.max(10, Math.ceil(docs.length / 20)));
const peerMb = peerDocs.reduce((sum, d) => sum + Buffer.byteLength(d), 0) / (1024 * 1024);
const peer = time(peerDocs, PEER_RUNS, (d) => model.parse(d).length);
line('Recognizers-Text NumberModel', peer, 'numbers', peerMb);

const ratio = mb / ours.seconds / (peerMb / peer.seconds);
console.log(`Spread is ${ratio.toFixed(1)}x the peer's throughput (target: >= 10 MB/s and >= 10x)`);
console.log(`peak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
