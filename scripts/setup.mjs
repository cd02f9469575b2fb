// Installs what `npm start` and `npm test` need on a fresh clone, and nothing when it is
// already there: the npm packages (with `npm ci`, the exact tree package-lock.json pins, when
// node_modules is missing or older than the lock) and, with --browser, Debian's Chromium for
// the Playwright tests and libxml2-utils (xmllint) for the package schema tests.
// Plain Node: runs before anything is installed. `npm install` stays for adding dependencies.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command) {
  console.log(`> ${command}`);
  execSync(command, { stdio: 'inherit' });
}

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed)) {
  console.log('node_modules is missing: installing the exact tree package-lock.json pins (npm ci).');
  run('npm ci --no-audit --no-fund');
} else if (statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs) {
  console.log('package-lock.json is newer than node_modules: reinstalling the exact tree it pins (npm ci).');
  run('npm ci --no-audit --no-fund');
}

/** Debian packages the browser tests need, by the file each one provides. */
const debianPackages = process.argv.includes('--browser')
  ? [
      { file: CHROMIUM, name: 'chromium', why: 'the browser tests' },
      { file: '/usr/bin/xmllint', name: 'libxml2-utils', why: 'schema validation of the LMS packages' },
    ].filter(({ file }) => !existsSync(file))
  : [];

if (debianPackages.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? '' : 'sudo ';
  const names = debianPackages.map(({ name }) => name).join(' ');
  try {
    run(`${sudo}apt-get update -qq`);
    run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${names}`);
  } catch {
    for (const { file, name, why } of debianPackages) console.error(`${name} (${file}) is needed for ${why} and could not be installed.`);
    console.error(`Install Debian's packages by hand (apt-get install ${names}), or set CHROMIUM_PATH for another Chromium.`);
    process.exit(1);
  }
}
