// Installs dependencies when node_modules is missing or older than package-lock.json, so the README's
// two commands work on a fresh clone without reinstalling (better-sqlite3 compiles for a minute) every time.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('Installing dependencies (npm ci; better-sqlite3 compiles from source, about two minutes)...');
  execSync('npm ci', { stdio: 'inherit' });
}
