// Property test: whatever text arrives, extraction returns, every figure's span lies inside the text and
// slices to the figure's own text, and time grows about linearly with length.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { extractFigures } from '../../lib/extract/index';

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 3, arbitrary: fc.constantFrom('about ', 'over ', 'between ', ' and ', 'up to ', 'at least ', ' people', ' deaths', ' million', ' billion', '%', '$', '€', '°F', ' km', ' per cent', '. ', ', ', '; ', '\n', '\r\n', '"', '“', '”', '(', ')', '[1]', 'U.S. ', 'Mr. ', 'said ', 'according to ', 'As of March 2024, ', 'in 2023 ', 'one hundred ', 'thousands of ', '½', '١٢٣', 'مئة ', 'שלושה ', '\u202e', '\u200f', '👩‍👩‍👧', '🇸🇻', '\u0000', '\u001b[2J', '\t') },
  { weight: 3, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: false }), fc.bigInt()).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 12 }).map((n) => '('.repeat(n) + '5' + ')'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 30 }).map((n) => '1,000'.repeat(n)) },
);
const text = fc.oneof(
  { weight: 9, arbitrary: fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')) },
  // A very long line: one piece repeated thousands of times.
  { weight: 1, arbitrary: fc.tuple(piece, fc.integer({ min: 100, max: 3000 })).map(([p, n]) => p.repeat(n).slice(0, 60_000)) },
);

describe('extractFigures on generated text', () => {
  it('never throws; every span is inside the text and slices to its figure', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { figures } = extractFigures(t);
        for (const f of figures) {
          assert.ok(f.start >= 0 && f.start < f.end && f.end <= t.length, `span ${f.start}-${f.end} in ${t.length}`);
          assert.equal(t.slice(f.start, f.end), f.text);
          assert.ok(f.quoteStart >= 0 && f.quoteStart <= (f.hedgeStart ?? f.start) && f.end <= f.quoteEnd && f.quoteEnd <= t.length);
          assert.equal(t.slice(f.quoteStart, f.quoteEnd), f.quote);
          assert.ok(f.quote.length <= Math.max(600, f.end - (f.hedgeStart ?? f.start)));
        }
      }),
      { numRuns: 10_000 },
    );
  });

  // Coarse on purpose: 8x the text may take at most 40x the time (a quadratic step would take 64x),
  // and the larger size is sized so scheduler noise cannot dominate. Each shape is a known past trap.
  it('takes about linear time in the length of hostile lines', () => {
    const shapes = ['The agency said 4,000 people died; ', ' '.repeat(64) + '5 ', '"He said 5 things. Then ', '1,000 ', '(((5))) ', 'U.S. 5 '];
    for (const shape of shapes) {
      const time = (n: number) => {
        const t = shape.repeat(Math.ceil(n / shape.length));
        const t0 = performance.now();
        extractFigures(t);
        return performance.now() - t0;
      };
      time(20_000);
      const small = Math.min(time(40_000), time(40_000));
      const large = Math.min(time(320_000), time(320_000));
      assert.ok(large < Math.max(small, 5) * 40, `${JSON.stringify(shape)}: ${small.toFixed(0)} ms at 40k, ${large.toFixed(0)} ms at 320k`);
    }
  });
});
