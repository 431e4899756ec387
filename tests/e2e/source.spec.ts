import { expect, test } from './fixtures';
import { MetricPage } from './pages/metric-page';

test.describe('source page', () => {
  test('shows the stored text with line breaks, every figure highlighted, metadata and figure list', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('list', { name: 'Sources' }).getByRole('link', { name: /261 deaths in Salvadoran prisons/ }).click();
    await expect(page).toHaveURL(/\/sources\/\d+$/);
    const text = page.getByTestId('source-text');
    expect(await text.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe('pre-wrap');
    expect(await text.textContent()).toContain('\n');
    const marks = text.locator('mark[id^="figure-"]');
    const listed = page.getByTestId('source-figure');
    expect(await marks.count()).toBeGreaterThan(3);
    await expect(listed).toHaveCount(await marks.count());
    // Figures with a metric carry the metric's colour; those without one stay neutral.
    const tones = await marks.evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(new Set(tones).size).toBeGreaterThan(2);
    await expect(listed.getByRole('link', { name: /^Deaths$|death/i }).first()).toBeVisible();
    for (const label of ['Publisher', 'URL', 'Published', 'Retrieved', 'Extractor version'])
      await expect(page.locator('dt', { hasText: new RegExp(`^${label}$`) })).toBeVisible();
  });

  test('following a citation link scrolls to the figure and marks its sentence', async ({ page }) => {
    const metric = new MetricPage(page);
    await metric.openFromOverview(/^189 –/, /366/);
    const citation = metric.citations.filter({ hasText: '366' }).first();
    const href = await citation.getByRole('link', { name: 'Show in source →' }).getAttribute('href');
    await citation.getByRole('link', { name: 'Show in source →' }).click();
    await expect(page).toHaveURL(href!);
    const mark = page.locator(`mark${href!.slice(href!.indexOf('#'))}`);
    await expect(mark).toHaveText(/366/);
    await expect(mark).toBeInViewport();
    expect(await mark.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await mark.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    // The sentence around the figure lights up too.
    const passage = mark.locator('xpath=ancestor::span[contains(@class, "passage")][1]');
    await expect(passage).toContainText('366');
    expect(await passage.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(254, 243, 199)');
  });
});
