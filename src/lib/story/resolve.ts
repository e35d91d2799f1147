/**
 * Joins a locale's content with the dataset into the story the page renders: every reference
 * formatted, every scene's figures checked, every step placed. Runs at build time (prerender);
 * a content mistake fails the build with a message naming the step and the field.
 */
import type { Dataset } from '$lib/data/dataset';
import { SLUG } from '$lib/data/vocab';
import { OPENING, STORY_CHAPTERS } from './vocabulary';
import { SCENE_TYPES, sceneFigureIds } from '$lib/scenes/spec';
import { checkAlone } from './alone';
import { CHINESE, checkStoryCopy, translated } from './copy-check';
import { copyStrings, type CopyString } from './copy';
import { editionHistory } from './history';
import { checkTranslation, figureViews, resolver, type Resolver } from './resolver';
import { otherReferencesIn, plain } from './text';
export { allSteps } from './steps';
import type { ChapterView, Content, StepContent, StepView, StoryView } from './types';

export class StoryError extends Error {
	constructor(readonly problems: string[]) {
		super(
			`The story content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
				problems.map((p) => `  - ${p}`).join('\n')
		);
		this.name = 'StoryError';
	}
}

/**
 * The story one edition renders, or a StoryError listing every problem of its copy and data. The
 * steps below run in the order the problems are listed.
 */
export function buildStory(content: Content, dataset: Dataset): StoryView {
	const problems: string[] = [];
	const r = resolver(content, dataset, problems);
	// Figures, with labels and formulas resolved for this locale.
	const figures = figureViews(r);
	checkTranslation(r);
	// When this edition was published and updated, and what it has corrected.
	const history = editionHistory(dataset.history, r.locale, r.rich);
	const steps = stepViews(r, history);
	const openingSteps = content.opening.steps.map((s) => steps.step(s, OPENING));
	const chapters = chapterViews(r, steps.step);
	problems.push(...history.unknownSteps(new Set(steps.slugs.keys())));
	const order = content.chapters.map((c) => c.id).join(',');
	if (order !== STORY_CHAPTERS.join(',')) {
		problems.push(`chapters: must be ${STORY_CHAPTERS.join(', ')} in that order, got ${order}`);
	}

	// Every string of copy and of the dataset a reader sees, held to the source and the register;
	// and the titles and descriptions that travel alone, each standing on its own.
	const copy = copyStrings(content);
	problems.push(...checkStoryCopy(copy, content, dataset));
	problems.push(...checkAlone(content, dataset, r.tr ? translated(r.tr) : CHINESE));

	const story: StoryView = {
		locale: r.locale,
		lang: content.lang,
		year: r.year,
		meta: {
			...content.meta,
			description: r.richPlain(content.meta.description, 'meta: field "description"')
		},
		opening: {
			kicker: r.richPlain(content.opening.kicker, 'opening: field "kicker"'),
			title: content.opening.title,
			dek: r.rich(content.opening.dek, 'opening: field "dek"'),
			byline: content.opening.byline,
			steps: openingSteps
		},
		chapters,
		closing: closingView(r),
		sources: sourceViews(r),
		claims: claimViews(r, copy),
		figures,
		figureOrder: dataset.figures.map((f) => f.id),
		dates: history.dates,
		corrections: history.corrections,
		names: content.names,
		lists: Object.fromEntries(
			Object.entries(content.lists).map(([key, list]) => [
				key,
				{
					source: list.source,
					items: list.items.map((item, i) => r.rich(item, `lists.${key}.${i}`))
				}
			])
		),
		keyHelp: content.keyHelp,
		ui: content.ui
	};

	if (problems.length > 0) throw new StoryError(problems);
	return story;
}

type History = ReturnType<typeof editionHistory>;
type Step = (s: StepContent, chapter: StepView['chapter']) => StepView;

/** A step's scene names figures, names and lists the dataset and the copy have. */
function checkScene(r: Resolver, s: StepContent, where: string): string[] {
	const { content, problems, known } = r;
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
	return ids;
}

/**
 * Places steps one after another (their index counts through the story) and checks that each
 * slug is well formed and used once: `slugs` holds each one's chapter.
 */
function stepViews(r: Resolver, history: History): { step: Step; slugs: Map<string, string> } {
	const { content, problems, known } = r;
	const slugs = new Map<string, string>();
	let index = 0;
	const step: Step = (s, chapter) => {
		const where = `step ${s.slug}`;
		if (!SLUG.test(s.slug))
			problems.push(`${where}: slug must be lowercase ASCII words joined by hyphens`);
		if (slugs.has(s.slug)) problems.push(`${where}: slug already used in ${slugs.get(s.slug)}`);
		if (STORY_CHAPTERS.includes(s.slug as never))
			problems.push(`${where}: slug equals a chapter id`);
		slugs.set(s.slug, chapter);
		const ids = checkScene(r, s, where);
		const text = s.text.map((p, i) => r.rich(p, `${where}: field "text.${i}"`));
		const caption = r.rich(s.caption, `${where}: field "caption"`);
		// The figures a step gives in words: a correction of one shows there. (Its scene may draw
		// many more, as an axis that grows through a chapter does, which a note is not about.)
		const cited = [...text.flat(), ...caption].flatMap((t) => (t.t === 'fig' ? [t.id] : []));
		return {
			slug: s.slug,
			chapter,
			index: index++,
			scene: s.scene,
			title: r.richPlain(s.title, `${where}: field "title"`),
			keyFigure: s.keyFigure ?? null,
			headline: r.richPlain(s.headline, `${where}: field "headline"`),
			description: r.described(s.description, `${where}: field "description"`),
			text,
			caption,
			alt: r.richPlain(s.alt, `${where}: field "alt"`),
			notes: r.richPlain(s.notes, `${where}: field "notes"`),
			chartNote: s.chartNote ? r.richPlain(s.chartNote, `${where}: field "chartNote"`) : null,
			figures: ids.filter((id) => known.has(id)),
			// A list of someone's words comes from the report of its register entry.
			sourceLine: r.sourceLine(
				ids,
				s.scene.type === 'list' ? [content.lists[s.scene.items]?.claim ?? ''] : []
			),
			corrections: history.on(s.slug, cited)
		};
	};
	return { step, slugs };
}

function chapterViews(r: Resolver, step: Step): ChapterView[] {
	return r.content.chapters.map((c) => {
		const where = `chapter ${c.id}`;
		if (!r.known.has(c.keyFigure))
			r.problems.push(`${where}: field "keyFigure": unknown figure ${c.keyFigure}`);
		return {
			id: c.id,
			name: c.name,
			kicker: c.kicker,
			title: c.title,
			intro: c.intro.map((p, i) => r.rich(p, `${where}: field "intro.${i}"`)),
			headline: r.richPlain(c.headline, `${where}: field "headline"`),
			description: r.described(c.description, `${where}: field "description"`),
			keyFigure: c.keyFigure,
			steps: c.steps.map((s) => step(s, c.id))
		};
	});
}

function closingView({ content: { closing }, rich }: Resolver): StoryView['closing'] {
	return {
		...closing,
		sourcesIntro: rich(closing.sourcesIntro, 'closing: field "sourcesIntro"'),
		method: closing.method.map((p, i) => rich(p, `closing: field "method.${i}"`)),
		glossary: closing.glossary.map((g) => ({
			term: g.term,
			...(g.zh !== undefined && { zh: g.zh }),
			definition: rich(g.definition, `closing: glossary ${g.term}`)
		})),
		qualifiers: rich(closing.qualifiers, 'closing: field "qualifiers"'),
		claimsIntro: rich(closing.claimsIntro, 'closing: field "claimsIntro"'),
		derivedIntro: rich(closing.derivedIntro, 'closing: field "derivedIntro"'),
		tableIntro: rich(closing.tableIntro, 'closing: field "tableIntro"'),
		credit: rich(closing.credit, 'closing: field "credit"')
	};
}

function sourceViews({ dataset, tr, richPlain }: Resolver): StoryView['sources'] {
	return dataset.parts.map(({ id, title, publisher, description }) => {
		const own = tr?.sources[id];
		// A translated title may name a figure, as the original does: through a reference.
		return own
			? {
					id,
					...own,
					title: richPlain(own.title, `translation.sources.${id}: title`),
					original: title
				}
			: { id, title, publisher, description, original: null };
	});
}

/** The register's entries the copy refers to, in the order it first does: who said what. */
function claimViews(r: Resolver, copy: CopyString[]): StoryView['claims'] {
	const { tr, claims, speakers, speakerName } = r;
	const cited = [
		...new Set(
			copy.flatMap(({ text }) =>
				otherReferencesIn(text).flatMap((ref) => (ref.kind === 'year' ? [] : [ref.id]))
			)
		)
	]
		.map((id) => claims.get(id))
		.filter((c) => c !== undefined && (c.kind === 'quote' || c.kind === 'paraphrase'));
	return cited.map((c) => {
		const words = tr ? (tr.quotes[c!.id] ?? null) : c!.words;
		return {
			id: c!.id,
			speaker: speakerName(c!.speaker, false),
			role: c!.speaker
				? (tr?.speakers[c!.speaker]?.role ?? speakers.get(c!.speaker)?.role ?? '')
						.replace(/^%name%,\s*|,$/g, '')
						.trim()
				: '',
			// Standing alone in the register's list: no comma left from an apposition.
			who: speakerName(c!.speaker, true).replace(/,$/, ''),
			words: c!.kind === 'quote' && words ? plain(r.rich(words, `claim ${c!.id}`)) : null,
			original: tr && c!.kind === 'quote' && c!.words ? r.original(c!.words) : null,
			passage: c!.passage ?? ''
		};
	});
}
