import { z } from 'zod';

export const metricSorts = ['rank', 'spread', 'sources', 'recent'] as const;
export type MetricSort = (typeof metricSorts)[number];

// A shared link may carry a repeated or mangled parameter: take the first value, and let a bad one fall back
// to "no filter" rather than an error page.
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const text = (max: number) =>
  z.preprocess(first, z.string().trim().max(max).optional()).transform((v) => v || undefined).catch(undefined);
const pageNumber = z.preprocess(first, z.coerce.number().int().min(1).max(1_000_000)).catch(1);

/** The overview's view in its URL: search, filters, sort and the two list pages, e.g. `?q=deaths&verdict=disagree&page=2`. */
export const overviewParamsSchema = z.object({
  q: text(200),
  verdict: z.preprocess(first, z.enum(['agree', 'revised', 'disagree']).optional()).catch(undefined),
  unit: text(60),
  source: z.preprocess(first, z.coerce.number().int().positive().optional()).catch(undefined),
  sort: z.preprocess(first, z.enum(metricSorts).default('rank')).catch('rank'),
  page: pageNumber,
  sourcesPage: pageNumber,
  // Rows per page of both lists; a desk can ask for a longer page, never an unbounded one.
  per: z.preprocess(first, z.coerce.number().int().min(1).max(100).default(25)).catch(25),
});
export type OverviewParams = z.infer<typeof overviewParamsSchema>;

/** A page number of a list that pages on its own: a metric's citations, a source's figures, e.g. `?page=3`. */
export const listPageParamsSchema = z.object({ page: pageNumber });

/** A source page: its figure list's page and, for a long text, the part shown, e.g. `?part=2`. */
export const sourcePageParamsSchema = z.object({ page: pageNumber, part: pageNumber });
