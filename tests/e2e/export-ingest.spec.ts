import { execFileSync } from 'node:child_process';
import { parseCsv, readDownload } from './csv';
import { expect, E2E_DATABASE_PATH, test } from './fixtures';

// A source whose sentences start like spreadsheet formulas: an export must never let a spreadsheet run them.
const FILE = 'tests/fixtures/exports/formula-ledger.md';
const TITLE = 'Ledger entries that look like spreadsheet formulas';

test('a quote that starts like a spreadsheet formula comes out of the CSV escaped, and unchanged in JSON', async ({ page, request }) => {
  test.setTimeout(90_000);
  execFileSync('npx', ['tsx', 'scripts/ingest.ts', FILE], { env: { ...process.env, DATABASE_PATH: E2E_DATABASE_PATH }, encoding: 'utf8' });
  await page.goto('/');
  await page.getByRole('list', { name: 'Sources' }).getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-links').getByRole('link', { name: 'CSV', exact: true }).click();
  const { rows } = parseCsv((await readDownload(await downloading)).text);
  const quotes = rows.map((r) => r.quote);
  expect(quotes).toContain(`'=HYPERLINK("https://evil.example/steal","Click here") 4,321 detainees were counted by the ministry of the interior in March.`);
  expect(quotes.some((q) => q.startsWith("'@SUM(A1:A9) a further 1,234"))).toBe(true);
  // No cell a spreadsheet would run as a formula.
  for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+@\t\r]|^-\D/);
  // Numbers stay numbers, as stated.
  expect(rows.map((r) => r.low)).toEqual(expect.arrayContaining(['4321', '1234']));
  const json = await (await request.get(`${new URL(page.url()).pathname}.json`)).json();
  expect(json.rows.map((r: { quote: string }) => r.quote)).toContain(quotes[0].slice(1));
});
