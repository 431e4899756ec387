import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { apart, contradicting, sameMeasure } from '../../lib/spread/related';
import {
  formatFigureValue,
  formatSpanLabel,
  highlightSegments,
  rankMetrics,
  splitPassages,
  spreadVerdict,
  summarizeSpread,
  toSpreadChartRows,
  type CitedFigure,
} from '../../lib/spread';
import { citedFigure } from './cited-figure';

const fig = citedFigure;
const n = (sourceId: number, low: number, high = low, over: Partial<CitedFigure> = {}) =>
  fig(sourceId, { low, high, qualifier: low === high ? 'exact' : 'range', ...over });

const capacity = [n(0, 40000), n(1, 20000), n(1, 40000), n(2, 40000, 40000, { qualifier: 'up to', hedge: 'up to' }), n(3, 40000, 40000, { qualifier: 'about', hedge: 'about' })];
const deaths = [n(1, 189, 200), n(2, 261, 261, { qualifier: 'at least', hedge: 'at least' }), n(4, 366)];
const arrests = [n(3, 70000, 70000, { qualifier: 'more than', hedge: 'over' }), n(4, 84000, 84000, { qualifier: 'more than', hedge: 'over' })];
const hours = [n(0, 23, 23, { unit: 'hours' }), n(1, 23.5, 23.5, { unit: 'hours' }), n(2, 23.5, 23.5, { unit: 'hours' })];

describe('formatFigureValue', () => {
  it('keeps hedges, ranges, units and dates as stated', () => {
    assert.equal(formatFigureValue(arrests[0]), 'over 70,000');
    assert.equal(formatFigureValue(deaths[0]), 'between 189 and 200');
    assert.equal(formatFigureValue(n(0, 35, 35, { qualifier: 'up to', hedge: 'up to', unit: 'celsius' })), 'up to 35 °C');
    assert.equal(formatFigureValue(n(0, 6e6, 6e6, { unit: 'USD' })), '$6 million');
    assert.equal(formatFigureValue(fig(0, { kind: 'date', dateLow: '2023-01', dateHigh: '2023-01', datePrecision: 'month' })), 'January 2023');
    assert.equal(formatFigureValue(fig(0, { kind: 'date', dateLow: '2023-01', dateHigh: '2023-12', datePrecision: 'year' })), '2023');
    assert.equal(formatFigureValue(fig(0, { vague: true, rawText: 'hundreds', qualifier: 'about' })), 'hundreds');
    // A hedge written after the number stays after it.
    assert.equal(formatFigureValue(n(0, 60, 60, { qualifier: 'at least', hedge: 'and over', rawText: '60 and over' })), '60 and over');
    assert.equal(formatFigureValue(n(0, 1000, 1000, { qualifier: 'at least', hedge: 'or more', rawText: '1,000 or more' })), '1,000 or more');
  });
});

describe('formatSpanLabel', () => {
  it('shows the lowest and highest stated values with their hedges', () => {
    assert.equal(formatSpanLabel(capacity), '20,000 – 40,000');
    assert.equal(formatSpanLabel(arrests), 'over 70,000 – over 84,000');
    assert.equal(formatSpanLabel(hours), '23 – 23.5 hours');
    assert.equal(formatSpanLabel([n(0, 40000)]), '40,000');
  });
});

describe('summarizeSpread', () => {
  it('uses bounds, never midpoints, and skips vague figures', () => {
    const s = summarizeSpread([...deaths, fig(3, { vague: true, rawText: 'hundreds' })]);
    assert.equal(s.nSources, 4);
    assert.equal(s.nFigures, 4);
    assert.equal(s.nCharted, 3);
    assert.equal(s.min, 189);
    assert.equal(s.max, 366);
    assert.deepEqual(s.median, { low: 261, high: 261 });
    assert.ok(Math.abs(s.ratio! - 366 / 189) < 1e-9);
  });
  it('gives an even count\'s median as the two middle values, not their average', () => {
    assert.deepEqual(summarizeSpread([n(0, 14500), n(1, 84000)]).median, { low: 14500, high: 84000 });
  });
  it('charts dates in months and gives no ratio', () => {
    const s = summarizeSpread([
      fig(0, { kind: 'date', dateLow: '2023-01', dateHigh: '2023-01' }),
      fig(1, { kind: 'date', dateLow: '2023-02', dateHigh: '2023-02' }),
    ]);
    assert.equal(s.max! - s.min!, 1);
    assert.equal(s.ratio, null);
  });
});

