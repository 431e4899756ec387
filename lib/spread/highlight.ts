/** A span of text to highlight: a figure's offsets (hedge included) and how to colour it. */
export interface HighlightMark {
  id: number;
  start: number;
  end: number;
  tone: string;
}

export type Segment = { text: string; mark: null } | { text: string; mark: HighlightMark };

/**
 * Splits `text` into plain and highlighted runs; `offset` is where `text` starts in the stored source,
 * so a quote can reuse the source offsets. Overlapping marks keep the earlier one.
 * Example: `highlightSegments('holds 40,000 inmates', [{ id: 1, start: 6, end: 12, tone: 'a' }])`
 * → [{ text: 'holds ' }, { text: '40,000', mark }, { text: ' inmates' }].
 */
export function highlightSegments(text: string, marks: HighlightMark[], offset = 0): Segment[] {
  const sorted = marks
    .map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }))
    .filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start), mark: null });
    out.push({ text: text.slice(m.start, m.end), mark: { ...m, start: m.start + offset, end: m.end + offset } });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: null });
  return out;
}

export interface Passage {
  start: number;
  end: number;
  /** The sentence(s) quoted by figures; null for text between quotes. */
  quoted: boolean;
  segments: Segment[];
}

/**
 * Splits a source's text into quoted sentences (with their figures highlighted) and the plain text
 * between them, so a page can style the sentence around a targeted figure.
 */
export function splitPassages(
  text: string,
  quotes: { quoteStart: number; quoteEnd: number }[],
  marks: HighlightMark[],
): Passage[] {
  const spans = quotes
    .map((q) => ({ start: Math.max(0, q.quoteStart), end: Math.min(text.length, q.quoteEnd) }))
    .filter((q) => q.end > q.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const out: Passage[] = [];
  let at = 0;
  const push = (start: number, end: number, quoted: boolean) =>
    out.push({ start, end, quoted, segments: highlightSegments(text.slice(start, end), marks, start) });
  for (const m of merged) {
    if (m.start > at) push(at, m.start, false);
    push(m.start, m.end, true);
    at = m.end;
  }
  if (at < text.length) push(at, text.length, false);
  return out;
}
