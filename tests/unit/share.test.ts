import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toWebAnnotation } from '../../lib/share/annotation';
import { buildClaimReview, jsonForScript } from '../../lib/share/claim-review';
import { chartSvg } from '../../lib/share/chart-svg';
import { csvCell, csvLine, UTF8_BOM } from '../../lib/share/csv';
import { decodeCursor, encodeCursor } from '../../lib/share/cursor';
import { embedCode } from '../../lib/share/embed';
import { EXPORT_COLUMNS, toExportRow, type ExportFigure } from '../../lib/share/export-rows';
import { exportChunks } from '../../lib/share/stream';
import { toSpreadChartRows } from '../../lib/spread';
import { readCsvRows } from '../setup/csv';

const figure = (over: Partial<ExportFigure> = {}): ExportFigure => ({
  id: 12, sourceId: 3, metricId: 5, kind: 'quantity', low: 189, high: 200, dateLow: null, dateHigh: null, datePrecision: null,
  qualifier: 'range', hedge: 'between', unit: 'deaths', rawText: 'between 189 and 200', vague: false, asOf: '2024-03',
  metricSlug: 'deaths', metricLabel: 'Deaths in custody', counts: 'deaths in custody', attributedTo: 'Cristosal',
  quote: 'Between 189 and 200 people died in custody, the group said.', quoteStart: 100, quoteEnd: 158, start: 100, end: 119,
  page: null, status: 'extracted', rank: 'normal', sourceTitle: 'Deaths in prisons', sourcePublisher: 'Example News',
  sourceUrl: 'https://news.example/a', sourcePublishedAt: '2024-05-02', sourceRetrievedAt: new Date('2026-11-20T10:00:00Z'),
  ...over,
});

describe('CSV cells', () => {
  it('escapes text a spreadsheet would run as a formula, and only text', () => {
    for (const start of ['=', '+', '-', '@', '\t']) assert.equal(csvCell(`${start}HYPERLINK("x")`).replace(/^"|"$/g, '').startsWith(`'${start}`), true, start);
    assert.equal(csvCell('=1+1'), "'=1+1");
    assert.equal(csvCell(-5), '-5');
    assert.equal(csvCell(0.5), '0.5');
    assert.equal(csvCell('a safe = sign inside'), 'a safe = sign inside');
  });

  it('quotes commas, quotes and line breaks, and reads back unchanged', () => {
    const values = ['He said, "189"', 'two\nlines', 'plain', '', '=cmd|calc'];
    const [back] = readCsvRows(csvLine(values));
    assert.deepEqual(back, ['He said, "189"', 'two\nlines', 'plain', '', "'=cmd|calc"]);
  });

  it('writes empty cells for missing values and never formats numbers', () => {
    assert.equal(csvLine([null, undefined, 1234567.5, 2000]), ',,1234567.5,2000\r\n');
  });
});

describe('export rows', () => {
  it('carry the provenance of every figure: quote, offsets, source, dates, rank, status and permalink', () => {
    const row = toExportRow(figure(), 'https://spread.example');
    assert.deepEqual(Object.keys(row), [...EXPORT_COLUMNS]);
    assert.equal(row.value_as_stated, 'between 189 and 200');
    assert.equal(row.low, 189);
    assert.equal(row.retrieved, '2026-11-20T10:00:00.000Z');
    assert.equal(row.published, '2024-05-02');
    assert.equal(row.quote_start, 100);
    assert.equal(row.rank, 'normal');
    assert.equal(row.review_status, 'extracted');
    assert.equal(row.permalink, 'https://spread.example/figures/12');
    assert.equal(toExportRow(figure({ rank: 'deprecated', status: 'confirmed' })).rank, 'deprecated');
    assert.equal(toExportRow(figure({ rank: 'deprecated', status: 'confirmed' })).review_status, 'confirmed');
  });

  it('stream as CSV with an optional byte-order mark, and as JSON that parses', () => {
    const batches = [[figure(), figure({ id: 13, quote: '=SUM(A1:A9) people died' })], [], [figure({ id: 14 })]];
    const csv = [...exportChunks(batches, { format: 'csv', origin: '', bom: true })].join('');
    assert.ok(csv.startsWith(UTF8_BOM + 'figure_id,metric,'));
    const rows = readCsvRows(csv.slice(1));
    assert.deepEqual(rows[0], [...EXPORT_COLUMNS]);
    assert.equal(rows.length, 4);
    assert.equal(rows[2][EXPORT_COLUMNS.indexOf('quote')], "'=SUM(A1:A9) people died");
    const json = JSON.parse([...exportChunks(batches, { format: 'json', origin: '' })].join(''));
    assert.deepEqual(json.rows.map((r: { figure_id: number }) => r.figure_id), [12, 13, 14]);
    assert.equal(JSON.parse([...exportChunks([], { format: 'json', origin: '' })].join('')).rows.length, 0);
  });
});

