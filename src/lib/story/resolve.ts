/**
 * Joins a locale's content with the dataset into the story the page renders: every reference
 * formatted, every scene's figures checked, every step placed. Runs at build time (prerender);
 * a content mistake fails the build with a message naming the step and the field.
 */
import { indexFigures, type Dataset, type Figure } from '$lib/data/dataset';
import { SLUG } from '$lib/data/vocab';
import { OPENING, STORY_CHAPTERS } from './vocabulary';
import { formatFigure } from '$lib/format';
import { SCENE_TYPES, sceneFigureIds } from '$lib/scenes/spec';
import { languageOf, SOURCE_LOCALE } from '$lib/languages';
import { checkAlone } from './alone';
import { CHINESE, checkStoryCopy, translated } from './copy-check';
import { copyStrings } from './copy';
import { editionHistory } from './history';
import {
	otherReferencesIn,
	plain,
	referencesIn,
	tokenize,
	type OtherReference,
	type Reference
} from './text';
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
	// An edition in another language brings its own words for the dataset's Chinese.
	const tr = content.translation;
	// The edition's own punctuation rule (full width in Chinese), if its language has one.
	const misplaced = languageOf(locale).typography.misplacedPunctuation;
	if (locale !== SOURCE_LOCALE && !tr)
		problems.push(`content ${locale}: no translation of the dataset`);
	/** A speaker's name, and with `role` their title before it, as the edition writes them. */
	const speakerName = (id: string | null | undefined, role: boolean): string => {
		if (!id) return '';
		if (tr) {
			const own = tr.speakers[id];
			if (!own) problems.push(`translation.speakers: no speaker ${id}`);
			const name = own?.name ?? id;
			// A title after the name, in commas (`%name%, director of …,`), or before it.
			if (role && own?.role?.includes('%name%')) return own.role.replace('%name%', name);
			return [role ? own?.role : '', name].filter(Boolean).join(' ');
		}
		const speaker = speakers.get(id);
		return `${role ? (speaker?.role ?? '') : ''}${speaker?.name ?? ''}`;
	};
	/** A quotation's words in the source's Chinese, its figures written as the Chinese edition does. */
	const original = (words: string) =>
		plain(
			tokenize(words, (ref) => {
				const f = known.get(ref.id);
				return f ? formatFigure(f, SOURCE_LOCALE, ref.options) : `{${ref.id}}`;
			})
		);

	/** Formats references, reporting unknown ids and options as problems of `where`. */
	const rich = (text: RichText, where: string): Token[] => {
		const other = (ref: OtherReference): Token[] => {
			if (ref.kind === 'year') return [{ t: 'text', v: String(year) }];
			const claim = claims.get(ref.id);
			if (!claim) return [{ t: 'text', v: `{${ref.id}}` }]; // reported by checkCopy
			if (ref.kind === 'quote') {
				if (!tr)
					return [{ t: 'text', v: '“' }, ...rich(claim.words ?? '', where), { t: 'text', v: '”' }];
				// Our translation, marked as such: the mark links to the original in the register.
				const words = tr.quotes[claim.id];
				if (words === undefined) problems.push(`${where}: no translation of quotation ${claim.id}`);
				return [
					{ t: 'text', v: '“' },
					...rich(words ?? '', where),
					{ t: 'text', v: '”' },
					{ t: 'tr', v: '', id: claim.id, label: content.ui.translated }
				];
			}
			return [{ t: 'text', v: speakerName(claim.speaker, ref.role) }];
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
			for (const bad of misplaced?.(plain(tokens)) ?? []) {
				problems.push(`${where}: half-width punctuation in Chinese text: ${bad}`);
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
		const own = tr ? tr.labels[f.id] : f.label;
		if (own === undefined) problems.push(`translation.labels: no label for figure ${f.id}`);
		const label = richPlain(own ?? f.id, `figure ${f.id}: label`);
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
			periodLabel: content.periods[f.period]!.replace('%year%', String(year)),
			periodTag: content.periodTags[f.period]!,
			kindLabel: content.kinds[f.kind],
			formula
		});
	};
	dataset.figures.forEach(view);
	for (const id of Object.keys(content.figureLabels)) {
		if (!known.has(id)) problems.push(`figureLabels: unknown figure ${id}`);
	}

	const partNames = new Map(
		dataset.parts.map((p) => [p.id, tr ? (tr.sources[p.id]?.publisher ?? p.id) : p.publisher])
	);
	if (tr) {
		for (const p of dataset.parts)
			if (!tr.sources[p.id]) problems.push(`translation.sources: no source ${p.id}`);
		for (const sp of dataset.speakers)
			if (!tr.speakers[sp.id]) problems.push(`translation.speakers: no speaker ${sp.id}`);
		for (const id of Object.keys(tr.labels))
			if (!known.has(id)) problems.push(`translation.labels: unknown figure ${id}`);
	}
	const sourceLine = (ids: string[], claimIds: string[] = []) => {
		const parts = new Set<string>();
		let derived = false;
		for (const id of ids) {
			const f = known.get(id);
			if (f?.source) parts.add(`${partNames.get(f.source.part) ?? f.source.part}`);
			if (f?.derivation) derived = true;
		}
		for (const id of claimIds) {
			const part = claims.get(id)?.part;
			if (part) parts.add(`${partNames.get(part) ?? part}`);
		}
		const line = [...parts].join(content.ui.listSeparator);
		return [line ? `${content.ui.source}${line}` : '', derived ? content.ui.sourceDerived : '']
			.filter(Boolean)
			.join(content.ui.sourceSeparator);
	};

	/**
	 * A page's description as a link shows it: its words, then the reports of the figures and the
	 * register's entries it names (`来源：新华社`), so that it says where it comes from.
	 */
	const described = (text: RichText, where: string) => {
		const words = richPlain(text, where).trim();
		const from = sourceLine(
			referencesIn(text).map((r) => r.id),
			otherReferencesIn(text).flatMap((r) => (r.kind === 'year' ? [] : [r.id]))
		);
		return from ? `${words}${content.ui.sentenceGap}${from}${content.ui.fullStop.trim()}` : words;
	};
	// When this edition was published and updated, and what it has corrected.
	const history = editionHistory(dataset.history, locale, rich);

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
		const text = s.text.map((p, i) => rich(p, `${where}: field "text.${i}"`));
		const caption = rich(s.caption, `${where}: field "caption"`);
		// The figures a step gives in words: a correction of one shows there. (Its scene may draw
		// many more, as an axis that grows through a chapter does, which a note is not about.)
		const cited = [...text.flat(), ...caption].flatMap((t) => (t.t === 'fig' ? [t.id] : []));
		return {
			slug: s.slug,
			chapter,
			index: index++,
			scene: s.scene,
			title: richPlain(s.title, `${where}: field "title"`),
			keyFigure: s.keyFigure ?? null,
			headline: richPlain(s.headline, `${where}: field "headline"`),
			description: described(s.description, `${where}: field "description"`),
			text,
			caption,
			alt: richPlain(s.alt, `${where}: field "alt"`),
			notes: richPlain(s.notes, `${where}: field "notes"`),
			chartNote: s.chartNote ? richPlain(s.chartNote, `${where}: field "chartNote"`) : null,
			figures: ids.filter((id) => known.has(id)),
			// A list of someone's words comes from the report of its register entry.
			sourceLine: sourceLine(
				ids,
				s.scene.type === 'list' ? [content.lists[s.scene.items]?.claim ?? ''] : []
			),
			corrections: history.on(s.slug, cited)
		};
	};

	const openingSteps = content.opening.steps.map((s) => step(s, OPENING));
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
			headline: richPlain(c.headline, `${where}: field "headline"`),
			description: described(c.description, `${where}: field "description"`),
			keyFigure: c.keyFigure,
			steps: c.steps.map((s) => step(s, c.id))
		};
	});
	problems.push(...history.unknownSteps(new Set(slugs.keys())));
	const order = content.chapters.map((c) => c.id).join(',');
	if (order !== STORY_CHAPTERS.join(',')) {
		problems.push(`chapters: must be ${STORY_CHAPTERS.join(', ')} in that order, got ${order}`);
	}

	// Every string of copy and of the dataset a reader sees, held to the source and the register;
	// and the titles and descriptions that travel alone, each standing on its own.
	const copy = copyStrings(content);
	problems.push(...checkStoryCopy(copy, content, dataset));
	problems.push(...checkAlone(content, dataset, tr ? translated(tr) : CHINESE));

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
				...(g.zh !== undefined && { zh: g.zh }),
				definition: rich(g.definition, `closing: glossary ${g.term}`)
			})),
			qualifiers: rich(closing.qualifiers, 'closing: field "qualifiers"'),
			claimsIntro: rich(closing.claimsIntro, 'closing: field "claimsIntro"'),
			derivedIntro: rich(closing.derivedIntro, 'closing: field "derivedIntro"'),
			tableIntro: rich(closing.tableIntro, 'closing: field "tableIntro"'),
			credit: rich(closing.credit, 'closing: field "credit"')
		},
		sources: dataset.parts.map(({ id, title, publisher, description }) => {
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
		}),
		claims: cited.map((c) => {
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
				words: c!.kind === 'quote' && words ? plain(rich(words, `claim ${c!.id}`)) : null,
				original: tr && c!.kind === 'quote' && c!.words ? original(c!.words) : null,
				passage: c!.passage ?? ''
			};
		}),
		figures,
		figureOrder: dataset.figures.map((f) => f.id),
		dates: history.dates,
		corrections: history.corrections,
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
