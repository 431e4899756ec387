import { z } from 'zod';

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const flag = z.preprocess(first, z.enum(['1', 'true', 'yes']).optional()).transform(Boolean).catch(false);

/** An export's format, from its route (`/metrics/SLUG/data/csv`, which `/metrics/SLUG.csv` is rewritten to). */
export const exportFormatSchema = z.enum(['csv', 'json']);

/** An export's own parameters, beside the view's: `?bom=1&all=1`. */
export const exportParamsSchema = z.object({
  bom: flag,
  // The overview's export holds the metrics of the page shown; `all` takes every metric that matches.
  all: flag,
});
export type ExportParams = z.infer<typeof exportParamsSchema>;

/** Query parameters of a request as the page schemas read them (a repeated key becomes a list). */
export function searchParamsObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}
