import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { changedFields, figureColumns, keepOriginal, resolvePlacement } from '../../lib/review/apply';
import { orderQueue } from '../../lib/review/queue';
import { slugForLabel } from '../../lib/review/slug';

const decision = (over: Partial<Parameters<typeof figureColumns>[1] & object> = {}) => ({ status: null, rank: 'normal' as const, edits: {}, original: {}, ...over });

describe('figureColumns: a decision over the extracted figure', () => {
  test('status follows the decision; an edit marks it corrected; a rejection wins', () => {
    assert.equal(figureColumns(null, null).status, 'extracted');
    assert.equal(figureColumns(null, decision({ status: 'confirmed' })).status, 'confirmed');
    assert.equal(figureColumns(null, decision({ status: 'confirmed', edits: { counts: 'deaths' } })).status, 'corrected');
    assert.equal(figureColumns(null, decision({ status: 'rejected', edits: { counts: 'deaths' } })).status, 'rejected');
    assert.equal(figureColumns(null, decision({ rank: 'deprecated' })).rank, 'deprecated');
  });

  test('an edit sets its fields; dropping it gives back what the extractor said', () => {
    const edited = decision({ edits: { low: 52, high: 52 }, original: { low: 48, high: 48 } });
    assert.deepEqual([figureColumns(null, edited).low, figureColumns(null, edited).high], [52, 52]);
    const undone = figureColumns(edited, null);
    assert.deepEqual([undone.low, undone.high, undone.status], [48, 48, 'extracted']);
    assert.equal('counts' in undone, false, 'fields never edited are left alone');
  });

  test('changedFields keeps only real changes; keepOriginal remembers the first extracted value', () => {
    const current = { low: 48, high: 48, counts: null, unit: 'people' };
    assert.deepEqual(changedFields({ low: 48, high: 48, counts: '', unit: 'people' } as never, current), { counts: '' });
    assert.deepEqual(changedFields({ low: 48, high: 50, counts: null }, current), { high: 50 });
    const first = keepOriginal({}, { high: 50 }, current);
    assert.deepEqual(first, { high: 48 });
    assert.deepEqual(keepOriginal(first, { high: 60 }, { ...current, high: 50 }), { high: 48 });
  });
});

describe('resolvePlacement: pins over grouping', () => {
  test('a pinned figure goes back; figures the machine grouped with it follow; a contrary grouping is a suggestion', () => {
    // A regroup made metric 100 from figures 1 and 2 (pinned to 7) and 3 (new): all three belong to 7.
    const { moves, suggestions } = resolvePlacement([
      { figureId: 1, machineMetric: 100, pinned: 7 },
      { figureId: 2, machineMetric: 100, pinned: 7 },
      { figureId: 3, machineMetric: 100, pinned: null },
    ]);
    assert.deepEqual([...moves], [[1, 7], [2, 7], [3, 7]]);
    assert.equal(suggestions.size, 0);
  });

  test('after a split, the machine putting both halves together is a suggestion and a new figure waits apart', () => {
    const { moves, suggestions } = resolvePlacement([
      { figureId: 1, machineMetric: 100, pinned: 7 },
      { figureId: 2, machineMetric: 100, pinned: 8 },
      { figureId: 3, machineMetric: 100, pinned: null },
    ]);
    assert.deepEqual([...moves], [[1, 7], [2, 8]]);
    assert.deepEqual([...suggestions], [[1, 8], [2, 7]]);
  });

  test('a pinned figure already where it belongs moves nowhere and suggests nothing', () => {
    const { moves, suggestions } = resolvePlacement([{ figureId: 1, machineMetric: 7, pinned: 7 }, { figureId: 2, machineMetric: 7, pinned: null }]);
    assert.equal(moves.size + suggestions.size, 0);
  });
});

describe('the review queue', () => {
  const base = { disagree: false, uncertain: false, singleSource: false, suggested: false };
  test('suggestions, then disagreements, uncertain figures, single-source metrics; newest first; decided-on figures drop out', () => {
    const ordered = orderQueue([
      { ...base, figureId: 1, singleSource: true },
      { ...base, figureId: 2, uncertain: true },
      { ...base, figureId: 3, disagree: true },
      { ...base, figureId: 4, disagree: true },
      { ...base, figureId: 5, suggested: true },
      { ...base, figureId: 6 },
    ]);
    assert.deepEqual(ordered.map((c) => c.figureId), [5, 4, 3, 2, 1]);
    assert.deepEqual(ordered.map((c) => c.reason), ['suggestion', 'disagree', 'disagree', 'uncertain', 'single-source']);
  });
});

test('slugForLabel makes a unique, readable slug', () => {
  assert.equal(slugForLabel('Deaths in custody', new Set()), 'deaths-in-custody');
  assert.equal(slugForLabel('Deaths in custody', new Set(['deaths-in-custody', 'deaths-in-custody-2'])), 'deaths-in-custody-3');
  assert.equal(slugForLabel('¿?', new Set()), 'metric');
  // Accents are dropped, not turned into breaks.
  assert.equal(slugForLabel('Votes · González', new Set()), 'votes-gonzalez');
});
