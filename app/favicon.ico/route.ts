// Browsers ask for /favicon.ico whenever a page's icon link has not arrived yet (Next streams metadata after the
// first bytes); the answer is the app's icon, not a 404.
export function GET(request: Request) {
  return Response.redirect(new URL('/icon.svg', request.url), 308);
}
