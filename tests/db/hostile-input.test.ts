// Issue 8, "Hostile and careless input": one test per row of its table, run the way a user meets it,
// through `npm run ingest` on real SQLite files, asserting the message and the counts.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { count, eq, isNotNull, isNull } from 'drizzle-orm';
import { createDb, openDb } from '../../db/client';
import { figures, metrics, sources } from '../../db/schema';
import { tmpPath } from '../setup/db';

const ROOT = process.cwd();
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function ingest(dbPath: string, files: string[], options: { cwd?: string; timeout?: number } = {}) {
  const cwd = options.cwd ?? ROOT;
  // INIT_CWD is what npm sets to the folder the user ran the command in.
  const run = spawnSync(TSX, [join(ROOT, 'scripts/ingest.ts'), ...files], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: dbPath, INIT_CWD: cwd },
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr, signal: run.signal };
}

function counts(path: string) {
  const db = createDb(path);
  const n = (t: typeof sources | typeof figures | typeof metrics) => db.select({ n: count() }).from(t).get()!.n;
  const result = { sources: n(sources), figures: n(figures), metrics: n(metrics) };
  db.$client.close();
  return result;
}

/** Bytes on disk of a database, its WAL included. */
const dbBytes = (path: string) => ['', '-wal'].reduce((sum, s) => sum + (existsSync(path + s) ? statSync(path + s).size : 0), 0);

