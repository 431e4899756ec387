import { addEditor, disableUser, EDITOR_STATE, signIn } from './accounts';
import { storedCounts } from './db-counts';
import { expect, test } from './fixtures';
import { AddSourcesPage } from './pages/add-sources-page';
import { makeScannedPdf } from '../setup/pdf';
import { bytes, html, redirect, startTestServer } from '../setup/test-server';

const STATEMENT = 'The Brindle harbour authority said 75 fishing boats were damaged in the storm on Sunday night.\n';

test.describe('an anonymous visitor', () => {
  test('reads everything but sees no form to add sources', async ({ page }) => {
    await page.goto('/sources/new');
    await expect(page.getByText('Sign in as an editor to add sources')).toBeVisible();
    await expect(page.getByRole('form')).toHaveCount(0);
    await page.getByRole('link', { name: 'Sign in', exact: true }).first().click();
    await expect(page).toHaveURL(/\/login/);
  });

  test('is refused by every write action, and nothing is stored', async ({ page }) => {
    const before = storedCounts();
    await signIn(page, addEditor('lapsed'));
    const add = new AddSourcesPage(page);
    await add.open();
    // The form was loaded while signed in; the session then ends (cookie gone) before each action runs.
    await page.context().clearCookies();
    await add.paste({ text: STATEMENT });
    await expect(add.alert).toHaveText(/Sign in as an editor to add sources/);
    await add.upload([{ name: 'brindle.txt', mimeType: 'text/plain', buffer: Buffer.from(STATEMENT) }]);
    await expect(add.alert).toHaveText(/Sign in as an editor to add sources/);
    await add.fetch('https://example.org/brindle.html');
    await expect(add.alert).toHaveText(/Sign in as an editor to add sources/);
    expect(storedCounts()).toEqual(before);
  });

  test('cannot save a preview once signed out', async ({ page }) => {
    const before = storedCounts();
    await signIn(page, addEditor('preview-then-out'));
    const add = new AddSourcesPage(page);
    await add.open();
    await add.paste({ text: STATEMENT.replace('75', '76'), title: 'Brindle storm damage' });
    await expect(add.preview('Brindle storm damage')).toBeVisible();
    await page.context().clearCookies();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(add.alert).toHaveText(/Sign in as an editor to add sources/);
    expect(storedCounts()).toEqual(before);
  });
});

test('a disabled editor is signed out and refused at once', async ({ page }) => {
  const before = storedCounts();
  const user = addEditor('disabled');
  await signIn(page, user);
  const add = new AddSourcesPage(page);
  await add.open();
  disableUser(user.name);
  await add.paste({ text: STATEMENT.replace('75', '77') });
  await expect(add.alert).toHaveText(/Sign in as an editor to add sources/);
  await page.reload();
  await expect(page.getByText('Sign in as an editor to add sources')).toBeVisible();
  // And they cannot sign in again.
  await page.goto('/login');
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(/Wrong name or password, or the account is disabled/);
  expect(storedCounts()).toEqual(before);
});

test.describe('bad inputs get a message that says what to do, and nothing is stored', () => {
  test.use({ storageState: EDITOR_STATE });
  let server: Awaited<ReturnType<typeof startTestServer>>;
  test.beforeAll(async () => {
    server = await startTestServer({
      '/image.png': bytes('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
      '/empty.html': html('<html><head><title>Nothing</title></head><body><script>render()</script></body></html>'),
      '/gone': redirect('/missing'),
    });
  });
  test.afterAll(() => server.close());

  const cases: [string, (add: AddSourcesPage) => Promise<unknown>, RegExp][] = [
    ['an empty paste', (add) => add.paste({ text: '   \n ' }), /Paste the text first: the box is empty/],
    ['a paste with a malformed date', (add) => add.paste({ text: STATEMENT, publishedAt: 'last Sunday' }), /Check the fields marked below/],
    ['an oversized upload', (add) => add.upload([{ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(20 * 1024 * 1024 + 1, 'a') }]), /huge\.txt: the file is 20\.0 MB; the limit is 20 MB per file/],
    ['a binary file', (add) => add.upload([{ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x41, 0x00, 0x42, 0xff]) }]), /photo\.txt: not a text file/],
    ['a file of another type', (add) => add.upload([{ name: 'minutes.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') }]), /minutes\.docx: not a \.txt, \.md, \.html or \.pdf file/],
    ['a PDF without a text layer', async (add) => add.upload([{ name: 'scan.pdf', mimeType: 'application/pdf', buffer: await makeScannedPdf() }]), /scan\.pdf: no text layer: scanned PDFs need OCR first/],
    ['a batch with one bad file', (add) => add.upload([
      { name: 'good.txt', mimeType: 'text/plain', buffer: Buffer.from(STATEMENT.replace('75', '78')) },
      { name: 'bad.txt', mimeType: 'text/plain', buffer: Buffer.from([0, 1, 2]) },
    ]), /bad\.txt: not a text file/],
    ['a URL that is not found', (add) => add.fetch(`${server.url}/gone`), /the server answered 404 Not Found; check the address/],
    ['a URL that does not answer in time', (add) => add.fetch(`${server.url}/slow`), /no answer within 3 s/],
    ['a URL that redirects too often', (add) => add.fetch(`${server.url}/loop/0`), /redirected more than 5 times/],
    ['a URL that is neither HTML nor PDF', (add) => add.fetch(`${server.url}/image.png`), /gives image\/png, not an HTML page or a PDF/],
    ['a page with no readable text', (add) => add.fetch(`${server.url}/empty.html`), /the page has no readable text/],
    ['a URL that is not http', (add) => add.fetch('ftp://example.org/report.pdf'), /Give a full http:\/\/ or https:\/\/ address/],
  ];
  for (const [what, submit, message] of cases)
    test(what, async ({ page }) => {
      const before = storedCounts();
      const add = new AddSourcesPage(page);
      await add.open();
      await submit(add);
      await expect(add.alert).toHaveText(message, { timeout: 10_000 });
      expect(storedCounts()).toEqual(before);
    });
});
