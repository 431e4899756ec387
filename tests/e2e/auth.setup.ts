import { test as setup } from '@playwright/test';
import { addEditor, EDITOR_STATE, signIn } from './accounts';

setup('an editor added with npm run user:add signs in', async ({ page }) => {
  await signIn(page, addEditor('editor'));
  await page.context().storageState({ path: EDITOR_STATE });
});
