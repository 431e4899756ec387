import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, E2E_DATABASE_PATH, test } from './fixtures';
import { MetricPage } from './pages/metric-page';

// Two reports of one flood's death toll, on a subject the sample corpus does not cover.
const FILES = ['tests/fixtures/e2e/flood-toll-valley-herald.md', 'tests/fixtures/e2e/flood-toll-river-post.md'];
const HERALD = 'Floodwaters recede in Marrow Valley as toll rises';
const POST = 'Marrow Valley flood was the deadliest in decades';

test('npm run ingest adds sources whose figures and metric appear on reload', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  // The CLI writes to the database the running app reads (a no-op when the files are already stored).
  const out = execFileSync('npx', ['tsx', 'scripts/ingest.ts', ...FILES], {
    env: { ...process.env, DATABASE_PATH: E2E_DATABASE_PATH },
    encoding: 'utf8',
  });
  expect(out).toContain('Marrow Valley');
  await page.reload();
  const sources = page.getByRole('list', { name: 'Sources' });
  await expect(sources.getByRole('link', { name: POST })).toBeVisible();
  await sources.getByRole('link', { name: HERALD }).click();

  // The new source: its text with the toll highlighted, its publisher from the front matter.
  await expect(page.getByTestId('source-text').locator('mark', { hasText: '120' })).toBeVisible();
  await expect(page.locator('dd', { hasText: 'Valley Herald' })).toBeVisible();

  // The toll belongs to a metric whose citations hold both reports, and the two tolls disagree.
  const figure = page.getByTestId('source-figure').filter({ hasText: '120' });
  await figure.getByRole('link').last().click();
  const metric = new MetricPage(page);
  await expect(metric.chart).toBeVisible();
  const herald = metric.citations.filter({ hasText: HERALD }).filter({ hasText: '120' });
  const post = metric.citations.filter({ hasText: POST }).filter({ hasText: '162' });
  await expect(herald).toHaveCount(1);
  await expect(post).toHaveCount(1);
  await expect(metric.verdict).toHaveAttribute('data-verdict', 'disagree');
});

// A story from the dev set (tests/fixtures/dev): real reporting on one hurricane's death toll, re-told by six
// outlets that disagree. Its estimates must meet on one metric page, whatever the extractor grouped apart.
const STORY = ['bullets-recovery', 'encyclopedia', 'journal-abstract', 'local-tv-gwu', 'regional-news-aug2018', 'wire-oct2017']
  .map((voice) => `tests/fixtures/dev/hurricane-toll--${voice}.txt`);

test('a dev-set story ingested with the CLI shows its estimates disagreeing on one metric page', async ({ page }) => {
  test.setTimeout(90_000);
  const out = execFileSync('npx', ['tsx', 'scripts/ingest.ts', ...STORY], {
    env: { ...process.env, DATABASE_PATH: E2E_DATABASE_PATH },
    encoding: 'utf8',
  });
  // The encyclopedia page's heading is its title, without the wiki markup around it.
  const id = /added +#(\d+) Death toll of Hurricane Maria in Puerto Rico \(/.exec(out)?.[1];
  expect(id, out).toBeTruthy();
  await page.goto(`/sources/${id}`);
  await page.getByTestId('source-figure').filter({ hasText: '4,645' }).first().getByRole('link').last().click();
  const metric = new MetricPage(page);
  await expect(metric.chart).toBeVisible();
  // The survey's 4,645, the study's 2,975 and the government's 1,427, each from its own outlet.
  for (const value of ['4,645', '2,975', '1,427']) await expect(metric.citations.filter({ hasText: value }).first()).toBeVisible();
  expect(Number(await metric.summaryValue('Sources'))).toBeGreaterThanOrEqual(3);
  await expect(metric.verdict).toHaveAttribute('data-verdict', 'disagree');
});

// Another dev-set story: a country's count of asylum seekers in one year, revised and contested. Grouping keeps
// some of its counts of people in metrics of their own; each metric page must show the others beside its verdict,
// and link back.
const ASYLUM = ['encyclopedia', 'ngo-release', 'regional', 'revision-wire', 'stats-digest', 'wire']
  .map((voice) => `tests/fixtures/dev/asylum-influx--${voice}.txt`);

