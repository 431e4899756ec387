import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractFigures, QUOTE_MAX } from '../../lib/extract/index';

const isSpaceAt = (s: string, i: number) => i < 0 || i >= s.length || /\s/.test(s[i]);

describe('bounded quotes', () => {
  it('cites each of 5,000 numbers in one sentence by a window of at most 600 characters, cut between words', () => {
    const text = `The tallies were ${Array.from({ length: 5000 }, (_, i) => String(1000 + i)).join(', ')} in total.`;
    const { figures, warnings } = extractFigures(text);
    assert.deepEqual(warnings, [`the sentence at character 0 is ${text.length} characters long: each of its figures is quoted by at most 600 characters around it`]);
    assert.ok(figures.length > 4000, `${figures.length} figures`);
    for (const f of figures) {
      assert.ok(f.quote.length <= QUOTE_MAX, `quote of ${f.text} is ${f.quote.length} long`);
      assert.equal(text.slice(f.quoteStart, f.quoteEnd), f.quote);
      assert.ok(f.quoteStart <= f.start && f.end <= f.quoteEnd);
      assert.ok(isSpaceAt(text, f.quoteStart - 1) || f.quoteStart === 0, `quote of ${f.text} starts mid-word`);
      assert.ok(isSpaceAt(text, f.quoteEnd) || /[,.]/.test(text[f.quoteEnd]), `quote of ${f.text} ends mid-word`);
    }
  });

  it('keeps a whole sentence as the quote when it is short', () => {
    const text = 'Officials said about 1,200 people were evacuated on Monday.';
    const [f] = extractFigures(text).figures;
    assert.equal(f.quote, text);
  });

  it('never splits a surrogate pair at a window edge', () => {
    const text = `${'😀'.repeat(400)} then 42 people ${'😀'.repeat(400)}`;
    for (const f of extractFigures(text).figures) assert.ok(!/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(f.quote));
  });
});

describe('long lines', () => {
  it('reads a 1 MB line with no full stop instead of overflowing the stack', () => {
    const text = 'The agency said 4,000 people were displaced and 12 died; '.repeat(18_000);
    const { figures, warnings } = extractFigures(text);
    assert.equal(warnings.length, 1);
    assert.equal(figures.length, 36_000);
  });

  it('reads a quotation that never closes across many sentences', () => {
    const text = ` "${'He said 5 things. Then '.repeat(20_000)}`;
    assert.equal(extractFigures(text).figures.length, 20_000);
  });
});
