import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { count, eq } from 'drizzle-orm';
import { writeArchiveCopy } from '../../db/archive';
import { iterateArchiveExport, iterateOverviewExport, listExportFiguresAfter, listExportFiguresForMetrics, listExportFiguresForSource } from '../../db/queries/exports';
import { listFiguresForMetric, listFiguresForSource } from '../../db/queries/figures';
import { listMetricSummaries, listMetricSummariesAfter } from '../../db/queries/metrics';
import { listSources, listSourcesAfter } from '../../db/queries/sources';
import { figures, metrics, users } from '../../db/schema';
import { seedSampleCorpus } from '../../db/seed';
import { metricSorts } from '../../lib/validation/overview';
import { overviewParamsSchema } from '../../lib/validation/overview';
import { freshDb, tmpPath } from '../setup/db';

const rowsIn = (db: ReturnType<typeof freshDb>['db'], table: typeof figures | typeof metrics) => db.select({ n: count() }).from(table).get()!.n;

function seeded() {
  const fresh = freshDb();
  seedSampleCorpus(fresh.db);
  return fresh;
}

describe('exports read what the pages show', () => {
  test('a metric export holds its citations in page order; a rejected figure is left out as on the page', () => {
    const { db } = seeded();
    const metric = listMetricSummaries(db, overviewParamsSchema.parse({}), 1).rows[0];
    const first = listFiguresForMetric(db, metric.id)[0];
    db.update(figures).set({ status: 'rejected' }).where(eq(figures.id, first.id)).run();
    const exported = listExportFiguresForMetrics(db, [metric.id]);
    assert.deepEqual(exported.map((f) => f.id), listFiguresForMetric(db, metric.id).map((f) => f.id));
    assert.ok(!exported.some((f) => f.id === first.id));
    assert.ok(exported.every((f) => f.metricSlug === metric.slug && f.sourceRetrievedAt instanceof Date));
    const source = exported[0].sourceId;
    assert.deepEqual(listExportFiguresForSource(db, source).map((f) => f.id), listFiguresForSource(db, source).map((f) => f.id));
  });

  test('the overview export follows the filtered, sorted page; with all, every matching metric in the same order', () => {
    const { db } = seeded();
    const view = overviewParamsSchema.parse({ sort: 'sources', per: '2', page: '2' });
    const page = listMetricSummaries(db, view, 2).rows.map((m) => m.id);
    const pageRows = [...iterateOverviewExport(db, view, false)].flat();
    assert.deepEqual([...new Set(pageRows.map((f) => f.metricId))], page);
    const everyMatch = listMetricSummaries(db, { ...view, page: 1 }, 1000).rows.map((m) => m.id);
    const allRows = [...iterateOverviewExport(db, view, true)].flat();
    assert.deepEqual([...new Set(allRows.map((f) => f.metricId))], everyMatch);
  });

  test('the archive export reads every figure once, rejected ones with their status, a batch at a time', () => {
    const { db } = seeded();
    db.update(figures).set({ status: 'rejected' }).where(eq(figures.id, 1)).run();
    const batches = [...iterateArchiveExport(db, 7)];
    assert.ok(batches.length > 2 && batches.every((b) => b.length <= 7));
    const ids = batches.flat().map((f) => f.id);
    assert.deepEqual(ids, db.select({ id: figures.id }).from(figures).orderBy(figures.id).all().map((r) => r.id));
    assert.equal(batches[0][0].status, 'rejected');
  });
});

describe('cursor pages', () => {
  test('walking metrics after each cursor gives the overview\'s list once, for every sort and a filter', () => {
    const { db } = seeded();
    for (const sort of metricSorts) {
      for (const filter of [{}, { verdict: 'disagree' }, { source: '2' }]) {
        const view = overviewParamsSchema.parse({ sort, ...filter });
        const expected = listMetricSummaries(db, view, 1000).rows.map((m) => m.slug);
        const walked: string[] = [];
        let after: (string | number)[] | null = null;
        for (let i = 0; i < 100; i++) {
          const { rows, lastKey } = listMetricSummariesAfter(db, view, after, 2);
          walked.push(...rows.map((m) => m.slug));
          if (rows.length < 2) break;
          after = JSON.parse(JSON.stringify(lastKey));
        }
        assert.deepEqual(walked, expected, `${sort} ${JSON.stringify(filter)}`);
      }
    }
  });

  test('figures and sources page by id with their filters', () => {
    const { db } = seeded();
    const metric = db.select().from(metrics).all().find((m) => m.sourceCount > 1)!;
    const firstPage = listExportFiguresAfter(db, { metricId: metric.id }, 0, 2);
    const rest = listExportFiguresAfter(db, { metricId: metric.id }, firstPage[1].id, 100);
    assert.deepEqual([...firstPage, ...rest].map((f) => f.id).sort((a, b) => a - b), listFiguresForMetric(db, metric.id).map((f) => f.id).sort((a, b) => a - b));
    const bySource = listExportFiguresAfter(db, { metricId: metric.id, sourceId: firstPage[0].sourceId }, 0, 100);
    assert.ok(bySource.length > 0 && bySource.every((f) => f.sourceId === firstPage[0].sourceId && f.metricId === metric.id));
    const sources = [...listSourcesAfter(db, 0, 3), ...listSourcesAfter(db, 3, 100)];
    assert.deepEqual(sources.map((s) => [s.id, s.figureCount]), listSources(db, { limit: 100, offset: 0 }).rows.map((s) => [s.id, s.figureCount]));
  });
});

describe('whole-archive export', () => {
  test('a SQLite copy holds the evidence and no accounts, and never overwrites a file', () => {
    const { db } = seeded();
    db.insert(users).values({ name: 'ed', passwordHash: 'scrypt$secret', role: 'editor', createdAt: new Date() }).run();
    const out = tmpPath('archive-copy.db');
    rmSync(out, { force: true });
    writeArchiveCopy(db, out);
    const copy = new Database(out, { readonly: true });
    const n = (table: string) => (copy.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    assert.equal(n('figures'), rowsIn(db, figures));
    assert.equal(n('metrics'), rowsIn(db, metrics));
    assert.equal(n('users'), 0);
    assert.equal(n('source_drafts'), 0);
    copy.close();
    assert.throws(() => writeArchiveCopy(db, out), /exists/);
  });

  test('npm run export writes the archive as CSV with one row per figure', () => {
    const { db, path } = seeded();
    const out = tmpPath('archive.csv');
    rmSync(out, { force: true });
    const run = spawnSync('npx', ['tsx', 'scripts/export.ts', '--format', 'csv', '--out', out, '--base-url', 'https://spread.example/'], {
      env: { ...process.env, DATABASE_PATH: path, INIT_CWD: process.cwd() }, encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    assert.match(lines[0], /^figure_id,metric,metric_slug,value_as_stated,/);
    // Quotes hold no line breaks in the sample corpus, so each line is one figure.
    assert.equal(lines.length - 1, rowsIn(db, figures));
    assert.match(lines[1], /,https:\/\/spread\.example\/figures\/\d+$/);
    const bad = spawnSync('npx', ['tsx', 'scripts/export.ts', '--format', 'xlsx'], { env: { ...process.env, DATABASE_PATH: path }, encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /usage: npm run export/);
  });
});
