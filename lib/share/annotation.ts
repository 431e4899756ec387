/** What a Web Annotation of a citation is made from: the figure, its quote's offsets and its source's text. */
export interface AnnotatedCitation {
  permalink: string;
  valueAsStated: string;
  metricLabel: string | null;
  quoteStart: number;
  quoteEnd: number;
  sourceText: string;
  /** The source's own URL, or its page in Spread when it has none. */
  sourceUrl: string;
  retrievedAt: Date;
}

// How much text either side of the quote the TextQuoteSelector carries, as the W3C model suggests: enough to
// find the passage again when the quote occurs twice.
const CONTEXT = 32;

// The annotation model counts positions in Unicode code points; stored offsets are JavaScript (UTF-16) indices,
// which run ahead of it after every character outside the Basic Multilingual Plane (an emoji, some CJK).
const codePoints = (text: string, utf16: number) => [...text.slice(0, utf16)].length;

/**
 * A citation as a W3C Web Annotation (JSON-LD): the quote selected in its source by a TextQuoteSelector with
 * prefix and suffix and by a TextPositionSelector (in code points, as the model counts), e.g. `toWebAnnotation(c).target.selector[1]` → `{ type: 'TextPositionSelector', start: 120, end: 188 }`.
 */
export function toWebAnnotation(c: AnnotatedCitation) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: c.permalink,
    type: 'Annotation',
    motivation: 'highlighting',
    created: c.retrievedAt.toISOString(),
    body: {
      type: 'TextualBody',
      purpose: 'describing',
      format: 'text/plain',
      value: c.metricLabel ? `${c.metricLabel}: ${c.valueAsStated}` : c.valueAsStated,
    },
    target: {
      source: c.sourceUrl,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: c.sourceText.slice(c.quoteStart, c.quoteEnd),
          prefix: c.sourceText.slice(Math.max(0, c.quoteStart - CONTEXT), c.quoteStart),
          suffix: c.sourceText.slice(c.quoteEnd, c.quoteEnd + CONTEXT),
        },
        { type: 'TextPositionSelector', start: codePoints(c.sourceText, c.quoteStart), end: codePoints(c.sourceText, c.quoteEnd) },
      ],
    },
  };
}
