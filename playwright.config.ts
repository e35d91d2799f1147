import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium.mjs';

const browser = findChromium();
const PORT = Number(process.env.PREVIEW_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	// The prerendered build, served as a static host would: never the dev server.
	webServer: {
		// Built as it would be deployed at this address, so canonical and social URLs are absolute.
		command: `SITE_URL=http://127.0.0.1:${PORT} npm run build && npm run preview -- --port ${PORT} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		// Both builds, the images included (each step's poster in each edition): over two minutes on
		// a busy machine.
		timeout: 300_000,
		stdout: 'ignore',
		stderr: 'pipe'
	},
	projects: [
		// The engine's tests on the fixture story (tests/e2e/fixture-*.test.ts): each worker that runs
		// them builds the fixture first (./tests/e2e/fixture-site.ts), so they run in one worker,
		// beside the others: one build for all of them. Listed first, so that they start first and
		// run beside the real story's, not after them in a worker of their own.
		{ name: 'fixture', testMatch: /fixture-[^/]*\.test\.ts$/, workers: 1 },
		// The real story's build, which the webServer serves.
		{ name: 'story', testIgnore: /fixture-[^/]*\.test\.ts$/ }
	],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		viewport: { width: 1440, height: 900 },
		locale: 'zh-CN',
		launchOptions: {
			...(browser?.executablePath && { executablePath: browser.executablePath }),
			args: CHROMIUM_ARGS
		},
		...(browser?.channel && { channel: browser.channel })
	}
});
