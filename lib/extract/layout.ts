// Layout zones whose numbers are not figures: the source's own reference list, page furniture
// (credits, tags, "read more" teasers, linked posts), URLs and footnote markers. Also resolves a
// footnote marker such as "[7]" to a short name for the item it points to.

import type { Span } from './sentences';

export type ZoneKind = 'references' | 'furniture' | 'url' | 'marker';

export interface Zone extends Span {
  kind: ZoneKind;
}

export interface Layout {
  /** Sorted by start; a figure starting inside one is dropped. */
  zones: Zone[];
  /** Footnote number → short name of the cited item ("BBC", "hrw.org", or its title). */
  references: Map<number, string>;
}

const REF_HEADING_RE = /^\s*(?:citations|references|sources|notes|footnotes|bibliography|works cited|further reading)\s*:?\s*$/i;
const REF_ITEM_RE = /^\s*\[(\d{1,3})\]\s*(.*)$/;
const FURNITURE_RE = new RegExp(
  [
    String.raw`^(?:feature\s+|featured\s+|header\s+|cover\s+)?(?:image|photo|picture|video)s?\s*(?:source|credit|courtesy|by)s?\b`,
    String.raw`^(?:you (?:might|may) also (?:be interested in|like)|read (?:more|also|next)|see also|related(?: posts?| articles?| stories| content)?\s*:|more from|recommended|also read)`,
    String.raw`^(?:tags?|categories|filed under|topics)\s*:`,
    String.raw`^(?:subscribe|sign up|discover more from|leave a (?:reply|comment)|share (?:this|on)|follow us|advertisement|copyright|©|all rights reserved)`,
    String.raw`^#\w`,
    String.raw`^(?:photo|image|picture|video|credit|caption)s?\s*:`,
    String.raw`^(?:updated|published|posted|last\s+(?:updated|modified))\b[^.!?]{0,60}\d{4}`,
    String.raw`^\d+\s*min(?:ute)?s?\s+read\b|^listen\s+to\s+this\s+article|^(?:sign\s+up|newsletter|follow\s+us)`,
  ].join('|'),
  'i',
);
// A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters" (not "By 2030, the city plans …").
const BYLINE_RE = /^By\s+[A-Z][a-z'’-]+(?:\s+(?:[A-Z][a-z'’.-]*|and|de|van|von))*\s*(?:[,|].{0,60})?$/;
// A linked post's title: a short line ending in a parenthesised date, with no full stop inside.
const LINKED_POST_RE = /^[^.!?]{3,160}\((?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]+ \d{4})\)\s*$/;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"”)\]]+/gi;
const MARKER_RE = /\[(\d{1,3})\]/g;

/** Find non-figure zones and the reference list, e.g. `readLayout('Text[1]\nSources:\n[1] X – BBC')`. */
export function readLayout(text: string): Layout {
  const zones: Zone[] = [];
  const references = new Map<number, string>();
  scanLines(text, zones, references);
  // Most texts hold no URL and no footnote marker: a substring test spares the full regex scan.
  if (text.includes('://') || WWW_RE.test(text)) addZones(text, URL_RE, 'url', zones);
  if (text.includes('[')) addZones(text, MARKER_RE, 'marker', zones);
  zones.sort((a, b) => a.start - b.start);
  return { zones, references };
}

// Every URL ("https://…" or "www.…") holds one of these.
const WWW_RE = /www\./i;

/** A zone for every match of the global `re` (an exec loop: matchAll copies the regex on every call). */
function addZones(text: string, re: RegExp, kind: 'url' | 'marker', zones: Zone[]): void {
  re.lastIndex = 0;
  // Neither pattern matches an empty string, so the loop always advances; a failed exec resets lastIndex.
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (kind === 'url' || isMarkerAt(text, m.index)) zones.push({ start: m.index, end: m.index + m[0].length, kind });
  }
}

