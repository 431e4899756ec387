// npm run eval: extract and group each gold suite (the sample corpus and the other-subject fixtures),
// score it with the vendored scorer, and fail when a score drops below its gate. Then, when present,
// runs the number grammar's external spec (scripts/recognizers-spec.ts) with --min 0.9.
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
];

function runSuite(suite: Suite, dir: string): boolean {
  const files = readdirSync(suite.corpus).filter((f) => f.endsWith('.txt')).sort();
  const { rows, warnings } = extractRows(files.map((f) => ({ file: f, text: readFileSync(join(suite.corpus, f), 'utf8') })));
  for (const w of warnings) console.error(`eval: ${w}`);
  const pred = join(dir, `${suite.name.replace(/\W+/g, '-')}.jsonl`);
  writeFileSync(pred, rows.map((r) => JSON.stringify(r) + '\n').join(''));
  console.log(`\n== ${suite.name} (${files.length} files, ${rows.length} figures)`);
  const gates = Object.entries(suite.min).flatMap(([k, v]) => ['--min', `${k}=${v}`]);
  const args = [SCORER, '--gold', suite.gold, '--corpus', suite.corpus, '--pred', pred, ...gates, ...(process.argv.includes('--verbose') ? ['--verbose'] : [])];
  return spawnSync(process.execPath, args, { stdio: 'inherit' }).status === 0;
}

function runRecognizerSpec(): boolean {
  if (!existsSync('scripts/recognizers-spec.ts')) return true;
  console.log('\n== recognizers-text spec (number grammar)');
  return spawnSync('npx', ['tsx', 'scripts/recognizers-spec.ts', '--min', '0.9'], { stdio: 'inherit' }).status === 0;
}

const dir = mkdtempSync(join(tmpdir(), 'spread-eval-'));
let ok = true;
try {
  for (const suite of SUITES) ok = runSuite(suite, dir) && ok;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
ok = runRecognizerSpec() && ok;
console.log(ok ? '\neval: all gates passed' : '\neval: a gate failed');
process.exitCode = ok ? 0 : 1;
