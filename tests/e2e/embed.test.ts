/**
 * Steps embedded in another site's article, as a newsroom would: the embed code the share control
 * offers, pasted three times (a bar chart, a grid, a list) into a page served from another origin
 * (localhost, where the story is on 127.0.0.1), seen on a phone and on a laptop. Each frame must
 * end up exactly as tall as what it shows, with no scroll bar inside, no console error in the host
 * or in a frame, and the numbers the story shows for that step.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import { expect, test, type Browser, type Frame, type Page } from '@playwright/test';
import { ready } from './fixtures';

const EDITIONS = [
	{ locale: 'zh-CN', prefix: '', embed: '嵌入代码' },
	{ locale: 'en', prefix: '/en', embed: 'Embed' }
] as const;

/** A bar scene, a grid and a list, in the order the host page shows them. */
const STEPS = [
	{ slug: 'industry-growth', chapter: 'growth', scene: 'growth-bars' },
	{ slug: 'provinces', chapter: 'growth', scene: 'unit-grid' },
	{ slug: 'competition-order', chapter: 'growth', scene: 'list' }
] as const;

/** The host: a plain article on another origin, with the offered code pasted in as it is. */
function hostPage(codes: string[]): string {
	const prose =
		'<p>Our own article around the embedded charts: a paragraph of the host’s text, set in the host’s own font, before and after each chart, as a newsroom’s page would have it.</p>';
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A host article</title>
<link rel="icon" href="data:,">
<style>body { margin: 0 auto; padding: 16px; max-width: 1200px; font: 18px/1.6 Georgia, serif; }</style>
</head>
<body>
<h1>A host article</h1>
${codes.map((code) => `${prose}\n${code}\n`).join('')}${prose}
</body>
</html>
`;
}

let server: Server;
let hostOrigin = '';
const hosted = new Map<string, string>();

test.beforeAll(async () => {
	server = createServer((req, res) => {
		const body = hosted.get(req.url ?? '');
		res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(body ?? 'not found');
	});
	await new Promise<void>((done) => server.listen(0, 'localhost', done));
	hostOrigin = `http://localhost:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** Console errors and uncaught exceptions, in the host page and in every frame in it. */
function watch(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console error in ${m.location().url}: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
	page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
	return problems;
}

/** The embed codes the share control offers for the steps, in one edition. */
async function offeredCodes(browser: Browser, prefix: string, label: string): Promise<string[]> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const problems = watch(page);
	await page.goto(`${prefix}/${STEPS[0].chapter}/${STEPS[0].slug}`);
	await ready(page);
	const codes: string[] = [];
	for (const step of STEPS) {
		const card = page.locator(`#${step.slug}`);
		await card.getByRole('button', { name: label }).click();
		const code = card.getByRole('textbox', { name: label });
		await expect(code).toBeVisible();
		codes.push(await code.inputValue());
	}
	expect(problems).toEqual([]);
	await page.close();
	return codes;
}

/** What the story itself shows for a step: its figures' texts and periods, and its still figure. */
async function storyNumbers(page: Page, prefix: string, step: (typeof STEPS)[number]) {
	const csv = await (await page.request.get(`/data/${step.slug}.csv`)).body();
	const ids = (parse(csv, { bom: true, columns: true }) as { id: string }[]).map((r) => r.id);
	const response = await page.goto(`${prefix}/${step.chapter}/${step.slug}`, {
		waitUntil: 'domcontentloaded'
	});
	expect(response?.status(), step.slug).toBe(200);
	// The closing section's tables: every figure's text and period as the story prints them.
	const figures = await page.evaluate(
		(ids) =>
			Object.fromEntries(
				ids.map((id) => {
					const row = document.getElementById(`figure-${id}`)!;
					return [
						id,
						{
							text: row.querySelector('.value')!.textContent!.trim(),
							period: row.querySelector('.period')!.textContent!.trim()
						}
					];
				})
			),
		ids
	);
	const still = await page
		// The wide still (the page also carries a narrow one for phones, the same texts laid out again).
		.locator(`#${step.slug} .step-figure svg.wide text`)
		.evaluateAll((ts) => ts.map((t) => t.textContent ?? ''));
	return { figures, still };
}

const numbersIn = (texts: string[]) => new Set(texts.join(' ').match(/\d[\d,.]*\d|\d/g) ?? []);

