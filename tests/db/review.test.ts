import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { listChartFiguresForMetric } from '../../db/queries/figures';
import { deskVerdictFor } from '../../db/queries/desk-verdicts';
import { listMetricHistory } from '../../db/queries/review';
import { figures, metricDecisions, metrics, reviewEvents } from '../../db/schema';
import { createUser } from '../../lib/auth/accounts';
import { ingestFiles, refreshAllMetricSummaries, regroupAll } from '../../lib/ingest';
import { curateMetric } from '../../lib/ingest/review-metric';
import { reviewFigure } from '../../lib/ingest/review-figure';
import { undoLastChange } from '../../lib/ingest/review-undo';
import { loadWordNet } from '../../lib/lexicon/wordnet';
import { StaleError } from '../../lib/review/errors';
import { freshDb } from '../setup/db';

const now = new Date('2026-11-27T18:00:00Z');
const file = (path: string) => ({ name: path.split('/').pop()!, bytes: readFileSync(join(process.cwd(), path)) });
const corpus = ['000_8381cd098d7e7f3d.txt', '001_1c0aec06670e1c5a.txt', '002_0a6aea7e8bb85508.txt', '003_bf1b8429a47de7f2.txt', '004_07c45a7e80c4443d.txt'].map((n) => `corpus/${n}`);
// The version a page would show: the metric's decision row, 0 when it has none.
const mv = (db: Db, id: number) => db.select().from(metricDecisions).where(eq(metricDecisions.metricId, id)).get()?.version ?? 0;
const fig = (db: Db, id: number) => db.select().from(figures).where(eq(figures.id, id)).get()!;
const metricOf = (db: Db, id: number) => db.select().from(metrics).where(eq(metrics.id, fig(db, id).metricId!)).get()!;

function regroup(db: Db) {
  db.transaction((tx) => {
    regroupAll(tx, loadWordNet());
    refreshAllMetricSummaries(tx);
  });
}

/** Metrics of the sample corpus with at least `n` figures, biggest first. */
const bigMetrics = (db: Db, n: number) => db.select().from(metrics).all().filter((m) => m.figureCount >= n).sort((a, b) => b.figureCount - a.figureCount);

