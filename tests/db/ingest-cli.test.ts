import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { count } from 'drizzle-orm';
import { createDb } from '../../db/client';
import { sources } from '../../db/schema';
import { tmpPath } from '../setup/db';

function ingest(dbPath: string, ...files: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/ingest.ts', ...files], {
    env: { ...process.env, DATABASE_PATH: dbPath, SPREAD_SEED: '0' },
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
const sourceCount = (path: string) => createDb(path).select({ n: count() }).from(sources).get()!.n;

describe('npm run ingest', () => {
  test('adds files, creating and migrating the database, and prints a summary', () => {
    const db = tmpPath('cli-add.db');
    const run = ingest(db, 'tests/fixtures/ingest/budget.md', 'tests/fixtures/ingest/budget-rival.html');
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /added +#1 City council passes a leaner budget \(\d+ figures\)/);
    assert.match(run.out, /2 added, 0 already stored, \d+ figures/);
    assert.equal(sourceCount(db), 2);
  });

  test('running it again stores nothing new', () => {
    const db = tmpPath('cli-again.db');
    ingest(db, 'tests/fixtures/ingest/budget.md');
    const run = ingest(db, 'tests/fixtures/ingest/budget.md');
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /0 added, 1 already stored/);
    assert.equal(sourceCount(db), 1);
  });

  test('a missing or empty file fails with its name, and writes nothing', () => {
    const db = tmpPath('cli-bad.db');
    const missing = ingest(db, 'tests/fixtures/ingest/budget.md', 'tests/fixtures/ingest/nope.txt');
    assert.equal(missing.code, 1);
    assert.match(missing.err, /error: tests\/fixtures\/ingest\/nope\.txt: no such file \(looked in .+\)\nNothing was written\./);
    const empty = ingest(db, 'tests/fixtures/ingest/budget.md', 'tests/fixtures/ingest/empty.txt');
    assert.equal(empty.code, 1);
    assert.match(empty.err, /error: tests\/fixtures\/ingest\/empty\.txt: the file is empty/);
    assert.equal(sourceCount(db), 0);
  });

  test('front matter never runs code: a ---js block in .md or .txt is read as text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'spread-hostile-'));
    const marker = join(dir, 'pwned');
    const payload = `---js\n{ title: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 'Owned') }\n---\nThe council approved 12 new buses.\n`;
    writeFileSync(join(dir, 'evil.md'), payload);
    writeFileSync(join(dir, 'evil.txt'), payload.replace('12 new buses', '14 new trams'));
    const db = tmpPath('cli-frontmatter-js.db');
    const run = ingest(db, join(dir, 'evil.md'), join(dir, 'evil.txt'));
    assert.equal(run.code, 0, run.err);
    assert.equal(existsSync(marker), false, 'front matter code ran during ingest');
    assert.doesNotMatch(run.out, /Owned/);
    assert.equal(sourceCount(db), 2);
  });
});
