import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assetKey, PageCache, pageKey, storable, storableAsset, type CachedPage } from '../../lib/page-cache';

const anonymous = (url: string, headers: Record<string, string> = {}) => ({ method: 'GET', url, headers: { host: 'desk.example', ...headers } });
const page = (body: string, generation: number): CachedPage => ({ status: 200, headers: { 'content-type': 'text/html' }, body: Buffer.from(body), generation });

describe('pageKey', () => {
  it('keys the overview, a metric and a source page of an anonymous reader by host, encoding and URL', () => {
    for (const url of ['/', '/?q=deaths&page=2', '/metrics/deaths-in-custody', '/metrics/deaths-in-custody?page=3', '/sources/12', '/sources/12?part=4'])
      assert.ok(pageKey(anonymous(url)), url);
    assert.notEqual(pageKey(anonymous('/')), pageKey(anonymous('/', { 'accept-encoding': 'gzip, br' })));
    // A body deflated for one reader is never replayed to one who accepts no compression, or only gzip.
    assert.notEqual(pageKey(anonymous('/', { 'accept-encoding': 'deflate' })), pageKey(anonymous('/')));
    assert.notEqual(pageKey(anonymous('/', { 'accept-encoding': 'deflate' })), pageKey(anonymous('/', { 'accept-encoding': 'gzip' })));
    assert.equal(pageKey(anonymous('/', { 'accept-encoding': 'gzip, br' })), pageKey(anonymous('/', { 'accept-encoding': 'gzip,br' })));
    assert.notEqual(pageKey(anonymous('/')), pageKey(anonymous('/', { host: 'other.example' })));
    assert.notEqual(pageKey(anonymous('/metrics/a')), pageKey(anonymous('/metrics/a?page=2')));
  });

  it('renders for the one request what differs per person or is not a page', () => {
    assert.equal(pageKey(anonymous('/', { cookie: 'theme=dark; spread_session=sealed' })), null, 'a signed-in editor sees review panels');
    assert.equal(pageKey(anonymous('/', { rsc: '1' })), null, 'a client navigation gets the RSC payload');
    assert.equal(pageKey(anonymous('/', { 'next-action': 'abc' })), null);
    assert.equal(pageKey({ ...anonymous('/'), method: 'POST' }), null);
    for (const url of ['/review', '/activity', '/login', '/metrics/a/data/csv', '/metrics/a.csv', '/sources/12/original', '/sources/new', '/embed/metrics/a', '/api/openapi.json'])
      assert.equal(pageKey(anonymous(url)), null, url);
  });
});

describe('storable', () => {
  it('keeps a whole HTML page for everyone, nothing else', () => {
    assert.equal(storable(200, { 'content-type': 'text/html; charset=utf-8' }, 1000, 2e6), true);
    assert.equal(storable(404, { 'content-type': 'text/html' }, 1000, 2e6), false);
    assert.equal(storable(200, { 'content-type': 'text/csv' }, 1000, 2e6), false);
    assert.equal(storable(200, { 'content-type': 'text/html', 'set-cookie': 'a=b' }, 1000, 2e6), false);
    assert.equal(storable(200, { 'content-type': 'text/html' }, 3e6, 2e6), false);
  });
});

describe('PageCache', () => {
  it('answers at the generation a page was rendered at and forgets every page once the database changes', () => {
    const cache = new PageCache(1e6, 1e5);
    assert.equal(cache.get('a', 7), undefined);
    cache.set('a', page('overview', 7));
    assert.equal(cache.get('a', 7)?.body.toString(), 'overview');
    assert.equal(cache.get('a', 8), undefined);
    assert.equal(cache.size, 0);
  });

  it('drops a page rendered before a write that another reader has already seen', () => {
    const cache = new PageCache(1e6, 1e5);
    cache.get('a', 7);
    // The write commits while the page rendered at generation 7 is still being written out.
    cache.get('b', 8);
    cache.set('a', page('stale', 7));
    assert.equal(cache.get('a', 8), undefined);
  });

  it('drops the least recently read pages past its size', () => {
    const cache = new PageCache(25, 20);
    cache.get('x', 1);
    cache.set('a', page('0123456789', 1));
    cache.set('b', page('0123456789', 1));
    cache.get('a', 1);
    cache.set('c', page('0123456789', 1));
    assert.ok(cache.get('a', 1));
    assert.equal(cache.get('b', 1), undefined);
    assert.ok(cache.get('c', 1));
    cache.set('d', page('x'.repeat(21), 1));
    assert.equal(cache.get('d', 1), undefined, 'a page over the entry limit is not kept');
  });
});

describe('assetKey', () => {
  it('keeps the build\'s hashed scripts and styles per encoding, and nothing else', () => {
    const get = (url: string, headers: Record<string, string> = {}) => ({ method: 'GET', url, headers });
    assert.equal(assetKey(get('/_next/static/chunks/0bai1c1isroc8.js', { 'accept-encoding': 'gzip, br' })), 'gzip,br|/_next/static/chunks/0bai1c1isroc8.js');
    assert.notEqual(assetKey(get('/_next/static/css/a.css')), assetKey(get('/_next/static/css/a.css', { 'accept-encoding': 'gzip' })));
    for (const url of ['/', '/metrics/a', '/icon.svg', '/_next/image?url=x', '/_next/static/chunks/a.js?v=2', '/_next/static/../../etc/passwd'])
      assert.equal(assetKey(get(url)), null, url);
    assert.equal(assetKey({ ...get('/_next/static/chunks/a.js'), method: 'HEAD' }), null);
    assert.equal(storableAsset(200, { 'content-type': 'application/javascript' }, 10, 100), true);
    assert.equal(storableAsset(304, {}, 0, 100), false, 'a not-modified answer has no body to keep');
    assert.equal(storableAsset(404, {}, 10, 100), false);
  });
});
