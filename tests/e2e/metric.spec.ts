import { expect, test } from './fixtures';
import { MetricPage } from './pages/metric-page';

test.describe('metric page', () => {
  test('charts one coloured mark per charted figure, labelled by source', async ({ page }) => {
    const metric = new MetricPage(page);
    await metric.openFromOverview(/^189 –/, /366/);
    const rows = Number(await metric.chart.getAttribute('data-rows'));
    expect(rows).toBeGreaterThanOrEqual(3);
    await expect(metric.statedBars()).toHaveCount(rows);
    // Tremor's colours are runtime class names: without the Tailwind safelist they render black.
    const fills = await metric.statedBars().evaluateAll((els) => els.map((e) => getComputedStyle(e).fill));
    for (const fill of fills) expect(fill).not.toMatch(/^(rgb\(0, 0, 0\)|none|transparent|rgba\(0, 0, 0, 0\))$/);
    // Each row is labelled by its source on the value axis.
    await expect(metric.rowLabels()).toHaveCount(rows);
    for (const label of await metric.rowLabels().allTextContents()) expect(label).toMatch(/\S · \S/);
  });

  test('draws ranges as ranges and open bounds as a fading tail', async ({ page }) => {
    const metric = new MetricPage(page);
    await metric.openFromOverview(/^189 –/, /366/);
    const widths = await metric.statedBars().evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    // "between 189 and 200" spans more than a point; "at least 261" has an open tail.
    expect(Math.max(...widths)).toBeGreaterThan(Math.min(...widths) * 1.5);
    await expect(metric.openTails()).not.toHaveCount(0);
  });

  test('says why its figures share the metric: what each source says they count', async ({ page }) => {
    const metric = new MetricPage(page);
    await metric.openFromOverview(/^189 –/, /366/);
    const why = page.getByText(/^What the figures count: /);
    // Every source's own words, including the source that joined last (it was not there when the metric began).
    await expect(why).toContainText('persons in detention');
    await expect(why).toContainText('deaths in Salvadoran prisons');
    await expect(why).toContainText('deaths within state custody');
  });

  test('summarizes the spread with a plain verdict', async ({ page }) => {
    const metric = new MetricPage(page);
    await metric.openFromOverview(/^189 –/, /366/);
    await expect(metric.verdict).toHaveAttribute('data-verdict', 'disagree');
    expect(Number(await metric.summaryValue('Sources'))).toBeGreaterThanOrEqual(3);
    expect(await metric.summaryValue('Lowest')).toBe('189');
    expect(await metric.summaryValue('Highest')).toBe('366');
    expect(await metric.summaryValue('Median')).toMatch(/\d/);
    expect(await metric.summaryValue('Max / min')).toMatch(/^1\.9\d×$/);
  });

  test('calls a value revised by its own source "revised over time", not a disagreement', async ({ page }) => {
    const metric = new MetricPage(page);
    await metric.openFromOverview(/^20,000 –/, /40,000$/);
    await expect(metric.verdict).toHaveAttribute('data-verdict', 'revised');
    await expect(page.getByTestId('verdict-reason')).toContainText('20,000');
  });

  test('cites every figure: quote with highlighted figure, source, hedge, attribution, link', async ({ page }) => {
    const metric = new MetricPage(page);
    await metric.openFromOverview(/^189 –/, /366/);
    const count = await metric.citations.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i++) {
      const c = metric.citations.nth(i);
      await expect(c.locator('blockquote mark')).toHaveText(/\d/);
      await expect(c.locator('dt', { hasText: /^Source$/ })).toBeVisible();
      await expect(c.locator('dt', { hasText: /^Hedge$/ })).toBeVisible();
      await expect(c.locator('dt', { hasText: /^Attributed to$/ })).toBeVisible();
      const id = await c.getAttribute('id');
      await expect(c.getByRole('link', { name: 'Show in source →' })).toHaveAttribute('href', new RegExp(`^/sources/\\d+#${id}$`));
    }
    await expect(metric.citations.getByTestId('citation-value').filter({ hasText: 'at least 261' }).first()).toBeVisible();
  });

  test('every chart mark leads to its citation on the same page', async ({ page }) => {
    const metric = new MetricPage(page);
    await metric.openFromOverview(/^189 –/, /366/);
    const bars = metric.statedBars();
    const n = await bars.count();
    for (let i = 0; i < n; i++) {
      await bars.nth(i).click();
      await expect(page).toHaveURL(/#figure-\d+$/);
      const id = new URL(page.url()).hash.slice(1);
      const citation = page.locator(`#${id}`);
      await expect(citation).toBeInViewport();
      expect(await citation.evaluate((el) => el.matches(':target'))).toBe(true);
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  });
});
