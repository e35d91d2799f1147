/**
 * Tests that try to break the story. A seeded random walk of 220 actions — scrolls, flings, keys,
 * resizes, rotations, step links, Back and Forward, presentation mode, reloads — after each of
 * which the scene on screen must be the step in view. Reproduce a failure with its seed:
 * HOSTILE_SEED=<seed> npx playwright test hostile.
 */
import type { Page } from '@playwright/test';
import { expect, ready, test, triggerLine } from './fixtures';

/** mulberry32: a small, good-enough seeded generator. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SEED = Number(process.env.HOSTILE_SEED ?? 20250718);
const ACTIONS = 220;
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1440, height: 900 };

/** The step the reader has in view, by the story's own rule: the last whose top is above the line. */
const stepInView = async (page: Page) =>
	page.evaluate(
		(line) => {
			const markers = document.querySelectorAll<HTMLElement>(
				'.scroller [data-step], .scroller [data-step-lead]'
			);
			let found = markers[0]!;
			for (const m of markers) {
				if (m.getBoundingClientRect().top <= line) found = m;
				else break;
			}
			return found.dataset.step ?? found.dataset.stepLead!;
		},
		await triggerLine(page)
	);

/** Waits until scrolling has stopped and two frames have painted. */
const settle = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<void>((done) => {
				let last = -1;
				let still = 0;
				const tick = () => {
					still = scrollY === last ? still + 1 : 0;
					last = scrollY;
					if (still >= 6) done();
					else requestAnimationFrame(tick);
				};
				requestAnimationFrame(tick);
			})
	);

test(`a random walk of ${ACTIONS} actions never leaves the wrong scene on screen (seed ${SEED})`, async ({
	page
}) => {
	test.setTimeout(240_000);
	const rand = random(SEED);
	const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
	await page.setViewportSize(LAPTOP);
	await page.goto('/');
	await ready(page);
	const slugs = await page.locator('main [data-step]').evaluateAll((els) =>
		els.map((e) => ({
			slug: (e as HTMLElement).dataset.step!,
			chapter: e.closest('section')!.id
		}))
	);
	let size = LAPTOP;
	let presenting = false;
	let backs = 0; // entries we may go back through without leaving the story
	let forwards = 0;
	const log: string[] = [];

	const actions: [number, string, () => Promise<void>][] = [
		[22, 'scroll', async () => page.mouse.wheel(0, Math.round((rand() - 0.4) * 2400))],
		[
			8,
			'fling',
			async () => page.mouse.wheel(0, (rand() < 0.5 ? -1 : 1) * (6000 + rand() * 20000))
		],
		[5, 'End', async () => page.keyboard.press('End')],
		[5, 'Home', async () => page.keyboard.press('Home')],
		[5, 'PageDown', async () => page.keyboard.press('PageDown')],
		[
			4,
			'resize',
			async () => {
				size = size === LAPTOP ? PHONE : LAPTOP;
				await page.setViewportSize(size);
			}
		],
		[
			3,
			'rotate',
			async () => {
				size = { width: size.height, height: size.width };
				await page.setViewportSize(size);
			}
		],
		[
			5,
			'step link',
			async () => {
				const { slug, chapter } = pick(slugs);
				await page.goto(chapter === 'opening' ? `/#${slug}` : `/${chapter}#${slug}`);
				await ready(page);
				backs += 1;
				forwards = 0;
			}
		],
		[
			4,
			'back',
			async () => {
				if (backs === 0) return;
				await page.goBack();
				backs -= 1;
				forwards += 1;
				await ready(page);
			}
		],
		[
			3,
			'forward',
			async () => {
				if (forwards === 0) return;
				await page.goForward();
				forwards -= 1;
				backs += 1;
				await ready(page);
			}
		],
		[
			4,
			'present',
			async () => {
				await page.keyboard.press('p');
				await expect(page.locator('[data-present-step]')).toBeVisible();
				presenting = true;
				// Presenting has an entry of its own: the entries ahead are gone. Leaving goes back
				// from it, leaving it ahead, where this walk does not go.
				forwards = 0;
			}
		],
		[
			3,
			'reload',
			async () => {
				await page.reload();
				await ready(page);
			}
		],
		[
			3,
			'menu',
			async () => {
				await page
					.getByRole('navigation')
					.getByRole('link', { name: pick(['增长', '创新', '融资', '招商']) })
					.click();
				backs += 1;
				forwards = 0;
			}
		]
	];
	const weights = actions.reduce((s, [w]) => s + w, 0);

	for (let i = 0; i < ACTIONS; i++) {
		if (presenting) {
			// In presentation mode: a few keys, then leave with Escape.
			const key = pick(['ArrowRight', 'ArrowLeft', 'PageDown', 'End', 'Home', 'Escape', 'Escape']);
			log.push(`${i} present:${key}`);
			await page.keyboard.press(key);
			if (key === 'Escape') {
				await expect(page.locator('[data-present-step]')).toHaveCount(0);
				presenting = false;
			} else {
				const shown = await page.locator('[data-present-step]').getAttribute('data-present-step');
				await expect(page).toHaveURL(new RegExp(`\\?present#${shown}$`));
				continue;
			}
		} else {
			let r = rand() * weights;
			const [, name, act] = actions.find(([w]) => (r -= w) < 0)!;
			log.push(`${i} ${name} ${size.width}×${size.height}`);
			await act();
			if (presenting) continue;
		}
		await settle(page);
		// The scene follows within a frame of settling: poll briefly, then compare.
		await expect
			.poll(
				async () =>
					(await page
						.locator('.graphic-col [data-active-step]')
						.getAttribute('data-active-step')) === (await stepInView(page)),
				{
					message: `after: ${log.slice(-4).join(' | ')} (seed ${SEED})`,
					timeout: 2000
				}
			)
			.toBe(true);
		const slug = await stepInView(page);
		await expect(page.locator(`[data-step="${slug}"]`)).toHaveAttribute('aria-current', 'step');
	}
	test.info().annotations.push({ type: 'walk', description: log.join('\n') });
});
