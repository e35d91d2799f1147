// Run before Playwright: makes sure a Chromium is there, and poppler-utils (pdftoppm, pdftotext),
// which read the printed handout back; installs Debian's packages when we may.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const hasCommand = (name) => {
	try {
		execSync(`command -v ${name}`, { stdio: 'ignore', shell: '/bin/sh' });
		return true;
	} catch {
		return false;
	}
};
const hasPoppler = () => hasCommand('pdftoppm') && hasCommand('pdftotext');

const missing = [];
if (!findChromium()) missing.push('chromium', 'fonts-noto-cjk');
if (!hasPoppler()) missing.push('poppler-utils');

const isDebian = existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (missing.length > 0 && isDebian && isRoot) {
	console.log(`Installing Debian's ${missing.join(', ')} with apt-get…`);
	execSync(`apt-get update -qq && apt-get install -y -qq ${missing.join(' ')}`, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
}

const found = findChromium();
if (found && hasPoppler()) {
	console.log(`Chromium: ${found.label}; poppler-utils: yes`);
	process.exit(0);
}

if (!found)
	console.error(`No Chromium found, and this test run never downloads one.
Get one of these, then run the tests again:
  - Debian/Ubuntu:  sudo apt-get install chromium fonts-noto-cjk
  - macOS:          brew install --cask chromium
  - any system:     set CHROMIUM_PATH=/path/to/chromium (or chrome)
Looked for: $CHROMIUM_PATH, Playwright's own Chromium, /usr/bin/chromium, /usr/bin/chromium-browser,
/usr/bin/google-chrome and the usual macOS paths.`);
if (!hasPoppler())
	console.error(`No pdftoppm/pdftotext found: the print tests read the PDF handout with them.
  - Debian/Ubuntu:  sudo apt-get install poppler-utils
  - macOS:          brew install poppler`);
process.exit(1);
