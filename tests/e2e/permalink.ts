import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Follows a figure's permalink and checks it lands on its source with the passage marked, in view and targeted. */
export async function expectPermalinkOpensPassage(page: Page, figure: { figure_id: number; source_id: number; value_as_stated: string }) {
  await page.goto(`/figures/${figure.figure_id}`);
  await expect(page).toHaveURL(new RegExp(`/sources/${figure.source_id}#figure-${figure.figure_id}$`));
  const mark = page.locator(`mark#figure-${figure.figure_id}`);
  await expect(mark).toBeInViewport();
  expect(await mark.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(mark).toContainText(figure.value_as_stated);
}
