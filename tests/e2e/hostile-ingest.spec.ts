// Issue 8 in the browser: warnings and near-duplicates on the source page, security headers, malformed paths.
// The file name ends in ingest.spec.ts so it runs in the 'ingest' project, after the sample-corpus specs.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, E2E_DATABASE_PATH, test } from './fixtures';

const REPORT = 'tests/fixtures/hostile/levee-report.md';
const REPRINT = 'tests/fixtures/hostile/levee-report-reprint.txt';
const DIR = process.env.SCREENSHOT_DIR ?? 'tests/.tmp/screenshots';

test('the ingest prints warnings and the source page shows them, and names the source a reprint repeats', async ({ page }) => {
  test.setTimeout(90_000);
  const out = execFileSync('npx', ['tsx', 'scripts/ingest.ts', REPORT, REPRINT], {
    env: { ...process.env, DATABASE_PATH: E2E_DATABASE_PATH },
    encoding: 'utf8',
  });
  expect(out).toMatch(/warning: the sentence at character \d+ is \d+ characters long: each of its figures is quoted by at most 600 characters around it/);
  expect(out).toMatch(/repeats #\d+ Levee audit lists every breach/);

  await page.goto('/');
  await page.getByRole('list', { name: 'Sources' }).getByRole('link', { name: 'Levee audit lists every breach since the spring floods' }).click();
  const warnings = page.getByRole('list', { name: 'Warnings' });
  await expect(warnings.getByRole('listitem')).toHaveText([/the sentence at character \d+ is \d+ characters long: each of its figures is quoted by at most 600 characters/]);
  mkdirSync(DIR, { recursive: true });
  await page.screenshot({ path: `${DIR}/source-warnings.png`, fullPage: true });
  const original = page.url();

  await page.goto('/');
  await page.getByRole('list', { name: 'Sources' }).getByRole('link', { name: /Marrow Valley levees: dozens of breaches/ }).click();
  const notice = page.getByRole('list', { name: 'Warnings' }).getByRole('listitem').first();
  await expect(notice).toContainText('its figures join no metric, so the article counts once');
  await notice.getByRole('link').click();
  await expect(page).toHaveURL(original);
});

test('every response carries the security headers; pages a strict CSP with a fresh nonce', async ({ page, request }) => {
  const nonces = new Set<string>();
  for (const path of ['/', '/sources/1', '/no-such-page']) {
    const response = await request.get(path);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    nonces.add(/'nonce-([^']+)'/.exec(csp)![1]);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(response.headers()['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  }
  expect(nonces.size).toBe(3);
  const icon = await request.get('/icon.svg');
  expect(icon.headers()['x-content-type-options']).toBe('nosniff');
  // Next's own scripts carry the nonce and run: the page hydrates with no CSP report in the console.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Where sources disagree' })).toBeVisible();
  expect(await page.locator('script[nonce]').count()).toBeGreaterThan(0);
});

test.describe('malformed paths', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });
  for (const path of ['/metrics/%ff', '/sources/%E0', '/%c0%af']) {
    test(`${path} answers 404 with the not-found page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    });
  }
});
