'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { getEditor, SIGN_IN_TO_WRITE } from '@/lib/auth/session';
import { deleteDrafts, insertDraft, loadDrafts, newDraftKey } from '@/lib/ingest/drafts';
import { IngestError } from '@/lib/ingest/errors';
import { previewStaged } from '@/lib/ingest/preview';
import { readPastedText, readSourceFile, readSourceUrl } from '@/lib/ingest/read-input';
import { saveStaged } from '@/lib/ingest/save-staged';
import { fetchOptionsFromEnv, MAX_FILE_BYTES } from '@/lib/ingest/settings';
import type { StagedSource } from '@/lib/ingest/staged';
import {
  draftKeySchema,
  pasteInputSchema,
  urlInputSchema,
  type Failure,
  type PreviewResult,
  type SaveSourcesResult,
  type StageResult,
} from '@/lib/validation/add-source';

const refused: Failure = { ok: false, message: SIGN_IN_TO_WRITE };

// Every action here writes (a draft or a source): each one checks for a signed-in, enabled editor first.
async function stage(formData: FormData, read: () => Promise<StagedSource>): Promise<StageResult> {
  const editor = await getEditor();
  if (!editor) return refused;
  const given = formData.get('draftKey');
  const draftKey = typeof given === 'string' && draftKeySchema.safeParse(given).success ? given : newDraftKey();
  try {
    insertDraft(getDb(), draftKey, editor.id, await read(), new Date());
    return { ok: true, draftKey };
  } catch (err) {
    if (err instanceof IngestError) return { ok: false, message: `${err.message}. Nothing was saved.` };
    if (err instanceof z.ZodError) return { ok: false, message: 'Check the fields marked below.', fieldErrors: z.flattenError(err).fieldErrors };
    throw err;
  }
}

/** Reads pasted text and its metadata into a draft. */
export async function stagePasteAction(formData: FormData): Promise<StageResult> {
  const parsed = pasteInputSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    if (!(await getEditor())) return refused;
    const { fieldErrors } = z.flattenError(parsed.error);
    // An empty box is the usual mistake: say it in the message, not only beside the field.
    const message = fieldErrors.text?.[0] ?? 'Check the fields marked below.';
    return { ok: false, message: `${message} Nothing was saved.`, fieldErrors };
  }
  const { text, ...metadata } = parsed.data;
  return stage(formData, async () => readPastedText(text, metadata, new Date()));
}

/** Reads one uploaded file (.txt, .md, .html or .pdf) into a draft; a batch sends its files one by one under one key. */
export async function stageFileAction(formData: FormData): Promise<StageResult> {
  const file = formData.get('file');
  if (!(file instanceof File)) return (await getEditor()) ? { ok: false, message: 'Choose a file first.' } : refused;
  return stage(formData, async () => readSourceFile(file.name, new Uint8Array(await file.arrayBuffer()), { maxBytes: MAX_FILE_BYTES, now: new Date() }));
}

/** Fetches a web page or PDF on the server and reads it into a draft. */
export async function stageUrlAction(formData: FormData): Promise<StageResult> {
  const parsed = urlInputSchema.safeParse({ url: formData.get('url') ?? '' });
  if (!parsed.success) return (await getEditor()) ? { ok: false, message: 'Give a full http:// or https:// address.', fieldErrors: z.flattenError(parsed.error).fieldErrors } : refused;
  return stage(formData, () => readSourceUrl(parsed.data.url, fetchOptionsFromEnv()));
}

/** What saving a draft would store: text, figures and the metric each would join. Writes nothing. */
export async function previewDraftAction(draftKey: string): Promise<PreviewResult> {
  const editor = await getEditor();
  if (!editor) return refused;
  if (!draftKeySchema.safeParse(draftKey).success) return { ok: false, message: 'This preview has expired: read the sources again.' };
  const staged = loadDrafts(getDb(), draftKey, editor.id);
  if (staged.length === 0) return { ok: false, message: 'This preview has expired: read the sources again.' };
  return { ok: true, draftKey, sources: previewStaged(getDb(), staged) };
}

/** Saves a previewed draft in one transaction (sources, figures, provenance, metrics) and drops the draft. */
export async function saveDraftAction(draftKey: string): Promise<SaveSourcesResult> {
  const editor = await getEditor();
  if (!editor) return refused;
  if (!draftKeySchema.safeParse(draftKey).success) return { ok: false, message: 'This preview has expired: read the sources again.' };
  const db = getDb();
  const staged = loadDrafts(db, draftKey, editor.id);
  if (staged.length === 0) return { ok: false, message: 'This preview has expired or was already saved: read the sources again.' };
  const result = db.transaction(() => {
    const saved = saveStaged(db, staged, { now: new Date(), userId: editor.id });
    deleteDrafts(db, draftKey, editor.id);
    return saved;
  });
  revalidatePath('/', 'layout');
  return { ok: true, ...result };
}

/** Drops a draft the editor decided not to save (or one a failed batch left behind). */
export async function discardDraftAction(draftKey: string): Promise<{ ok: boolean }> {
  const editor = await getEditor();
  if (!editor || !draftKeySchema.safeParse(draftKey).success) return { ok: false };
  deleteDrafts(getDb(), draftKey, editor.id);
  return { ok: true };
}
