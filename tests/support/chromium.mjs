// Finds a Chromium for Playwright without ever downloading one. Order: $CHROMIUM_PATH, a Chromium
// that Playwright installed, then the system's. Shared by playwright.config.ts and ensure-chromium.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
];

/** @returns {{ executablePath?: string, channel?: string, label: string } | undefined} */
export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
		return { executablePath: fromEnv, label: `${fromEnv} (CHROMIUM_PATH)` };
	}
	let managed;
	try {
		managed = chromium.executablePath();
	} catch {
		managed = undefined;
	}
	// channel 'chromium' makes headless runs use the full browser, not a separate headless-shell download.
	if (managed && existsSync(managed))
		return { channel: 'chromium', label: `${managed} (Playwright)` };
	const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
	return system ? { executablePath: system, label: system } : undefined;
}

/** Flags for a closed network: no background requests that would be refused and slow the start. */
export const CHROMIUM_ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-default-apps'
];
