import { z } from 'zod';

// The earliest year taken as a publication date: "0001-01-01" is a placeholder for "no date", not a date.
const EARLIEST_YEAR = 1800;

/** Whether "2025", "2025-03" or "2025-03-17" names a real calendar date, e.g. false for "2025-13-45" or "2023-02-29". */
export function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (y < EARLIEST_YEAR) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  // Checked by hand, never through Date: Date.UTC rolls 2025-02-30 over into March and maps year 1 to 1901.
  return d >= 1 && d <= [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Optional metadata a source states about itself (front matter or HTML meta tags). */
export const sourceMetadataSchema = z.object({
  title: z.string().trim().min(1).max(500).optional(),
  publisher: z.string().trim().min(1).max(200).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  // A calendar date as the source gives it: "2025", "2025-03" or "2025-03-17".
  publishedAt: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date such as 2025-03-17')
    .refine(isCalendarDate, { error: (issue) => `"${issue.input}" is not a real date (a year from ${EARLIEST_YEAR}, months 1-12, days that month has)` })
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
