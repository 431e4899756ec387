import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { E2E_DATABASE_PATH, E2E_PORT } from './env';

/** Where the editor signed in by auth.setup.ts keeps its cookies, for specs that write. */
export const EDITOR_STATE = `tests/.tmp/editor-state-${E2E_PORT}.json`;

function userCli(...args: string[]): string {
  // No terminal attached, so `user:add` generates the password and prints it once: the tests read it there.
  return execFileSync('npx', ['tsx', 'scripts/user.ts', ...args], {
    env: { ...process.env, DATABASE_PATH: E2E_DATABASE_PATH },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Adds an editor through the CLI with a name unique to this run, e.g. `addEditor('batch')`. */
export function addEditor(prefix: string): { name: string; password: string } {
  const name = `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;
  const out = userCli('add', name);
  const password = /password: (\S+)/.exec(out)?.[1];
  if (!password) throw new Error(`user:add printed no password:\n${out}`);
  return { name, password };
}

export function disableUser(name: string): void {
  userCli('disable', name);
}

export async function signIn(page: Page, user: { name: string; password: string }): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(user.name);
}
