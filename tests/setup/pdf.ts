import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

/** A PDF with a text layer: one entry of lines per page, drawn top down. Written here, never copied from elsewhere. */
export async function makePdf(pages: string[][], title?: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  if (title) doc.setTitle(title);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 56, y: 780 - i * 18, size: 11, font }));
  }
  return Buffer.from(await doc.save());
}

/** What a scanner gives: pages of shapes (a picture of text) and no text layer at all. */
export async function makeScannedPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let p = 0; p < 2; p++) {
    const page = doc.addPage([595, 842]);
    for (let i = 0; i < 20; i++) page.drawRectangle({ x: 56, y: 780 - i * 18, width: 300 + (i % 5) * 30, height: 8, color: rgb(0.2, 0.2, 0.2) });
  }
  return Buffer.from(await doc.save());
}
