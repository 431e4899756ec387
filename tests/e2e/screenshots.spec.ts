import { mkdirSync } from 'node:fs';
import { html, startTestServer } from '../setup/test-server';
import { expect, test } from './fixtures';
import { MetricPage } from './pages/metric-page';

// Screenshots of each page on the sample corpus, to look at after a change. `npm run screenshots`
// writes the README's copies to docs/screenshots/; a plain test run keeps them under tests/.tmp.
const DIR = process.env.SCREENSHOT_DIR ?? 'tests/.tmp/screenshots';

test.describe('screenshots @screenshots', () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test.beforeAll(() => mkdirSync(DIR, { recursive: true }));

  test('overview', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('metric-row').first()).toBeVisible();
    await page.screenshot({ path: `${DIR}/overview.png`, fullPage: true });
  });

  test('metric page', async ({ page }) => {
    const metric = new MetricPage(page);
    await metric.openFromOverview(/^189 –/, /366/);
    await expect(metric.statedBars().first()).toBeVisible();
    await page.screenshot({ path: `${DIR}/metric.png`, clip: { x: 0, y: 0, width: 1280, height: 1400 }, fullPage: true });
  });

  test('source page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('list', { name: 'Sources' }).getByRole('link', { name: /261 deaths in Salvadoran prisons/ }).click();
    await expect(page.getByTestId('source-text')).toBeVisible();
    // Show a followed citation: the figure outlined, its sentence lit.
    const id = await page.locator('mark[id^="figure-"]', { hasText: /65 to 70/ }).first().getAttribute('id');
    await page.goto(`${page.url()}#${id}`);
    await expect(page.locator(`#${id}`)).toBeInViewport();
    // Back to the top so the title and metadata show; :target styling stays on the figure.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${DIR}/source.png`, clip: { x: 0, y: 0, width: 1280, height: 1100 }, fullPage: true });
  });

  test('embedded chart', async ({ page }) => {
    const metric = new MetricPage(page);
    await metric.openFromOverview(/^189 –/, /366/);
    const code = await page.getByLabel('Embed the chart in an article').inputValue();
    // The chart as a reader sees it inside an article on another site, one mark focused from the keyboard.
    const article = await startTestServer({
      '/story': html(`<!doctype html><title>Story</title><body style="font:17px Georgia,serif;max-width:760px;margin:24px auto"><h1>Deaths in custody: the counts disagree</h1><p>Rights groups and officials give different tolls.</p>${code}<p>The story goes on.</p>`),
      '/favicon.ico': (res) => void res.writeHead(204).end(),
    });
    try {
      await page.goto(`${article.url}/story`);
      const frame = page.frameLocator('iframe');
      await frame.getByRole('heading').getByRole('link').focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(frame.getByTestId('chart-tooltip')).toBeVisible();
      await page.screenshot({ path: `${DIR}/embed.png`, fullPage: true });
    } finally {
      await article.close();
    }
  });
});