test('a metric page lists the story\'s other metrics measuring the same thing, and each links back', async ({ page }) => {
  test.setTimeout(90_000);
  const out = execFileSync('npx', ['tsx', 'scripts/ingest.ts', ...ASYLUM], { env: { ...process.env, DATABASE_PATH: E2E_DATABASE_PATH }, encoding: 'utf8' });
  const id = /added +#(\d+) /.exec(out)?.[1];
  expect(id, out).toBeTruthy();
  // Among the story's metrics, two counting people: each page lists the story's other counts of people.
  await page.goto('/?q=asylum+people&per=100');
  const people = page.getByTestId('metric-row').filter({ has: page.getByRole('rowheader', { name: /^People/ }) });
  await expect(people.nth(1)).toBeVisible();
  await people.first().getByRole('link', { name: /^Open / }).click();
  const metric = new MetricPage(page);
  await expect(metric.chart).toBeVisible();
  const first = new URL(page.url()).pathname;
  const related = page.getByTestId('related-metrics');
  await expect(related.getByTestId('related-note')).toContainText('“People”');
  const rows = related.getByTestId('metric-row');
  await expect(rows.first()).toBeVisible();
  for (const label of await rows.getByRole('rowheader').allTextContents()) expect(label).toMatch(/^People/);
  await rows.first().getByRole('link', { name: /^Open / }).click();
  await expect(metric.chart).toBeVisible();
  await expect(page.getByTestId('related-metrics').locator(`a[href="${first}"]`).first()).toBeVisible();
});

// A third dev-set story: an airport whose opening was put off for years. Its reports agree within each announced
// date, so an overview row can read "Agree" while the story's other opening dates say otherwise.
const AIRPORT = ['audit-briefing', 'encyclopedia', 'local-tv-dec2019', 'regional-2013', 'wire-may2012']
  .map((voice) => `tests/fixtures/dev/capital-airport--${voice}.txt`);