describe('spreadVerdict', () => {
  it('calls a value restated later by the same source a revision, not a disagreement', () => {
    assert.equal(spreadVerdict(capacity).verdict, 'revised');
  });
  it('calls different as-of dates a revision', () => {
    assert.equal(spreadVerdict([n(0, 10, 10, { asOf: '2024-01' }), n(1, 12, 12, { asOf: '2024-06' })]).verdict, 'revised');
  });
  it('finds the named disagreements', () => {
    assert.equal(spreadVerdict(deaths).verdict, 'disagree');
    assert.equal(spreadVerdict(hours).verdict, 'disagree');
    assert.equal(spreadVerdict([n(1, 80, 80, { qualifier: 'about' }), n(2, 65, 70)]).verdict, 'disagree');
    assert.match(spreadVerdict(arrests).reason, /lower bounds/);
  });
  it('agrees when stated values overlap', () => {
    assert.equal(spreadVerdict([n(0, 40000), n(2, 40000, 40000, { qualifier: 'up to' })]).verdict, 'agree');
    assert.equal(spreadVerdict([n(0, 30), n(1, 30)]).verdict, 'agree');
  });
  it('gives the verdict that checking every pair of figures gives', () => {
    const figure = fc.record({ source: fc.nat(3), low: fc.nat(9), width: fc.constantFrom(0, 0, 1, 3), asOf: fc.constantFrom(null, null, '2024-01', '2024-02') })
      .map((r) => n(r.source, r.low, r.low + r.width, { asOf: r.asOf }));
    fc.assert(fc.property(fc.array(figure, { minLength: 1, maxLength: 12 }), (rows) => {
      assert.equal(spreadVerdict(rows).verdict, everyPairVerdict(rows));
    }), { numRuns: 2000 });
  });
  it('names at most a dozen values in its reason, however many sources disagree', () => {
    const many = Array.from({ length: 300 }, (_, i) => n(i, 100 + i));
    const { verdict, reason } = spreadVerdict(many);
    assert.equal(verdict, 'disagree');
    assert.match(reason, /and 288 more/);
  });
});

/** The rule spelled out over every pair: a pair that shares no value is a revision when its as-of dates differ, one source states both, or one source states a value on each side. */
function everyPairVerdict(rows: CitedFigure[]): string {
  const shares = (a: CitedFigure, b: CitedFigure) => a.low! <= b.high! && b.low! <= a.high!;
  let conflict = false;
  for (const a of rows)
    for (const b of rows) {
      if (a === b || shares(a, b)) continue;
      conflict = true;
      if (a.asOf && b.asOf && a.asOf !== b.asOf) continue;
      if (a.sourceId === b.sourceId) continue;
      const onlyLike = (c: CitedFigure, x: CitedFigure, y: CitedFigure) => shares(c, x) && !shares(c, y);
      if (rows.some((c) => onlyLike(c, a, b) && rows.some((d) => d.sourceId === c.sourceId && onlyLike(d, b, a)))) continue;
      return 'disagree';
    }
  return conflict ? 'revised' : 'agree';
}

describe('toSpreadChartRows', () => {
  it('draws ranges as ranges and open bounds toward their open side', () => {
    const chart = toSpreadChartRows(deaths);
    assert.equal(chart.rows.length, 3);
    const [range, atLeast, exact] = chart.rows;
    assert.ok(Math.abs(chart.base + range.offset - 189) < 1e-9);
    assert.ok(Math.abs(range.stated - 11) < 1e-9);
    assert.ok(atLeast.openAbove > 0 && atLeast.openBelow === 0);
    assert.equal(exact.openAbove, 0);
    const upTo = toSpreadChartRows([n(0, 40000, 40000, { qualifier: 'up to' }), n(1, 20000)]).rows[1];
    assert.ok(upTo.openBelow > 0);
  });
  it('leaves vague figures out of the chart', () => {
    assert.equal(toSpreadChartRows([n(0, 5), fig(1, { vague: true, rawText: 'hundreds' })]).rows.length, 1);
  });
});

