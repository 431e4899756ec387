// Builds the app unless .next holds a build newer than every file it is built from.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const inputs = ['app', 'components', 'lib', 'db', 'next.config.js', 'tailwind.config.ts', 'package-lock.json'];
const newest = (path) => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
};
const buildId = '.next/BUILD_ID';
if (!existsSync(buildId) || statSync(buildId).mtimeMs < Math.max(...inputs.map(newest))) {
  execSync('npx next build', { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
}
