import { csvLine, UTF8_BOM } from './csv';
import { EXPORT_COLUMNS, toExportRow, type ExportFigure } from './export-rows';

export type ExportFormat = 'csv' | 'json';

export interface ExportOptions {
  format: ExportFormat;
  /** Origin of permalinks, e.g. "https://spread.example"; empty for site-relative links. */
  origin: string;
  /** Start a CSV with a byte-order mark, for spreadsheet programs that otherwise guess the encoding. */
  bom?: boolean;
}

/**
 * Export rows as text chunks, one chunk per batch, so an export of any size is written as it is read:
 * a CSV with its header line, or JSON `{"columns": [...], "rows": [{...}]}`. Example:
 * `[...exportChunks([[f]], { format: 'csv', origin: '' })][0]` starts with "figure_id,metric,".
 */
export function* exportChunks(batches: Iterable<ExportFigure[]>, o: ExportOptions): Generator<string> {
  if (o.format === 'csv') {
    yield (o.bom ? UTF8_BOM : '') + csvLine(EXPORT_COLUMNS);
    for (const batch of batches) if (batch.length) yield batch.map((f) => csvLine(EXPORT_COLUMNS.map((c) => toExportRow(f, o.origin)[c]))).join('');
    return;
  }
  yield `{"columns":${JSON.stringify(EXPORT_COLUMNS)},"rows":[`;
  let first = true;
  for (const batch of batches) {
    if (!batch.length) continue;
    yield (first ? '\n' : ',\n') + batch.map((f) => JSON.stringify(toExportRow(f, o.origin))).join(',\n');
    first = false;
  }
  yield '\n]}\n';
}

/** The chunks as a web stream that reads the next batch only when the client has taken the last one. */
export function exportStream(batches: Iterable<ExportFigure[]>, o: ExportOptions): ReadableStream<Uint8Array> {
  const chunks = exportChunks(batches, o);
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    cancel() {
      chunks.return(undefined);
    },
  });
}

/** An export as an HTTP response: CSV as a download named `name.csv`, JSON shown in the browser. */
export function exportResponse(batches: Iterable<ExportFigure[]>, o: ExportOptions, name: string): Response {
  const headers: Record<string, string> = o.format === 'csv'
    ? { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name.replace(/[^\w.-]/g, '_')}.csv"` }
    : { 'Content-Type': 'application/json; charset=utf-8' };
  return new Response(exportStream(batches, o), { headers: { ...headers, 'Cache-Control': 'no-store' } });
}
