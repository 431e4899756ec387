import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatSpanLabel,
  rankMetrics,
  spanFigures,
  storedSummary,
  summarizeMetric,
  summarizeSpread,
  toSpreadBins,
  toSpreadChartRows,
  type CitedFigure,
} from '../../lib/spread';
import { citedFigure } from './cited-figure';

const fig = citedFigure;

describe('spanFigures', () => {
  it('keeps only the figures the span label needs, and the label is unchanged', () => {
    const rows = [
      fig(1, { low: 20_000, high: 20_000 }),
      fig(2, { low: 30_000, high: 30_000, qualifier: 'about', hedge: 'about' }),
      fig(3, { low: 40_000, high: 40_000, qualifier: 'more than', hedge: 'over' }),
      fig(3, { low: 25_000, high: 35_000, qualifier: 'range' }),
    ];
    assert.deepEqual(spanFigures(rows).map((f) => f.id), [rows[0].id, rows[2].id]);
    assert.equal(formatSpanLabel(spanFigures(rows)), formatSpanLabel(rows));
  });

  it('keeps one figure per stated date, so a list of dates reads the same', () => {
    const rows = ['2023-01', '2023-02', '2023-01', '2022', '2023-03', '2023-04', '2023-05'].map((d, i) =>
      fig(i, { kind: 'date', dateLow: d, dateHigh: d, datePrecision: d.length === 4 ? 'year' : 'month' }),
    );
    assert.equal(spanFigures(rows).length, 6);
    assert.equal(formatSpanLabel(spanFigures(rows)), formatSpanLabel(rows));
  });
});

describe('summarizeMetric', () => {
  it('stores what summarizeSpread, spreadVerdict and rankMetrics give, counting distinct sources', () => {
    const rows = [fig(1, { low: 189, high: 200, qualifier: 'range' }), fig(2, { low: 261, high: 261 }), fig(2, { low: 366, high: 366 })];
    const stored = summarizeMetric(rows);
    assert.equal(stored.sourceCount, 2);
    assert.equal(stored.figureCount, 3);
    assert.equal(stored.verdict, rankMetrics([{ metric: 1, figures: rows }])[0].verdict.verdict);
    assert.deepEqual(storedSummary({ kind: 'quantity', ...stored }).summary, summarizeSpread(rows));
    assert.ok(stored.spreadScore > 1.8 && stored.spreadScore < 2);
  });

  it('a metric without figures stores zeros and agrees', () => {
    assert.equal(summarizeMetric([]).sourceCount, 0);
    assert.equal(summarizeMetric([]).verdict, 'agree');
  });
});

describe('toSpreadBins', () => {
  it('counts every charted figure, a range in every slice it covers', () => {
    const rows = Array.from({ length: 300 }, (_, i) => fig(i, { low: 100 + (i % 50), high: 100 + (i % 50) }));
    rows.push(fig(999, { low: 100, high: 149, qualifier: 'range' }));
    const bins = toSpreadBins(toSpreadChartRows(rows), 20);
    assert.equal(bins.length, 20);
    const covered = bins.filter((b) => b.count > 0);
    assert.ok(covered.every((b) => b.firstFigureId !== null));
    assert.ok(bins.reduce((s, b) => s + b.count, 0) >= 301);
  });
});
