import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { regroupAll } from '../../lib/ingest/group-store';
import { loadWordNet } from '../../lib/lexicon/wordnet';
import { count, eq, isNotNull } from 'drizzle-orm';
import { createDb, type Db } from '../../db/client';
import { figures, metrics, sources, stories, storyTerms, termDocs } from '../../db/schema';
import { seedSampleCorpus } from '../../db/seed';
import { IngestError, ingestFiles, prepareSource, parseSourceFile } from '../../lib/ingest';
import { saveSources } from '../../lib/ingest/save';
import { freshDb } from '../setup/db';

const fixture = (name: string) => ({ name, bytes: readFileSync(join('tests/fixtures/ingest', name)) });
const now = new Date('2026-11-21T12:00:00Z');
const total = (db: Db, table: typeof sources | typeof figures | typeof metrics) =>
  db.select({ n: count() }).from(table).get()!.n;

describe('seeding the sample corpus', () => {
  test('an empty database gets the five sample sources, their figures and metrics', () => {
    const { db } = freshDb();
    assert.equal(seedSampleCorpus(db), 5);
    assert.equal(total(db, sources), 5);
    assert.ok(total(db, figures) >= 50, `expected the corpus's figures, got ${total(db, figures)}`);
    assert.ok(total(db, metrics) >= 6, `expected metrics across sources, got ${total(db, metrics)}`);
  });

  test('every stored figure is the stored text at its offsets, inside its quote', () => {
    const { db } = freshDb();
    seedSampleCorpus(db);
    const rows = db.select({ f: figures, text: sources.text }).from(figures).innerJoin(sources, eq(figures.sourceId, sources.id)).all();
    for (const { f, text } of rows) {
      assert.equal(text.slice(f.start, f.end), f.rawText);
      assert.equal(text.slice(f.quoteStart, f.quoteEnd), f.quote);
      assert.ok(f.quoteStart <= f.start && f.end <= f.quoteEnd);
    }
  });

  test('a database that already holds sources is not seeded again', () => {
    const { db } = freshDb();
    ingestFiles(db, [fixture('budget.md')], { now });
    assert.equal(seedSampleCorpus(db), 0);
    assert.equal(total(db, sources), 1);
  });

  test('every metric groups figures from two sources, or two differing figures of one', () => {
    const { db } = freshDb();
    seedSampleCorpus(db);
    for (const m of db.select().from(metrics).all()) {
      const rows = db.select().from(figures).where(eq(figures.metricId, m.id)).all();
      const sourceCount = new Set(rows.map((r) => r.sourceId)).size;
      const values = new Set(rows.map((r) => `${r.low}|${r.high}|${r.dateLow}|${r.dateHigh}`));
      assert.ok(sourceCount >= 2 || values.size >= 2, `metric ${m.slug} holds ${rows.length} figure(s) of one source`);
    }
  });
});

