import { execFileSync } from 'node:child_process';
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
