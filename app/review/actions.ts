'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { getEditor } from '@/lib/auth/session';
import { reviewFigure, type FigureChange } from '@/lib/ingest/review-figure';
import { curateMetric, type MetricChange } from '@/lib/ingest/review-metric';
import { undoLastChange } from '@/lib/ingest/review-undo';
import { ReviewError } from '@/lib/review/errors';
import type { FigureEdits } from '@/lib/review/types';
import { figureDecisionSchema, formObject, metricCurationSchema, type FigureDecisionInput, type MetricCurationInput, type ReviewFormState } from '@/lib/validation/review';

const SIGN_IN_TO_REVIEW = 'Sign in as an editor to review figures and metrics. Nothing was changed.';

// Every action writes: each checks for a signed-in, enabled editor first, then validates, then runs one transaction.
async function run(write: (actor: { id: number; name: string }) => string): Promise<ReviewFormState> {
  const editor = await getEditor();
  if (!editor) return { ok: false, message: SIGN_IN_TO_REVIEW };
  try {
    const message = write({ id: editor.id, name: editor.name });
    revalidatePath('/', 'layout');
    return { ok: true, message };
  } catch (err) {
    if (err instanceof ReviewError) return { ok: false, message: err.message };
    throw err;
  }
}

function invalid(error: z.ZodError): ReviewFormState {
  const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
  return { ok: false, message: Object.values(fieldErrors).flat()[0] ?? 'Check the form.', fieldErrors };
}

function figureChange(input: FigureDecisionInput): FigureChange {
  switch (input.action) {
    case 'confirm': return { action: 'confirm' };
    case 'reject': return { action: 'reject', reason: input.reason };
    case 'rank': return { action: 'rank', rank: input.rank, reason: input.reason };
    case 'move': return { action: 'move', to: input.to === 'new' ? { label: input.newLabel! } : input.to, reason: input.reason };
    case 'edit': {
      const { action: _a, figureId: _f, version: _v, reason, ...fields } = input;
      const edits = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as FigureEdits;
      return { action: 'edit', edits, reason: reason ?? '' };
    }
  }
}

/** Confirm, reject, rank, edit or move one figure. */
export async function reviewFigureAction(_prev: ReviewFormState, data: FormData): Promise<ReviewFormState> {
  if (!(await getEditor())) return { ok: false, message: SIGN_IN_TO_REVIEW };
  const parsed = figureDecisionSchema.safeParse(formObject(data));
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;
  return run((actor) => reviewFigure(getDb(), actor, input.figureId, input.version, figureChange(input), new Date()).summary);
}

function metricChange(input: MetricCurationInput): MetricChange {
  switch (input.action) {
    case 'rename': return { action: 'rename', label: input.label, scope: input.scope, reason: input.reason ?? '' };
    case 'merge': return { action: 'merge', into: input.into, reason: input.reason };
    case 'split': return { action: 'split', figureIds: input.figureIds, label: input.label, reason: input.reason };
    case 'not-comparable': return { action: 'not-comparable', other: input.other, reason: input.reason };
    case 'verdict': return { action: 'verdict', low: input.low!, high: input.high ?? input.low!, note: input.note, figureIds: input.figureIds };
  }
}

/** Rename, describe, merge, split, mark not comparable, or record the desk's verdict on a metric. */
export async function curateMetricAction(_prev: ReviewFormState, data: FormData): Promise<ReviewFormState> {
  if (!(await getEditor())) return { ok: false, message: SIGN_IN_TO_REVIEW };
  const parsed = metricCurationSchema.safeParse(formObject(data));
  if (!parsed.success) return invalid(parsed.error);
  const input = parsed.data;
  return run((actor) => curateMetric(getDb(), actor, input.metricId, input.version, metricChange(input), new Date()).summary);
}

/** Undo the signed-in editor's own last change. */
export async function undoAction(_prev: ReviewFormState, _data: FormData): Promise<ReviewFormState> {
  return run((actor) => undoLastChange(getDb(), actor, new Date()).summary);
}
