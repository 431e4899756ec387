import { test as base, expect } from '@playwright/test';

export { E2E_DATABASE_PATH } from './env';

/** Every test fails on a console error or an uncaught page error (a missing icon, a hydration mismatch...). */
export const test = base.extend<{ allowedConsoleErrors: RegExp[]; failOnConsoleErrors: void }>({
  // A test that expects a 404 lists the browser's own "Failed to load resource" line here.
  allowedConsoleErrors: [[], { option: true }],
  failOnConsoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() !== 'error' || allowedConsoleErrors.some((re) => re.test(msg.text()))) return;
        // A failed resource names only its status; the location says which URL it was.
        const { url } = msg.location();
        errors.push(`console: ${msg.text()}${url ? ` (${url})` : ''}`);
      });
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      await use();
      expect(errors, 'console or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The five articles of the sample corpus, by a phrase of their titles. */
export const SAMPLE_TITLES = [
  /El Salvador contains Terrorism Confinement Center/,
  /Centro de Confinamiento del Terrorismo/,
  /261 deaths in Salvadoran prisons/,
  /peek inside its new mega-prison/,
  /Inside El Salvador's mega-prison/,
];
