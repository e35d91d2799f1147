import AxeBuilder from '@axe-core/playwright';
import {
	activeStep,
	expect,
	expectActive,
	ready,
	scrollToStep,
	showLiveScene,
	SHOWN_SCENE,
	shownScene,
	stepSlugs,
	test
} from './fixtures';

const CHAPTERS = ['growth', 'innovation', 'financing', 'investment'];

test.describe('reading on a laptop', () => {
	test('the build has the title, the chapters and every step with a still chart', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.locator('h1')).toHaveText('工业经济的上半场');
		for (const id of CHAPTERS) await expect(page.locator(`section#${id}`)).toHaveCount(1);
		const slugs = await stepSlugs(page);
		expect(slugs.length).toBeGreaterThanOrEqual(30);
		expect(slugs.length).toBeLessThanOrEqual(45);
		expect(new Set(slugs).size).toBe(slugs.length);
		for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		await expect(page.locator('[data-step]')).toHaveCount(slugs.length);
	});

	for (const chapter of CHAPTERS) {
		test(`scrolling down through ${chapter} activates each step in order`, async ({ page }) => {
			await page.goto('/');
			await ready(page);
			const slugs = await stepSlugs(page, `section#${chapter}`);
			for (const slug of slugs) {
				await scrollToStep(page, slug);
				await expectActive(page, slug);
			}
			// And back up, one step at a time.
			for (const slug of [...slugs].reverse()) {
				await scrollToStep(page, slug);
				await expectActive(page, slug);
			}
		});
	}

	test('the wheel moves through steps one by one, never skipping back', async ({ page }) => {
		await page.goto('/growth');
		await ready(page);
		const all = await stepSlugs(page);
		const seen: string[] = [];
		await page.mouse.move(300, 400);
		for (let i = 0; i < 40; i++) {
			await page.mouse.wheel(0, 220);
			await page.waitForTimeout(60);
			const a = (await activeStep(page))!;
			if (seen.at(-1) !== a) seen.push(a);
		}
		const indices = seen.map((s) => all.indexOf(s));
		expect(indices.length).toBeGreaterThan(4);
		for (let i = 1; i < indices.length; i++) expect(indices[i]).toBeGreaterThan(indices[i - 1]!);
	});

	test('End and Home land on the last and the first step without replaying the rest', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		const slugs = await stepSlugs(page);
		await page.evaluate(() => {
			const w = window as unknown as { seen: string[] };
			w.seen = [];
			new MutationObserver(() => {
				const el = document.querySelector('[data-active-step]') as HTMLElement;
				w.seen.push(el.dataset.activeStep!);
			}).observe(document.querySelector('[data-active-step]')!, { attributes: true });
		});
		const seen = () =>
			page.evaluate(() => (window as unknown as { seen: string[] }).seen.splice(0));
		await page.keyboard.press('End');
		await expectActive(page, slugs.at(-1)!);
		await page.waitForTimeout(500);
		// The keyboard scroll is animated, so a step it passes may show for a frame; but the scene only
		// ever moves forward and ends on the last step: nothing is replayed after the jump.
		const down = (await seen()).map((s) => slugs.indexOf(s));
		for (let i = 1; i < down.length; i++) expect(down[i]).toBeGreaterThan(down[i - 1]!);
		expect(down.at(-1)).toBe(slugs.length - 1);
		// A few steps on the way, never the rest of the story (41 steps): a loaded machine's slower
		// frames show a few more (6, once in CI), so the bound is a fifth of the story.
		expect(down.length).toBeLessThanOrEqual(Math.ceil(slugs.length / 5));
		await page.keyboard.press('Home');
		await expectActive(page, slugs[0]!);
		await page.waitForTimeout(500);
		const up = (await seen()).map((s) => slugs.indexOf(s));
		for (let i = 1; i < up.length; i++) expect(up[i]).toBeLessThan(up[i - 1]!);
		expect(up.at(-1)).toBe(0);
	});

	test('a reload in the middle of the page comes back to the same step', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await scrollToStep(page, 'tech-contracts');
		await expectActive(page, 'tech-contracts');
		// A reader reloads after reading a moment: the address has followed them by then. (Reloaded
		// within the same instant as the address changes, Chromium can reload the old entry without
		// its state or scroll position; the scene then matches the top of the page, where it opens.)
		await expect(page).toHaveURL(/\/innovation#tech-contracts$/);
		await page.reload();
		await ready(page);
		await expectActive(page, 'tech-contracts');
	});

	test('a link to a step opens with that step and its scene', async ({ page }) => {
		await page.goto('/financing#credit-loans');
		await ready(page);
		await expectActive(page, 'credit-loans');
		await expect(shownScene(page)).toHaveAttribute('data-scene', 'share');
		await expect(page.locator('#credit-loans')).toBeInViewport();
	});

	test('each scene has a text alternative and a data table of the figures it draws', async ({
		page
	}) => {
		await page.goto('/growth#software');
		await ready(page);
		const svg = shownScene(page);
		await expect(svg).toHaveAttribute('role', 'img');
		await expect(svg.locator('desc')).toContainText('11.2%');
		const table = page.locator('[data-active-step] details');
		await table.locator('summary').click();
		await expect(table.locator('tbody tr')).toHaveCount(5);
		await expect(table.locator('tbody')).toContainText('55788亿元，同比增长11.2%');
		// The period as the source gives it: none for the digital industry's 9.3%.
		await expect(table.locator('tbody')).toContainText('原文未写明时段');
		// Quotation marks inside a quoted excerpt are the inner ones, ‘…’.
		const closing = page.locator('#figure-little-giants-supported');
		await expect(closing).toContainText('“联合财政部支持1241家专精特新‘小巨人’企业”');
	});

	test('the progress line under the menu follows the scroll, both ways', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		const at = async (fraction: number) => {
			await page.evaluate(async (f) => {
				const max = document.documentElement.scrollHeight - innerHeight;
				window.scrollTo({ top: Math.round(max * f), behavior: 'instant' });
				await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
			}, fraction);
			// The line's length is its horizontal scale: matrix(a, b, c, d, e, f), a = scaleX.
			const transform = await page
				.locator('.progress-bar')
				.evaluate((el) => getComputedStyle(el).transform);
			return transform === 'none' ? 1 : Number(/^matrix\(([^,]+)/.exec(transform)![1]);
		};
		for (const f of [0, 0.25, 0.5, 1, 0.1]) expect(await at(f), `at ${f}`).toBeCloseTo(f, 1);
	});

	test('step changes are announced politely', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await scrollToStep(page, 'equipment-share');
		await expect(page.locator('[aria-live="polite"]')).toContainText(
			'装备制造业占全部规上工业增加值比重'
		);
	});

	test('the chapter menu jumps to a chapter; Back returns to where the reader was', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		await scrollToStep(page, 'provinces');
		await expectActive(page, 'provinces');
		await page.getByRole('navigation').getByRole('link', { name: '融资' }).click();
		await expectActive(page, 'platform-total');
		await expect(page).toHaveURL(/\/financing$/);
		await page.goBack();
		await expectActive(page, 'provinces');
		await expect(page).toHaveURL(/\/growth#provinces$/);
	});

	test('the keyboard reaches the menu, links and tables, with a visible focus ring', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		await page.keyboard.press('Tab');
		const first = page.locator(':focus');
		await expect(first).toHaveText('跳到正文');
		await page.keyboard.press('Tab');
		const outline = await page
			.locator(':focus')
			.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline).not.toBe('none');
	});

	test('the closing lists every figure in one table per chapter, each laid out as it comes near', async ({
		page
	}) => {
		await page.goto('/#closing');
		await ready(page);
		const tables = page.locator('#closing table');
		// In reading order, each named by its chapter (the region around it by the section too).
		const names = ['开篇', '增长', '创新', '融资', '招商'];
		await expect(tables).toHaveCount(names.length);
		for (const [i, name] of names.entries()) {
			await expect(tables.nth(i)).toHaveAccessibleName(name);
			await expect(
				page.locator('#closing').getByRole('region', { name: `全部数字 ${name}`, exact: true })
			).toHaveCount(1);
		}
		// Every figure once, each row a link target.
		const ids = await page
			.locator('#closing tbody tr')
			.evaluateAll((rows) => rows.map((r) => r.id));
		expect(ids.length).toBeGreaterThanOrEqual(60);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^figure-[a-z0-9-]+$/);
		// Each table is laid out on its own as the reader comes near it: at the tables' heading, the
		// first tables are and the last is not, until the reader gets there. (Checked before anything
		// measures a table, which would lay it out.)
		const laidOut = () =>
			tables.evaluateAll((all) =>
				all.map((t) => t.checkVisibility({ contentVisibilityAuto: true }))
			);
		await page.evaluate(() =>
			document.getElementById('figures-title')!.scrollIntoView({ block: 'start' })
		);
		await expect
			.poll(async () => [(await laidOut())[0], (await laidOut()).at(-1)])
			.toEqual([true, false]);
		await page.evaluate(() =>
			document.querySelector('#closing .table-wrap:last-of-type')!.scrollIntoView()
		);
		await expect.poll(async () => (await laidOut()).at(-1)).toBe(true);
		// The tables share their columns, so they read as one.
		const columns = await tables.evaluateAll((all) =>
			all.map((t) =>
				[...t.querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().left))
			)
		);
		for (const c of columns.slice(1)) expect(c).toEqual(columns[0]);
	});

	test('axe finds no violations on a laptop', async ({ page }) => {
		// axe checks the whole page, over a thousand elements: 8–30 s on a busy machine.
		test.slow();
		await page.goto('/growth#high-tech-contribution');
		await ready(page);
		const results = await new AxeBuilder({ page }).analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.length} ${v.nodes[0]?.target}`)
		).toEqual([]);
	});
});

test.describe('reading on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the graphic stays in view, cards are legible and nothing scrolls sideways', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		for (const slug of ['headline-growth', 'software', 'hubei-large', 'competition-order']) {
			await scrollToStep(page, slug);
			await expectActive(page, slug);
			const graphic = page.locator('.graphic-col');
			await expect(graphic).toBeInViewport();
			const card = page.locator(`#${slug} .card`);
			await expect(card).toBeInViewport();
			const size = await card.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
			expect(size).toBeGreaterThanOrEqual(16);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
		}
	});

	test('the closing’s tables stack each figure: name, value and period, excerpt, nothing off to the side', async ({
		page
	}) => {
		await page.goto('/#closing');
		await ready(page);
		const wraps = page.locator('#closing .table-wrap');
		await expect(wraps).toHaveCount(5);
		for (let i = 0; i < 5; i++) {
			await wraps.nth(i).scrollIntoViewIfNeeded();
			const layout = await wraps.nth(i).evaluate((wrap) => {
				const box = (el: Element | null) => el!.getBoundingClientRect();
				const rows = [...wrap.querySelectorAll('tbody tr')].map((tr) => ({
					name: box(tr.querySelector('th')),
					value: box(tr.querySelector('.value')),
					period: box(tr.querySelector('.period')),
					source: box(tr.querySelector('.source'))
				}));
				return { sideways: wrap.scrollWidth - wrap.clientWidth, rows, width: innerWidth };
			});
			expect(layout.sideways, `table ${i + 1} scrolls sideways`).toBeLessThanOrEqual(0);
			for (const [r, row] of layout.rows.entries()) {
				const where = `table ${i + 1}, row ${r + 1}`;
				// The value and period share a line below the name; the excerpt comes under them.
				expect(row.value.top, where).toBeGreaterThanOrEqual(row.name.bottom - 1);
				expect(Math.abs(row.period.top - row.value.top), where).toBeLessThanOrEqual(1);
				expect(row.source.top, where).toBeGreaterThanOrEqual(row.value.bottom - 1);
				for (const b of [row.name, row.value, row.period, row.source])
					expect(b.right, where).toBeLessThanOrEqual(layout.width);
			}
		}
		// Still tables to a screen reader: named, with their column heads, a row per figure.
		const growth = page.getByRole('table', { name: '增长', exact: true });
		await expect(growth.getByRole('columnheader')).toHaveCount(4);
		const rows = await growth.locator('tbody tr').count();
		await expect(growth.getByRole('rowheader')).toHaveCount(rows);
		await expect(growth.getByRole('row')).toHaveCount(rows + 1);
		const results = await new AxeBuilder({ page }).include('#closing').analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.length} ${v.nodes[0]?.target}`)
		).toEqual([]);
	});

	test('layout heights use svh, so the address bar showing or hiding moves nothing', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		// vh and dvh change as a phone's address bar slides; svh does not.
		const unstable = await page.evaluate(() =>
			[...document.styleSheets].flatMap((sheet) =>
				[...sheet.cssRules]
					.map((rule) => rule.cssText)
					.filter((text) => /[\d.](?:d?vh)\b/.test(text))
			)
		);
		expect(unstable).toEqual([]);
		const height = await page
			.locator('.graphic-col')
			.evaluate((el) => el.getBoundingClientRect().height);
		// The screen under the menu (two rows on a phone).
		const menu = await page.locator('nav.nav').evaluate((el) => el.getBoundingClientRect().height);
		expect(height).toBeCloseTo(844 - menu, 0);
	});

	test('axe finds no violations on a phone', async ({ page }) => {
		// axe checks the whole page, over a thousand elements: 8–30 s on a busy machine.
		test.slow();
		await page.goto('/investment#hubei-large');
		await ready(page);
		const results = await new AxeBuilder({ page }).analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.length} ${v.nodes[0]?.target}`)
		).toEqual([]);
	});
});

