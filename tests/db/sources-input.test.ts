import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { gzipSync, inflateSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { createDb } from '../../db/client';
import { figures, sourceOriginals, sources } from '../../db/schema';
import { seedSampleCorpus } from '../../db/seed';
import { IngestError } from '../../lib/ingest';
import { fetchUrl, isPrivateAddress, type FetchOptions } from '../../lib/ingest/fetch-url';
import { readPdf } from '../../lib/ingest/pdf';
import { previewStaged } from '../../lib/ingest/preview';
import { readPastedText, readSourceFile, readSourceUrl } from '../../lib/ingest/read-input';
import { saveStaged } from '../../lib/ingest/save-staged';
import { freshDb, tmpPath } from '../setup/db';
import { makePdf, makeScannedPdf } from '../setup/pdf';
import { bytes, html, redirect, startTestServer } from '../setup/test-server';

const now = new Date('2026-11-27T10:00:00Z');
const local: FetchOptions = { timeoutMs: 1500, maxBytes: 64 * 1024, maxRedirects: 3, allowPrivate: true };
const REPORT = [['Tarn Valley Dam Safety Review'], ['The authority said 3,400 residents were evacuated from the Tarn valley below the dam.'], ['Repairs will take 18 months.']];

async function rejects(promise: Promise<unknown>, reason: RegExp) {
  await assert.rejects(promise, (err: unknown) => err instanceof IngestError && reason.test(err.message));
}

describe('PDF reports', () => {
  test('text is read page by page, and each page start is kept', async () => {
    const { input, pageStarts } = await readPdf('tarn.pdf', await makePdf(REPORT, 'Tarn Valley Dam Safety Review'));
    assert.equal(input.format, 'pdf');
    assert.equal(input.title, 'Tarn Valley Dam Safety Review');
    assert.equal(pageStarts.length, 3);
    assert.ok(input.text.slice(pageStarts[1]).startsWith('The authority said 3,400'));
    assert.ok(input.text.slice(pageStarts[2]).startsWith('Repairs will take'));
  });

  test('a scanned PDF (no text layer) and a file that is not a PDF are refused with what to do', async () => {
    await rejects(readPdf('scan.pdf', await makeScannedPdf()), /^scan\.pdf: no text layer: scanned PDFs need OCR first/);
    await rejects(readPdf('fake.pdf', Buffer.from('hello')), /^fake\.pdf: not a PDF file/);
    await rejects(readPdf('broken.pdf', Buffer.from('%PDF-1.7\nnonsense')), /^broken\.pdf: not a readable PDF/);
  });

  test('saved figures carry their page, and the original bytes are kept deflated', async () => {
    const { db } = freshDb();
    const pdf = await makePdf(REPORT);
    const staged = await readSourceFile('tarn.pdf', pdf, { maxBytes: 1024 * 1024, now });
    const result = saveStaged(db, [staged], { now, userId: null });
    const id = result.added[0].id;
    const pages = db.select({ text: figures.rawText, page: figures.page }).from(figures).where(eq(figures.sourceId, id)).all();
    assert.deepEqual(pages.find((f) => f.text === '3,400')?.page, 2);
    assert.deepEqual(pages.find((f) => f.text.startsWith('18'))?.page, 3);
    const original = db.select().from(sourceOriginals).where(eq(sourceOriginals.sourceId, id)).get()!;
    assert.equal(original.contentType, 'application/pdf');
    assert.equal(original.byteLength, pdf.length);
    assert.ok(original.bytes.length < pdf.length);
    assert.deepEqual(inflateSync(original.bytes), pdf);
  });
});

describe('files and pasted text', () => {
  test('an oversized file names the limit; an unknown type and an empty paste are refused', async () => {
    await rejects(readSourceFile('big.txt', Buffer.alloc(2048, 'a'), { maxBytes: 1024, now }), /^big\.txt: the file is 2 kB; the limit is 1 kB per file/);
    await rejects(readSourceFile('a.docx', Buffer.from('PK'), { maxBytes: 1024, now }), /not a \.txt, \.md, \.html or \.pdf file/);
    assert.throws(() => readPastedText('  \n', {}, now), /the text is empty/);
  });

  test('the same content twice is stored once, and the preview says where it is', () => {
    const { db } = freshDb();
    const text = 'The Brindle harbour authority said 75 fishing boats were damaged in the storm.';
    const first = saveStaged(db, [readPastedText(text, { title: 'Brindle storm' }, now)], { now, userId: null });
    const again = readPastedText(text, { title: 'Brindle storm, again' }, now);
    assert.deepEqual(previewStaged(db, [again])[0].duplicateOf, { id: first.added[0].id, title: 'Brindle storm' });
    const second = saveStaged(db, [again], { now, userId: null });
    assert.deepEqual(second.added, []);
    assert.equal(db.select({ n: count() }).from(sources).get()!.n, 1);
    assert.equal(db.select({ n: count() }).from(sourceOriginals).get()!.n, 1);
  });

  test('the preview names the stored metric a new figure would join, and writes nothing', () => {
    const { db } = freshDb();
    seedSampleCorpus(db);
    const before = db.select({ n: count() }).from(figures).get()!.n;
    const staged = readPastedText(
      'El Salvador\'s Terrorism Confinement Center (CECOT), the mega-prison built by President Nayib Bukele, was built to hold 40,000 inmates, officials said.',
      { title: 'CECOT note' },
      now,
    );
    const [preview] = previewStaged(db, [staged]);
    const capacity = preview.figures.find((f) => f.text === '40,000');
    assert.ok(capacity?.metric, 'the capacity figure joins a metric');
    assert.equal(capacity.metric.existing, true);
    assert.ok(capacity.metric.storedSources >= 2);
    assert.equal(db.select({ n: count() }).from(figures).get()!.n, before);
  });
});

// Asynchronous, so the test server in this process can answer the CLI while it runs.
async function ingest(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['tsx', 'scripts/ingest.ts', ...args], { env: { ...process.env, SPREAD_SEED: '0', ...env } });
    return { status: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { status: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('fetching a URL', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const article = `<html><head><meta property="og:title" content="Twelve hurt as Dunmore footbridge collapses">
    <meta property="og:site_name" content="Dunmore Gazette"><meta property="article:published_time" content="2026-04-18T09:30:00Z">
    <link rel="canonical" href="/news/dunmore"></head><body><nav>Home News Sport</nav><article>
    <p>Twelve people were injured when the Dunmore footbridge collapsed into the canal on Saturday morning, the ambulance service said.</p>
    <p>Witnesses said about 40 people were crossing the bridge at the time, and the council closed the towpath in both directions.</p>
    </article></body></html>`;
  before(async () => {
    server = await startTestServer({
      '/news/dunmore': html(article),
      '/a': redirect('/b'),
      '/b': redirect('/news/dunmore'),
      '/gz': (res) => void res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(article)),
      '/big': html(`<p>${'x'.repeat(100 * 1024)}</p>`),
      '/report.pdf': bytes('application/octet-stream', Buffer.from('%PDF-1.7 not really')),
      '/data.json': bytes('application/json', Buffer.from('{}')),
    });
  });
  after(() => server.close());

  test('redirects are followed and recorded; the readable article and its metadata are kept', async () => {
    const staged = await readSourceUrl(`${server.url}/a`, local);
    assert.deepEqual(staged.original.redirects, [`${server.url}/b`, `${server.url}/news/dunmore`]);
    assert.equal(staged.original.fetchedUrl, `${server.url}/a`);
    assert.equal(staged.original.finalUrl, `${server.url}/news/dunmore`);
    assert.equal(staged.input.title, 'Twelve hurt as Dunmore footbridge collapses');
    assert.equal(staged.input.publisher, 'Dunmore Gazette');
    assert.equal(staged.input.publishedAt, '2026-04-18');
    assert.equal(staged.input.url, `${server.url}/news/dunmore`);
    assert.match(staged.input.text, /about 40 people/);
    assert.doesNotMatch(staged.input.text, /Sport/);
  });

  test('a compressed page is read; the size, redirect, type and time limits each stop the fetch', async () => {
    assert.match((await readSourceUrl(`${server.url}/gz`, local)).input.text, /Twelve people were injured/);
    await rejects(fetchUrl(`${server.url}/big`, local), /over the 64 kB limit/);
    await rejects(fetchUrl(`${server.url}/loop/0`, local), /redirected more than 3 times/);
    await rejects(fetchUrl(`${server.url}/data.json`, local), /gives application\/json, not an HTML page or a PDF/);
    await rejects(fetchUrl(`${server.url}/slow`, local), /no answer within 1\.5 s/);
    await rejects(fetchUrl(`${server.url}/nothing`, local), /the server answered 404/);
    assert.equal((await fetchUrl(`${server.url}/report.pdf`, local)).kind, 'pdf');
  });

  test('loopback and private addresses are refused unless the setting allows them', async () => {
    const strict = { ...local, allowPrivate: false };
    await rejects(fetchUrl(`${server.url}/news/dunmore`, strict), /refused: the address is on this machine or a private network/);
    await rejects(fetchUrl(server.url.replace('127.0.0.1', 'localhost') + '/news/dunmore', strict), /refused: .*private/);
    await rejects(fetchUrl('http://[::1]/', strict), /refused/);
    await rejects(fetchUrl('file:///etc/passwd', strict), /not an http or https URL/);
    for (const a of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0'])
      assert.equal(isPrivateAddress(a), true, a);
    for (const a of ['93.184.215.14', '2606:4700::1111']) assert.equal(isPrivateAddress(a), false, a);
  });

  test('npm run ingest takes a PDF, a URL and a markdown file in one run', async () => {
    const dir = tmpPath('cli-inputs');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/report.pdf`, await makePdf(REPORT, 'Tarn Valley Dam Safety Review'));
    writeFileSync(`${dir}/notes.md`, '---\ntitle: Tarn notes\n---\nPolice said 3,000 residents were evacuated from the Tarn valley overnight.\n');
    const db = tmpPath('cli-inputs.db');
    const run = await ingest([`${dir}/report.pdf`, `${server.url}/a`, `${dir}/notes.md`], { DATABASE_PATH: db, SPREAD_FETCH_ALLOW_PRIVATE: '1' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /3 added, 0 already stored/);
    const stored = createDb(db).select({ title: sources.title, format: sources.format, url: sourceOriginals.finalUrl })
      .from(sources).innerJoin(sourceOriginals, eq(sourceOriginals.sourceId, sources.id)).all();
    assert.deepEqual(stored.map((s) => s.format).sort(), ['html', 'markdown', 'pdf']);
    assert.equal(stored.find((s) => s.format === 'html')?.url, `${server.url}/news/dunmore`);

    const refused = await ingest([`${server.url}/a`], { DATABASE_PATH: tmpPath('cli-private.db'), SPREAD_FETCH_ALLOW_PRIVATE: '0' });
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /refused: the address is on this machine or a private network[\s\S]*Nothing was written/);
  });
});
