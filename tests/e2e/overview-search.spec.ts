import { expect, test } from './fixtures';

// The overview's search, filters, sort and pages live in the URL: each view can be reloaded and shared.
const total = async (page: import('@playwright/test').Page) => Number(await page.getByTestId('total-metrics').textContent());
const rows = (page: import('@playwright/test').Page) => page.getByTestId('metric-row');

test.describe('overview search, filters, sort and pages', () => {
  test('search matches metric names and source titles, and the URL keeps the query', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search metrics' }).fill('deaths');
    await expect(page).toHaveURL(/[?&]q=deaths\b/);
    await expect(rows(page).filter({ hasText: /^Deaths/ })).toHaveCount(1);
    expect(await rows(page).count()).toBeLessThan(await total(page));
    // A source title finds the metrics its figures belong to, though no metric is named after it.
    await page.getByRole('searchbox', { name: 'Search metrics' }).fill('jealous');
    await expect(page).toHaveURL(/[?&]q=jealous\b/);
    await expect(rows(page).filter({ hasText: /^Deaths/ })).toHaveCount(1);
    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Search metrics' })).toHaveValue('jealous');
    await expect(page.getByTestId('metric-count')).toHaveText(/^\d+ of \d+ metrics match$/);
    // A search is about metrics: the archive's source list gives way to a link back to it.
    await expect(page.getByRole('list', { name: 'Sources' })).toHaveCount(0);
    await page.getByRole('link', { name: /^All \d+ sources: the overview without filters/ }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('list', { name: 'Sources' }).getByTestId('source-row').first()).toBeVisible();
    await page.goto('/?q=zebra');
    await expect(rows(page)).toHaveCount(0);
    await expect(page.getByText('No metric matches this search.')).toBeVisible();
  });

  test('the verdict filter keeps only that verdict', async ({ page }) => {
    await page.goto('/');
    const disagreeing = Number(await page.getByTestId('total-metrics-whose-sources-disagree').textContent());
    await page.getByLabel('Verdict').selectOption('disagree');
    await expect(page).toHaveURL(/[?&]verdict=disagree\b/);
    await expect(rows(page)).toHaveCount(disagreeing);
    const verdicts = await rows(page).locator('[data-verdict]').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
    expect(new Set(verdicts)).toEqual(new Set(['disagree']));
    await page.getByLabel('Verdict').selectOption('agree');
    await expect(page).toHaveURL(/[?&]verdict=agree\b/);
    await expect(rows(page).locator('[data-verdict="agree"]')).toHaveCount(await rows(page).count());
  });

  test('the unit filter keeps metrics stated in that unit', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Unit').selectOption('miles');
    await expect(page).toHaveURL(/[?&]unit=miles\b/);
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).getByTestId('metric-span')).toHaveText(/miles$/);
    await page.getByLabel('Unit').selectOption('');
    await expect(page).not.toHaveURL(/unit=/);
    await expect(rows(page)).toHaveCount(await total(page));
  });

  test('the source filter keeps the metrics a source is cited in, and can be cleared', async ({ page }) => {
    await page.goto('/');
    const source = page.getByRole('list', { name: 'Sources' }).getByTestId('source-row').filter({ hasText: /261 deaths in Salvadoran prisons/ });
    await source.getByRole('link', { name: 'metrics' }).click();
    await expect(page).toHaveURL(/\/\?source=\d+$/);
    await expect(page.getByTestId('source-filter')).toContainText('261 deaths in Salvadoran prisons');
    const n = await rows(page).count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(await total(page));
    // Every listed metric cites the source.
    const slug = await rows(page).first().getAttribute('data-slug');
    await page.goto(`/metrics/${slug}`);
    await expect(page.getByTestId('citation').filter({ hasText: '261 deaths in Salvadoran prisons' }).first()).toBeVisible();
    await page.goBack();
    // Filters combine, and clearing the source keeps the others.
    await page.getByLabel('Verdict').selectOption('disagree');
    await expect(page).toHaveURL(/source=\d+.*verdict=disagree|verdict=disagree.*source=\d+/);
    await page.getByRole('link', { name: 'Clear the source filter' }).click();
    await expect(page).toHaveURL(/\/\?verdict=disagree$/);
    await expect(page.getByTestId('source-filter')).toHaveCount(0);
  });

  test('sorts by sources, spread and recency, each kept in the URL', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Sort').selectOption('sources');
    await expect(page).toHaveURL(/[?&]sort=sources\b/);
    await expect(page.getByLabel('Sort')).toHaveValue('sources');
    // The second cell of each row is its source count.
    const counts = (await rows(page).locator('td:nth-of-type(2)').allTextContents()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.length).toBe(await total(page));
    for (const sort of ['spread', 'recent']) {
      await page.getByLabel('Sort').selectOption(sort);
      await expect(page).toHaveURL(new RegExp(`[?&]sort=${sort}\\b`));
      await expect(rows(page)).toHaveCount(await total(page));
    }
    await page.reload();
    await expect(page.getByLabel('Sort')).toHaveValue('recent');
  });

  test('pages through metrics and sources with links that keep the view', async ({ page }) => {
    await page.goto('/?verdict=disagree&per=3');
    const pages = page.getByRole('navigation', { name: 'Metric pages' });
    await expect(pages).toContainText(/Page 1 of \d+/);
    const first = await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')));
    expect(first).toHaveLength(3);
    await pages.getByRole('link', { name: 'Next →' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page).toHaveURL(/verdict=disagree/);
    await expect(pages).toContainText('Page 2 of');
    const second = await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-slug')));
    expect(second.filter((s) => first.includes(s))).toEqual([]);
    // A new filter starts again at its first page.
    await page.getByLabel('Sort').selectOption('sources');
    await expect(page).not.toHaveURL(/[?&]page=/);
    // Sources page on their own, keeping the metric view.
    await page.goto('/?per=2');
    const sourcePages = page.getByRole('navigation', { name: 'Source pages' });
    const before = await page.getByTestId('source-row').allTextContents();
    expect(before).toHaveLength(2);
    await sourcePages.getByRole('link', { name: 'Next →' }).click();
    await expect(page).toHaveURL(/sourcesPage=2/);
    await expect(page).toHaveURL(/per=2/);
    const after = await page.getByTestId('source-row').allTextContents();
    expect(after.filter((t) => before.includes(t))).toEqual([]);
  });

  test('a mangled URL falls back to the plain view instead of an error', async ({ page }) => {
    const response = await page.goto('/?page=abc&sort=nonsense&verdict=maybe&q=%22(%20NEAR');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Where sources disagree' })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the spread chart is in the first paint, every mark a link to its citation', async ({ page }) => {
    await page.goto('/?q=deaths');
    await page.getByTestId('metric-row').filter({ hasText: /^Deaths/ }).getByRole('link', { name: /^Open / }).click();
    const chart = page.getByTestId('spread-chart');
    const rowsCount = Number(await chart.getAttribute('data-rows'));
    const marks = chart.locator('svg a[href^="#figure-"] > rect[data-mark="stated"]');
    await expect(marks).toHaveCount(rowsCount);
    expect(rowsCount).toBeGreaterThanOrEqual(3);
    await expect(chart.locator('svg a title').first()).toHaveText(/ · .* · click for the citation$/);
  });

  test('the search form still works, as a plain GET form', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search metrics' }).fill('arrests');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/[?&]q=arrests\b/);
    await expect(page.getByTestId('metric-row').filter({ hasText: /^Arrests/ })).toHaveCount(1);
  });
});
