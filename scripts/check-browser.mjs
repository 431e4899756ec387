// The end-to-end tests drive Debian's Chromium; say how to get it instead of failing deep inside Playwright.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`No Chromium at ${path}. Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}
