// npm run eval: extract and group each gold suite (the sample corpus, the other-subject fixtures, the
// dev set of real stories and the blind set), score it with the vendored scorer, and fail when a score
// drops below its gate. Each suite is grouped twice: as a full regroup (files in name order) and as
// incremental ingests (files added one at a time in a seeded random order), and both are printed.
// Then, when present, runs the number grammar's external spec (scripts/recognizers-spec.ts) with --min 0.9.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { extractRows } from './extract-rows';

interface Suite {
  name: string;
  corpus: string;
  gold: string;
  /** Gates a little below the measured scores, so a regression fails but noise does not. */
  min: Record<string, number>;
}

const SCORER = 'scripts/vendor/score-figures.mjs';
const SUITES: Suite[] = [
  {
    name: 'sample corpus',
    corpus: 'corpus',
    gold: 'tests/fixtures/gold/seeds.json',
    min: { f1: 0.97, values: 0.98, grouping: 0.95, discrepancies: 1 },
  },
  {
    name: 'other subjects',
    corpus: 'tests/fixtures/other-subjects',
    gold: 'tests/fixtures/other-subjects/gold.json',
    min: { f1: 0.95, values: 0.97, grouping: 0.9, discrepancies: 0.9 },
  },
  {
    // Real stories re-told by people who had not read lib/, labelled by others (tests/fixtures/dev/README.md).
    name: 'dev set',
    corpus: 'tests/fixtures/dev',
    gold: 'tests/fixtures/dev/gold.json',
    min: { f1: 0.94, values: 0.98, grouping: 0.42, discrepancies: 0.74 },
  },
  {
    // Checked after each grouping rule, so partly tuned on (tests/fixtures/blind/README.md).
    name: 'blind set',
    corpus: 'tests/fixtures/blind',
    gold: 'tests/fixtures/blind/gold.json',
    min: {},
  },
  {
    // Five more real stories written after the grouping rework and scored once (tests/fixtures/final/README.md).
    name: 'final blind set',
    corpus: 'tests/fixtures/final',
    gold: 'tests/fixtures/final/gold.json',
    min: {},
  },
  {
    // Four more real stories written and labelled after the last grouping rule, scored once (tests/fixtures/fresh/README.md).
    name: 'fresh blind set',
    corpus: 'tests/fixtures/fresh',
    gold: 'tests/fixtures/fresh/gold.json',
    min: {},
  },
  {
    // Four more real stories written and labelled while the place and day rules were made, scored once after them (tests/fixtures/held-out/README.md).
    name: 'held-out blind set',
    corpus: 'tests/fixtures/held-out',
    gold: 'tests/fixtures/held-out/gold.json',
    min: {},
  },
];

/** The orders `npm run eval` also groups each suite in, to print the mean and spread over them. */
const ORDER_SEEDS = [7, 11, 42, 1, 2, 3, 4, 5, 6, 8];

/** A seeded shuffle (mulberry32), so the incremental order is random but the same on every run. */
function shuffled(n: number, seed: number): number[] {
  const order = [...Array(n).keys()];
  let t = seed >>> 0;
  const next = () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

const scoreLine = (out: string) => /^score: .*$/m.exec(out)?.[0] ?? '(no score)';
const groupingF1 = (out: string) => Number(/grouping F1 ([\d.]+)%/.exec(out)?.[1] ?? NaN);

function score(suite: Suite, pred: string, gates: string[], verbose: boolean) {
  const args = [SCORER, '--gold', suite.gold, '--corpus', suite.corpus, '--pred', pred, ...gates, ...(verbose ? ['--verbose'] : [])];
  return spawnSync(process.execPath, args, { encoding: 'utf8' });
}

function runSuite(suite: Suite, dir: string): boolean {
  if (!existsSync(suite.gold)) return true;
  const files = readdirSync(suite.corpus).filter((f) => f.endsWith('.txt')).sort();
  const docs = files.map((f) => ({ file: f, text: readFileSync(join(suite.corpus, f), 'utf8') }));
  const { rows, warnings } = extractRows(docs);
  for (const w of warnings) console.error(`eval: ${w}`);
  const pred = join(dir, `${suite.name.replace(/\W+/g, '-')}.jsonl`);
  writeFileSync(pred, rows.map((r) => JSON.stringify(r) + '\n').join(''));
  console.log(`\n== ${suite.name} (${files.length} files, ${rows.length} figures, ${rows.filter((r) => r.metric).length} placed in a metric)`);
  const gates = Object.entries(suite.min).flatMap(([k, v]) => ['--min', `${k}=${v}`]);
  const full = score(suite, pred, gates, process.argv.includes('--verbose'));
  process.stdout.write(full.stdout);
  process.stderr.write(full.stderr);
  const incremental = extractRows(docs, shuffled(docs.length, 20261127)).rows;
  const incPred = join(dir, `${suite.name.replace(/\W+/g, '-')}-incremental.jsonl`);
  writeFileSync(incPred, incremental.map((r) => JSON.stringify(r) + '\n').join(''));
  const inc = score(suite, incPred, [], false);
  const drift = Math.abs(groupingF1(full.stdout) - groupingF1(inc.stdout));
  console.log(`incremental (seeded random order): ${scoreLine(inc.stdout)} · grouping F1 differs by ${drift.toFixed(1)} points`);
  // One order is one draw: grouping places sources one at a time, so the order they arrive in moves the score.
  const f1s = ORDER_SEEDS.map((seed) => {
    const rows = extractRows(docs, shuffled(docs.length, seed)).rows;
    writeFileSync(incPred, rows.map((r) => JSON.stringify(r) + '\n').join(''));
    return groupingF1(score(suite, incPred, [], false).stdout);
  });
  const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  console.log(`over ${f1s.length} random orders: grouping F1 mean ${mean.toFixed(1)}%, lowest ${Math.min(...f1s).toFixed(1)}%, highest ${Math.max(...f1s).toFixed(1)}%`);
  // Ingesting one source at a time must group about as well as a full regroup (the blind set only reports).
  const gated = Object.keys(suite.min).length > 0;
  return full.status === 0 && !(gated && drift > 2);
}

function runRecognizerSpec(): boolean {
  if (!existsSync('scripts/recognizers-spec.ts')) return true;
  console.log('\n== recognizers-text spec (number grammar)');
  return spawnSync('npx', ['tsx', 'scripts/recognizers-spec.ts', '--min', '0.9'], { stdio: 'inherit' }).status === 0;
}

const dir = mkdtempSync(join(tmpdir(), 'spread-eval-'));
let ok = true;
try {
  // `npm run eval -- --set dev` scores one suite (while tuning, never look at the blind set).
  const only = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : null;
  for (const suite of SUITES) if (!only || suite.name.startsWith(only)) ok = runSuite(suite, dir) && ok;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (!process.argv.includes("--set")) ok = runRecognizerSpec() && ok;
console.log(ok ? '\neval: all gates passed' : '\neval: a gate failed');
process.exitCode = ok ? 0 : 1;
