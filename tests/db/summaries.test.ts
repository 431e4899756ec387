import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { listChartFiguresForMetric, listFiguresByIds } from '../../db/queries/figures';
import { listMetricSummaries } from '../../db/queries/metrics';
import { figures, metrics } from '../../db/schema';
import { seedSampleCorpus } from '../../db/seed';
import { createUser } from '../../lib/auth/accounts';
import { ingestFiles, prepareSource, parseSourceFile, refreshAllMetricSummaries } from '../../lib/ingest';
import { reviewFigure } from '../../lib/ingest/review-figure';
import { saveSources } from '../../lib/ingest/save';
import { chartView, formatSpanLabel, summarizeMetric, toSpreadChartRows } from '../../lib/spread';
import { overviewParamsSchema } from '../../lib/validation/overview';
import { freshDb } from '../setup/db';

const fixture = (dir: string, name: string) => ({ name, bytes: readFileSync(join(dir, name)) });
const now = new Date('2026-11-21T12:00:00Z');
const search = (db: Db, q: string) =>
  listMetricSummaries(db, overviewParamsSchema.parse({ q }), 100).rows.map((m) => m.slug);
const ftsRowids = (db: Db) =>
  db.all<{ rowid: number }>(sql`SELECT rowid FROM metrics_fts ORDER BY rowid`).map((r) => r.rowid);

describe('stored metric summaries', () => {
  test('after seeding, every metric stores what its figures give, counting distinct sources', () => {
    const { db } = freshDb();
    seedSampleCorpus(db);
    for (const m of db.select().from(metrics).all()) {
      const rows = listChartFiguresForMetric(db, m.id);
      const expected = summarizeMetric(rows);
      assert.deepEqual({ ...m, ...expected }, m, `metric ${m.slug}`);
      assert.equal(m.sourceCount, new Set(rows.map((r) => r.sourceId)).size);
      assert.ok(m.figureCount >= m.sourceCount);
      // The overview's label comes from the few stored figures and must equal the label over all of them.
      assert.equal(formatSpanLabel(listFiguresByIds(db, m.spanFigureIds)), formatSpanLabel(rows), `span of ${m.slug}`);
    }
  });

  test('an ingest that adds a source updates the summary of the metric it joins', () => {
    const { db } = freshDb();
    ingestFiles(db, [fixture('tests/fixtures/ingest', 'budget.md')], { now });
    ingestFiles(db, [fixture('tests/fixtures/ingest', 'budget-rival.html')], { now });
    const budget = db.select().from(figures).where(eq(figures.low, 425_000_000)).get()!;
    const m = db.select().from(metrics).where(eq(metrics.id, budget.metricId!)).get()!;
    assert.equal(m.sourceCount, 2);
    assert.equal(m.valueMax, 425_000_000);
    assert.equal(m.verdict, 'disagree');
    assert.equal(m.verdictRank, 0);
    assert.ok(m.spreadScore > 1);
    assert.equal(m.latestPublishedAt, '2024-06-13');
    assert.equal(m.latestRetrievedAt?.getTime(), now.getTime());
  });

  test('an archive fed in batches, with figures rejected between them, stores what a recount of every metric gives', async () => {
    const { db } = freshDb();
    const editor = { id: (await createUser(db, 'ana', { role: 'editor', password: 'correct horse battery' })).user.id, name: 'ana' };
    // Round-robin over the dev set's stories (files are named story--outlet), so every story grows in every batch.
    const dir = 'tests/fixtures/dev';
    const files = readdirSync(dir).filter((n) => n.includes('--')).sort((a, b) => a.split('--')[1].localeCompare(b.split('--')[1]) || a.localeCompare(b));
    const rejectIn = (metricId: number) => {
      const f = db.select().from(figures).where(and(eq(figures.metricId, metricId), eq(figures.status, 'extracted'))).get()!;
      reviewFigure(db, editor, f.id, 0, { action: 'reject', reason: 'test' }, now);
    };
    for (let k = 0; k < files.length; k += 8) {
      ingestFiles(db, files.slice(k, k + 8).map((n) => fixture(dir, n)), { now: new Date(now.getTime() + k) });
      // An edit between batches: the biggest metric loses a figure that the next batch's ingest must not count.
      const biggest = db.select().from(metrics).orderBy(sql`${metrics.figureCount} DESC`).get()!;
      if (k === 8 || k === 24) rejectIn(biggest.id);
    }
    const stored = db.select().from(metrics).orderBy(metrics.id).all();
    const titles = () => db.all<{ rowid: number; source_titles: string }>(sql`SELECT rowid, source_titles FROM metrics_fts ORDER BY rowid`)
      .map((r) => ({ rowid: r.rowid, titles: r.source_titles.split(',').sort() }));
    const storedTitles = titles();
    assert.ok(stored.length > 20 && stored.some((m) => m.sourceCount >= 4), 'the batches grow shared metrics');
    db.transaction((tx) => refreshAllMetricSummaries(tx));
    assert.deepEqual(stored, db.select().from(metrics).orderBy(metrics.id).all());
    assert.deepEqual(storedTitles, titles());
  });

  test('a metric with too many figures for a chart row each stores the binned chart its figures give', () => {
    const { db } = freshDb();
    const report = (k: number) => ({
      name: `gauge-${k}.md`,
      bytes: Buffer.from(`---\ntitle: Reservoir gauge reading ${k}\n---\nThe Kestrel reservoir held ${(1_000 + 7 * k).toLocaleString('en-US')} megalitres of water on Monday, the water board said.\n`),
    });
    for (let k = 0; k < 130; k += 26) ingestFiles(db, Array.from({ length: 26 }, (_, i) => report(k + i)), { now });
    const m = db.select().from(metrics).orderBy(sql`${metrics.chartedCount} DESC`).get()!;
    assert.equal(m.chartedCount, 130, 'every reading joins one metric');
    assert.ok(m.chartBins, 'the binned chart is stored');
    assert.deepEqual(m.chartBins, chartView(toSpreadChartRows(listChartFiguresForMetric(db, m.id))));
    assert.equal(m.chartBins.bins.reduce((n, b) => n + b.count, 0), 130, 'each single value counts in one bin');
  });
});

