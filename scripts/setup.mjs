// Installs what `npm start` and `npm test` need on a fresh clone, and nothing when it is
// already there: the npm packages (when package-lock.json is newer than the install) and,
// with --browser, Debian's Chromium for the Playwright tests. Plain Node: runs before npm ci.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command) {
  console.log(`> ${command}`);
  execSync(command, { stdio: 'inherit' });
}

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs) {
  // `npm install`, not `npm ci`: npm 11 rejects in `ci` the lock it writes itself when a
  // package (rollup, via workbox-build) has optional per-platform packages. It still installs
  // the versions package-lock.json pins.
  run('npm install --no-audit --no-fund');
}

if (process.argv.includes('--browser') && !existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? '' : 'sudo ';
  try {
    run(`${sudo}apt-get update -qq`);
    run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`);
  } catch {
    console.error(`Chromium is needed for the browser tests and could not be installed at ${CHROMIUM}.`);
    console.error('Install Debian\'s package by hand (apt-get install chromium) or set CHROMIUM_PATH.');
    process.exit(1);
  }
}
