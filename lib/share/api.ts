/** The columns of a stored metric the read API returns. */
export interface ApiMetricInput {
  slug: string; label: string; unit: string | null; kind: 'quantity' | 'date'; description: string;
  sourceCount: number; figureCount: number; chartedCount: number; valueMin: number | null; valueMax: number | null;
  medianLow: number | null; medianHigh: number | null; ratio: number | null; verdict: 'agree' | 'revised' | 'disagree';
  verdictReason: string; latestPublishedAt: string | null;
}

// Date metrics keep their summary on the chart's axis (months since year 0): the API gives them as ISO months.
function onAxis(kind: ApiMetricInput['kind'], v: number | null): number | string | null {
  if (v === null || kind === 'quantity') return v;
  const whole = Math.floor(v + 1e-9);
  return `${Math.floor(whole / 12)}-${String((whole % 12) + 1).padStart(2, '0')}`;
}

/** A metric as the read API returns it, with links to its page, its data twins and its figures, e.g. `toApiMetric(m).links.csv` → "/metrics/deaths.csv". */
export function toApiMetric(m: ApiMetricInput) {
  const page = `/metrics/${encodeURIComponent(m.slug)}`;
  return {
    slug: m.slug, label: m.label, unit: m.unit, kind: m.kind, description: m.description,
    sources: m.sourceCount, figures: m.figureCount, charted: m.chartedCount,
    min: onAxis(m.kind, m.valueMin), max: onAxis(m.kind, m.valueMax),
    median_low: onAxis(m.kind, m.medianLow), median_high: onAxis(m.kind, m.medianHigh),
    ratio: m.ratio, verdict: m.verdict, verdict_reason: m.verdictReason, latest_published: m.latestPublishedAt,
    links: { page, csv: `${page}.csv`, json: `${page}.json`, figures: `/api/v1/figures?metric=${encodeURIComponent(m.slug)}`, embed: `/embed${page}` },
  };
}

/** The columns of a stored source the read API returns (never its text). */
export interface ApiSourceInput {
  id: number; title: string; publisher: string | null; url: string | null; publishedAt: string | null; retrievedAt: Date;
  format: string; contentHash: string; extractorVersion: string; warnings: string[]; duplicateOf: number | null; figureCount: number;
}

/** A source as the read API returns it, e.g. `toApiSource(s).retrieved` → "2026-11-20T10:00:00.000Z". */
export function toApiSource(s: ApiSourceInput) {
  return {
    id: s.id, title: s.title, publisher: s.publisher, url: s.url, published: s.publishedAt, retrieved: s.retrievedAt.toISOString(),
    format: s.format, content_hash: s.contentHash, extractor_version: s.extractorVersion, warnings: s.warnings,
    duplicate_of: s.duplicateOf, figures: s.figureCount,
    links: { page: `/sources/${s.id}`, csv: `/sources/${s.id}.csv`, figures: `/api/v1/figures?source=${s.id}` },
  };
}

/** One page of a list: its items and the cursor of the next page (null on the last), e.g. `{ data: [...], next_cursor: "WzJd" }`. */
export function apiPage<T>(data: T[], nextCursor: string | null, next: string | null) {
  return { data, next_cursor: nextCursor, next };
}

/** The URL of the next page: the request's own URL with `cursor` replaced, e.g. "/api/v1/sources?limit=2&cursor=WzJd". */
export function nextPageUrl(requestUrl: string, cursor: string | null): string | null {
  if (cursor === null) return null;
  const url = new URL(requestUrl);
  url.searchParams.set('cursor', cursor);
  return `${url.pathname}${url.search}`;
}

/** A read API error: a typed code (`not_found:metric`, `bad_request:cursor`) and its HTTP status. */
export function apiError(code: `${'not_found' | 'bad_request'}:${string}`, message?: string): Response {
  return Response.json({ error: code, message }, { status: code.startsWith('not_found') ? 404 : 400 });
}