describe('metric search (FTS5)', () => {
  test('finds metrics by label, description and the titles of their sources, and holds one row per metric', () => {
    const { db } = freshDb();
    seedSampleCorpus(db);
    const withFigures = db.select({ id: metrics.id }).from(metrics).all().map((m) => m.id).sort((a, b) => a - b);
    assert.deepEqual(ftsRowids(db), withFigures);
    const deaths = db.select().from(metrics).all().find((m) => /death/i.test(m.label))!;
    assert.ok(search(db, 'death').includes(deaths.slug), 'label, by prefix and stem');
    assert.ok(search(db, deaths.description.split(/\s+/).find((w) => w.length > 5)!).includes(deaths.slug), 'description');
    assert.ok(search(db, 'Salvadoran prisons').includes(deaths.slug), 'a source title');
    assert.deepEqual(search(db, 'zebra'), []);
    // Query text is never FTS5 syntax.
    assert.deepEqual(search(db, '"unbalanced AND ( NEAR'), []);
  });

  test('stays in sync when an ingest regroups: new metrics are found, deleted ones leave no row', () => {
    const { db } = freshDb();
    seedSampleCorpus(db);
    assert.deepEqual(search(db, 'Marrow Valley'), []);
    const flood = ['flood-toll-river-post.md', 'flood-toll-valley-herald.md'].map((n) => fixture('tests/fixtures/e2e', n));
    ingestFiles(db, flood, { now });
    const found = search(db, 'Marrow Valley');
    assert.ok(found.length > 0, 'the flood toll metric is found by its sources\' titles');
    const ids = db.select({ id: metrics.id }).from(metrics).all().map((m) => m.id).sort((a, b) => a - b);
    assert.deepEqual(ftsRowids(db), ids);
    db.delete(metrics).where(eq(metrics.slug, found[0])).run();
    assert.deepEqual(search(db, 'Marrow Valley').includes(found[0]), false, 'the delete trigger drops the row');
  });

  test('a failed ingest leaves summaries and search rows as they were', () => {
    const { db } = freshDb();
    seedSampleCorpus(db);
    const before = { metrics: db.select().from(metrics).all(), fts: ftsRowids(db) };
    const good = prepareSource(parseSourceFile('budget.md', fixture('tests/fixtures/ingest', 'budget.md').bytes));
    const bad = prepareSource(parseSourceFile('rival.html', fixture('tests/fixtures/ingest', 'budget-rival.html').bytes));
    bad.figures[0] = { ...bad.figures[0], start: bad.figures[0].start + 1 };
    assert.throws(() => saveSources(db, [good, bad], now));
    assert.deepEqual(db.select().from(metrics).all(), before.metrics);
    assert.deepEqual(ftsRowids(db), before.fts);
  });
});

describe('overview filters over stored summaries', () => {
  test('verdict, unit and source filters and the sorts select and order the stored rows', () => {
    const { db } = freshDb();
    seedSampleCorpus(db);
    const view = (p: Record<string, string>) => listMetricSummaries(db, overviewParamsSchema.parse(p), 100);
    const all = view({});
    assert.ok(view({ verdict: 'disagree' }).rows.every((m) => m.verdict === 'disagree'));
    const unit = all.rows.find((m) => m.unit)!.unit!;
    assert.ok(view({ unit }).rows.length > 0 && view({ unit }).rows.every((m) => m.unit === unit));
    const sourceId = db.select().from(figures).where(eq(figures.metricId, all.rows[0].id)).get()!.sourceId;
    const bySource = view({ source: String(sourceId) }).rows;
    assert.ok(bySource.some((m) => m.id === all.rows[0].id) && bySource.length < all.total);
    const counts = view({ sort: 'sources' }).rows.map((m) => m.sourceCount);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    const spread = view({ sort: 'spread' }).rows.map((m) => m.spreadScore);
    assert.deepEqual(spread, [...spread].sort((a, b) => b - a));
    const paged = listMetricSummaries(db, overviewParamsSchema.parse({ page: '2' }), 5);
    assert.equal(paged.total, all.total);
    assert.deepEqual(paged.rows.map((m) => m.id), all.rows.slice(5, 10).map((m) => m.id));
  });
});