test.describe('reduced motion', () => {
	test.use({ colorScheme: 'light' });
	test('marks change instantly', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/growth');
		await ready(page);
		const scene = await showLiveScene(page);
		const duration = await scene
			.locator('rect.m')
			.first()
			.evaluate((el) => getComputedStyle(el).transitionDuration);
		expect(duration.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
	});

	test('with motion allowed, marks move in about half a second', async ({ page }) => {
		await page.goto('/growth');
		await ready(page);
		const scene = await showLiveScene(page);
		const duration = await scene
			.locator('rect.m')
			.first()
			.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
		expect(duration).toBeGreaterThanOrEqual(0.3);
		expect(duration).toBeLessThanOrEqual(0.6);
	});
});

test.describe('step changes', () => {
	test('a new scene is the step’s still figure, shown at once; one chart image at a time', async ({
		page
	}) => {
		// The graphic's chart images as assistive technology finds them.
		const images = page.locator('[data-active-step]').getByRole('img');
		// pilot-fields (a framework) → pilot-funnel (a funnel): a new scene type.
		await page.goto('/innovation#pilot-fields');
		await ready(page);
		await expectActive(page, 'pilot-fields');
		await expect(images).toHaveCount(1);
		await expect(images).toHaveAttribute('data-scene', 'framework');
		await scrollToStep(page, 'pilot-funnel');
		await expectActive(page, 'pilot-funnel');
		// A copy of the figure the article carries, with ids of its own.
		await expect(shownScene(page)).toHaveAttribute('data-scene', 'funnel');
		await expect(shownScene(page)).toHaveAttribute(
			'aria-labelledby',
			'graphic-pilot-funnel-still-title graphic-pilot-funnel-still-desc'
		);
		await expect(images).toHaveCount(1);
		await expect(images).toHaveAccessibleName(/\S{4,}/);
		// Back: the first one again, and still one image.
		await scrollToStep(page, 'pilot-fields');
		await expectActive(page, 'pilot-fields');
		await expect(images).toHaveCount(1);
		await expect(images).toHaveAttribute('data-scene', 'framework');
	});
});

