// A figure's permalink. A browser is sent to the figure's passage, highlighted in its source; a client asking
// for JSON-LD (Accept: application/ld+json) gets the citation as a W3C Web Annotation. Figure ids survive a
// regroup (`npm run regroup` moves figures between metrics, never rewrites them), so the link keeps working.
import { getDb } from '@/db/client';
import { getExportFigure } from '@/db/queries/exports';
import { getSource } from '@/db/queries/sources';
import { toWebAnnotation } from '@/lib/share/annotation';
import { requestOrigin } from '@/lib/share/origin';
import { formatFigureValue, partOf, textParts } from '@/lib/spread';

const JSON_LD = 'application/ld+json';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const db = getDb();
  const figure = /^\d+$/.test(id) ? getExportFigure(db, Number(id)) : undefined;
  const vary = { Vary: 'Accept' };
  if (!figure) return Response.json({ error: 'not_found:figure' }, { status: 404, headers: vary });
  const text = getSource(db, figure.sourceId)!.text;
  // A long source is shown in parts: the passage is on the part holding the figure.
  const part = partOf(textParts(text), figure.start);
  const passage = `/sources/${figure.sourceId}${part > 1 ? `?part=${part}` : ''}#figure-${figure.id}`;
  if (!(request.headers.get('accept') ?? '').includes(JSON_LD)) return new Response(null, { status: 303, headers: { ...vary, Location: passage } });
  const origin = requestOrigin(request.headers, process.env.SPREAD_PUBLIC_URL);
  const annotation = toWebAnnotation({
    permalink: `${origin}/figures/${figure.id}`,
    valueAsStated: formatFigureValue(figure),
    metricLabel: figure.metricLabel,
    quoteStart: figure.quoteStart,
    quoteEnd: figure.quoteEnd,
    sourceText: text,
    sourceUrl: figure.sourceUrl ?? `${origin}/sources/${figure.sourceId}`,
    retrievedAt: figure.sourceRetrievedAt,
  });
  return new Response(JSON.stringify(annotation, null, 2), {
    headers: { ...vary, 'Content-Type': `${JSON_LD}; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8` },
  });
}