describe('the desk\'s decisions outlive the machine', () => {
  test('after more ingests and a full regroup every decision still holds, and the log lists each change in order', async () => {
    const { db } = freshDb();
    const editor = { id: (await createUser(db, 'ana', { role: 'editor', password: 'correct horse battery' })).user.id, name: 'ana' };
    ingestFiles(db, corpus.slice(0, 3).map(file), { now });
    const [big, second] = bigMetrics(db, 3);
    assert.ok(big && second, 'the corpus has two metrics of 3+ figures');
    const [f1, f2, f3, f4] = listChartFiguresForMetric(db, big.id).map((f) => f.id);
    const other = listChartFiguresForMetric(db, second.id).map((f) => f.id);

    reviewFigure(db, editor, f1, 0, { action: 'confirm' }, now);
    reviewFigure(db, editor, f2, 0, { action: 'reject', reason: 'a capacity, not a count' }, now);
    reviewFigure(db, editor, f3, 0, { action: 'rank', rank: 'deprecated', reason: 'superseded by a later count' }, now);
    reviewFigure(db, editor, f1, 1, { action: 'edit', edits: { counts: 'inmates held', attributedTo: 'the ministry' }, reason: 'as the quote says' }, now);
    reviewFigure(db, editor, other[0], 0, { action: 'move', to: { label: 'Desk-made metric' }, reason: 'counts something else' }, now);
    curateMetric(db, editor, big.id, mv(db, big.id), { action: 'rename', label: 'Inmates held (desk)', scope: 'People held at one time', reason: 'clearer' }, now);
    const split = curateMetric(db, editor, big.id, mv(db, big.id), { action: 'split', figureIds: [f4], label: 'Split-off metric', reason: 'a different count' }, now);
    const splitId = db.select().from(metrics).where(eq(metrics.label, 'Split-off metric')).get()!.id;
    curateMetric(db, editor, big.id, mv(db, big.id), { action: 'not-comparable', other: splitId, reason: 'different scope' }, now);
    curateMetric(db, editor, big.id, mv(db, big.id), { action: 'verdict', low: 40000, high: 40000, note: 'the ministry count', figureIds: [f1] }, now);
    assert.ok(split.changes.length > 0);

    const check = (when: string) => {
      assert.equal(fig(db, f1).status, 'corrected', `${when}: confirmed and edited`);
      assert.equal(fig(db, f1).counts, 'inmates held', when);
      assert.equal(fig(db, f1).attributedTo, 'the ministry', when);
      assert.equal(fig(db, f2).status, 'rejected', when);
      assert.equal(fig(db, f3).rank, 'deprecated', when);
      assert.equal(fig(db, f1).metricId, big.id, `${when}: the renamed metric keeps its id and slug`);
      const m = metricOf(db, f1);
      assert.equal(m.label, 'Inmates held (desk)', when);
      assert.equal(m.description, 'People held at one time', when);
      assert.equal(m.slug, big.slug, when);
      assert.equal(fig(db, f2).metricId, big.id, `${when}: a rejected figure stays with its metric`);
      assert.equal(metricOf(db, f4).label, 'Split-off metric', when);
      assert.equal(metricOf(db, other[0]).label, 'Desk-made metric', when);
      // The spread leaves out rejected and deprecated figures.
      const charted = listChartFiguresForMetric(db, big.id).map((f) => f.id);
      assert.ok(!charted.includes(f2) && !charted.includes(f3), when);
      assert.equal(db.select().from(metrics).where(eq(metrics.id, big.id)).get()!.figureCount, charted.length, `${when}: the summary follows ranks`);
    };
    check('right after');
    ingestFiles(db, corpus.slice(3).map(file), { now });
    check('after two more ingests');
    regroup(db);
    check('after a full regroup');

    const log = db.select().from(reviewEvents).orderBy(asc(reviewEvents.id)).all();
    assert.deepEqual(log.map((e) => e.action), ['confirm', 'reject', 'rank', 'edit', 'move', 'rename', 'split', 'not-comparable', 'verdict']);
    // Each metric's page lists the changes that touched it, newest first; the split shows on both halves.
    assert.deepEqual(listMetricHistory(db, big.id).map((e) => e.action), ['verdict', 'not-comparable', 'split', 'rename', 'edit', 'rank', 'reject', 'confirm']);
    assert.deepEqual(listMetricHistory(db, splitId).map((e) => e.action), ['not-comparable', 'split']);
    assert.ok(log.every((e) => e.userName === 'ana' && e.changes.length > 0));
    assert.equal(log[1].reason, 'a capacity, not a count');
  });

  test('a stale save is refused; undo restores the last change and is logged', async () => {
    const { db } = freshDb();
    const ana = { id: (await createUser(db, 'ana', { role: 'editor', password: 'correct horse battery' })).user.id, name: 'ana' };
    const ben = { id: (await createUser(db, 'ben', { role: 'editor', password: 'correct horse battery' })).user.id, name: 'ben' };
    ingestFiles(db, corpus.slice(0, 3).map(file), { now });
    const [big, second] = bigMetrics(db, 2);
    const [f1] = listChartFiguresForMetric(db, big.id).map((f) => f.id);
    reviewFigure(db, ana, f1, 0, { action: 'reject', reason: 'wrong' }, now);
    // Ben loaded the page before Ana's change: his save is refused, and hers stands.
    assert.throws(() => reviewFigure(db, ben, f1, 0, { action: 'confirm' }, now), StaleError);
    assert.equal(fig(db, f1).status, 'rejected');

    curateMetric(db, ana, second.id, mv(db, second.id), { action: 'merge', into: big.id, reason: 'same count' }, now);
    const moved = listChartFiguresForMetric(db, big.id).length;
    assert.ok(moved > 1);
    undoLastChange(db, ana, now);
    assert.ok(listChartFiguresForMetric(db, second.id).length > 0, 'the merged figures are back');
    undoLastChange(db, ana, now);
    assert.equal(fig(db, f1).status, 'extracted', 'the rejection is undone');
    assert.throws(() => undoLastChange(db, ben, now), /no change left to undo/);
    const log = db.select().from(reviewEvents).orderBy(asc(reviewEvents.id)).all();
    assert.deepEqual(log.map((e) => e.action), ['reject', 'merge', 'undo', 'undo']);
    assert.equal(log[1].undoneBy, log[2].id);
  });

  test('a desk verdict is published as a ClaimReview of the figure furthest outside it', async () => {
    const { db } = freshDb();
    const ana = { id: (await createUser(db, 'ana', { role: 'editor', password: 'correct horse battery' })).user.id, name: 'ana' };
    ingestFiles(db, corpus.map(file), { now });
    const [big] = bigMetrics(db, 3);
    assert.equal(deskVerdictFor(db, big.id, 'https://desk.example'), null, 'no verdict, no ClaimReview');
    const charted = listChartFiguresForMetric(db, big.id).filter((f) => f.low !== null);
    const lowest = charted.reduce((a, b) => (b.low! < a.low! ? b : a));
    const highest = charted.reduce((a, b) => ((b.high ?? b.low!) > (a.high ?? a.low!) ? b : a));
    // A verdict at the top of the spread: the lowest figure is the claim it does not support.
    curateMetric(db, ana, big.id, mv(db, big.id), { action: 'verdict', low: highest.high ?? highest.low!, high: highest.high ?? highest.low!, note: 'the latest count', figureIds: [highest.id] }, now);
    const review = deskVerdictFor(db, big.id, 'https://desk.example')!;
    assert.equal(review.rating.label, 'Not supported');
    assert.ok(review.claim.endsWith(String(lowest.rawText)) || review.claim.includes(String(lowest.low!.toLocaleString('en-US'))), review.claim);
    assert.equal(review.explanation, 'the latest count');
    assert.match(review.appearanceUrl, /^https:\/\//);
    assert.equal(review.datePublished, now.toISOString());
  });
});
