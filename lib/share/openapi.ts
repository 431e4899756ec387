import { EXPORT_COLUMNS } from './export-rows';

const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;
const int = { type: 'integer' } as const;
const nnum = { type: ['number', 'null'] } as const;
const numOrMonth = { type: ['number', 'string', 'null'], description: 'A number, or for a date metric an ISO month ("2024-03")' } as const;

const query = (name: string, schema: object, description: string) => ({ name, in: 'query', required: false, schema, description });
const path = (name: string, schema: object, description: string) => ({ name, in: 'path', required: true, schema, description });
const paging = [
  query('limit', { type: 'integer', minimum: 1, maximum: 500, default: 100 }, 'Items per page'),
  query('cursor', str, 'The next_cursor of the previous page'),
];
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const page = (item: string) => ({
  type: 'object', required: ['data', 'next_cursor', 'next'],
  properties: { data: { type: 'array', items: ref(item) }, next_cursor: nstr, next: { ...nstr, description: 'The next page\'s path and query; null on the last page' } },
});
const errors = { 400: json(ref('Error'), 'Bad parameter'), 404: json(ref('Error'), 'No such item') };

const figureColumnTypes: Record<string, object> = {
  figure_id: int, source_id: int, low: nnum, high: nnum, quote_start: int, quote_end: int, figure_start: int, figure_end: int,
  page: { type: ['integer', 'null'] }, retrieved: { type: 'string', format: 'date-time' }, permalink: { type: 'string', format: 'uri-reference' },
  rank: { type: 'string', enum: ['preferred', 'normal', 'deprecated'] }, review_status: { type: 'string', enum: ['extracted', 'confirmed', 'corrected', 'rejected'] },
  quote: str, source_title: str, value_as_stated: str, qualifier: str,
};

/** The read API described as an OpenAPI 3.1 document, served at /api/v1/openapi.json, e.g. `openApiDocument('https://spread.example').paths`. */
export function openApiDocument(origin: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Spread read API',
      version: '1.0.0',
      description: 'Every metric, figure and source Spread holds, with its citation. Lists page with a cursor: pass a page\'s next_cursor as `cursor` to get the next; next_cursor is null on the last page.',
    },
    servers: [{ url: origin }],
    paths: {
      '/api/v1/metrics': {
        get: {
          operationId: 'listMetrics', summary: 'Metrics with their stored summaries, filtered and sorted as the overview',
          parameters: [
            query('q', str, 'Search metric names, descriptions and source titles'),
            query('verdict', { type: 'string', enum: ['agree', 'revised', 'disagree'] }, 'Only metrics with this verdict'),
            query('unit', str, 'Only metrics in this unit'),
            query('source', int, 'Only metrics citing this source id'),
            query('sort', { type: 'string', enum: ['rank', 'spread', 'sources', 'recent'], default: 'rank' }, 'Order, as on the overview'),
            ...paging,
          ],
          responses: { 200: json(page('Metric'), 'A page of metrics'), 400: errors[400] },
        },
      },
      '/api/v1/metrics/{slug}': {
        get: { operationId: 'getMetric', summary: 'One metric', parameters: [path('slug', str, 'The metric\'s slug')], responses: { 200: json(ref('Metric'), 'The metric'), 404: errors[404] } },
      },
      '/api/v1/figures': {
        get: {
          operationId: 'listFigures', summary: 'Figures with their citations, in id order',
          parameters: [query('metric', str, 'Only figures of this metric (slug)'), query('source', int, 'Only figures of this source id'), ...paging],
          responses: { 200: json(page('Figure'), 'A page of figures'), ...errors },
        },
      },
      '/api/v1/figures/{id}': {
        get: { operationId: 'getFigure', summary: 'One figure with its citation', parameters: [path('id', int, 'The figure\'s id')], responses: { 200: json(ref('Figure'), 'The figure'), 404: errors[404] } },
      },
      '/api/v1/sources': {
        get: { operationId: 'listSources', summary: 'Sources\' metadata (no text), oldest first', parameters: paging, responses: { 200: json(page('Source'), 'A page of sources'), 400: errors[400] } },
      },
      '/api/v1/sources/{id}': {
        get: { operationId: 'getSource', summary: 'One source\'s metadata', parameters: [path('id', int, 'The source\'s id')], responses: { 200: json(ref('Source'), 'The source'), 404: errors[404] } },
      },
    },
    components: {
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { ...str, description: 'A typed code, e.g. not_found:metric' }, message: str } },
        Metric: {
          type: 'object', required: ['slug', 'label', 'kind', 'sources', 'figures', 'verdict', 'links'],
          properties: {
            slug: str, label: str, unit: nstr, kind: { type: 'string', enum: ['quantity', 'date'] }, description: str,
            sources: int, figures: int, charted: int, min: numOrMonth, max: numOrMonth, median_low: numOrMonth, median_high: numOrMonth,
            ratio: nnum, verdict: { type: 'string', enum: ['agree', 'revised', 'disagree'] }, verdict_reason: str, latest_published: nstr,
            links: { type: 'object', additionalProperties: str },
          },
        },
        Figure: {
          type: 'object', required: [...EXPORT_COLUMNS],
          properties: Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, figureColumnTypes[c] ?? nstr])),
        },
        Source: {
          type: 'object', required: ['id', 'title', 'retrieved', 'figures', 'links'],
          properties: {
            id: int, title: str, publisher: nstr, url: nstr, published: nstr, retrieved: { type: 'string', format: 'date-time' }, format: str,
            content_hash: str, extractor_version: str, warnings: { type: 'array', items: str }, duplicate_of: { type: ['integer', 'null'] }, figures: int,
            links: { type: 'object', additionalProperties: str },
          },
        },
      },
    },
  };
}
