import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

/** /sources/new: the three ways in, the preview and the save. */
export class AddSourcesPage {
  readonly alert: Locator;
  readonly previews: Locator;
  constructor(readonly page: Page) {
    // Scoped to main: Next's route announcer is an (empty) alert too.
    this.alert = page.getByRole('main').getByRole('alert');
    this.previews = page.getByTestId('source-preview');
  }

  async open() {
    await this.page.goto('/sources/new');
    await expect(this.page.getByRole('heading', { name: 'Add sources' })).toBeVisible();
  }

  async paste(fields: { text: string; title?: string; publisher?: string; url?: string; publishedAt?: string }) {
    await this.page.getByRole('tab', { name: 'Paste text' }).click();
    const form = this.page.getByRole('form', { name: 'Paste text' });
    await form.getByLabel('Text', { exact: true }).fill(fields.text);
    if (fields.title) await form.getByLabel('Title').fill(fields.title);
    if (fields.publisher) await form.getByLabel('Publisher').fill(fields.publisher);
    if (fields.url) await form.getByLabel('URL').fill(fields.url);
    if (fields.publishedAt) await form.getByLabel('Publication date').fill(fields.publishedAt);
    await form.getByRole('button', { name: 'Preview' }).click();
  }

  async upload(files: { name: string; mimeType: string; buffer: Buffer }[]) {
    await this.page.getByRole('tab', { name: 'Upload files' }).click();
    const form = this.page.getByRole('form', { name: 'Upload files' });
    await form.getByLabel('Files').setInputFiles(files);
    await form.getByRole('button', { name: 'Preview' }).click();
  }

  async fetch(url: string) {
    await this.page.getByRole('tab', { name: 'Web page' }).click();
    const form = this.page.getByRole('form', { name: 'Fetch a web page' });
    await form.getByLabel('Address of a web page or PDF').fill(url);
    await form.getByRole('button', { name: 'Fetch and preview' }).click();
  }

  /** Saves the preview and returns the links to the sources it stored. */
  async save() {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = this.page.getByRole('region', { name: 'Saved' });
    await expect(saved.getByRole('status')).toContainText('Saved');
    return saved.getByRole('link');
  }

  /** Follows a saved source's link and reloads its page, so what shows is what was stored. */
  async openStored(link: Locator) {
    await link.click();
    await expect(this.page).toHaveURL(/\/sources\/\d+$/);
    await this.page.reload();
    await expect(this.page.getByTestId('source-text')).toBeVisible();
  }

  preview(title: string | RegExp): Locator {
    return this.previews.filter({ has: this.page.getByRole('heading', { name: title }) });
  }
}
