import { z } from 'zod';

const empty = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
const text = (max: number) => z.preprocess(empty, z.string().trim().max(max).nullable());
const number = z.preprocess((v) => (typeof v === 'string' ? (v.trim() === '' ? null : Number(v.replace(/[,\s]/g, ''))) : v),
  z.number({ error: 'Give a number, e.g. 40000, or leave it empty.' }).finite().nullable());
const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().min(0);
const reason = z.string({ error: 'Say why, in a few words.' }).trim().min(3, 'Say why, in a few words.').max(500);
const label = z.string({ error: 'Give the metric a name.' }).trim().min(2, 'Give the metric a name.').max(120);

/** A decision on one figure, as its forms send it. */
export const figureDecisionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('confirm'), figureId: id, version }),
  z.object({ action: z.literal('reject'), figureId: id, version, reason }),
  z.object({ action: z.literal('rank'), figureId: id, version, rank: z.enum(['preferred', 'normal', 'deprecated']), reason }),
  z.object({
    action: z.literal('edit'), figureId: id, version, reason: text(500),
    low: number.optional(), high: number.optional(),
    qualifier: z.enum(['exact', 'about', 'at least', 'more than', 'up to', 'less than', 'range']).optional(),
    hedge: text(80).optional(), unit: text(60).optional(), counts: text(200).optional(),
    asOf: z.preprocess(empty, z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Give a date such as 2025-03-17, or leave it empty.').nullable()).optional(),
    attributedTo: text(200).optional(),
  }).refine((e) => e.low == null || e.high == null || e.low <= e.high, { message: 'The low bound must not be above the high bound.', path: ['high'] }),
  z.object({ action: z.literal('move'), figureId: id, version, to: z.union([z.literal('new'), id]), newLabel: z.preprocess(empty, label.nullable()).optional(), reason })
    .refine((m) => m.to !== 'new' || !!m.newLabel, { message: 'Name the new metric.', path: ['newLabel'] }),
]);
export type FigureDecisionInput = z.infer<typeof figureDecisionSchema>;

/** A curation of one metric, as its forms send it. */
export const metricCurationSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('rename'), metricId: id, version, label, scope: z.string().trim().max(500).default(''), reason: text(500) }),
  z.object({ action: z.literal('merge'), metricId: id, version, into: id, reason }),
  z.object({ action: z.literal('split'), metricId: id, version, label, figureIds: z.array(id).min(1, 'Tick the figures that belong in the new metric.'), reason }),
  z.object({ action: z.literal('not-comparable'), metricId: id, version, other: id, reason }),
  z.object({
    action: z.literal('verdict'), metricId: id, version,
    low: number.refine((n) => n !== null, 'Give the lowest well-supported value.'),
    high: number.optional(),
    note: z.string().trim().min(3, 'Explain the verdict in a sentence.').max(1000),
    figureIds: z.array(id).min(1, 'Tick the figures the verdict rests on.'),
  }),
]);
export type MetricCurationInput = z.infer<typeof metricCurationSchema>;

/** What a review form's action answers; on a refusal the message says what to do. */
export type ReviewFormState = { ok: boolean; message: string; fieldErrors?: Record<string, string[] | undefined> } | null;

/** FormData to a plain object, with the repeated `figureIds` boxes as a list. */
export function formObject(data: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries([...data.entries()].filter(([k]) => !k.startsWith('$')));
  out.figureIds = data.getAll('figureIds');
  return out;
}
