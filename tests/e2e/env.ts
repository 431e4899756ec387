// Shared by playwright.config.ts and the specs. E2E_PORT lets two checkouts run their suites side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
/** The app under test serves this file; playwright.config.ts builds it fresh for each run. */
export const E2E_DATABASE_PATH = `tests/.tmp/e2e-${E2E_PORT}.db`;
