import { z } from 'zod';

/** Optional metadata a source states about itself (front matter or HTML meta tags). */
export const sourceMetadataSchema = z.object({
  title: z.string().trim().min(1).max(500).optional(),
  publisher: z.string().trim().min(1).max(200).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  // A calendar date as the source gives it: "2025", "2025-03" or "2025-03-17".
  publishedAt: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date such as 2025-03-17')
    .optional(),
});
export type SourceMetadata = z.infer<typeof sourceMetadataSchema>;

export const sourceFormats = ['text', 'markdown', 'html', 'pdf'] as const;
export type SourceFormat = (typeof sourceFormats)[number];

/** A source ready to extract: verbatim text (every offset refers to it) plus what it says about itself. */
export const sourceInputSchema = sourceMetadataSchema.extend({
  fileName: z.string().min(1),
  format: z.enum(sourceFormats),
  text: z.string().refine((t) => t.trim().length > 0, 'the source has no text'),
  title: z.string().trim().min(1).max(500),
});
export type SourceInput = z.infer<typeof sourceInputSchema>;