test('an overview row whose sources agree says when the story\'s related metrics state other values', async ({ page }) => {
  test.setTimeout(90_000);
  const out = execFileSync('npx', ['tsx', 'scripts/ingest.ts', ...AIRPORT], { env: { ...process.env, DATABASE_PATH: E2E_DATABASE_PATH }, encoding: 'utf8' });
  const id = /added +#(\d+) Berlin Brandenburg Airport \(/.exec(out)?.[1];
  expect(id, out).toBeTruthy();
  await page.goto(`/?source=${id}&per=100`);
  const warned = page.getByTestId('metric-row').filter({ has: page.getByTestId('contradicted') });
  await expect(warned.first()).toBeVisible();
  await expect(warned.first().locator('[data-verdict]')).not.toHaveAttribute('data-verdict', 'disagree');
  await warned.first().getByTestId('contradicted').click();
  await expect(page).toHaveURL(/#related-metrics$/);
  await expect(page.getByTestId('related-note')).toContainText(/state[s]? only values outside this metric.s range/);
});

// A 130 kB report: its page shows the text a part at a time, and a figure's link opens the part holding it.
test('a long source is shown in parts, and a figure in a later part is reached from the figure list', async ({ page }) => {
  test.setTimeout(90_000);
  const sections = Array.from({ length: 120 }, (_, k) =>
    `Inspectors counted ${(1000 + k).toLocaleString('en-US')} damaged culverts after the storm. ` +
    'The survey teams walked every road and stream crossing, noting cracked headwalls and scoured banks. '.repeat(10));
  mkdirSync('tests/.tmp', { recursive: true });
  writeFileSync('tests/.tmp/long-inspection.md', `---\ntitle: Culvert inspection, full report\n---\n${sections.join('\n\n')}\n`);
  const out = execFileSync('npx', ['tsx', 'scripts/ingest.ts', 'tests/.tmp/long-inspection.md'], {
    env: { ...process.env, DATABASE_PATH: E2E_DATABASE_PATH },
    encoding: 'utf8',
  });
  const id = /#(\d+) Culvert inspection, full report/.exec(out)?.[1];
  expect(id, out).toBeTruthy();
  await page.goto(`/sources/${id}`);
  const text = page.getByTestId('source-text');
  await expect(page.getByText(/part 1 of 7 · \d+ of 120 figures highlighted/)).toBeVisible();
  await expect(text.locator('mark', { hasText: '1,000' })).toBeVisible();
  await expect(text.locator('mark', { hasText: '1,119' })).toHaveCount(0);

  // The last section's figure is on the third page of the figure list; its link opens the text's last part there.
  await page.getByRole('navigation', { name: 'Figure pages' }).getByRole('link', { name: 'Next →' }).click();
  await expect(page).toHaveURL(/[?&]page=2\b/);
  await page.getByRole('navigation', { name: 'Figure pages' }).getByRole('link', { name: 'Next →' }).click();
  await page.getByTestId('source-figure').filter({ hasText: '1,119' }).getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/sources/${id}\\?part=7#figure-\\d+$`));
  await expect(text.locator('mark:target', { hasText: '1,119' })).toBeVisible();
  await expect(page.getByText(/part 7 of 7/)).toBeVisible();
  await page.getByRole('navigation', { name: 'Text parts' }).getByRole('link', { name: '← Previous' }).click();
  await expect(page).toHaveURL(new RegExp(`/sources/${id}\\?part=6$`));
  await expect(page.getByText(/part 6 of 7/)).toBeVisible();
});

// 130 readings of one gauge: too many for a chart row each. The page charts them as bins read from the stored
// summary, pages its citations, and each bin leads to a citation on whichever page holds it.
test('a metric of many figures charts every one in bins, and a bin opens its first citation on its page', async ({ page }) => {
  test.setTimeout(120_000);
  mkdirSync('tests/.tmp/gauge', { recursive: true });
  const files = Array.from({ length: 130 }, (_, k) => {
    const path = `tests/.tmp/gauge/gauge-${k}.md`;
    writeFileSync(path, `---\ntitle: Kestrel reservoir gauge reading ${k}\n---\nThe Kestrel reservoir held ${(1_000 + 7 * k).toLocaleString('en-US')} megalitres of water on Monday, the water board said.\n`);
    return path;
  });
  execFileSync('npx', ['tsx', 'scripts/ingest.ts', ...files], { env: { ...process.env, DATABASE_PATH: E2E_DATABASE_PATH }, encoding: 'utf8' });
  await page.goto('/?q=Kestrel+reservoir+gauge');
  await page.getByTestId('metric-row').first().getByRole('link', { name: /^Open / }).click();
  const metric = new MetricPage(page);
  await expect(metric.chart).toHaveAttribute('data-mode', 'bins');
  await expect(metric.chart).toHaveAttribute('data-rows', '130');
  await expect(page.getByRole('heading', { name: 'Citations (130)' })).toBeVisible();
  await expect(metric.citations).toHaveCount(25);

  // The highest bin holds the last readings; its first citation is on a later page and states a value in the bin.
  const bins = metric.chart.locator('svg a:has(rect[data-mark="bin"])');
  const last = bins.last();
  const [, from, to] = /state (\S+) – (\S+)$/.exec((await last.getAttribute('aria-label'))!)!.map((s) => s.replace(/,/g, ''));
  await last.click();
  await expect(page).toHaveURL(/\?page=\d+#figure-\d+$/);
  const cited = page.locator(`#${new URL(page.url()).hash.slice(1)}`);
  await expect(cited).toBeVisible();
  const value = Number((await cited.getByTestId('citation-value').innerText()).replace(/,/g, ''));
  expect(value).toBeGreaterThanOrEqual(Number(from));
  expect(value).toBeLessThanOrEqual(Number(to));
});

// Anonymous readers of a page get the copy kept since the last write; an ingest from another process (the CLI)
// changes the database, so the next reader gets a page rendered again, with the new source counted. Other specs
// of this project write meanwhile (add-sources), so each check is retried until no other write fell inside it.
test('a page kept for readers is rendered again once npm run ingest writes, and its kept copy still runs', async ({ page, request }) => {
  test.setTimeout(90_000);
  const view = '/?q=ferry';
  // React separates the text around a value with comments: "All <!-- -->12<!-- --> sources".
  const sourcesIn = (text: string) => Number(/All (?:<!-- -->)?(\d+)(?:<!-- -->)? sources/.exec(text)?.[1]);
  await expect(async () => {
    await request.get(view);
    const kept = await request.get(view);
    expect(kept.headers()['x-spread-cache']).toBe('hit');
    // The kept copy's scripts carry the nonce its policy allows, so the browser runs them.
    const nonce = /'nonce-([^']+)'/.exec(kept.headers()['content-security-policy'])?.[1];
    expect(nonce).toBeTruthy();
    expect(await kept.text()).toContain(`nonce="${nonce}"`);
  }).toPass({ timeout: 20_000 });

  mkdirSync('tests/.tmp', { recursive: true });
  let attempt = 0;
  await expect(async () => {
    const before = sourcesIn(await (await request.get(view)).text());
    expect(before).toBeGreaterThan(0);
    // New text each attempt: a text stored already is skipped and changes nothing.
    const file = `tests/.tmp/ferry-${test.info().repeatEachIndex}-${test.info().retry}-${attempt++}.md`;
    const stamp = Date.now();
    writeFileSync(file, `---\ntitle: Harbour ferry passengers ${stamp}\n---\nThe harbour ferry carried ${stamp % 100_000} passengers last month, the port authority said.\n`);
    execFileSync('npx', ['tsx', 'scripts/ingest.ts', file], { env: { ...process.env, DATABASE_PATH: E2E_DATABASE_PATH }, encoding: 'utf8' });
    // Four readers at once after the write: one renders, the others get its copy (while it renders, or after).
    const fresh = await Promise.all(Array.from({ length: 4 }, () => request.get(view)));
    const served = fresh.map((r) => r.headers()['x-spread-cache']);
    expect(served.filter((how) => how === 'miss'), served.join()).toHaveLength(1);
    expect(served.filter((how) => how === 'hit' || how === 'shared'), served.join()).toHaveLength(3);
    const pages = new Set(await Promise.all(fresh.map((r) => r.text())));
    expect(pages.size).toBe(1);
    expect(sourcesIn([...pages][0])).toBe(before + 1);
  }).toPass({ timeout: 60_000 });

  // In the browser, a kept overview runs its scripts (a refused one fails the test as a console error): typing a
  // search rewrites the URL with no form submitted, which only the hydrated page does.
  await expect(async () => {
    await page.goto('/');
    expect((await page.reload())?.headers()['x-spread-cache']).toBe('hit');
  }).toPass({ timeout: 20_000 });
  await page.getByRole('searchbox', { name: 'Search metrics' }).fill('ferry');
  await expect(page).toHaveURL(/[?&]q=ferry/);
});