describe('ingesting files', () => {
  test('markdown front matter gives title, publisher, URL and date', () => {
    const { db } = freshDb();
    const result = ingestFiles(db, [fixture('budget.md')], { now });
    const source = db.select().from(sources).where(eq(sources.id, result.added[0].id)).get()!;
    assert.equal(source.title, 'City council passes a leaner budget');
    assert.equal(source.publisher, 'Riverside Ledger');
    assert.equal(source.url, 'https://ledger.example/budget');
    assert.equal(source.publishedAt, '2024-06-12');
    assert.equal(source.retrievedAt.getTime(), now.getTime());
    assert.ok(source.text.startsWith("Riverside's council approved"), 'front matter is not part of the stored text');
  });

  test('HTML becomes readable text, with metadata from meta tags and no scripts or navigation', () => {
    const { db } = freshDb();
    ingestFiles(db, [fixture('budget-rival.html')], { now });
    const source = db.select().from(sources).get()!;
    assert.equal(source.title, 'Council budget tops $400 million');
    assert.equal(source.publisher, 'Valley Post');
    assert.equal(source.url, 'https://valleypost.example/news/budget');
    assert.equal(source.publishedAt, '2024-06-13');
    assert.equal(source.format, 'html');
    assert.match(source.text, /approved a budget of \$425 million/);
    assert.doesNotMatch(source.text, /tracking|123456|Weather/);
    const values = db.select().from(figures).where(eq(figures.sourceId, source.id)).all().map((f) => f.low);
    assert.ok(values.includes(425_000_000), `found ${values.join(', ')}`);
  });

  test('the same content twice is stored once', () => {
    const { db } = freshDb();
    ingestFiles(db, [fixture('budget.md')], { now });
    const again = ingestFiles(db, [fixture('budget.md'), fixture('budget.md')], { now });
    assert.equal(again.added.length, 0);
    // Each file given is reported, the second copy in one run included.
    assert.equal(again.alreadyStored.length, 2);
    assert.equal(total(db, sources), 1);
  });

  test('a second source stating the same thing forms a metric across both', () => {
    const { db } = freshDb();
    ingestFiles(db, [fixture('budget.md')], { now });
    ingestFiles(db, [fixture('budget-rival.html')], { now });
    const grouped = db.select().from(figures).where(isNotNull(figures.metricId)).all();
    const budget = grouped.filter((f) => f.low === 410_000_000 || f.low === 425_000_000);
    assert.equal(budget.length, 2, 'both budget totals are grouped');
    assert.equal(budget[0].metricId, budget[1].metricId);
  });

  test('a source on another story never joins a metric of the sample corpus', () => {
    const { db } = freshDb();
    seedSampleCorpus(db);
    const flood = ['flood-toll-river-post.md', 'flood-toll-valley-herald.md'].map((name) => ({
      name,
      bytes: readFileSync(join('tests/fixtures/e2e', name)),
    }));
    const added = ingestFiles(db, flood, { now }).added.map((s) => s.id);
    const rows = db.select().from(figures).where(isNotNull(figures.metricId)).all();
    const tolls = rows.filter((f) => added.includes(f.sourceId) && (f.low === 120 || f.low === 162));
    assert.equal(tolls.length, 2, 'both flood tolls are grouped');
    assert.equal(tolls[0].metricId, tolls[1].metricId);
    const shared = rows.filter((f) => f.metricId === tolls[0].metricId && !added.includes(f.sourceId));
    assert.deepEqual(shared.map((f) => f.rawText), [], 'no sample-corpus figure shares the flood toll metric');
  });

  test('a new source is placed without moving any stored figure, and a full regroup agrees with one-at-a-time ingests', () => {
    const { db } = freshDb();
    seedSampleCorpus(db);
    const placed = () => new Map(db.select({ id: figures.id, metric: figures.metricId }).from(figures).all().map((r) => [r.id, r.metric]));
    const before = placed();
    const flood = ['flood-toll-river-post.md', 'flood-toll-valley-herald.md'].map((name) => ({ name, bytes: readFileSync(join('tests/fixtures/e2e', name)) }));
    ingestFiles(db, flood, { now });
    const after = placed();
    for (const [id, metric] of before) assert.equal(after.get(id), metric, `figure ${id} moved`);
    const grouped = (m: Map<number, number | null>) => [...m.values()].filter((x) => x !== null).length;
    const incremental = grouped(after);
    // Word counts and story profiles kept by ingests are the ones a replay of every source builds.
    const stored = () => ({
      words: db.select().from(termDocs).orderBy(termDocs.term).all(),
      stories: db.select({ name: stories.name, sources: stories.sources, profile: stories.profile }).from(stories).orderBy(stories.id).all(),
      keys: db.select().from(storyTerms).orderBy(storyTerms.storyId, storyTerms.term).all(),
    });
    const kept = stored();
    assert.ok(kept.words.length > 0 && kept.stories.length > 0);
    regroupAll(db, loadWordNet());
    assert.equal(grouped(placed()), incremental);
    assert.deepEqual(stored(), kept);
  });

  test('an archive fed in batches through one connection is grouped exactly as through a new connection per batch', () => {
    // A connection keeps what its ingests read and derived (lib/ingest/memory.ts); a new one reads the database alone.
    const dir = 'tests/fixtures/dev';
    const files = readdirSync(dir).filter((n) => n.includes('--')).sort((a, b) => a.split('--')[1].localeCompare(b.split('--')[1]) || a.localeCompare(b))
      .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
    const kept = freshDb();
    const reopened = freshDb();
    for (let k = 0; k < files.length; k += 6) {
      ingestFiles(kept.db, files.slice(k, k + 6), { now });
      const db = createDb(reopened.path);
      ingestFiles(db, files.slice(k, k + 6), { now });
      db.$client.close();
    }
    const placed = (db: Db) => db.select({ id: figures.id, metric: figures.metricId }).from(figures).orderBy(figures.id).all();
    const grouped = placed(kept.db);
    assert.ok(grouped.filter((f) => f.metric !== null).length > 100, 'the dev stories form metrics');
    assert.deepEqual(placed(createDb(reopened.path)), grouped);
  });

  for (const [file, reason] of [
    ['empty.txt', /empty/],
    ['not-text.txt', /not a text file/],
    ['latin1.txt', /not valid UTF-8/],
  ] as const) {
    test(`${file} is refused with a message naming it, and nothing is written`, () => {
      const { db } = freshDb();
      assert.throws(
        () => ingestFiles(db, [fixture('budget.md'), fixture(file)], { now }),
        (err: unknown) => err instanceof IngestError && err.message.startsWith(file) && reason.test(err.message),
      );
      assert.equal(total(db, sources), 0);
      assert.equal(total(db, figures), 0);
    });
  }

  test('a file that is not .txt, .md or .html is refused', () => {
    assert.throws(() => parseSourceFile('report.pdf', new TextEncoder().encode('%PDF-1.4')), /report\.pdf: not a \.txt, \.md or \.html file/);
  });

  test('a figure whose offsets do not match the text is refused on write, and the whole batch rolls back', () => {
    const { db } = freshDb();
    const good = prepareSource(parseSourceFile('budget.md', fixture('budget.md').bytes));
    const bad = prepareSource(parseSourceFile('rival.html', fixture('budget-rival.html').bytes));
    bad.figures[0] = { ...bad.figures[0], start: bad.figures[0].start + 1 };
    assert.throws(() => saveSources(db, [good, bad], now), /does not match the source text/);
    assert.equal(total(db, sources), 0);
  });
});

