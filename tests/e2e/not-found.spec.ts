import { expect, test } from './fixtures';

// The browser logs the document's own 404 as a console error; that one line is expected here.
test.use({ allowedConsoleErrors: [/status of 404/] });

for (const path of ['/metrics/no-such-metric', '/sources/99999', '/sources/not-a-number']) {
  test(`${path} shows the not-found page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the overview' }).click();
    await expect(page.getByRole('heading', { name: 'Where sources disagree' })).toBeVisible();
  });
}

// Chromium asks for /favicon.ico when a page's icon link arrives late; a 404 there is a console error on any page.
// The icon must come from the page's own origin: the CSP allows images from 'self' only.
test('the browser\'s default /favicon.ico request gets the app icon, from the same origin', async ({ request, baseURL }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect(response.url()).toBe(`${baseURL}/icon.svg`);
  expect(response.headers()['content-type']).toContain('image/svg+xml');
});
