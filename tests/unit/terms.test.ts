/**
 * One English term for each Chinese term (the English edition's term list, `translation.renderings`
 * in stories/miit-h1-2025/rules/en.ts): wherever the Chinese edition uses a term, the English says it in the
 * list's words, and nowhere does the English use a rendering the list rules out: not in the text,
 * the labels, the chart labels, the alt texts, the preview cards nor their text alternatives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { en, zh } from '../support/content';
import * as layouts from '$lib/scenes/layouts';
import { layoutScene } from '$lib/scenes/layouts';
import { provideLayouts } from '$lib/scenes/registry.svelte';
import { previews, previewSvg } from '$lib/server/images/catalogue';
import { loadDataset } from '$lib/server/read-data';
import { sceneContext } from '$lib/story/context';
import { copyStrings } from '$lib/story/copy';
import { allSteps, buildStory } from '$lib/story/resolve';
import { plain } from '$lib/story/text';
import type { StepView, StoryView } from '$lib/story/types';

provideLayouts(layouts);
const dataset = loadDataset('data');
const english = buildStory(en, dataset);
const chinese = buildStory(zh, dataset);
const renderings = en.translation!.renderings;

/** Everything a step says, in one edition: its page's words, its chart's and its card's. */
function stepWords(story: StoryView, step: StepView): string {
	const ctx = sceneContext(story);
	const chart = layoutScene(step.scene, ctx, { width: 640, height: 560 }).texts.map((t) => t.text);
	return [
		step.title,
		step.headline,
		step.description,
		...step.text.map(plain),
		plain(step.caption),
		step.alt,
		step.notes,
		step.chartNote ?? '',
		...chart
	].join('\n');
}

/** Every English string a reader sees, with where it is. */
let everything: [string, string][] = [];
beforeAll(() => {
	const ctx = sceneContext(english);
	everything = [
		// The copy as written, its references (ids, not words) left out.
		...copyStrings({ ...en, translation: undefined }).map(
			({ path, text }) => [path, text.replace(/\{[^{}]*\}/g, ' ')] as [string, string]
		),
		...Object.values(english.figures).flatMap((f) => [
			[`label ${f.id}`, f.label] as [string, string],
			[`chart label ${f.id}`, f.short] as [string, string]
		]),
		...Object.entries(en.translation!.quotes).map(
			([id, q]) => [`quote ${id}`, q] as [string, string]
		),
		...allSteps(english).map((s) => [`step ${s.slug}`, stepWords(english, s)] as [string, string]),
		...previews(english, ctx).flatMap((p) => [
			[`card ${p.name}`, previewSvg(p)] as [string, string],
			[`card alt ${p.name}`, p.alt] as [string, string]
		])
	];
});

describe('the English term list', () => {
	it('gives each Chinese term one English rendering, and rules out the others', () => {
		expect(renderings.length).toBeGreaterThan(20);
		expect(new Set(renderings.map((r) => r.zh)).size).toBe(renderings.length);
	});

	it('is used for every term wherever the Chinese uses it: step by step, label by label', () => {
		const missing: string[] = [];
		const zhSteps = allSteps(chinese);
		allSteps(english).forEach((step, i) => {
			const zhWords = stepWords(chinese, zhSteps[i]!);
			const enWords = stepWords(english, step);
			for (const r of renderings)
				if (zhWords.includes(r.zh) && !r.en.test(enWords))
					missing.push(`step ${step.slug}: ${r.zh} is not rendered ${r.en}`);
		});
		for (const id of chinese.figureOrder)
			for (const r of renderings)
				if (chinese.figures[id]!.label.includes(r.zh) && !r.en.test(english.figures[id]!.label))
					missing.push(`label ${id}: ${r.zh} is not rendered ${r.en}`);
		english.chapters.forEach((c, i) => {
			const zhc = chinese.chapters[i]!;
			const zhWords = [zhc.headline, zhc.description, ...zhc.intro.map(plain)].join('\n');
			const enWords = [c.headline, c.description, ...c.intro.map(plain)].join('\n');
			for (const r of renderings)
				if (zhWords.includes(r.zh) && !r.en.test(enWords))
					missing.push(`chapter ${c.id}: ${r.zh} is not rendered ${r.en}`);
		});
		expect(missing).toEqual([]);
	});

	it('rules out every other rendering: text, labels, chart labels, alt texts, cards', () => {
		const found = everything.flatMap(([where, text]) =>
			renderings.flatMap((r) => {
				const m = r.not?.exec(text);
				return m ? [`${where}: “${m[0]}” for ${r.zh}`] : [];
			})
		);
		expect(everything.length).toBeGreaterThan(500);
		expect(found).toEqual([]);
	});

	it('the check finds a second rendering, and a term left out', () => {
		const pilot = renderings.find((r) => r.zh === '中试')!;
		expect(pilot.not!.test('the first batch of pilot platforms')).toBe(true);
		expect(pilot.not!.test('pilot-scale testing platforms')).toBe(false);
		const step = allSteps(english).find((s) => s.slug === 'pilot-funnel')!;
		const words = stepWords(english, step).replace(/pilot-scale testing/gi, 'trial');
		expect(pilot.en.test(words)).toBe(false);
	});
});
