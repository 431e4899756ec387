import { extractText, getDocumentProxy } from 'unpdf';
import { sourceInputSchema, type SourceInput } from '../validation/source';
import { IngestError } from './errors';
import { titleFromText } from './parse';

// Pages are joined by a blank line, so a sentence never runs across a page break into the next page's header.
const PAGE_BREAK = '\n\n';

/**
 * Reads a PDF's text layer page by page, e.g. `await readPdf('report.pdf', bytes)`.
 * Returns the text (pages joined by a blank line) and the offset where each page starts, so figures can cite "p. 12".
 */
export async function readPdf(fileName: string, bytes: Uint8Array): Promise<{ input: SourceInput; pageStarts: number[] }> {
  if (!isPdf(bytes)) throw new IngestError(fileName, 'not a PDF file (it does not start with %PDF-)');
  let pages: string[];
  let info: Record<string, unknown> = {};
  try {
    // pdf.js takes ownership of (and may detach) the buffer it is given: hand it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractText(pdf, { mergePages: false })).text;
    info = ((await pdf.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    await pdf.destroy();
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'PasswordException') throw new IngestError(fileName, 'the PDF is password-protected: save an unprotected copy and add that');
    throw new IngestError(fileName, `not a readable PDF (${(err as Error).message})`);
  }
  const cleaned = pages.map(cleanPage);
  if (cleaned.every((p) => !/\p{L}{2}/u.test(p)))
    throw new IngestError(fileName, 'no text layer: scanned PDFs need OCR first (run them through OCR, then add the result)');
  const pageStarts: number[] = [];
  let text = '';
  cleaned.forEach((page, i) => {
    if (i > 0) text += PAGE_BREAK;
    pageStarts.push(text.length);
    text += page;
  });
  const title = typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim().slice(0, 500) : titleFromText(text);
  const input = sourceInputSchema.parse({ fileName, format: 'pdf', text, title });
  return { input, pageStarts };
}

export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

function cleanPage(page: string): string {
  return page
    .replace(/\u0000/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
