import { activeStep, expect, expectActive, ready, scrollToStep, test } from './fixtures';

const CHAPTERS = {
	growth: { title: '增长：总量、结构与新动能', figure: '6.4%' },
	innovation: { title: '创新：从实验室到生产线', figure: '超过3万亿元' },
	financing: { title: '融资：把金融资源引向制造业', figure: '突破1.2万亿元' },
	investment: { title: '招商：湖北的签约与开工', figure: '4918个' }
};

test.describe('chapter pages', () => {
	for (const [id, { title, figure }] of Object.entries(CHAPTERS)) {
		test(`/${id} has its own title, description, canonical URL and social card`, async ({
			page,
			baseURL
		}) => {
			await page.goto(`/${id}`);
			await expect(page).toHaveTitle(new RegExp(`^${title}`));
			const meta = (sel: string) => page.locator(sel).first().getAttribute('content');
			expect(await meta('meta[name="description"]')).toContain(figure);
			// Absolute: the tests build the site for this address (SITE_URL).
			expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
				`${baseURL}/${id}`
			);
			const og = await meta('meta[property="og:title"]');
			expect(og).toContain(title.split('：')[0]!);
			expect(og).toContain(figure);
			expect(await meta('meta[property="og:description"]')).toContain(figure);
			expect(await meta('meta[property="og:url"]')).toBe(`${baseURL}/${id}`);
			expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
			expect(await meta('meta[name="twitter:title"]')).toBe(og);
			// Its own preview image, absolute as canonical is.
			expect(await meta('meta[property="og:image"]')).toBe(`${baseURL}/og/${id}.png`);
		});

		test(`/${id} opens at that chapter`, async ({ page }) => {
			await page.goto(`/${id}`);
			await ready(page);
			const first = await page
				.locator(`section#${id} [data-step]`)
				.first()
				.getAttribute('data-step');
			await expectActive(page, first!);
			await expect(page.locator(`#${id}-title`)).toBeInViewport();
		});
	}

	// The page is at its chapter as soon as it is all there: before its scripts are fetched, so a
	// shared chapter link does not show the opening first and then jump.
	test('a chapter page is at its heading before its scripts are asked for, and stays there', async ({
		page
	}) => {
		await page.addInitScript(() => {
			document.addEventListener('DOMContentLoaded', () => {
				const heading = document.getElementById('investment')!;
				(window as unknown as { atParsed: object }).atParsed = {
					y: window.scrollY,
					top: heading.getBoundingClientRect().top,
					scripts: performance
						.getEntriesByType('resource')
						.filter((r) => new URL(r.name).pathname.endsWith('.js')).length
				};
			});
		});
		await page.goto('/investment');
		await ready(page);
		const { atParsed, y, top } = await page.evaluate(() => ({
			atParsed: (window as unknown as { atParsed: { y: number; top: number; scripts: number } })
				.atParsed,
			y: window.scrollY,
			top: document.getElementById('investment')!.getBoundingClientRect().top
		}));
		expect(atParsed.scripts, 'no script asked for yet').toBe(0);
		expect(atParsed.y, 'scrolled to the chapter').toBeGreaterThan(1000);
		// Its heading at the top, under the menu (scroll-padding), then and once started.
		const nav = await page.locator('nav.nav').evaluate((n) => n.getBoundingClientRect().height);
		expect(Math.abs(atParsed.top - nav)).toBeLessThanOrEqual(2);
		expect(Math.abs(y - atParsed.y)).toBeLessThanOrEqual(1);
		expect(Math.abs(top - nav)).toBeLessThanOrEqual(2);
	});

	// The browser paints a long page as its HTML comes in: unheld, a chapter's page showed the
	// opening first (its title and standfirst, for most of a second on a slow phone), then jumped.
	// Held until its chapter is parsed, it is painted at the chapter from its first frame. What was
	// painted is read from the largest-contentful-paint entries, which each new largest element on
	// screen adds as it is first painted: reading positions in the frames would force layouts that
	// change when the page is painted. The CPU is slowed as a phone's, so the parser yields between
	// frames as it does there.
	for (const id of ['growth', 'investment']) {
		test(`/${id} paints its chapter first, never the opening`, async ({ page, context }) => {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await page.addInitScript((chapter) => {
				const w = window as unknown as { painted: string[] };
				w.painted = [];
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & { element: Element })[]) {
						const el = entry.element;
						if (!el) continue;
						const where = el.closest(`#${chapter}`)
							? chapter
							: el.closest('.graphic')
								? 'graphic'
								: `${el.tagName.toLowerCase()}.${el.className} in #${el.closest('[id]')?.id}`;
						w.painted.push(where);
					}
				}).observe({ type: 'largest-contentful-paint', buffered: true });
			}, id);
			await page.goto(`/${id}`);
			await ready(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
			const painted = await page.evaluate(
				() => (window as unknown as { painted: string[] }).painted
			);
			expect(painted.length, 'something was painted').toBeGreaterThan(0);
			expect(painted.filter((where) => where !== id && where !== 'graphic')).toEqual([]);
		});
	}

	test('the front page has the story title and its own description', async ({ page, baseURL }) => {
		await page.goto('/');
		await expect(page).toHaveTitle('工业经济的上半场：四份材料里的数字');
		expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${baseURL}/`);
	});
});

test.describe('opening at a chapter or a step', () => {
	// Layout shifts not caused by the reader, summed (the page's CLS as the browser reports it).
	async function shiftsWhileOpening(page: import('@playwright/test').Page, path: string) {
		await page.addInitScript(() => {
			const w = window as unknown as { __shifts: string[] };
			w.__shifts = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as (PerformanceEntry & {
					value: number;
					hadRecentInput: boolean;
					sources: { node?: Node }[];
				})[]) {
					if (e.hadRecentInput) continue;
					const what = e.sources.map(
						(s) => (s.node as Element | undefined)?.id || s.node?.nodeName
					);
					w.__shifts.push(`${e.value.toFixed(4)} ${what.join(',')}`);
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto(path);
		await ready(page);
		// Steps near the view are drawn as the browser gets to them: give it time.
		await page.waitForTimeout(1500);
		return page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
	}

	for (const [label, viewport] of [
		['laptop', { width: 1350, height: 940 }],
		['phone', { width: 390, height: 844 }]
	] as const) {
		for (const path of ['/innovation', '/financing', '/investment#hubei-large']) {
			test(`${path} on a ${label} opens without moving the layout under the reader`, async ({
				page
			}) => {
				await page.setViewportSize(viewport);
				expect(await shiftsWhileOpening(page, path)).toEqual([]);
			});
		}
	}
});

test.describe('step links', () => {
	// A sample across the story, with the last step of every chapter.
	const SAMPLE = [
		['/#press-conference', 'press-conference'],
		['/#headline-growth', 'headline-growth'],
		['/growth#digital-industry', 'digital-industry'],
		['/growth#competition-order', 'competition-order'],
		['/innovation#robots', 'robots'],
		['/innovation#pilot-target', 'pilot-target'],
		['/financing#credit-loans', 'credit-loans'],
		['/financing#pilot-cities', 'pilot-cities'],
		['/investment#hubei-large', 'hubei-large'],
		['/investment#hubei-investment', 'hubei-investment'],
		['/#tech-contracts', 'tech-contracts']
	] as const;

	for (const [link, slug] of SAMPLE) {
		test(`${link} opens with ${slug} active and its scene drawn, without passing through others`, async ({
			page
		}) => {
			await page.addInitScript(() => {
				// Record every step the graphic shows from the first paint on.
				const w = window as unknown as { shown: string[] };
				w.shown = [];
				new MutationObserver(() => {
					const el = document.querySelector('[data-active-step]') as HTMLElement | null;
					if (el && el.dataset.activeStep !== w.shown.at(-1)) w.shown.push(el.dataset.activeStep!);
				}).observe(document, {
					subtree: true,
					attributes: true,
					attributeFilter: ['data-active-step']
				});
			});
			await page.goto(link);
			await ready(page);
			await expectActive(page, slug);
			await expect(page.locator(`#${slug}`)).toBeInViewport();
			const shown = await page.evaluate(() => (window as unknown as { shown: string[] }).shown);
			// At most the page's default first step (prerendered), then the linked one.
			expect(shown.filter((s) => s !== slug).length).toBeLessThanOrEqual(1);
			// The first step of the front page is already the prerendered one: nothing changes.
			if (shown.length > 0) expect(shown.at(-1)).toBe(slug);
		});
	}
});

