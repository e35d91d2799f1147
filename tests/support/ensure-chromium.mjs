// Run before Playwright: makes sure a Chromium is there, installing Debian's when we may.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) {
	console.log(`Chromium: ${found.label}`);
	process.exit(0);
}

const isDebian = existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isDebian && isRoot) {
	console.log("No Chromium found: installing Debian's chromium and CJK fonts with apt-get…");
	execSync('apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk', {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
	const installed = findChromium();
	if (installed) {
		console.log(`Chromium: ${installed.label}`);
		process.exit(0);
	}
}

console.error(`No Chromium found, and this test run never downloads one.
Get one of these, then run the tests again:
  - Debian/Ubuntu:  sudo apt-get install chromium fonts-noto-cjk
  - macOS:          brew install --cask chromium
  - any system:     set CHROMIUM_PATH=/path/to/chromium (or chrome)
Looked for: $CHROMIUM_PATH, Playwright's own Chromium, /usr/bin/chromium, /usr/bin/chromium-browser,
/usr/bin/google-chrome and the usual macOS paths.`);
process.exit(1);
