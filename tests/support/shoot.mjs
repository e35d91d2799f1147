// Screenshots for looking at the story as a reader would: node tests/support/shoot.mjs [url] [name] [width] [height] [scrollTo]
// Not a test; writes PNGs to ./screenshots (ignored by git).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const [url = 'http://127.0.0.1:4173/', name = 'shot', w = '1440', h = '900', ...actions] =
	process.argv.slice(2);
const found = findChromium();
const browser = await chromium.launch({
	executablePath: found?.executablePath,
	channel: found?.channel,
	args: CHROMIUM_ARGS
});
const page = await browser.newPage({
	viewport: { width: Number(w), height: Number(h) },
	deviceScaleFactor: 1
});
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url, { waitUntil: 'networkidle' });
mkdirSync('screenshots', { recursive: true });
let i = 0;
for (const action of actions.length ? actions : ['none']) {
	if (action.startsWith('step:')) {
		const slug = action.slice(5);
		await page.evaluate((s) => {
			const el = document.getElementById(s);
			const top =
				el.getBoundingClientRect().top +
				scrollY -
				innerHeight * (innerWidth < 760 ? 0.8 : 0.6) +
				40;
			scrollTo(0, top);
		}, slug);
		await page.waitForTimeout(900);
	} else if (action.startsWith('y:')) {
		await page.evaluate((y) => scrollTo(0, y), Number(action.slice(2)));
		await page.waitForTimeout(900);
	} else if (action === 'full') {
		await page.screenshot({ path: `screenshots/${name}-full.png`, fullPage: true });
		continue;
	}
	await page.screenshot({ path: `screenshots/${name}-${i++}.png` });
}
if (errors.length) console.log('console errors:', errors);
await browser.close();
