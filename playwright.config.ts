import { defineConfig, devices } from '@playwright/test';
import { E2E_DATABASE_PATH as DATABASE_PATH, E2E_PORT as PORT } from './tests/e2e/env';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 30_000,
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: `npx playwright install` cannot download here (see STACK.md).
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'app', testIgnore: [/ingest\.spec\.ts/, /add-sources.*\.spec\.ts/, /refusals\.spec\.ts/, /review\.spec\.ts/, /regroup\.spec\.ts/, /\.setup\.ts/] },
    // An editor added with `npm run user:add` signs in once; the specs that write reuse its cookies.
    { name: 'editor', testMatch: /auth\.setup\.ts/ },
    // Ingesting regroups metrics, so it runs once every other spec has seen the sample corpus alone.
    { name: 'ingest', testMatch: [/ingest\.spec\.ts/, /add-sources\.spec\.ts/], dependencies: ['app', 'editor'] },
    // Refused writes and bad inputs check that nothing changed, so they run once nothing else writes.
    { name: 'refusals', testMatch: [/refusals\.spec\.ts/, /add-sources-screens\.spec\.ts/], dependencies: ['ingest'] },
    // Review decisions change metrics (and regroup the database), so they run once the counts above are checked.
    { name: 'review', testMatch: /review\.spec\.ts/, dependencies: ['refusals'] },
    // A full regroup forgets every metric the desk did not curate, so it runs after everything else.
    { name: 'regroup', testMatch: /regroup\.spec\.ts/, dependencies: ['review'] },
  ],
  webServer: {
    // A fresh database each run: migrated and seeded with the sample corpus before the app starts.
    command: `rm -f ${DATABASE_PATH} ${DATABASE_PATH}-wal ${DATABASE_PATH}-shm && npx tsx scripts/prepare-db.ts && node --import tsx scripts/serve.ts -H 127.0.0.1 -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    // The URL tests fetch from a server on 127.0.0.1, which only this setting lets the app reach.
    env: { DATABASE_PATH, NEXT_TELEMETRY_DISABLED: '1', SPREAD_FETCH_ALLOW_PRIVATE: '1', SPREAD_FETCH_TIMEOUT_S: '3' },
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