test.describe('the address follows the reader', () => {
	test('opening the story leaves its address alone until the reader moves', async ({ page }) => {
		for (const path of ['/', '/growth']) {
			await page.goto(path);
			await ready(page);
			// Past the address's pause (250 ms) and the idle moment it is written in.
			await page.waitForTimeout(1200);
			expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(path);
		}
		await scrollToStep(page, 'manufacturing-share');
		await expectActive(page, 'manufacturing-share');
		await expect(page).toHaveURL(/\/growth#manufacturing-share$/);
	});

	test('scrolling replaces the address without adding history entries', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		const before = await page.evaluate(() => history.length);
		for (const slug of [
			'headline-growth',
			'provinces',
			'little-giants',
			'credit-loans',
			'hubei-signed'
		]) {
			await scrollToStep(page, slug);
			await expectActive(page, slug);
		}
		await expect(page).toHaveURL(/\/investment#hubei-signed$/);
		expect(await page.evaluate(() => history.length)).toBe(before);
		// A copied address opens the same step.
		const copied = page.url();
		const other = await page.context().newPage();
		await other.goto(copied);
		await ready(other);
		await expectActive(other, 'hubei-signed');
	});

	test('Back after a chapter jump returns to where the reader was; Forward goes again', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		await scrollToStep(page, 'equipment-share');
		await expectActive(page, 'equipment-share');
		await page.getByRole('navigation').getByRole('link', { name: '招商' }).click();
		await expectActive(page, 'hubei-training');
		await page.goBack();
		await expectActive(page, 'equipment-share');
		await expect(page).toHaveURL(/\/growth#equipment-share$/);
		await page.goForward();
		await expectActive(page, 'hubei-training');
		// And Back from the first entry leaves the story, never trapping the reader.
		await page.goBack();
		await page.goBack();
		await expect(page).toHaveURL('about:blank');
	});
});

test.describe('share', () => {
	test('copies the step link and says so where there is no share sheet', async ({
		page,
		context,
		baseURL
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'share', { value: undefined });
		});
		await page.goto('/financing#credit-loans');
		await ready(page);
		const step = page.locator('#credit-loans');
		await step.getByRole('button', { name: '分享这一步' }).click();
		await expect(step.getByRole('status')).toHaveText('链接已复制');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		// The step's own page: a link that previews as this step, not as its chapter.
		expect(copied).toBe(`${baseURL}/financing/credit-loans`);
	});

	test('uses the system share sheet where there is one', async ({ page }) => {
		await page.addInitScript(() => {
			const w = window as unknown as { shared: ShareData[] };
			w.shared = [];
			Object.defineProperty(navigator, 'share', {
				value: async (data: ShareData) => void w.shared.push(data)
			});
		});
		await page.goto('/innovation#robots');
		await ready(page);
		await page.locator('#robots').getByRole('button', { name: '分享这一步' }).click();
		// The share code comes on the first press (fetched then, not with the page): wait for it.
		const sharedNow = () =>
			page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
		await expect.poll(async () => (await sharedNow()).length).toBe(1);
		const shared = await sharedNow();
		expect(shared[0]!.url).toMatch(/\/innovation\/robots$/);
	});
});

