/**
 * The origin links that leave the site are written with (embed code, permalinks in exports): `configured`
 * (SPREAD_PUBLIC_URL) when set, else the request's own host, e.g. `requestOrigin(headers)` → "http://127.0.0.1:3000".
 */
export function requestOrigin(headers: Headers, configured?: string): string {
  if (configured) return configured.replace(/\/+$/, '');
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost';
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  return `${proto}://${host}`;
}