/** The embedded page's own measure: how tall its content is, and whether it scrolls inside. */
const measure = (frame: Frame) =>
	frame.evaluate(() => {
		const root = document.documentElement;
		const body = document.body;
		const last = Math.max(
			...[...body.children].map(
				(e) => e.getBoundingClientRect().bottom + parseFloat(getComputedStyle(e).marginBottom)
			)
		);
		const style = getComputedStyle(body);
		return {
			content:
				last + scrollY + parseFloat(style.paddingBottom) + parseFloat(style.marginBottom || '0'),
			viewport: root.clientHeight,
			scrolls: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth
		};
	});

for (const edition of EDITIONS) {
	test.describe(`embedded in another site (${edition.locale})`, () => {
		test('three steps pasted with the offered code fit their content at 390 and 1280 px, with the story’s numbers', async ({
			browser,
			baseURL
		}) => {
			test.setTimeout(90_000);
			const codes = await offeredCodes(browser, edition.prefix, edition.embed);
			// The code is the whole thing: an iframe of the step's embed on the story's site, and the
			// few lines that listen for its height.
			for (const [i, code] of codes.entries()) {
				expect(code).toContain(`<iframe src="${baseURL}${edition.prefix}/embed/${STEPS[i]!.slug}"`);
				expect(code).toContain('<script>');
			}
			const path = `/${edition.locale}.html`;
			hosted.set(path, hostPage(codes));

			for (const width of [390, 1280]) {
				const page = await browser.newPage({ viewport: { width, height: 900 } });
				const problems = watch(page);
				await page.goto(`${hostOrigin}${path}`);
				const iframes = page.locator('iframe');
				await expect(iframes).toHaveCount(3);
				for (const [i, step] of STEPS.entries()) {
					const iframe = iframes.nth(i);
					await iframe.scrollIntoViewIfNeeded();
					const frame = (await (await iframe.elementHandle())!.contentFrame())!;
					// The live scene is drawn (not the build's still figure) at the frame's width.
					await frame.waitForSelector('html[data-ready="true"]');
					const scene = frame.locator('svg.scene:not(.still)');
					await expect(scene, `${step.slug} at ${width}`).toHaveAttribute('data-scene', step.scene);
					// The host has set the frame's height from the frame's message: no scroll bar inside,
					// no blank gap below, within 2 px.
					await expect
						.poll(
							async () => {
								const m = await measure(frame);
								const box = (await iframe.boundingBox())!;
								return !m.scrolls && Math.abs(box.height - m.content) <= 2;
							},
							{ message: `${step.slug} at ${width}: frame height = its content`, timeout: 5000 }
						)
						.toBe(true);
					const box = (await iframe.boundingBox())!;
					expect(box.width, `${step.slug} at ${width}`).toBeGreaterThanOrEqual(280);
					const sceneBox = (await scene.boundingBox())!;
					expect(sceneBox.width, `${step.slug} at ${width}: drawn at its width`).toBeGreaterThan(
						box.width * 0.85
					);
					expect(sceneBox.width).toBeLessThanOrEqual(box.width);
				}
				expect(problems, `host and frames at ${width}`).toEqual([]);

				// The numbers are the story's: the key figure as its tables print it (qualifier and
				// period), and every figure's number the story's still figure draws.
				const story = await browser.newPage();
				for (const [i, step] of STEPS.entries()) {
					const frame = (await (await iframes.nth(i).elementHandle())!.contentFrame())!;
					const expected = await storyNumbers(story, edition.prefix, step);
					// A step with figures shows its key figure (the list has none: it shows its words).
					const key = frame.locator('[data-fig]');
					await expect(key).toHaveCount(Object.keys(expected.figures).length ? 1 : 0);
					if (Object.keys(expected.figures).length) {
						const id = (await key.getAttribute('data-fig'))!;
						expect(Object.keys(expected.figures), step.slug).toContain(id);
						await expect(key).toHaveText(expected.figures[id]!.text);
						if (expected.figures[id]!.period)
							await expect(frame.locator('.embed-figure')).toContainText(
								expected.figures[id]!.period
							);
					}
					const texts = await frame
						.locator('svg.scene text')
						.evaluateAll((ts) => ts.map((t) => t.textContent ?? ''));
					const drawn = numbersIn(texts);
					const ofFigures = numbersIn(Object.values(expected.figures).map((f) => f.text));
					for (const n of numbersIn(expected.still))
						if (ofFigures.has(n)) expect(drawn, `${step.slug} at ${width}: ${n}`).toContain(n);
					// A list has no numbers: its items are the story's, word for word (lines wrap apart).
					const words = (t: string[]) => t.join('').replace(/\s+/g, '');
					if (step.scene === 'list') expect(words(texts)).toBe(words(expected.still));
				}
				await story.close();
				await page.close();
			}
		});
	});
}