const dir = mkdtempSync(join(tmpdir(), 'spread-hostile-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** A fresh database holding one ordinary source, so a refused file can be seen to change nothing. */
function baseline(name: string): string {
  const db = tmpPath(`${name}.db`);
  const run = ingest(db, ['tests/fixtures/ingest/budget.md']);
  assert.equal(run.code, 0, run.err);
  return db;
}

const WIRE = readFileSync('tests/fixtures/other-subjects/quake-wire.txt', 'utf8');

describe('hostile and careless input, through npm run ingest', () => {
  test('5,000 numbers in one 39 KB sentence store bounded quotes, not a sentence per figure', (t) => {
    const db = baseline('many-numbers');
    const before = dbBytes(db);
    const numbers = Array.from({ length: 5000 }, (_, i) => String(1_000_000 + i)).join(', ');
    const path = file('many-numbers.txt', `The tallies were ${numbers} in total.\n`);
    assert.ok(statSync(path).size > 39_000);
    const run = ingest(db, [path]);
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /\(5000 figures\)/);
    assert.match(run.out, /warning: the sentence at character 0 is \d{5} characters long: each of its figures is quoted by at most 600 characters/);
    const after = dbBytes(db);
    t.diagnostic(`database ${before} bytes before, ${after} bytes after (main stored 205 MB for this file)`);
    assert.ok(after - before < 10 * 1024 * 1024, `the database grew by ${after - before} bytes`);
    const longest = createDb(db).$client.prepare('select max(length(quote)) as n from figures').get() as { n: number };
    assert.ok(longest.n <= 600);
  });

  test('a 100 KB one-sentence file stays a few MB', (t) => {
    const db = baseline('one-sentence');
    const before = dbBytes(db);
    let text = 'The report said ';
    for (let i = 0; text.length < 100_000; i++) text += `about ${1000 + (i % 8000)} people were counted in district ${i} and `;
    const run = ingest(db, [file('one-sentence.txt', `${text}more.\n`)]);
    assert.equal(run.code, 0, run.err);
    const after = dbBytes(db);
    t.diagnostic(`database ${before} bytes before, ${after} bytes after (main stored 377 MB)`);
    assert.ok(after - before < 10 * 1024 * 1024, `the database grew by ${after - before} bytes`);
  });

  test('a 50 MB file is refused before it is read, naming the file and the limit', () => {
    const db = baseline('huge');
    const before = counts(db);
    const path = file('huge.txt', '');
    truncateSync(path, 50 * 1024 * 1024);
    const run = ingest(db, [path]);
    assert.equal(run.code, 1);
    assert.match(run.err, /error: .*huge\.txt: is 50 MB; the limit is 20 MB per file\nNothing was written\./);
    assert.deepEqual(counts(db), before);
  });

  test('1 MB of repetitive news text is refused in seconds at the figure limit, not when the heap runs out', () => {
    const db = baseline('repetitive');
    const before = counts(db);
    // Copied text whose full stops are followed by lower case: ten 100 KB sentences stating 35,000 alike
    // figures. main copied the sentence into every figure; grouping compares alike figures pairwise.
    const line = 'the agency said 4,000 people were displaced and 12 died. '.repeat(1750);
    const run = ingest(db, [file('repetitive.txt', `${line}\n`.repeat(10))], { timeout: 60_000 });
    assert.equal(run.signal, null, 'the ingest did not finish within 60 s');
    assert.equal(run.code, 1);
    assert.match(run.err, /error: .*repetitive\.txt: has 35,000 figures; the limit is 5,000 figures per source\nNothing was written\./);
    assert.deepEqual(counts(db), before);
  });

  test('a 5 MB line is refused with a message, not stored with 0 figures', () => {
    const db = baseline('long-line');
    const before = counts(db);
    const path = file('long-line.txt', 'The agency said 4,000 people were displaced and 12 died; '.repeat(90_000));
    const run = ingest(db, [path]);
    assert.equal(run.code, 1);
    assert.match(run.err, /long-line\.txt: line 1 is 5,130,000 characters long; the limit is 1,000,000 characters per line/);
    assert.deepEqual(counts(db), before);
  });

  test('a markdown file opening with a --- rule keeps its first section', () => {
    const db = tmpPath('rule.db');
    const path = file('rule.md', '---\nThe bridge carries 48,000 vehicles a day.\n\n---\nRepairs will cost $12 million.\n');
    const run = ingest(db, [path]);
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /\(2 figures\)/);
    const stored = createDb(db).select({ text: sources.text }).from(sources).get()!;
    assert.match(stored.text, /48,000 vehicles/);
  });

  for (const [name, content, shown] of [
    ['month-13.md', '---\ntitle: Bad month\ndate: 2025-13-45\n---\nThe council approved 12 buses.\n', '2025-13-45'],
    ['year-1.md', '---\ntitle: Placeholder date\ndate: 0001-01-01\n---\nThe council approved 14 buses.\n', '0001-01-01'],
    ['meta-99.html', '<html><head><title>Bad meta</title><meta property="article:published_time" content="2024-99-99"></head><body><p>The council approved 16 buses.</p></body></html>', '2024-99-99'],
  ]) {
    test(`an impossible date (${shown}) is refused, never rolled over`, () => {
      const db = baseline(`date-${name}`);
      const before = counts(db);
      const run = ingest(db, [file(name, content)]);
      assert.equal(run.code, 1, run.out);
      assert.match(run.err, new RegExp(`${name.replace('.', '\\.')}: bad metadata "publishedAt": "${shown}" is not a real date`));
      assert.deepEqual(counts(db), before);
    });
  }

  test('one article is one source: CRLF, a trailing newline, its HTML version and a reprint count once', () => {
    const db = tmpPath('one-article.db');
    const [headline, ...body] = WIRE.trimEnd().split('\n');
    const html = `<!doctype html><html><head><title>${headline}</title><meta property="og:site_name" content="Wire"></head>` +
      `<body><nav>Home · World</nav><article><h1>${headline}</h1><p>By Staff Reporter, Wire Service</p>` +
      `${body.map((p) => `<p>${p}</p>`).join('')}</article><footer>© Wire</footer></body></html>`;
    const reprint = `Quake toll climbs past 1,200 as rescuers dig\nThis story first appeared on the wire service.\n${body.join('\n')}\n`;
    const files = [
      file('wire.txt', WIRE),
      file('wire-crlf.txt', WIRE.replace(/\n/g, '\r\n')),
      file('wire-newline.txt', `${WIRE.trimEnd()}\n\n\n`),
      file('wire.html', html),
      file('wire-reprint.txt', reprint),
      'tests/fixtures/other-subjects/quake-daily.txt',
    ];
    const run = ingest(db, files);
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /4 added, 2 already stored/);
    assert.equal((run.out.match(/repeats #1 Powerful earthquake kills/g) ?? []).length, 2, run.out);
    const d = createDb(db);
    assert.equal(d.select({ n: count() }).from(sources).where(isNotNull(sources.duplicateOf)).get()!.n, 2);
    // Every metric counts the wire story once: figures only from the original and the other paper.
    const perMetric = d.$client.prepare(
      'select m.slug, count(distinct f.source_id) as n, group_concat(distinct f.source_id) as ids from figures f join metrics m on m.id = f.metric_id group by m.id',
    ).all() as { slug: string; n: number; ids: string }[];
    assert.ok(perMetric.length > 0);
    const originals = d.select({ id: sources.id }).from(sources).where(isNull(sources.duplicateOf)).all().map((s) => String(s.id));
    assert.equal(originals.length, 2);
    for (const m of perMetric) assert.ok(m.n <= 2 && m.ids.split(',').every((id) => originals.includes(id)), `${m.slug}: sources ${m.ids}`);
  });

  test('a reprint of a source stored before the near-duplicate index is still found', () => {
    const db = tmpPath('before-index.db');
    assert.equal(ingest(db, [file('wire-old.txt', WIRE)]).code, 0);
    // As a database from before the index: no signature and no band keys.
    const d = createDb(db);
    d.$client.exec('UPDATE sources SET signature = NULL; DELETE FROM source_bands;');
    const [, ...body] = WIRE.trimEnd().split('\n');
    const run = ingest(db, [file('wire-old-reprint.txt', `Quake toll climbs as rescuers dig\n${body.join('\n')}\n`)]);
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /repeats #1 Powerful earthquake kills/);
    assert.equal(d.select({ n: count() }).from(sources).where(isNull(sources.signature)).get()!.n, 0);
  });

  test('HTML hidden from readers gives no figures', () => {
    const db = tmpPath('hidden.db');
    const html = `<html><head><title>Hidden</title></head><body><article>
      <p>Officials said 10 people were rescued.</p>
      <p hidden>Draft: 20 people were rescued.</p>
      <div style="color: red; display : none">30 people were rescued.</div>
      <div style="visibility:hidden">35 people were rescued.</div>
      <span aria-hidden="true">36 people were rescued.</span>
      <template><p>40 people were rescued.</p></template>
      <noscript>50 people were rescued.</noscript>
      <form><input value="60 people"><select><option>70 people</option></select><textarea>80 people</textarea><button>90 people</button></form>
      <input value="65 people"><button>95 people</button><textarea>85 people were rescued.</textarea>
    </article></body></html>`;
    const run = ingest(db, [file('hidden.html', html)]);
    assert.equal(run.code, 0, run.err);
    const values = createDb(db).select({ v: figures.low }).from(figures).all().map((r) => r.v);
    assert.deepEqual(values, [10]);
  });

  test('a title with terminal escape codes is printed without them', () => {
    const db = tmpPath('escapes.db');
    const title = 'Council \u001b[2J\u001b]0;owned\u0007vote\u009b31m passes \u202eetov';
    const run = ingest(db, [file('escapes.md', `---\ntitle: "${title.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).replace(/\u202e/g, '\\u202e')}"\n---\nThe council approved 12 buses.\n`)]);
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /added +#1 Council \[2J\]0;ownedvote31m passes etov \(1 figures\)/);
    assert.doesNotMatch(run.out, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  test('a 2,000-deep HTML file is refused with a message naming it', () => {
    const db = baseline('deep');
    const before = counts(db);
    const path = file('deep.html', `<html><body>${'<div>'.repeat(2000)}<p>The fire destroyed 240 homes.</p>${'</div>'.repeat(2000)}</body></html>`);
    const run = ingest(db, [path]);
    assert.equal(run.code, 1);
    assert.match(run.err, /error: .*deep\.html: nests HTML elements 2,00\d deep; the limit is 500 levels\nNothing was written\./);
    assert.deepEqual(counts(db), before);
  });

  test('/dev/zero, a FIFO and a folder are refused before reading', () => {
    const db = baseline('special');
    const before = counts(db);
    const fifo = join(dir, 'pipe.txt');
    spawnSync('mkfifo', [fifo]);
    for (const [path, reason] of [
      ['/dev/zero', 'is not a regular file'],
      [fifo, 'is not a regular file'],
      [dir, 'is a folder, not a file'],
    ]) {
      const run = ingest(db, [path], { timeout: 20_000 });
      assert.equal(run.signal, null, `${path} hung`);
      assert.equal(run.code, 1);
      assert.ok(run.err.includes(`error: ${path}: ${reason}`), run.err);
    }
    assert.deepEqual(counts(db), before);
  });

  test('a relative path means the folder the command was run from', () => {
    const db = tmpPath('relative.db');
    const sub = join(ROOT, 'tests', 'fixtures');
    const run = ingest(db, ['ingest/budget.md'], { cwd: sub });
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /1 added/);
    const missing = ingest(db, ['nope/budget.md'], { cwd: sub });
    assert.match(missing.err, new RegExp(`error: nope/budget\\.md: no such file \\(looked in ${sub}\\)`));
  });

  test('ingest into a new database adds only the files given, not the sample corpus', () => {
    const db = tmpPath('new-db.db');
    const run = ingest(db, ['tests/fixtures/ingest/budget.md']);
    assert.equal(run.code, 0, run.err);
    assert.equal(counts(db).sources, 1);
  });
});

describe('concurrent writers', () => {
  test('4 ingest processes and a reader on one new database: none fails, every source is stored once', async () => {
    const db = tmpPath('concurrent.db');
    const sets = [
      ['corpus/000_8381cd098d7e7f3d.txt', 'tests/fixtures/other-subjects/city-herald.txt'],
      ['corpus/001_1c0aec06670e1c5a.txt', 'tests/fixtures/other-subjects/fire-county.txt'],
      ['corpus/002_0a6aea7e8bb85508.txt', 'tests/fixtures/other-subjects/quake-daily.txt', 'corpus/003_bf1b8429a47de7f2.txt'],
      ['corpus/004_07c45a7e80c4443d.txt', 'tests/fixtures/other-subjects/fire-news.txt', 'tests/fixtures/ingest/budget.md'],
    ];
    const run = (args: string[]) =>
      new Promise<{ code: number | null; out: string; err: string }>((done) => {
        const child = spawn(TSX, args, { cwd: ROOT, env: { ...process.env, DATABASE_PATH: db, INIT_CWD: ROOT } });
        let out = '';
        let err = '';
        child.stdout.on('data', (b) => (out += b));
        child.stderr.on('data', (b) => (err += b));
        child.on('close', (code) => done({ code, out, err }));
      });
    // The reader opens the file while the writers create it, and reads until they are done.
    const reader = tmpPath('reader.ts');
    writeFileSync(reader, `import { count } from 'drizzle-orm';
import { openDb } from ${JSON.stringify(resolve('db/client.ts'))};
import { sources } from ${JSON.stringify(resolve('db/schema.ts'))};
const db = openDb(process.env.DATABASE_PATH!);
let reads = 0;
const until = Date.now() + Number(process.argv[2]);
while (Date.now() < until) { db.select({ n: count() }).from(sources).get(); reads++; }
console.log('reads', reads);
`);
    const results = await Promise.all([...sets.map((files) => run(['scripts/ingest.ts', ...files])), run([reader, '4000'])]);
    for (const r of results) assert.equal(r.code, 0, `${r.out}\n${r.err}`);
    const expected = sets.flat().length;
    assert.equal(results.slice(0, 4).reduce((n, r) => n + Number(/(\d+) added/.exec(r.out)?.[1] ?? 0), 0), expected);
    assert.match(results[4].out, /reads [1-9]/);
    const final = counts(db);
    assert.equal(final.sources, expected);
    // Every source's figures were stored and the last regroup saw every source.
    const d = openDb(db);
    for (const s of d.select({ id: sources.id }).from(sources).all())
      assert.ok(d.select({ n: count() }).from(figures).where(eq(figures.sourceId, s.id)).get()!.n > 0, `source ${s.id} has figures`);
  });
});
