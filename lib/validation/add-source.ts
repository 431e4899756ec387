import { z } from 'zod';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

/** The paste form: the text as pasted, and what the editor says about it. */
export const pasteInputSchema = z.object({
  text: z.string().refine((t) => t.trim().length > 0, 'Paste the text first: the box is empty.'),
  title: optional(z.string().trim().max(500)),
  publisher: optional(z.string().trim().max(200)),
  url: optional(z.url({ protocol: /^https?$/, error: 'Give a full http:// or https:// address, or leave it empty.' })),
  publishedAt: optional(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'Give a date such as 2025-03-17, or leave it empty.')),
});
export type PasteInput = z.infer<typeof pasteInputSchema>;

export const urlInputSchema = z.object({
  url: z.string().trim().pipe(z.url({ protocol: /^https?$/, error: 'Give a full http:// or https:// address.' })),
});

export const draftKeySchema = z.string().regex(/^[\w-]{16,64}$/);


/** What the add-sources actions answer: a user mistake is `ok: false` with a message that says what to do. */
export type Failure = { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined> };
export type StageResult = { ok: true; draftKey: string } | Failure;
export type PreviewResult = { ok: true; draftKey: string; sources: import('../ingest/preview').SourcePreview[] } | Failure;
export type SaveSourcesResult =
  | { ok: true; added: { id: number; title: string; figures: number }[]; alreadyStored: { id: number; title: string }[] }
  | Failure;

export interface AddSourceActions {
  stagePaste: (data: FormData) => Promise<StageResult>;
  stageFile: (data: FormData) => Promise<StageResult>;
  stageUrl: (data: FormData) => Promise<StageResult>;
  preview: (draftKey: string) => Promise<PreviewResult>;
  save: (draftKey: string) => Promise<SaveSourcesResult>;
  discard: (draftKey: string) => Promise<{ ok: boolean }>;
}