// A footnote marker hangs on a word or closing punctuation ("history[6]", "daily.[2]"), never after a space or digit.
function isMarkerAt(text: string, i: number): boolean {
  const prev = text[i - 1];
  return i > 0 && !/[\s\d]/.test(prev);
}

function scanLines(text: string, zones: Zone[], references: Map<number, string>): void {
  const lines = lineSpans(text);
  const refStart = referenceListStart(text, lines);
  let continueFurniture = false;
  lines.forEach((span, i) => {
    const line = text.slice(span.start, span.end);
    if (i >= refStart) {
      zones.push({ start: span.start, end: span.end, kind: 'references' });
      const item = REF_ITEM_RE.exec(line);
      if (item) references.set(Number(item[1]), shortName(item[2]));
      return;
    }
    const trimmed = line.trim();
    // LINKED_POST_RE ends in `\)\s*$` and `trimmed` has no trailing space: endsWith skips the regex on most lines.
    const furniture = continueFurniture || FURNITURE_RE.test(trimmed) || (trimmed.endsWith(')') && LINKED_POST_RE.test(trimmed)) ||
      BYLINE_RE.test(trimmed);
    if (furniture) zones.push({ start: span.start, end: span.end, kind: 'furniture' });
    // A tag list wraps onto the next line when it ends with a comma.
    continueFurniture = furniture && /,\s*$/.test(line);
  });
}

function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    out.push({ start, end });
    start = end + 1;
  }
  return out;
}

// The reference list starts at a heading line ("Citations:") or at a run of "[n] ..." lines that
// continues to the end of the text (blank lines and trailing furniture allowed).
function referenceListStart(text: string, lines: Span[]): number {
  for (let i = 0; i < lines.length; i++) {
    if (REF_HEADING_RE.test(text.slice(lines[i].start, lines[i].end))) return i;
  }
  let start = lines.length;
  let items = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = text.slice(lines[i].start, lines[i].end);
    if (REF_ITEM_RE.test(line)) [start, items] = [i, items + 1];
    else if (line.trim() !== '' && items > 0) break;
  }
  return items >= 2 ? start : lines.length;
}

/** Short name for a reference item: the text after its last dash, its site name, else its title. */
export function shortName(item: string): string {
  const url = /\b(?:https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/?\S*\s*$/i.exec(item);
  const title = (url ? item.slice(0, url.index) : item).replace(/^\s*\[(?:pdf|html|video)\]\s*/i, '').trim();
  const dash = /\s[–—|-]\s+([^–—|]{2,40}?)\s*$/.exec(title);
  if (dash && !/…|\.\.\./.test(dash[1])) return dash[1].trim();
  if (url && /https?:\/\/|www\./i.test(url[0])) return siteName(url[1]);
  return title.replace(/\s*(?:…|\.\.\.)\s*$/, '') || item.trim();
}

// "edition.cnn.com" → "CNN"; "princetonpoliticalreview.org" stays a domain: no guessing at word breaks.
function siteName(host: string): string {
  const parts = host.toLowerCase().replace(/^(?:www\d?|edition|m|amp|mobile)\./, '').split('.');
  const label = parts[0];
  if (label.length <= 4 && parts.length === 2) return label.toUpperCase();
  return parts.join('.');
}

/** True when `pos` lies inside one of the sorted zones, e.g. `inZone(layout.zones, 12)`. */
export function inZone(zones: readonly Zone[], pos: number): boolean {
  let lo = 0;
  let hi = zones.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (zones[mid].start <= pos) [best, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  // Zones can nest (a URL inside the reference list), so look back over the few that start earlier.
  for (let i = best; i >= 0 && i > best - 8; i--) if (zones[i].start <= pos && pos < zones[i].end) return true;
  return false;
}

/** Footnote numbers cited in [start, end), e.g. "…daily[1][4]." → [1, 4]. */
export function markersIn(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (const m of text.slice(start, end).matchAll(/\[(\d{1,3})\]/g)) out.push(Number(m[1]));
  return out;
}
