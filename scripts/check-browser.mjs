// The end-to-end tests drive Debian's Chromium. On a fresh machine without it, install it with apt when
// apt is there (as .ci/run does) instead of failing after the unit tests; otherwise say how to get it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const howTo = 'apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH)';

if (!existsSync(path)) {
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).stdout.trim();
  if (process.env.CHROMIUM_PATH || !apt) {
    console.error(`No Chromium at ${path}. Install it with: ${howTo}.`);
    process.exit(1);
  }
  // apt needs root; sudo without a password prompt (-n) when we are not root.
  const root = process.getuid?.() === 0;
  const sudo = root ? [] : ['sudo', '-n'];
  console.error(`No Chromium at ${path}: installing it with apt-get (about 35 s)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    const [cmd, ...rest] = [...sudo, 'apt-get', ...args];
    const run = spawnSync(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (run.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed${root ? '' : ' (it needs root or passwordless sudo)'}. Install Chromium with: ${howTo}.`);
      process.exit(1);
    }
  }
  if (!existsSync(path)) {
    console.error(`apt-get installed chromium, but there is still nothing at ${path}. Set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.error(`Installed Chromium at ${path}.`);
}
