import { mkdirSync } from 'node:fs';
import { EDITOR_STATE } from './accounts';
import { expect, test } from './fixtures';
import { AddSourcesPage } from './pages/add-sources-page';
import { makePdf } from '../setup/pdf';

// Screenshots of /sources/new to look at after a change; `npm run screenshots` puts them in docs/screenshots/.
const DIR = process.env.SCREENSHOT_DIR ?? 'tests/.tmp/screenshots';

test.describe('add-sources screenshots @screenshots', () => {
  test.use({ viewport: { width: 1280, height: 900 }, storageState: EDITOR_STATE });
  test.beforeAll(() => mkdirSync(DIR, { recursive: true }));

  test('each tab and a preview', async ({ page }) => {
    const add = new AddSourcesPage(page);
    await add.open();
    await page.getByLabel('Text', { exact: true }).fill('The Brindle harbour authority said 75 fishing boats were damaged in the storm on Sunday night.');
    await page.screenshot({ path: `${DIR}/add-paste.png` });
    await page.getByRole('tab', { name: 'Upload files' }).click();
    await page.screenshot({ path: `${DIR}/add-files.png` });
    await page.getByRole('tab', { name: 'Web page' }).click();
    await page.screenshot({ path: `${DIR}/add-url.png` });
    // A preview of a PDF beside a statement on the sample corpus's story: figures joining a stored metric show in blue.
    const pdf = await makePdf(
      [
        ['CECOT capacity note', 'Prepared for the desk, March 2026'],
        [
          "El Salvador's Terrorism Confinement Center (CECOT), the mega-prison built by President",
          'Nayib Bukele, was built to hold 40,000 inmates, officials said.',
        ],
      ],
      'CECOT capacity note',
    );
    await add.upload([{ name: 'cecot-note.pdf', mimeType: 'application/pdf', buffer: pdf }]);
    await expect(add.previews.getByTestId('preview-figure').filter({ hasText: '40,000' })).toContainText(/figures from \d+ sources stored/);
    await page.screenshot({ path: `${DIR}/add-sources.png`, fullPage: true });
    await page.getByRole('button', { name: 'Discard' }).click();
  });
});
