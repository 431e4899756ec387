import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { highlightsInPart, partOf, textParts } from '../../lib/spread/text-parts';

const paragraph = (k: number) => `Paragraph ${k}: ${'word '.repeat(50)}`;
const text = Array.from({ length: 30 }, (_, k) => paragraph(k)).join('\n');

describe('textParts', () => {
  it('keeps a short text whole and cuts a long one after line breaks, covering every character once', () => {
    assert.deepEqual(textParts('A short article.\nTwo lines.'), [{ start: 0, end: 27 }]);
    const parts = textParts(text, 1000);
    assert.ok(parts.length > 1);
    assert.equal(parts[0].start, 0);
    assert.equal(parts.at(-1)!.end, text.length);
    for (let i = 1; i < parts.length; i++) {
      assert.equal(parts[i].start, parts[i - 1].end);
      assert.equal(text[parts[i].start - 1], '\n');
    }
    assert.deepEqual(textParts('x'.repeat(5000), 1000), [{ start: 0, end: 5000 }]);
  });

  it('finds the part of an offset and moves a highlight into its part', () => {
    const parts = textParts(text, 1000);
    const at = text.indexOf('Paragraph 25');
    const n = partOf(parts, at);
    const range = parts[n - 1];
    const highlight = { quoteStart: at, quoteEnd: at + 12, mark: { id: 7, start: at + 10, end: at + 12 } };
    const [moved] = highlightsInPart([highlight], range);
    assert.equal(text.slice(range.start, range.end).slice(moved.mark.start, moved.mark.end), '25');
    assert.deepEqual(highlightsInPart([highlight], parts[0]), n === 1 ? [moved] : []);
  });
});