test.describe('unknown addresses', () => {
	test(
		'an unknown chapter path gets a helpful 404 page',
		{ tag: '@expect-404' },
		async ({ page }) => {
			const response = await page.goto('/economy');
			expect(response?.status()).toBe(404);
			await expect(page.locator('h1').first()).toHaveText('没有找到这个页面');
			// Each chapter, in each edition: the page is bilingual.
			for (const id of Object.keys(CHAPTERS)) {
				await expect(page.locator(`a[href$="/${id}"]`)).toHaveCount(2);
				await expect(page.locator(`[lang="en"] a[href$="/en/${id}"]`)).toHaveCount(1);
			}
			await page.getByRole('link', { name: /从头阅读/ }).click();
			await expect(page.locator('h1')).toHaveText('工业经济的上半场');
			// The whole story, as built, with its steps and closing section.
			await ready(page);
			expect(await page.locator('main [data-step]').count()).toBeGreaterThanOrEqual(30);
			await expect(page.locator('#closing table').first()).toBeAttached();
		}
	);

	test('the static 404 page exists for hosts that serve it', async ({ page }) => {
		await page.goto('/404');
		await expect(page.locator('h1').first()).toHaveText('没有找到这个页面');
	});

	test('an unknown step opens its chapter; an unknown step on the front page opens the top', async ({
		page
	}) => {
		await page.goto('/financing#no-such-step');
		await ready(page);
		await expectActive(page, 'platform-total');
		await page.goto('/#no-such-step');
		await ready(page);
		expect(await activeStep(page)).toBe('press-conference');
		expect(await page.evaluate(() => scrollY)).toBeLessThan(200);
	});
});
