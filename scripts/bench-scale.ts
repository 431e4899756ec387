// `npm run bench:scale -- [--sources N] [--batch B] [--port P] [--seed S] [--db FILE] [--no-serve]`
// Builds a seeded synthetic archive of N sources, ingests it through lib/ingest in batches into a fresh
// SQLite file, then serves it with the built app on loopback and measures page latency under load.
// It prints what it measures and asserts nothing about time.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { desc, eq, isNotNull, sql } from 'drizzle-orm';
import { createDb, migrateDb } from '../db/client';
import { metrics, sources } from '../db/schema';
import { ingestFiles } from '../lib/ingest';
import { measureFirstLoad } from './lib/first-load-js';
import { makeLongSource, makeSource, makeStories, type SyntheticSource } from './lib/synthetic-archive';

type Autocannon = (opts: Record<string, unknown>) => { on(event: 'response', cb: (c: unknown, status: number, bytes: number, ms: number) => void): void } & PromiseLike<{ non2xx: number; errors: number }>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const N = Number(arg('sources', '100000'));
const BATCH = Number(arg('batch', '250'));
const PORT = Number(arg('port', '3213'));
const SEED = Number(arg('seed', '20261127'));
const DB_PATH = arg('db', 'tests/.tmp/bench-scale.db');
const SERVE = !process.argv.includes('--no-serve');
const now = new Date('2026-11-27T12:00:00Z');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const file = (s: SyntheticSource) => ({ name: s.name, bytes: new TextEncoder().encode(s.text) });

