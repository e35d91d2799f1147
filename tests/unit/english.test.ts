/**
 * The English edition (`stories/miit-h1-2025/copy/en.aml`): the same story as the Chinese, step for step; numbers
 * only through the formatter; Chinese only where the page marks it as Chinese; officials' words in
 * our translation, marked, with the original beside them; and the copy rules (attribution, quotes,
 * periods) holding in English as they do in Chinese.
 */
import { describe, expect, it } from 'vitest';
import { en, zh } from '../support/content';
import { allSteps, buildStory, StoryError } from '$lib/story/resolve';
import { copyStrings } from '$lib/story/copy';
import { plain } from '$lib/story/text';
import type { Content } from '$lib/story/types';
import { loadDataset } from '$lib/server/read-data';
import { CHINESE_TEXT } from '$lib/typography';

const dataset = loadDataset('data');
const english = buildStory(en, dataset);
const chinese = buildStory(zh, dataset);
const CJK = CHINESE_TEXT;

/** The English content with one step's first paragraph replaced. */
function withParagraph(slug: string, text: string): Content {
	const copy = structuredClone({ ...en, translation: undefined }) as Content;
	copy.translation = en.translation;
	const step = [...copy.opening.steps, ...copy.chapters.flatMap((c) => c.steps)].find(
		(s) => s.slug === slug
	)!;
	step.text = [text, ...step.text.slice(1)];
	return copy;
}
/** The build's problems with a content, or none. */
function problems(content: Content): string[] {
	try {
		buildStory(content, dataset);
		return [];
	} catch (error) {
		return (error as StoryError).problems ?? [String(error)];
	}
}

describe('officials’ words, read alone', () => {
	it('a description quoting an official says the words are our translation', () => {
		const step = allSteps(english).find((s) => s.slug === 'manufacturing-share')!;
		// On the page the words carry a † linked to the Chinese; in plain text, the words say so.
		expect(step.description).toMatch(/”\s?\(our translation\)/);
		expect(
			plain([
				{ t: 'text', v: '“stable”' },
				{ t: 'tr', v: '', id: 'x', label: 'ours' }
			])
		).toBe('“stable” (ours)');
	});
});

describe('the English edition, beside the Chinese', () => {
	it('has the same steps, in the same order, in the same chapters, with the same scenes', () => {
		const shape = (s: typeof english) =>
			allSteps(s).map((st) => ({
				slug: st.slug,
				chapter: st.chapter,
				scene: st.scene,
				figures: st.figures
			}));
		expect(shape(english)).toEqual(shape(chinese));
		expect(allSteps(english)).toHaveLength(41);
		expect(english.chapters.map((c) => [c.id, c.keyFigure])).toEqual(
			chinese.chapters.map((c) => [c.id, c.keyFigure])
		);
	});

	it('draws every figure from the one dataset: same values, units and qualifiers', () => {
		for (const id of chinese.figureOrder) {
			const [e, c] = [english.figures[id]!, chinese.figures[id]!];
			expect([e.value, e.unit, e.qualifier, e.period], id).toEqual([
				c.value,
				c.unit,
				c.qualifier,
				c.period
			]);
		}
	});
});