// Two reports of one strike's turnout in two cities: the police's and the unions' counts of one city disagree on its
// page, and the other city's counts are on a page of their own, which says where its figures are of.
const STRIKE = ['tests/fixtures/e2e/strike-turnout-city-desk.md', 'tests/fixtures/e2e/strike-turnout-union-wire.md'];

test("one city's turnout is on its own metric page, which says where its figures are of", async ({ page }) => {
  test.setTimeout(90_000);
  const out = execFileSync('npx', ['tsx', 'scripts/ingest.ts', ...STRIKE], {
    env: { ...process.env, DATABASE_PATH: E2E_DATABASE_PATH },
    encoding: 'utf8',
  });
  const id = /added +#(\d+) Police count the pension marchers/.exec(out)?.[1];
  expect(id, out).toBeTruthy();
  await page.goto(`/sources/${id}`);
  await page.getByTestId('source-figure').filter({ hasText: '30,000' }).getByRole('link').last().click();
  const metric = new MetricPage(page);
  await expect(metric.chart).toBeVisible();
  await expect(page.getByTestId('metric-scope')).toContainText('where: Marseille');
  await expect(metric.citations.filter({ hasText: '245,000' })).toHaveCount(1);
  await expect(metric.citations.filter({ hasText: '700,000' })).toHaveCount(0);
  await expect(metric.verdict).toHaveAttribute('data-verdict', 'disagree');
  await page.screenshot({ path: 'tests/.tmp/metric-where.png', fullPage: true });
});
