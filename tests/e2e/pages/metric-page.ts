import { expect, type Locator, type Page } from '@playwright/test';

/** The metric page: chart, summary and citations for one metric. */
export class MetricPage {
  readonly chart: Locator;
  readonly summary: Locator;
  readonly citations: Locator;
  readonly verdict: Locator;

  constructor(readonly page: Page) {
    this.chart = page.getByTestId('spread-chart');
    this.summary = page.getByTestId('spread-summary');
    this.citations = page.getByTestId('citation');
    this.verdict = this.summary.locator('[data-verdict]');
  }

  async goto(slug: string) {
    await this.page.goto(`/metrics/${slug}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  /** Opens the metric whose overview row states all of `values` (slugs change as the extractor improves). */
  async openFromOverview(...values: RegExp[]) {
    await this.page.goto('/');
    let rows = this.page.getByTestId('metric-row');
    for (const v of values) rows = rows.filter({ has: this.page.getByTestId('metric-span').filter({ hasText: v }) });
    await expect(rows.first()).toBeVisible();
    await rows.first().getByRole('link', { name: /^Open / }).click();
    await expect(this.page).toHaveURL(/\/metrics\//);
    await expect(this.chart).toBeVisible();
  }

  /** The coloured "stated value" bars of the chart, one per charted figure, each inside its citation link. */
  statedBars(): Locator {
    return this.chart.locator('svg a[href*="#figure-"] > rect[data-mark="stated"]');
  }

  /** The faded tails drawn toward an open bound ("over", "at least", "up to"), filled with a fading gradient. */
  openTails(): Locator {
    return this.chart.locator('svg a[href*="#figure-"] > rect[data-mark="open"][fill^="url(#spread-fade-"]:not([width="0%"])');
  }

  /** The source label of each chart row. */
  rowLabels(): Locator {
    return this.chart.locator('svg a[href*="#figure-"] > text[data-mark="label"]');
  }

  citationFor(figureId: string): Locator {
    return this.page.locator(`#figure-${figureId}`);
  }

  async summaryValue(label: string): Promise<string> {
    const dt = this.summary.locator('dt', { hasText: new RegExp(`^${label}$`) });
    return (await dt.locator('xpath=following-sibling::dd[1]').textContent()) ?? '';
  }
}
