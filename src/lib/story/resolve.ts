/**
 * Joins a locale's content with the dataset into the story the page renders: every reference
 * formatted, every scene's figures checked, every step placed. Runs at build time (prerender);
 * a content mistake fails the build with a message naming the step and the field.
 */
import { indexFigures, type Dataset, type Figure } from '$lib/data/dataset';
import { SLUG, STORY_CHAPTERS } from '$lib/data/vocab';
import { formatFigure } from '$lib/format';
import { SCENE_TYPES, sceneFigureIds } from '$lib/scenes/spec';
import { halfWidthIn } from '$lib/typography';
import { checkStoryCopy } from './copy-check';
import { copyStrings } from './copy';
import { otherReferencesIn, plain, tokenize, type OtherReference, type Reference } from './text';
export { allSteps } from './steps';
import type {
	ChapterView,
	Content,
	FigureView,
	RichText,
	StepContent,
	StepView,
	StoryView,
	Token
} from './types';

export class StoryError extends Error {
	constructor(readonly problems: string[]) {
		super(
			`The story content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
				problems.map((p) => `  - ${p}`).join('\n')
		);
		this.name = 'StoryError';
	}
}

export function buildStory(content: Content, dataset: Dataset): StoryView {
	const problems: string[] = [];
	const known = new Map(dataset.figures.map((f) => [f.id, f]));
	const figure = indexFigures(dataset.figures);
	const { locale } = content;
	const year = Number(dataset.date.slice(0, 4));
	const claims = new Map(dataset.claims.map((c) => [c.id, c]));
	const speakers = new Map(dataset.speakers.map((sp) => [sp.id, sp]));

	/** Formats references, reporting unknown ids and options as problems of `where`. */
	const rich = (text: RichText, where: string): Token[] => {
		const other = (ref: OtherReference): Token[] => {
			if (ref.kind === 'year') return [{ t: 'text', v: String(year) }];
			const claim = claims.get(ref.id);
			if (!claim) return [{ t: 'text', v: `{${ref.id}}` }]; // reported by checkCopy
			if (ref.kind === 'quote') {
				return [{ t: 'text', v: '“' }, ...rich(claim.words ?? '', where), { t: 'text', v: '”' }];
			}
			const speaker = claim.speaker ? speakers.get(claim.speaker) : undefined;
			return [{ t: 'text', v: `${ref.role ? (speaker?.role ?? '') : ''}${speaker?.name ?? ''}` }];
		};
		try {
			const tokens = tokenize(
				text,
				(ref: Reference) => {
					const f = known.get(ref.id);
					if (!f) {
						problems.push(`${where}: unknown figure {${ref.id}}`);
						return `{${ref.id}}`;
					}
					return formatFigure(f, locale, ref.options);
				},
				other
			);
			if (locale === 'zh-CN') {
				for (const bad of halfWidthIn(plain(tokens))) {
					problems.push(`${where}: half-width punctuation in Chinese text: ${bad}`);
				}
			}
			return tokens;
		} catch (error) {
			problems.push(`${where}: ${(error as Error).message}`);
			return [{ t: 'text', v: text }];
		}
	};
	const richPlain = (text: RichText, where: string) => plain(rich(text, where));

	// Figures, with labels and formulas resolved for this locale.
	const figures: Record<string, FigureView> = {};
	const view = (f: Figure): FigureView => {
		const existing = figures[f.id];
		if (existing) return existing;
		const label = richPlain(f.label, `figure ${f.id}: label`);
		let formula: string | null = null;
		if (f.derivation) {
			const [a, b] = f.derivation.inputs.map((id) => figure(id));
			formula = content.formulas[f.derivation.op]
				.replace('%a%', formatFigure(a!, locale))
				.replace('%b%', formatFigure(b!, locale))
				.replace('%result%', formatFigure(f, locale));
		}
		return (figures[f.id] = {
			...f,
			label,
			short:
				f.id in content.figureLabels
					? richPlain(content.figureLabels[f.id]!, `figureLabels: ${f.id}`)
					: label,
			text: formatFigure(f, locale),
			periodLabel: content.periods[f.period].replace('%year%', String(year)),
			periodTag: content.periodTags[f.period],
			kindLabel: content.kinds[f.kind],
			formula
		});
	};
	dataset.figures.forEach(view);
	for (const id of Object.keys(content.figureLabels)) {
		if (!known.has(id)) problems.push(`figureLabels: unknown figure ${id}`);
	}

	const partNames = new Map(dataset.parts.map((p) => [p.id, p.publisher]));
	const sourceLine = (ids: string[]) => {
		const parts = new Set<string>();
		let derived = false;
		for (const id of ids) {
			const f = known.get(id);
			if (f?.source) parts.add(`${partNames.get(f.source.part) ?? f.source.part}`);
			if (f?.derivation) derived = true;
		}
		const line = [...parts].join('、');
		return [line ? `${content.ui.source}${line}` : '', derived ? content.ui.sourceDerived : '']
			.filter(Boolean)
			.join(content.ui.sourceSeparator);
	};

	const slugs = new Map<string, string>();
	let index = 0;
	const step = (s: StepContent, chapter: StepView['chapter']): StepView => {
		const where = `step ${s.slug}`;
		if (!SLUG.test(s.slug))
			problems.push(`${where}: slug must be lowercase ASCII words joined by hyphens`);
		if (slugs.has(s.slug)) problems.push(`${where}: slug already used in ${slugs.get(s.slug)}`);
		if (STORY_CHAPTERS.includes(s.slug as never))
			problems.push(`${where}: slug equals a chapter id`);
		slugs.set(s.slug, chapter);
		if (!SCENE_TYPES.includes(s.scene.type))
			problems.push(`${where}: unknown scene "${s.scene.type}"`);
		const ids = SCENE_TYPES.includes(s.scene.type) ? sceneFigureIds(s.scene) : [];
		for (const id of ids) {
			if (!known.has(id)) problems.push(`${where}: field "scene": unknown figure ${id}`);
		}
		if (s.scene.type === 'framework') {
			for (const g of s.scene.groups) {
				for (const key of g.names ?? []) {
					if (!content.names[key]) problems.push(`${where}: field "scene": unknown names ${key}`);
				}
			}
		}
		if (s.scene.type === 'list' && !content.lists[s.scene.items]) {
			problems.push(`${where}: field "scene": unknown list ${s.scene.items}`);
		}
		return {
			slug: s.slug,
			chapter,
			index: index++,
			scene: s.scene,
			title: richPlain(s.title, `${where}: field "title"`),
			text: s.text.map((p, i) => rich(p, `${where}: field "text.${i}"`)),
			caption: rich(s.caption, `${where}: field "caption"`),
			alt: richPlain(s.alt, `${where}: field "alt"`),
			notes: richPlain(s.notes, `${where}: field "notes"`),
			chartNote: s.chartNote ? richPlain(s.chartNote, `${where}: field "chartNote"`) : null,
			figures: ids.filter((id) => known.has(id)),
			sourceLine: sourceLine(ids)
		};
	};

	const openingSteps = content.opening.steps.map((s) => step(s, 'opening'));
	const chapters: ChapterView[] = content.chapters.map((c) => {
		const where = `chapter ${c.id}`;
		if (!known.has(c.keyFigure))
			problems.push(`${where}: field "keyFigure": unknown figure ${c.keyFigure}`);
		return {
			id: c.id,
			name: c.name,
			kicker: c.kicker,
			title: c.title,
			intro: c.intro.map((p, i) => rich(p, `${where}: field "intro.${i}"`)),
			description: richPlain(c.description, `${where}: field "description"`),
			keyFigure: c.keyFigure,
			steps: c.steps.map((s) => step(s, c.id))
		};
	});
	const order = content.chapters.map((c) => c.id).join(',');
	if (order !== STORY_CHAPTERS.join(',')) {
		problems.push(`chapters: must be ${STORY_CHAPTERS.join(', ')} in that order, got ${order}`);
	}

	// Every string of copy and of the dataset a reader sees, held to the source and the register.
	const copy = copyStrings(content);
	problems.push(...checkStoryCopy(copy, content, dataset));

	const { closing } = content;
	// The register's entries the copy refers to, in the order it first does: who said what.
	const cited = [
		...new Set(
			copy.flatMap(({ text }) =>
				otherReferencesIn(text).flatMap((r) => (r.kind === 'year' ? [] : [r.id]))
			)
		)
	]
		.map((id) => claims.get(id))
		.filter((c) => c !== undefined && (c.kind === 'quote' || c.kind === 'paraphrase'));
	const story: StoryView = {
		locale,
		lang: content.lang,
		year,
		meta: {
			...content.meta,
			description: richPlain(content.meta.description, 'meta: field "description"')
		},
		opening: {
			kicker: richPlain(content.opening.kicker, 'opening: field "kicker"'),
			title: content.opening.title,
			dek: rich(content.opening.dek, 'opening: field "dek"'),
			byline: content.opening.byline,
			steps: openingSteps
		},
		chapters,
		closing: {
			...closing,
			sourcesIntro: rich(closing.sourcesIntro, 'closing: field "sourcesIntro"'),
			method: closing.method.map((p, i) => rich(p, `closing: field "method.${i}"`)),
			glossary: closing.glossary.map((g) => ({
				term: g.term,
				definition: rich(g.definition, `closing: glossary ${g.term}`)
			})),
			qualifiers: rich(closing.qualifiers, 'closing: field "qualifiers"'),
			claimsIntro: rich(closing.claimsIntro, 'closing: field "claimsIntro"'),
			derivedIntro: rich(closing.derivedIntro, 'closing: field "derivedIntro"'),
			tableIntro: rich(closing.tableIntro, 'closing: field "tableIntro"'),
			credit: rich(closing.credit, 'closing: field "credit"')
		},
		sources: dataset.parts.map(({ id, title, publisher, description }) => ({
			id,
			title,
			publisher,
			description
		})),
		claims: cited.map((c) => {
			const speaker = c!.speaker ? speakers.get(c!.speaker) : undefined;
			return {
				id: c!.id,
				speaker: speaker?.name ?? '',
				role: speaker?.role ?? '',
				words: c!.words ? plain(rich(c!.words, `claim ${c!.id}`)) : null,
				passage: c!.passage ?? ''
			};
		}),
		figures,
		figureOrder: dataset.figures.map((f) => f.id),
		names: content.names,
		lists: Object.fromEntries(
			Object.entries(content.lists).map(([key, list]) => [
				key,
				{ source: list.source, items: list.items.map((item, i) => rich(item, `lists.${key}.${i}`)) }
			])
		),
		keyHelp: content.keyHelp,
		ui: content.ui
	};

	if (problems.length > 0) throw new StoryError(problems);
	return story;
}