describe('ClaimReview', () => {
  const review = buildClaimReview({
    claim: 'Between 189 and 200 people died in custody', claimant: { name: 'Cristosal' },
    appearanceUrl: 'https://news.example/a', rating: { label: 'Understated', value: 2 }, explanation: 'Three sources count more.',
    reviewUrl: 'https://spread.example/metrics/deaths', reviewer: 'The desk', datePublished: '2026-11-27', claimDate: '2024-05-02',
  });

  it("has the fields schema.org and Google's fact-check markup require", () => {
    assert.equal(review['@context'], 'https://schema.org');
    assert.equal(review['@type'], 'ClaimReview');
    for (const key of ['url', 'claimReviewed', 'datePublished'] as const) assert.ok(typeof review[key] === 'string' && review[key].length > 0, key);
    assert.equal(review.author['@type'], 'Organization');
    assert.ok(review.author.name);
    assert.equal(review.reviewRating['@type'], 'Rating');
    assert.equal(review.reviewRating.alternateName, 'Understated');
    // A numeric rating needs its scale.
    assert.ok(review.reviewRating.worstRating! <= review.reviewRating.ratingValue! && review.reviewRating.ratingValue! <= review.reviewRating.bestRating!);
    assert.equal(review.itemReviewed['@type'], 'Claim');
    assert.ok(['Person', 'Organization'].includes(review.itemReviewed.author['@type']));
    assert.equal(review.itemReviewed.appearance[0]['@type'], 'CreativeWork');
    assert.ok(URL.canParse(review.itemReviewed.appearance[0].url));
    assert.ok(URL.canParse(review.url));
  });

  it('cannot close its script element', () => {
    assert.ok(!jsonForScript({ claim: '</script><script>alert(1)</script>' }).includes('</'));
  });
});

describe('Web Annotation of a citation', () => {
  const text = 'x'.repeat(100) + 'Between 189 and 200 people died in custody, the group said.' + ' And more text follows here.';
  const a = toWebAnnotation({ permalink: 'https://spread.example/figures/12', valueAsStated: 'between 189 and 200', metricLabel: 'Deaths',
    quoteStart: 100, quoteEnd: 159, sourceText: text, sourceUrl: 'https://news.example/a', retrievedAt: new Date('2026-11-20T10:00:00Z') });

  it('selects the quote by text with prefix and suffix, and by position', () => {
    assert.equal(a['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(a.type, 'Annotation');
    assert.equal(a.target.source, 'https://news.example/a');
    const [quote, position] = a.target.selector as unknown as [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }];
    assert.equal(quote.exact, 'Between 189 and 200 people died in custody, the group said.');
    assert.equal(quote.prefix, 'x'.repeat(32));
    assert.equal(quote.suffix, ' And more text follows here.');
    assert.equal(text.slice(position.start, position.end), quote.exact);
  });

  it('counts positions in code points, as the model does, when the text holds an emoji', () => {
    const before = 'Flood 🌊 update. ';
    const quote = 'At least 120 people died.';
    const emoji = toWebAnnotation({ permalink: 'p', valueAsStated: 'at least 120', metricLabel: null, quoteStart: before.length,
      quoteEnd: before.length + quote.length, sourceText: before + quote, sourceUrl: 'u', retrievedAt: new Date(0) });
    const position = emoji.target.selector[1] as unknown as { start: number; end: number };
    assert.equal(before.length, 17);
    assert.deepEqual([position.start, position.end], [16, 16 + quote.length]);
    assert.equal([...before + quote].slice(position.start, position.end).join(''), quote);
  });
});

describe('cursors, embed code and chart image', () => {
  it('round-trips a cursor and refuses one it did not write', () => {
    assert.deepEqual(decodeCursor(encodeCursor([2, 0.5, 'x', 17]), 4), [2, 0.5, 'x', 17]);
    assert.equal(decodeCursor('not-a-cursor', 4), null);
    assert.equal(decodeCursor(encodeCursor([1, 2]), 4), null);
    assert.equal(decodeCursor(Buffer.from('[{"a":1}]').toString('base64url'), 1), null);
  });

  it('writes an iframe of the embed page with an escaped title', () => {
    const code = embedCode({ origin: 'https://spread.example', slug: 'deaths', title: 'Deaths "in" custody', rows: 3 });
    assert.match(code, /^<iframe src="https:\/\/spread\.example\/embed\/metrics\/deaths" title="Deaths &quot;in&quot; custody"/);
  });

  it('draws title, n and sources into the SVG image', () => {
    const rows = [figure({ id: 1, low: 189, high: 200 }), figure({ id: 2, sourceId: 4, low: 366, high: 366, qualifier: 'exact', sourcePublisher: 'A & B' })];
    const svg = chartSvg(toSpreadChartRows(rows), { title: 'Deaths <in> custody', nFigures: 2, nSources: 2, sources: ['Example News', 'A & B'], url: 'https://spread.example/metrics/deaths' });
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
    assert.match(svg, /Deaths &lt;in&gt; custody/);
    assert.match(svg, /n = 2 figures charted from 2 sources/);
    assert.match(svg, /Sources: Example News; A &amp; B/);
    assert.equal((svg.match(/fill="#3b82f6"/g) ?? []).length, 2);
  });
});