describe('highlightSegments', () => {
  it('splits text into plain and marked runs using source offsets', () => {
    const segs = highlightSegments('holds 40,000 inmates', [{ id: 7, start: 106, end: 112, tone: 't' }], 100);
    assert.deepEqual(segs.map((s) => [s.text, s.mark?.id ?? null]), [['holds ', null], ['40,000', 7], [' inmates', null]]);
  });
  it('marks quoted sentences apart from the text between them', () => {
    const text = 'One. It holds 40,000 inmates. Two.';
    const passages = splitPassages(text, [{ quoteStart: 5, quoteEnd: 29 }], [{ id: 1, start: 14, end: 20, tone: 't' }]);
    assert.deepEqual(passages.map((p) => [text.slice(p.start, p.end), p.quoted]), [['One. ', false], ['It holds 40,000 inmates.', true], [' Two.', false]]);
  });
});

describe('rankMetrics', () => {
  it('puts disagreements first, then revisions, then agreement', () => {
    const ranked = rankMetrics([
      { metric: 'capacity', figures: capacity },
      { metric: 'agree', figures: [n(0, 30), n(1, 30)] },
      { metric: 'deaths', figures: deaths },
    ]);
    assert.deepEqual(ranked.map((r) => r.metric), ['deaths', 'capacity', 'agree']);
  });
});

describe('dates', () => {
  const date = (sourceId: number, low: string, high: string, precision: 'year' | 'month' | 'part-of-year', rawText = '') =>
    fig(sourceId, { kind: 'date', dateLow: low, dateHigh: high, datePrecision: precision, rawText });
  const opening = [date(0, '2023-01', '2023-12', 'year'), date(1, '2023-01', '2023-04', 'part-of-year', 'early 2023'), date(2, '2023-01', '2023-01', 'month'), date(4, '2023-02', '2023-02', 'month')];
  it('does not call a loose date that fits both sides a revision', () => {
    assert.equal(spreadVerdict(opening).verdict, 'disagree');
  });
  it('lists dates as stated', () => {
    assert.equal(formatSpanLabel(opening), 'January 2023 · early 2023 · 2023 · February 2023');
  });
});

describe('chart axis', () => {
  it('spans four nice steps from a nice base', () => {
    for (const rows of [capacity, deaths, hours, arrests]) {
      const { base, width } = toSpreadChartRows(rows);
      const step = width / 4;
      assert.ok([1, 2, 3, 4, 5, 6, 8].some((m) => Math.abs(step / 10 ** Math.floor(Math.log10(step)) - m) < 1e-9), `step ${step}`);
      assert.ok(Math.abs(base / step - Math.round(base / step)) < 1e-9, `base ${base}`);
    }
  });
});

describe('metrics of one story that measure the same thing (lib/spread/related)', () => {
  const metric = (id: number, label: string, sourceCount: number, valueMin: number | null, valueMax: number | null) => ({ id, label, sourceCount, valueMin, valueMax });
  const deaths = metric(1, 'Deaths', 5, 64, 1427);

  it('finds the metrics whose label names the same measure, most sources first, and not the metric itself', () => {
    const others = [metric(2, 'Deaths · Maria', 2, 2975, 4645), metric(3, 'People displaced', 4, 10, 20), metric(4, 'Deaths · Aug', 3, 16, 64), deaths];
    assert.deepEqual(sameMeasure(deaths, others).map((m) => m.id), [4, 2]);
  });

  it('says when another metric states only values outside this one\'s range', () => {
    assert.equal(apart(deaths, metric(2, 'Deaths · Maria', 2, 2975, 4645)), true);
    assert.equal(apart(deaths, metric(4, 'Deaths · Aug', 3, 16, 64)), false, 'touching ranges overlap');
    assert.equal(apart(deaths, metric(5, 'Deaths', 1, null, null)), false, 'a metric of vague figures states no range');
  });
});

describe('what an agreeing metric hides (lib/spread/related)', () => {
  it('counts the same-measure metrics whose values all lie outside its range', () => {
    const opening = { id: 1, label: 'Opening date', sourceCount: 3, valueMin: 24_072, valueMax: 24_083 };
    const others = [
      { id: 2, label: 'Opening date · Brandenburg', sourceCount: 2, valueMin: 23_880, valueMax: 23_999 },
      { id: 3, label: 'Opening date · Airport', sourceCount: 1, valueMin: 24_080, valueMax: 24_155 },
      { id: 4, label: 'Closing date', sourceCount: 2, valueMin: 20_000, valueMax: 20_001 },
    ];
    assert.deepEqual(contradicting(opening, others).map((m) => m.id), [2]);
  });
});
