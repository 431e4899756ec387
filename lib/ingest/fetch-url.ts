import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { IngestError } from './errors';
import { isPdf } from './pdf';
import type { SourceOriginalInput } from './staged';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Loopback and private-network addresses are refused unless this is set (tests serve pages on 127.0.0.1). */
  allowPrivate: boolean;
}

export type FetchedKind = 'html' | 'pdf';

// Addresses a server must never be made to reach for a user: this machine, its networks, link-local cloud metadata.
const privateRanges = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const)
  privateRanges.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const)
  privateRanges.addSubnet(net, prefix, 'ipv6');

/** Whether an IP address is loopback, private, link-local, multicast or otherwise not a public host. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return privateRanges.check(mapped[1], 'ipv4');
  const family = isIP(address);
  return family === 0 || privateRanges.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

// The check runs on the addresses the connection really uses, so a name that resolves to a private address
// (or changes its answer between a check and the connect) is refused all the same.
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err);
      const refused = !allowPrivate && addresses.find((a) => isPrivateAddress(a.address));
      if (refused) return callback(Object.assign(new Error(`resolves to a private address (${refused.address})`), { code: 'EPRIVATE' }));
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  }) as unknown as LookupFunction;
}

/**
 * Fetches a web page or PDF for ingest, e.g. `await fetchUrl('https://example.org/a', options)`: follows and records
 * redirects, stops at the time and size limits, refuses private addresses and anything but HTML or PDF.
 */
export async function fetchUrl(url: string, options: FetchOptions): Promise<SourceOriginalInput & { kind: FetchedKind }> {
  const fail = (reason: string): never => {
    throw new IngestError(url, reason);
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const redirects: string[] = [];
  try {
    let current = parseHttpUrl(url) ?? fail('not an http or https URL');
    for (;;) {
      const response = await get(current, options, controller.signal).catch((err) => fail(describeNetworkError(err, controller.signal, options)));
      const location = response.headers.location;
      if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
        response.resume();
        const next = parseHttpUrl(location, current) ?? fail(`redirected to ${location}, which is not an http or https URL`);
        redirects.push(next.href);
        if (redirects.length > options.maxRedirects) fail(`redirected more than ${options.maxRedirects} times; give the final address instead`);
        current = next;
        continue;
      }
      if (!response.statusCode || response.statusCode >= 400) {
        response.resume();
        fail(`the server answered ${response.statusCode} ${response.statusMessage ?? ''}`.trim() + '; check the address');
      }
      const contentType = response.headers['content-type'] ?? 'application/octet-stream';
      const declared = Number(response.headers['content-length'] ?? 0);
      if (declared > options.maxBytes) {
        response.resume();
        fail(`the page is ${formatBytes(declared)}, over the ${formatBytes(options.maxBytes)} limit`);
      }
      const bytes = await readBody(response, options.maxBytes).catch((err) => fail(describeNetworkError(err, controller.signal, options)));
      const kind = kindOf(contentType, bytes) ?? fail(`the address gives ${contentType.split(';')[0]}, not an HTML page or a PDF`);
      return { kind, bytes, contentType, fetchedUrl: url, finalUrl: current.href, redirects, retrievedAt: new Date() };
    }
  } finally {
    clearTimeout(timer);
  }
}

function parseHttpUrl(value: string, base?: URL): URL | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function get(url: URL, options: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // Node connects to an IP literal without a lookup, so literals are checked here.
  if (isIP(host) && !options.allowPrivate && isPrivateAddress(host))
    return Promise.reject(Object.assign(new Error(`private address ${host}`), { code: 'EPRIVATE' }));
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      signal,
      lookup: guardedLookup(options.allowPrivate),
      headers: {
        'user-agent': 'Spread/0.1 (fact-check ingest)',
        accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
  const decoder = encoding === 'gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : null;
  const stream: Readable = decoder ? response.pipe(decoder) : response;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      response.destroy();
      throw Object.assign(new Error('too large'), { code: 'ETOOLARGE', maxBytes });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function kindOf(contentType: string, bytes: Uint8Array): FetchedKind | null {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/pdf' || type === 'application/x-pdf') return 'pdf';
  // Some servers label every download application/octet-stream: trust the bytes when they say PDF.
  if (type === 'application/octet-stream' && isPdf(bytes)) return 'pdf';
  return null;
}

function describeNetworkError(err: NodeJS.ErrnoException & { maxBytes?: number }, signal: AbortSignal, options: FetchOptions): string {
  if (err instanceof IngestError) throw err;
  if (signal.aborted || err.name === 'AbortError') return `no answer within ${options.timeoutMs / 1000} s; try again later or save the page as a file and upload it`;
  switch (err.code) {
    case 'EPRIVATE':
      return `refused: the address is on this machine or a private network (${err.message})`;
    case 'ETOOLARGE':
      return `the page is over the ${formatBytes(options.maxBytes)} limit; save it as a file and upload a smaller part`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'no such host; check the address';
    case 'ECONNREFUSED':
      return 'the server refused the connection; check the address';
    case 'ECONNRESET':
      return 'the server closed the connection; try again later';
    default:
      return `could not fetch it (${err.code ?? err.message})`;
  }
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${Math.round(n / 1024)} kB` : `${n} bytes`;
}
