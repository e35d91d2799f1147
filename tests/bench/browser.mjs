// Which Chromium the bench drives: the same one the tests use (tests/support/chromium.mjs), never
// a download. Playwright launches it; Lighthouse gets its path through chrome-launcher.
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium.mjs';

export { CHROMIUM_ARGS };

/** { executablePath, channel?, label, version }; throws a clear error when there is none. */
export function chromiumInfo() {
	const found = findChromium();
	if (!found) {
		throw new Error(`No Chromium found, and the bench never downloads one.
See README.md (Set-up): install Debian's chromium (apt-get install chromium fonts-noto-cjk),
or set CHROMIUM_PATH=/path/to/chromium. Looked for $CHROMIUM_PATH, Playwright's own Chromium,
/usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome.`);
	}
	const executablePath = found.executablePath ?? chromium.executablePath();
	let version = 'unknown';
	try {
		version = execFileSync(executablePath, ['--version'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
			timeout: 20_000
		}).trim();
	} catch {
		/* the browser's own version() is recorded as well */
	}
	return { ...found, executablePath, version };
}

/** Launches Playwright's Chromium with the closed-network flags. */
export function launch(info) {
	return chromium.launch({
		headless: true,
		...(info.channel ? { channel: info.channel } : { executablePath: info.executablePath }),
		args: CHROMIUM_ARGS
	});
}
