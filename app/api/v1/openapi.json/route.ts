// GET /api/v1/openapi.json: the read API described as an OpenAPI 3.1 document.
import { openApiDocument } from '@/lib/share/openapi';
import { requestOrigin } from '@/lib/share/origin';

export function GET(request: Request) {
  return Response.json(openApiDocument(requestOrigin(request.headers, process.env.SPREAD_PUBLIC_URL)));
}
