import { expect, SAMPLE_TITLES, test } from './fixtures';

test.describe('overview', () => {
  test('lists the five sample sources, already ingested', async ({ page }) => {
    await page.goto('/');
    const sources = page.getByRole('list', { name: 'Sources' });
    for (const title of SAMPLE_TITLES) await expect(sources.getByRole('link', { name: title })).toBeVisible();
    await expect(page.getByTestId('total-sources')).toHaveText(/^\d+$/);
    expect(Number(await page.getByTestId('total-sources').textContent())).toBeGreaterThanOrEqual(5);
  });

  test('shows totals and metrics ranked by disagreement', async ({ page }) => {
    await page.goto('/');
    for (const id of ['total-figures', 'total-metrics', 'total-metrics-whose-sources-disagree'])
      expect(Number(await page.getByTestId(id).textContent())).toBeGreaterThan(0);
    const rows = page.getByTestId('metric-row');
    expect(await rows.count()).toBe(Number(await page.getByTestId('total-metrics').textContent()));
    // Disagreements come first, revisions next, agreement last.
    const order = { disagree: 0, revised: 1, agree: 2 } as const;
    const verdicts = await rows.locator('[data-verdict]').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
    const ranks = verdicts.map((v) => order[v as keyof typeof order]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const disagreeing = Number(await page.getByTestId('total-metrics-whose-sources-disagree').textContent());
    expect(verdicts.filter((v) => v === 'disagree')).toHaveLength(disagreeing);
  });

  test('each metric row has its name, values, source count, spread and link', async ({ page }) => {
    await page.goto('/');
    const row = page.getByTestId('metric-row').first();
    await expect(row.getByRole('rowheader').getByRole('link')).toHaveText(/\w/);
    await expect(row.getByTestId('metric-span')).toHaveText(/\d/);
    await expect(row.getByRole('cell').nth(1)).toHaveText(/^\d+$/);
    await expect(row.getByTestId('spread-strip')).toBeVisible();
    // The lowest and highest figures are drawn apart on the row's own axis.
    const xs = await row.getByTestId('spread-strip').locator('[data-mark]').evaluateAll((marks) => marks.map((m) => Number(m.getAttribute('x'))));
    expect(new Set(xs).size).toBeGreaterThan(1);
    const slug = await row.getAttribute('data-slug');
    await row.getByRole('link', { name: /^Open / }).click();
    await expect(page).toHaveURL(`/metrics/${slug}`);
  });

  test('states values with their hedges, e.g. "20,000 – 40,000"', async ({ page }) => {
    await page.goto('/');
    const spans = page.getByTestId('metric-span');
    await expect(spans.filter({ hasText: /^20,000 – .*40,000/ })).toHaveCount(1);
    await expect(spans.filter({ hasText: /over 70,000 – over 84,000/ })).toHaveCount(1);
  });

  test('opening it asks the server for no page behind its links, and a click still navigates in place', async ({ page }) => {
    // Every page renders per request, so a prefetch brings back nothing yet costs the server a request per link.
    const prefetched: string[] = [];
    page.on('request', (r) => { if (r.headers()['next-router-prefetch']) prefetched.push(r.url()); });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('metric-row').count()).toBeGreaterThan(3);
    expect(prefetched).toEqual([]);
    await page.evaluate(() => { (window as unknown as { stayed: boolean }).stayed = true; });
    const row = page.getByTestId('metric-row').first();
    const slug = await row.getAttribute('data-slug');
    await row.getByRole('link', { name: /^Open / }).click();
    await expect(page).toHaveURL(`/metrics/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), 'no full page load').toBe(true);
  });
});
