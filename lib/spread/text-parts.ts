// A long source's text in parts: a 500 kB report rendered whole is megabytes of HTML per request, so the
// source page shows one part at a time. Parts end at a line break, so a quoted sentence is rarely cut.

/** Characters per part, about twelve pages of print; a news article is one part. */
export const PART_CHARS = 20_000;

export interface TextPart {
  start: number;
  end: number;
}

/**
 * The text's parts, each at least `size` characters (the last may be shorter), ending after the first line
 * break past that size, e.g. `textParts('a'.repeat(90_000))` → 1 part (no line break to cut at).
 */
export function textParts(text: string, size = PART_CHARS): TextPart[] {
  const parts: TextPart[] = [];
  let start = 0;
  while (text.length - start > size) {
    const nl = text.indexOf('\n', start + size);
    if (nl < 0 || nl + 1 >= text.length) break;
    parts.push({ start, end: nl + 1 });
    start = nl + 1;
  }
  parts.push({ start, end: text.length });
  return parts;
}

/** The 1-based number of the part holding an offset, e.g. a figure's start. */
export function partOf(parts: TextPart[], offset: number): number {
  const i = parts.findIndex((p) => offset < p.end);
  return i < 0 ? parts.length : i + 1;
}

/**
 * The highlights of figures that start in a part, with offsets into the part's text; a quote running past the
 * part's end is cut there, e.g. `highlightsInPart(highlights, parts[1])` for `?part=2`.
 */
export function highlightsInPart<H extends { quoteStart: number; quoteEnd: number; mark: { start: number; end: number } }>(
  highlights: H[],
  part: TextPart,
): H[] {
  const shift = (at: number) => Math.min(Math.max(at, part.start), part.end) - part.start;
  return highlights
    .filter((h) => h.mark.start >= part.start && h.mark.start < part.end)
    .map((h) => ({
      ...h,
      quoteStart: shift(h.quoteStart),
      quoteEnd: shift(h.quoteEnd),
      mark: { ...h.mark, start: shift(h.mark.start), end: shift(h.mark.end) },
    }));
}