test.describe('motion', () => {
	test.use({ colorScheme: 'light' });
	// A new scene is its still figure, on screen in the next frame: nothing fades, nothing moves.
	// Within a scene the live scene moves its marks (drawn ahead while the reader read).
	test('a new scene shows at once, as drawn; within a scene, the marks move', async ({ page }) => {
		await page.goto('/#pilot-fields');
		await ready(page);
		await expectActive(page, 'pilot-fields');
		await page.evaluate(() => {
			const w = window as unknown as { marks: string[]; boxes: number };
			w.marks = [];
			w.boxes = 0;
			document.addEventListener('transitionrun', (e) => {
				if ((e.target as Element).matches('[data-active-step] .scene-box:not(.ahead) svg .m'))
					w.marks.push(e.propertyName);
			});
			document.addEventListener('animationstart', (e) => {
				if ((e.target as Element).closest('[data-active-step] .chart')) w.boxes++;
			});
		});
		const changeTo = async (slug: string) => {
			await page.evaluate(() => {
				const w = window as unknown as { marks: string[]; boxes: number };
				w.marks = [];
				w.boxes = 0;
			});
			await scrollToStep(page, slug);
			await expectActive(page, slug);
			await page.waitForTimeout(200);
			return page.evaluate(() => {
				const { marks, boxes } = window as unknown as { marks: string[]; boxes: number };
				return { marks, boxes };
			});
		};
		const scene = () => shownScene(page).getAttribute('data-scene');

		// framework → funnel: a new scene.
		const fresh = await changeTo('pilot-funnel');
		expect(await scene()).toBe('funnel');
		expect(fresh.boxes).toBe(0);
		expect(fresh.marks).toEqual([]);
		// The reader reads: the live scene is drawn ahead, hidden.
		await expect(page.locator('[data-active-step] .scene-box.ahead svg.scene')).toHaveCount(1, {
			timeout: 10_000
		});
		// funnel → funnel: the same scene, its marks move.
		const moved = await changeTo('pilot-target');
		expect(await scene()).toBe('funnel');
		expect(moved.boxes).toBe(0);
		expect(moved.marks.length).toBeGreaterThan(0);
	});

	test('a new scene stays as drawn; only marks that join a scene on screen fade in', async ({
		page
	}) => {
		// Marking the scene itself as entered, a frame or two after drawing it, restyled every mark
		// of it: a second long frame after each step change.
		await page.addInitScript(() => {
			const w = window as unknown as { changed: string[]; faded: string[] };
			w.changed = [];
			w.faded = [];
			new MutationObserver((records) => {
				for (const r of records) {
					const el = r.target as Element;
					if (el.closest?.('[data-active-step] svg.scene'))
						w.changed.push(`${el.tagName}.${r.attributeName}`);
				}
			}).observe(document, { subtree: true, attributes: true });
			document.addEventListener('transitionrun', (e) => {
				if ((e.target as Element).matches('svg .m') && e.propertyName === 'opacity')
					w.faded.push((e.target as Element).tagName);
			});
		});
		const reset = () =>
			page.evaluate(() => {
				const w = window as unknown as { changed: string[]; faded: string[] };
				w.changed = [];
				w.faded = [];
			});
		const seen = () =>
			page.evaluate(() => {
				const { changed, faded } = window as unknown as { changed: string[]; faded: string[] };
				return { changed, faded };
			});

		// Opens a step, wakes the live scene with a small move, then starts recording.
		const openAt = async (path: string, slug: string) => {
			await page.goto(`${path}#${slug}`);
			await ready(page);
			await expectActive(page, slug);
			// The reader reads: the live scene is drawn ahead where a neighbour shares the scene.
			await page.waitForTimeout(2500);
			await reset();
		};

		await openAt('/growth', 'industry-growth');
		// growth bars → share: a new scene, drawn once and left alone.
		await scrollToStep(page, 'manufacturing-share');
		await expectActive(page, 'manufacturing-share');
		await page.waitForTimeout(600);
		expect(await shownScene(page).getAttribute('data-scene')).toBe('share');
		expect(await seen()).toEqual({ changed: [], faded: [] });

		// framework → framework: the marks the second step adds fade in.
		await openAt('/investment', 'guidance-framework');
		await scrollToStep(page, 'guidance-focus');
		await expectActive(page, 'guidance-focus');
		await page.waitForTimeout(300);
		const joined = await seen();
		expect(joined.faded.length).toBeGreaterThan(0);
	});

	test('the active card’s rule moves to the next card at once, animating nothing', async ({
		page
	}) => {
		// Two cards change at every step, which is most of the time while scrolling. Any transition
		// on them costs frames: a colour's repaints the card in every frame of it, and even an
		// opacity fade of the rule (composited) doubled the frames over 33 ms of a scroll through
		// the story at CPU 4×, by the bench (issue 21).
		await page.goto('/growth#industry-growth');
		await ready(page);
		await expectActive(page, 'industry-growth');
		await page.evaluate(() => {
			const w = window as unknown as { cardTransitions: string[] };
			w.cardTransitions = [];
			document.addEventListener('transitionrun', (e) => {
				if ((e.target as Element).closest('.card'))
					w.cardTransitions.push(`${e.pseudoElement || 'card'} ${e.propertyName}`);
			});
		});
		await scrollToStep(page, 'manufacturing-share');
		await expectActive(page, 'manufacturing-share');
		await page.waitForTimeout(200);
		const seen = await page.evaluate(
			() => (window as unknown as { cardTransitions: string[] }).cardTransitions
		);
		// The rule leaves one card and comes to the next, and nothing about a card animates.
		expect(seen).toEqual([]);
		const rule = (slug: string) =>
			page
				.locator(`#${slug} .card`)
				.evaluate((el) => Number(getComputedStyle(el, '::before').opacity));
		expect(await rule('manufacturing-share')).toBe(1);
		expect(await rule('industry-growth')).toBe(0);
	});

	test('starting the page leaves the scene drawn at build time as it is', async ({ page }) => {
		// Every change to the opening scene's SVG or its marks while the page starts, until the
		// reader does something: the drawing made at build time stays as it is (a resize there lays
		// the whole scene out again in the middle of the start).
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { sceneChanges: string[] }).sceneChanges = seen;
			new MutationObserver((records) => {
				for (const r of records) {
					const el = r.target as Element;
					if (el.closest?.('svg.scene')) seen.push(`${el.tagName}.${r.attributeName}`);
				}
			}).observe(document, { subtree: true, attributes: true });
		});
		// A chapter's page puts itself at the chapter's heading: that scroll is not the reader's.
		for (const [path, viewport] of [
			['/', { width: 1440, height: 900 }],
			['/', { width: 390, height: 844 }],
			['/financing', { width: 1440, height: 900 }],
			['/investment', { width: 390, height: 844 }]
		] as const) {
			await page.setViewportSize(viewport);
			await page.goto(path);
			await ready(page);
			await page.waitForTimeout(300);
			// One drawing shows: the one laid out for this width.
			await expect(shownScene(page)).toHaveCount(1);
			// ...and its type reads at its real size: no label drawn smaller than 9 px.
			const smallest = await page.evaluate((shown) => {
				const svg = [...document.querySelectorAll(shown)].find(
					(el) => el.getBoundingClientRect().width > 0
				)!;
				const box = svg.getBoundingClientRect();
				const view = (svg as SVGSVGElement).viewBox.baseVal;
				const scale = Math.min(box.width / view.width, box.height / view.height);
				const heights = [...svg.querySelectorAll('text')].map(
					(t) => Number(t.getAttribute('font-size')) * scale
				);
				return Math.min(...heights);
			}, SHOWN_SCENE);
			expect(smallest, `${path} at ${viewport.width}×${viewport.height}`).toBeGreaterThanOrEqual(9);
			const changes = await page.evaluate(
				() => (window as unknown as { sceneChanges: string[] }).sceneChanges
			);
			expect(changes, `${path} at ${viewport.width}×${viewport.height}`).toEqual([]);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test(
		'the page reads top to bottom with every step and its chart',
		{ tag: '@no-js' },
		async ({ page }) => {
			await page.goto('/');
			const steps = page.locator('[data-step]');
			const count = await steps.count();
			expect(count).toBeGreaterThanOrEqual(30);
			// Each chart is its step's still figure, drawn when the page was built, with the scene's
			// text alternative: the same figure the printed handout has.
			// Drawn twice, for a wide column and for a phone: a laptop shows the wide one.
			const figures = page.locator('.step-figure svg').filter({ visible: true });
			await expect(figures).toHaveCount(count);
			await expect(page.locator('.step-figure svg.wide').filter({ visible: true })).toHaveCount(
				count
			);
			await expect(page.locator('.graphic-col')).toBeHidden();
			for (let i = 0; i < count; i += 7) {
				const step = steps.nth(i);
				await step.scrollIntoViewIfNeeded();
				await expect(step.locator('.card')).toBeVisible();
				const figure = step.locator('.step-figure svg.wide');
				await expect(figure).toBeVisible();
				// Named by its title and its text alternative.
				await expect(figure).toHaveAccessibleName(/\S{12,}/);
				// Drawn: its marks are there, at the figure's size.
				expect(await figure.locator('rect, path, text').count()).toBeGreaterThan(2);
				expect(Math.round((await figure.boundingBox())!.width)).toBeGreaterThan(300);
			}
		}
	);

	// The browser itself scrolls a chapter's page to its chapter (`scroll-initial-target`): no script
	// is needed for a shared chapter link to open there.
	test('a chapter link opens at its chapter', { tag: '@no-js' }, async ({ page }) => {
		await page.goto('/financing');
		await expect(page.locator('#financing-title')).toBeInViewport();
		await expect(page.locator('h1')).not.toBeInViewport();
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
	});

	test('each figure file is the scene standing alone: plain colours, its own fonts, its text', async ({
		request
	}) => {
		const response = await request.get('/figures/credit-loans.svg');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('image/svg+xml');
		const svg = await response.text();
		expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
		expect(svg).toContain('data-scene="share"');
		// The page's accent as a value, not a variable of a page it has left behind.
		expect(svg).toContain('fill="#1d4f8c"');
		expect(svg).not.toMatch(/var\(|<style|class=/);
		expect(svg).toMatch(/font-family="[^"]*Noto Sans SC[^"]*sans-serif"/);
		// The figure's qualifier is drawn: 超过42%.
		expect(svg).toMatch(/超过\s*42%/);
		// Taken away, it still says where it comes from, and its caveat.
		expect(svg).toMatch(/<text[^>]*>来源：新华社<\/text>/);
		expect(svg).toMatch(/<text[^>]*>[^<]*占比的分母[^<]*<\/text>/);
		expect((await request.get('/figures/no-such-step.svg')).status()).toBe(404);
	});
});
