import { expect, type Locator, type Page } from '@playwright/test';

/** A figure's review page: its decision state and the forms that change it. */
export class FigureReviewPage {
  constructor(readonly page: Page) {}

  async goto(id: number) {
    await this.page.goto(`/figures/${id}/review`);
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText('Figure');
  }

  form(name: string): Locator {
    return this.page.getByRole('form', { name });
  }

  get status() {
    return this.page.getByTestId('figure-status');
  }

  get rank() {
    return this.page.getByTestId('figure-rank');
  }

  /** Submits a form and waits for its answer: "Saved: …" or the reason it was refused. */
  async submit(name: string, button: string | RegExp, fields: Record<string, string> = {}): Promise<Locator> {
    const form = this.form(name);
    for (const [label, value] of Object.entries(fields)) {
      const field = form.getByLabel(label);
      // A select takes the option whose text starts with `value` (metric options end with their figure count).
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') {
        const options = field.locator('option');
        const texts = await options.allTextContents();
        const at = texts.findIndex((t) => t.trim().startsWith(value));
        await field.selectOption(at >= 0 ? { index: at } : value);
      }
      else await field.fill(value);
    }
    await form.getByRole('button', { name: button }).click();
    const answer = form.locator('[role="status"], [role="alert"]');
    await expect(answer).toBeVisible();
    return answer;
  }
}