function ingestArchive() {
  for (const suffix of ['', '-wal', '-shm']) rmSync(DB_PATH + suffix, { force: true });
  const db = createDb(DB_PATH);
  migrateDb(db);
  const stories = makeStories(SEED, N);
  console.log(`archive: ${N} sources over ${stories.length} stories (seed ${SEED}), batches of ${BATCH}, into ${DB_PATH}`);
  let bytes = 0;
  const started = performance.now();
  const long = file(makeLongSource(SEED, stories, 500_000));
  for (let from = 0; from < N; from += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, N - from) }, (_, k) => file(makeSource(SEED, stories, from + k, N)));
    if (from === 0) batch.push(long);
    bytes += batch.reduce((s, f) => s + f.bytes.length, 0);
    const t = performance.now();
    ingestFiles(db, batch, { now });
    const done = Math.min(from + BATCH, N);
    console.log(`  ${String(done).padStart(7)} sources  batch ${((performance.now() - t) / 1000).toFixed(1)} s  rss ${mb(process.memoryUsage().rss)}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const one = file(makeSource(SEED + 1, stories, N + 1, N));
  const t = performance.now();
  ingestFiles(db, [one], { now });
  const oneMore = (performance.now() - t) / 1000;
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  const counts = db.get<{ s: number; f: number; m: number }>(sql`SELECT (SELECT count(*) FROM sources) s, (SELECT count(*) FROM figures) f, (SELECT count(*) FROM metrics) m`);
  // The metric with the most charted figures: a metric of vague figures only ("dozens") has more but charts nothing.
  const biggest = db.select({ slug: metrics.slug, n: metrics.chartedCount }).from(metrics).orderBy(desc(metrics.chartedCount)).limit(1).get();
  const longId = db.select({ id: sources.id }).from(sources).where(eq(sources.fileName, 'long-report.md')).get()!.id;
  const unit = db.select({ unit: metrics.unit }).from(metrics).where(isNotNull(metrics.unit)).orderBy(desc(metrics.sourceCount)).limit(1).get()?.unit;
  db.$client.close();
  console.log(`\ningest: ${counts.s} sources, ${counts.f} figures, ${counts.m} metrics in ${seconds.toFixed(1)} s`);
  console.log(`  throughput ${(N / seconds).toFixed(1)} sources/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s`);
  console.log(`  peak memory (max RSS) ${mb(process.resourceUsage().maxRSS * 1024)}`);
  console.log(`  database ${mb(statSync(DB_PATH).size)}`);
  console.log(`  one more source into the full archive: ${oneMore.toFixed(2)} s`);
  return { biggest, longId, unit, place: stories[0].place.split(' ')[0] };
}

/** The server's resident memory (one process), from /proc: cheap enough to sample every 250 ms; 0 where there is none. */
function rssOf(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** CPU time (user + system, ms) a process has used, from /proc; clock ticks are 10 ms on Linux. */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * What one reader's visit costs the server: its CPU time while a browser with an empty cache loads a page and
 * everything the page then asks for (scripts, and any prefetch of the links it shows), 3 visits a page.
 */
async function browserVisits(base: string, pid: number, pages: [string, string][]) {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return console.log(`\nbrowser visits: skipped (no Chromium at ${executablePath}; npm test installs it)`);
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath });
  console.log('\nserver CPU per browser visit (empty browser cache, page and everything it then requests; ms of CPU, 3 visits):');
  try {
    for (const [name, path] of pages) {
      const costs: string[] = [];
      for (let i = 0; i < 3; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        let requests = 0;
        page.on('request', () => requests++);
        const before = cpuMsOf(pid);
        await page.goto(base + path, { waitUntil: 'networkidle' });
        costs.push(`${cpuMsOf(pid) - before} (${requests} requests)`);
        await context.close();
      }
      console.log(`  ${name.padEnd(38)}${costs.join(', ')}`);
    }
  } finally {
    await browser.close();
  }
}

async function load(url: string, connections: number, amount: number) {
  const times: number[] = [];
  const instance = autocannon({ url, connections, amount, timeout: 30 });
  instance.on('response', (_c, _status, _bytes, ms) => times.push(ms));
  const result = await instance;
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { p50: p(0.5), p95: p(0.95), p99: p(0.99), n: times.length, bad: result.non2xx + result.errors };
}

/**
 * Serves the archive as `npm start` does and measures every page. With `pageCache` off, every request renders
 * (what the first reader after a write waits); on, repeat readers of a page get the copy kept since the last write.
 */
async function serveAndMeasure(targets: ReturnType<typeof ingestArchive>, pageCache: boolean) {
  const base = `http://127.0.0.1:${PORT}`;
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '-H', '127.0.0.1', '-p', String(PORT)], {
    env: { ...process.env, DATABASE_PATH: DB_PATH, SPREAD_SEED: '0', NEXT_TELEMETRY_DISABLED: '1', SPREAD_PAGE_CACHE: pageCache ? '1' : '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Peak memory, sampled while the pages are loaded: a reading after the runs lands anywhere in the GC's cycle.
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOf(server.pid!))), 250);
  try {
    for (let i = 0; i < 120; i++) {
      if (await fetch(`${base}/icon.svg`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const pages: [string, string][] = [
      ['overview', '/'],
      ['filtered overview', `/?verdict=disagree${targets.unit ? `&unit=${encodeURIComponent(targets.unit)}` : ''}&sort=sources&page=2`],
      ['search', `/?q=${encodeURIComponent(targets.place)}+deaths`],
      [`metric page (${targets.biggest?.n ?? 0} figures charted)`, `/metrics/${targets.biggest?.slug}`],
      ['source page (500 kB text)', `/sources/${targets.longId}`],
      // What Next and React cost per request on an almost empty page: the floor under every row above.
      ['reference: empty activity log', '/activity'],
    ];
    if ((targets.biggest?.n ?? 0) < 1000) console.log(`\nnote: the largest metric holds ${targets.biggest?.n} figures (fewer than 1,000 at this N)`);
    const kept = pageCache ? 'pages kept until the database changes (repeat readers)' : 'every request rendered (SPREAD_PAGE_CACHE=0: the first reader after a write)';
    console.log(`\nlatency on ${cpus().length} cores (${mb(totalmem())} RAM), loopback, after one warm-up request each, ${kept} (ms):`);
    console.log('  page                                  clients  requests    p50     p95     p99  non-2xx  HTML');
    for (const [name, path] of pages) {
      const res = await fetch(base + path);
      const html = (await res.text()).length;
      for (const [c, amount] of [[1, 60], [8, 200]] as const) {
        const r = await load(base + path, c, amount);
        console.log(`  ${name.padEnd(38)}${String(c).padStart(7)}${String(r.n).padStart(10)}${r.p50.toFixed(0).padStart(7)}${r.p95.toFixed(0).padStart(8)}${r.p99.toFixed(0).padStart(8)}${String(r.bad).padStart(9)}  ${mb(html)}`);
      }
    }
    console.log(`  server memory: ${mb(peakRss)} RSS at most during the runs, ${mb(rssOf(server.pid!))} after them`);
    if (!pageCache) await browserVisits(base, server.pid!, pages.slice(0, 5));
    if (pageCache) {
      // The worst case of kept pages: 8 readers arrive together on a page just after a write dropped every copy.
      const db = createDb(DB_PATH);
      console.log('\n8 readers at once on a page right after a write (any commit drops every kept page), 10 rounds of 8 (ms):');
      console.log('  page                                     p50     p95     max');
      let round = 0;
      for (const [name, path] of pages.slice(0, -1)) {
        const times: number[] = [];
        for (let r = 0; r < 10; r++) {
          db.$client.pragma(`user_version = ${++round}`);
          await Promise.all(Array.from({ length: 8 }, async () => {
            const t = performance.now();
            await (await fetch(base + path)).arrayBuffer();
            times.push(performance.now() - t);
          }));
        }
        times.sort((a, b) => a - b);
        const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(0);
        console.log(`  ${name.padEnd(38)}${at(0.5).padStart(7)}${at(0.95).padStart(8)}${at(1).padStart(8)}`);
      }
      db.$client.pragma('user_version = 0');
      db.$client.close();
      return;
    }
    console.log('\nfirst-load JavaScript (every <script src> a modern browser runs, gzip -9):');
    for (const [name, path] of [...pages, ['not found', '/no-such-page'] as [string, string]]) {
      const m = await measureFirstLoad(base, path);
      console.log(`  ${name.padEnd(38)}${String(m.scripts).padStart(3)} scripts ${(m.gzipBytes / 1024).toFixed(1).padStart(7)} kB gzip (${(m.rawBytes / 1024).toFixed(0)} kB raw)`);
    }
  } finally {
    clearInterval(sampler);
    // The next run listens on the same port: this server must be gone first.
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
}

const targets = ingestArchive();
if (SERVE) {
  execSync('node scripts/ensure-build.mjs', { stdio: 'inherit' });
  await serveAndMeasure(targets, false);
  await serveAndMeasure(targets, true);
}
