// Every page gets a strict Content-Security-Policy with a fresh nonce: Next reads the nonce from the
// request's CSP header and puts it on the scripts it renders, so nothing else may run, even if a
// source's text ever slipped past React's escaping. A path that is not valid percent-encoding answers 404:
// Next itself would fail to decode it and answer 500.
import { NextResponse, type NextRequest } from 'next/server';

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const embed = EMBED.test(request.nextUrl.pathname);
  const csp = policy(nonce, embed);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', csp);
  // The root layout leaves out the site's header on an embed; set here, never taken from the client.
  if (embed) requestHeaders.set(EMBED_HEADER, '1');
  else requestHeaders.delete(EMBED_HEADER);
  // A path no route matches renders the app's own not-found page, with its 404 status.
  const response = decodes(request.nextUrl.pathname)
    ? NextResponse.next({ request: { headers: requestHeaders } })
    : NextResponse.rewrite(new URL('/not-found', request.url), { request: { headers: requestHeaders } });
  // A stored original (/sources/N/original) is served under its own, stricter sandbox policy.
  if (!ORIGINAL.test(request.nextUrl.pathname)) response.headers.set('Content-Security-Policy', csp);
  return response;
}

const ORIGINAL = /^\/sources\/\d+\/original\/?$/;
// The embeddable chart, the one page another site may frame.
const EMBED = /^\/embed\//;
const EMBED_HEADER = 'x-spread-embed';

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function policy(nonce: string, embed: boolean): string {
  // React's development build evaluates code to rebuild server stacks; production never does.
  const dev = process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : '';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev}`,
    // Charts position their marks with style attributes; style elements still need the nonce.
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // SPREAD_EMBED_ANCESTORS narrows who may frame the chart, e.g. "https://news.example"; any site by default.
    `frame-ancestors ${embed ? process.env.SPREAD_EMBED_ANCESTORS || '*' : "'none'"}`,
  ].join('; ');
}

export const config = {
  // Static build output needs no policy of its own; next.config.js gives it the other headers.
  matcher: [{ source: '/((?!_next/static|_next/image).*)' }],
};
