import { z } from 'zod';

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** Paging of every list in the read API: `?limit=50&cursor=…` (the cursor comes from the previous page). */
export const apiPageParamsSchema = z.object({
  limit: z.preprocess(first, z.coerce.number().int().min(1).max(500).default(100)),
  cursor: z.preprocess(first, z.string().max(500).optional()),
});

/** The figures list's filters: the figures of one metric (as its page) and/or one source (as its page). */
export const apiFigureFiltersSchema = z.object({
  metric: z.preprocess(first, z.string().max(200).optional()),
  source: z.preprocess(first, z.coerce.number().int().positive().optional()),
});
