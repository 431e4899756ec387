import { EDITOR_STATE } from './accounts';
import { expect, test } from './fixtures';
import { MetricPage } from './pages/metric-page';
import { AddSourcesPage } from './pages/add-sources-page';
import { makePdf } from '../setup/pdf';
import { html, redirect, startTestServer, bytes } from '../setup/test-server';

// Each test tells its own story, so the metrics it makes never meet another test's (or the sample corpus's).
test.use({ storageState: EDITOR_STATE });

const file = (name: string, text: string, mimeType = 'text/plain') => ({ name, mimeType, buffer: Buffer.from(text) });

/** A place name for this attempt: a retry's first attempt stays stored, so the retry tells its story somewhere else. */
const place = (name: string) => name + ['', 'sby', 'wick', 'ford'][test.info().retry];

test('an editor pastes a statement, previews its figures, saves it and finds it stored on reload', async ({ page }) => {
  const harlow = place('Harlow');
  const add = new AddSourcesPage(page);
  await add.open();
  const text =
    `${harlow} County health officials said on Tuesday that the measles outbreak has grown to 214 confirmed cases since January.\n` +
    'The county vaccinated more than 3,000 children at school clinics last month, officials said.\n';
  await add.paste({ text, title: `${harlow} County measles update`, publisher: `${harlow} County Health`, url: 'https://harlow.example/measles', publishedAt: '2026-03-02' });

  const preview = add.preview(`${harlow} County measles update`);
  await expect(preview.getByTestId('preview-text').locator('mark', { hasText: '214' })).toBeVisible();
  await expect(preview.getByTestId('preview-figure').filter({ hasText: '214' })).toContainText(/no metric yet|new metric|\(\d+ figures from/);
  const links = await add.save();
  await add.openStored(links.filter({ hasText: `${harlow} County measles update` }));
  await expect(page.getByTestId('source-text').locator('mark', { hasText: '214' })).toBeVisible();
  await expect(page.locator('dd', { hasText: `${harlow} County Health` })).toBeVisible();
  await expect(page.getByRole('link', { name: /text\/plain, \d+ bytes/ })).toBeVisible();
  const sourceUrl = page.url();

  // The same text again is reported with a link to the stored source, and nothing is saved twice.
  await add.open();
  await add.paste({ text, title: `${harlow} County measles update, again` });
  const duplicate = add.preview(`${harlow} County measles update, again`);
  await expect(duplicate.getByRole('status')).toContainText('Already stored');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await duplicate.getByRole('link', { name: `${harlow} County measles update` }).click();
  await expect(page).toHaveURL(sourceUrl);
});

test('an editor uploads one markdown file whose front matter gives its metadata', async ({ page }) => {
  const kestrel = place('Kestrel');
  const add = new AddSourcesPage(page);
  await add.open();
  const md = `---\ntitle: ${kestrel} Bay spill larger than first reported\npublisher: Coastal Ledger\ndate: 2026-02-11\n---\n` +
    `The coast guard said on Monday that about 1,200 barrels of crude oil leaked into ${kestrel} Bay from the damaged tanker.\n`;
  await add.upload([file('kestrel.md', md, 'text/markdown')]);
  await expect(add.preview(`${kestrel} Bay spill larger than first reported`).locator('mark', { hasText: '1,200' })).toBeVisible();
  const links = await add.save();
  await add.openStored(links.first());
  await expect(page.getByRole('heading', { name: `${kestrel} Bay spill larger than first reported` })).toBeVisible();
  await expect(page.locator('dd', { hasText: 'Coastal Ledger' })).toBeVisible();
  await expect(page.getByTestId('source-text').locator('mark', { hasText: '1,200' })).toBeVisible();
});

test('an editor uploads a batch of files; the preview shows the metric their figures would form', async ({ page }) => {
  const corran = place('Corran');
  const add = new AddSourcesPage(page);
  await add.open();
  await add.upload([
    file('corran-ledger.txt', `${corran} wildfire burns 4,500 hectares\n\nThe ${corran} wildfire has burned 4,500 hectares of forest since Friday, the fire service said.\n`),
    file('corran-post.html', `<html><head><title>${corran} fire doubles</title><meta property="og:site_name" content="${corran} Post"></head><body><article><h1>${corran} fire doubles</h1><p>The ${corran} wildfire has now burned about 9,000 hectares of forest, according to forestry officials.</p></article></body></html>`, 'text/html'),
    file('corran-notes.md', `---\ntitle: ${corran} fire crews\n---\nAround 300 firefighters are working on the ${corran} wildfire lines, the fire service said.\n`, 'text/markdown'),
  ]);
  await expect(add.previews).toHaveCount(3);
  await expect(page.getByRole('heading', { name: /Preview: 3 new sources/ })).toBeVisible();
  const hectares = add.previews.getByTestId('preview-figure').filter({ hasText: 'hectares' });
  await expect(hectares.first()).toContainText('new metric');
  const links = await add.save();
  await expect(links).toHaveCount(3);

  await add.openStored(links.filter({ hasText: `${corran} fire doubles` }));
  const figure = page.getByTestId('source-figure').filter({ hasText: '9,000' });
  await figure.getByRole('link').last().click();
  const metric = new MetricPage(page);
  await expect(metric.citations.filter({ hasText: `${corran} wildfire burns 4,500 hectares` }).first()).toBeVisible();
  await expect(metric.citations.filter({ hasText: `${corran} fire doubles` })).toHaveCount(1);
});

test('an editor uploads a PDF report; its figures are cited with their page', async ({ page }) => {
  const tarn = place('Tarn');
  const add = new AddSourcesPage(page);
  await add.open();
  const pdf = await makePdf(
    [
      [`${tarn} Valley Dam Safety Review`, 'Regional Water Authority, March 2026'],
      ['Evacuation', `The authority said 3,400 residents were evacuated from the ${tarn} valley below the dam.`, 'Shelters opened in four schools.'],
      ['Repairs', 'Engineers estimate the spillway repairs will take 18 months.'],
    ],
    `${tarn} Valley Dam Safety Review`,
  );
  await add.upload([
    { name: 'tarn-review.pdf', mimeType: 'application/pdf', buffer: pdf },
    file('tarn-statement.txt', `${tarn} dam evacuation\n\nPolice said 3,000 residents were evacuated from the ${tarn} valley overnight.\n`),
  ]);
  const report = add.preview(`${tarn} Valley Dam Safety Review`);
  await expect(report.getByTestId('preview-figure').filter({ hasText: '3,400' })).toContainText('p. 2');
  await expect(report.getByTestId('preview-figure').filter({ hasText: '18' })).toContainText('p. 3');
  await expect(report.getByTestId('preview-figure').filter({ hasText: '3,400' })).toContainText('new metric');
  const links = await add.save();
  await add.openStored(links.filter({ hasText: `${tarn} Valley Dam Safety Review` }));
  await expect(page.getByRole('link', { name: /application\/pdf/ })).toBeVisible();
  const figure = page.getByTestId('source-figure').filter({ hasText: '3,400' });
  await expect(figure).toContainText('p. 2');
  await figure.getByRole('link').last().click();
  const metric = new MetricPage(page);
  const cited = metric.citations.filter({ hasText: `${tarn} Valley Dam Safety Review` });
  await expect(cited.getByTestId('citation-page')).toHaveText(', p. 2');
  await expect(metric.citations.filter({ hasText: `${tarn} dam evacuation` })).toHaveCount(1);
});

test('an editor gives a URL; the server fetches it, follows the redirect and reads the article', async ({ page }) => {
  const article = `<!doctype html><html><head>
    <title>Dunmore bridge collapse | Dunmore Gazette</title>
    <meta property="og:title" content="Twelve hurt as Dunmore footbridge collapses">
    <meta property="og:site_name" content="Dunmore Gazette">
    <meta property="article:published_time" content="2026-04-18T09:30:00Z">
    <link rel="canonical" href="/news/dunmore-bridge">
    </head><body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
    <article><h1>Twelve hurt as Dunmore footbridge collapses</h1>
    <p>Twelve people were injured when the Dunmore footbridge collapsed into the canal on Saturday morning, the ambulance service said.</p>
    <p>Witnesses said about 40 people were crossing the bridge at the time. The council closed the towpath for 2 kilometres in both directions.</p>
    <p>The bridge, built in 1968, had been inspected in January, a council spokesperson said, and no faults were recorded then.</p>
    </article><footer>Copyright Dunmore Gazette</footer></body></html>`;
  const server = await startTestServer({ '/news/dunmore-bridge': html(article), '/b/dunmore': redirect('/news/dunmore-bridge') });
  try {
    const add = new AddSourcesPage(page);
    await add.open();
    await add.fetch(`${server.url}/b/dunmore`);
    const preview = add.preview('Twelve hurt as Dunmore footbridge collapses');
    await expect(preview.locator('dd', { hasText: `${server.url}/news/dunmore-bridge` }).first()).toBeVisible();
    await expect(preview.getByTestId('preview-text')).not.toContainText('Sport');
    await expect(preview.getByTestId('preview-text').locator('mark', { hasText: 'about 40' })).toBeVisible();
    const links = await add.save();
    await add.openStored(links.first());
    await expect(page.locator('dd', { hasText: 'Dunmore Gazette' })).toBeVisible();
    await expect(page.locator('dd', { hasText: 'April 18, 2026' })).toBeVisible();
    await expect(page.locator('dd', { hasText: `${server.url}/b/dunmore` })).toBeVisible();
    await expect(page.locator('dd', { hasText: `${server.url}/news/dunmore-bridge` }).first()).toBeVisible();
    await expect(page.getByTestId('source-text').locator('mark', { hasText: 'about 40' })).toBeVisible();
    // The page as fetched is kept, and served back in a sandbox where its scripts cannot run.
    const original = await page.request.get(`${page.url()}/original`);
    expect(original.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(original.headers()['content-security-policy']).toMatch(/^sandbox;/);
    expect(await original.text()).toContain('<nav><a href="/">Home</a>');
  } finally {
    await server.close();
  }
});

test('a PDF given by URL is read page by page', async ({ page }) => {
  const pdf = await makePdf([['Lowmoor clinic audit'], ['The audit found 27 patients waited more than four hours at the Lowmoor clinic.']], 'Lowmoor clinic audit');
  const server = await startTestServer({ '/audit.pdf': bytes('application/pdf', pdf) });
  try {
    const add = new AddSourcesPage(page);
    await add.open();
    await add.fetch(`${server.url}/audit.pdf`);
    await expect(add.preview('Lowmoor clinic audit').getByTestId('preview-figure').filter({ hasText: '27' })).toContainText('p. 2');
    await add.openStored((await add.save()).first());
    await expect(page.getByTestId('source-figure').filter({ hasText: '27' })).toContainText('p. 2');
  } finally {
    await server.close();
  }
});
