// Browsers ask for /favicon.ico whenever a page's icon link has not arrived yet (Next streams metadata after the
// first bytes); the answer is the app's icon, not a 404. The redirect is relative: the URL Next hands a route
// names its own host (localhost), which a page served from another host must not be sent to (its CSP allows
// images from 'self' only).
export function GET() {
  return new Response(null, { status: 308, headers: { Location: '/icon.svg' } });
}