describe('the English copy', () => {
	const strings = copyStrings(en);
	// Digits outside references: names that hold digits, and the 1 of a growth factor in a formula.
	const ALLOWED = [/5G/g, /51020/g, /\(1 ?\+/g, /\{[^{}]*\}/g];

	it('has no digit that does not come from a figure reference (5G and 51020 are names)', () => {
		const typed = strings.filter(({ text }) => {
			let rest = text;
			for (const re of ALLOWED) rest = rest.replace(re, '');
			return /\d/.test(rest);
		});
		expect(typed.map((s) => `${s.path}: ${s.text}`)).toEqual([]);
	});

	it('has Chinese only in the fields the page marks as Chinese (a glossary term, the switch)', () => {
		const chinese = strings.filter(({ text }) => CJK.test(text));
		expect(chinese.map((s) => s.path).sort()).toEqual(
			[
				...en.closing.glossary.flatMap((g, i) => (g.zh ? [`closing.glossary[${i}].zh`] : [])),
				'ui.otherLanguage',
				'ui.otherLanguageName'
			].sort()
		);
	});

	it('fails the build on Chinese anywhere else, naming the field', () => {
		const found = problems(withParagraph('credit-loans', '信用贷款占比{credit-loan-share}.'));
		expect(found.join('\n')).toMatch(/step credit-loans: field "text\.0": Chinese text/);
	});

	it('starts every title, caption, alt text, note and paragraph with a capital or a digit', () => {
		const lower = allSteps(english).flatMap((st) =>
			[st.title, plain(st.caption), st.alt, st.notes, st.chartNote ?? '', ...st.text.map(plain)]
				.filter((t) => t && !/^[\p{Lu}\d“‘(]/u.test(t))
				.map((t) => `${st.slug}: ${t}`)
		);
		expect(lower).toEqual([]);
	});
});

describe('words are facts in English too', () => {
	it('quotes officials only in our translation, marked, with the Chinese original beside it', () => {
		const quoted = english.claims.filter((c) => c.words !== null);
		expect(quoted.length).toBeGreaterThan(5);
		for (const c of quoted) {
			expect(c.original, c.id).toMatch(CJK);
			expect(c.words, c.id).not.toMatch(CJK);
			// The original as the Chinese edition quotes it, figures and all.
			expect(c.original).toBe(chinese.claims.find((z) => z.id === c.id)!.words);
		}
		// Each quotation in the text is followed by its mark, linked to the register.
		const tokens = allSteps(english).flatMap((s) => s.text.flat());
		const marks = tokens.filter((t) => t.t === 'tr');
		expect(marks.length).toBeGreaterThan(5);
		for (const m of marks) expect(quoted.map((c) => c.id)).toContain(m.t === 'tr' && m.id);
	});

	it('keeps the figures inside each quotation as the source gives them', () => {
		const resilience = english.claims.find((c) => c.id === 'xie-resilience')!;
		expect(resilience.words).toContain(english.figures['industrial-value-added-growth']!.text);
		expect(resilience.original).toContain('6.4%');
	});

	it('refuses an attribution without its register entry', () => {
		const found = problems(withParagraph('credit-loans', 'Officials said credit was easy.'));
		expect(found.join('\n')).toMatch(/“said” attributes words to someone/);
	});

	it('refuses a quotation that is not registered', () => {
		const found = problems(withParagraph('credit-loans', 'Credit is “plentiful”.'));
		expect(found.join('\n')).toMatch(/unregistered quotation “plentiful”/);
	});

	it('refuses a period the source does not give for the figure', () => {
		// The source gives no period for the share of credit loans.
		const found = problems(
			withParagraph('credit-loans', 'In the first half, credit loans were {credit-loan-share}.')
		);
		expect(found.join('\n')).toMatch(/names the period “first half”/);
		// ...and accepts one it does give.
		expect(
			problems(
				withParagraph(
					'industry-growth',
					'In the first half, it grew {industrial-value-added-growth}.'
				)
			)
		).toEqual([]);
	});

	it('fails the build when a figure, a speaker or a quotation has no English', () => {
		const copy = structuredClone({ ...en, translation: undefined }) as Content;
		const { labels, speakers, quotes, ...rest } = en.translation!;
		copy.translation = {
			...rest,
			labels: Object.fromEntries(Object.entries(labels).filter(([id]) => id !== 'pilot-cities')),
			speakers: Object.fromEntries(Object.entries(speakers).filter(([id]) => id !== 'tao-qing')),
			quotes: Object.fromEntries(Object.entries(quotes).filter(([id]) => id !== 'xie-robots'))
		};
		const found = problems(copy).join('\n');
		expect(found).toMatch(/no label for figure pilot-cities/);
		expect(found).toMatch(/no speaker tao-qing/);
		expect(found).toMatch(/no translation of quotation xie-robots/);
	});
});

describe('the story’s own figures say so in English too', () => {
	const derived = new Set(dataset.figures.filter((f) => f.derivation).map((f) => f.id));
	const estimate = en.translation!.estimate;
	// Every sentence of a step that gives a derived figure, what travels alone included.
	const sentences = [...en.opening.steps, ...en.chapters.flatMap((c) => c.steps)].flatMap((s) =>
		[...s.text, s.caption, s.chartNote ?? '', s.alt, s.notes, s.headline, s.description]
			.flatMap((t) => t.split(/(?<=[.!?])\s+/))
			.filter((sentence) => [...sentence.matchAll(/\{([^{}|]+)/g)].some((m) => derived.has(m[1]!)))
			.map((sentence) => [s.slug, sentence] as const)
	);

	it.each(sentences)('%s: %s', (_slug, sentence) => {
		expect(sentence).toMatch(estimate);
	});

	it('covers them all, alt texts and titles among them', () => {
		expect(sentences.length).toBeGreaterThan(30);
	});
});
