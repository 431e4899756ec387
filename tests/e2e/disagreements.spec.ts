import { expect, test } from './fixtures';
import { MetricPage } from './pages/metric-page';

// The sample corpus's disagreements a desk must see (corpus/*.txt): the overview row is found by the
// lowest and highest values it states, then the metric page must cite every value.
const CASES: { name: string; span: RegExp[]; cited: RegExp[] }[] = [
  { name: 'capacity 20,000 vs 40,000', span: [/^20,000 –/, /40,000$/], cited: [/^20,000$/, /40,000$/] },
  { name: 'deaths in custody 189–200 vs 261 vs 366', span: [/^189 –/, /366/], cited: [/between 189 and 200/, /261/, /366/] },
  { name: '23 vs 23.5 hours a day in the cell', span: [/^23 –/, /23\.5 hours/], cited: [/^23 hours$/, /^23\.5 hours$/] },
  { name: 'about 80 vs 65 to 70 per cell', span: [/^65 –/, /80$/], cited: [/about 80|approximately 80/, /between 65 and 70/] },
  { name: '40 vs 45 miles', span: [/40 –/, /45 miles/], cited: [/\b40 miles/, /\b45 miles/] },
  { name: 'arrests over 70,000 vs over 84,000', span: [/over 70,000 –/, /over 84,000/], cited: [/over 70,000/, /over 84,000/] },
];

for (const c of CASES) {
  test(`shows the disagreement: ${c.name}`, async ({ page }) => {
    const metric = new MetricPage(page);
    await metric.openFromOverview(...c.span);
    const values = metric.citations.getByTestId('citation-value');
    for (const v of c.cited) await expect(values.filter({ hasText: v }).first()).toBeVisible();
    expect(await metric.statedBars().count()).toBeGreaterThanOrEqual(2);
  });
}
