/**
 * The words `buildStory` turns the copy and the dataset into, for one edition: references formatted,
 * speakers named, figures given their labels, sources named. Every mistake it meets is added to
 * the `problems` it is given, in the order it meets them, so that the build lists them all.
 */
import { indexFigures, type Dataset, type Figure } from '$lib/data/dataset';
import { formatFigure } from '$lib/format';
import { languageOf, SOURCE_LOCALE } from '$lib/languages';
import {
	otherReferencesIn,
	plain,
	referencesIn,
	tokenize,
	type OtherReference,
	type Reference
} from './text';
import type { Content, FigureView, RichText, Token } from './types';

/** What one edition's words are resolved with, and the helpers that resolve them. */
export interface Resolver {
	content: Content;
	dataset: Dataset;
	problems: string[];
	locale: Content['locale'];
	year: number;
	/** The edition's own words for the dataset's Chinese, in another language. */
	tr: Content['translation'];
	known: Map<string, Figure>;
	claims: Map<string, Dataset['claims'][number]>;
	speakers: Map<string, Dataset['speakers'][number]>;
	/** A speaker's name, and with `role` their title before it, as the edition writes them. */
	speakerName: (id: string | null | undefined, role: boolean) => string;
	/** A quotation's words in the source's Chinese, its figures written as the Chinese edition does. */
	original: (words: string) => string;
	/** Formats references, reporting unknown ids and options as problems of `where`. */
	rich: (text: RichText, where: string) => Token[];
	richPlain: (text: RichText, where: string) => string;
	/** The reports the figures `ids` and the register's entries `claimIds` come from, as a line. */
	sourceLine: (ids: string[], claimIds?: string[]) => string;
	/**
	 * A page's description as a link shows it: its words, then the reports of the figures and the
	 * register's entries it names (`来源：新华社`), so that it says where it comes from.
	 */
	described: (text: RichText, where: string) => string;
}

export function resolver(content: Content, dataset: Dataset, problems: string[]): Resolver {
	const known = new Map(dataset.figures.map((f) => [f.id, f]));
	const { locale } = content;
	const year = Number(dataset.date.slice(0, 4));
	const claims = new Map(dataset.claims.map((c) => [c.id, c]));
	const speakers = new Map(dataset.speakers.map((sp) => [sp.id, sp]));
	// An edition in another language brings its own words for the dataset's Chinese.
	const tr = content.translation;
	if (locale !== SOURCE_LOCALE && !tr)
		problems.push(`content ${locale}: no translation of the dataset`);
	const base = { content, dataset, problems, locale, year, tr, known, claims, speakers };
	const speakerName = nameSpeaker(base);
	const original = (words: string) =>
		plain(
			tokenize(words, (ref) => {
				const f = known.get(ref.id);
				return f ? formatFigure(f, SOURCE_LOCALE, ref.options) : `{${ref.id}}`;
			})
		);
	const rich = richText({ ...base, speakerName });
	const richPlain = (text: RichText, where: string) => plain(rich(text, where));
	const sourceLine = lineOfSources(base);
	const described = (text: RichText, where: string) => {
		const words = richPlain(text, where).trim();
		const from = sourceLine(
			referencesIn(text).map((r) => r.id),
			otherReferencesIn(text).flatMap((r) => (r.kind === 'year' ? [] : [r.id]))
		);
		return from ? `${words}${content.ui.sentenceGap}${from}${content.ui.fullStop.trim()}` : words;
	};
	return { ...base, speakerName, original, rich, richPlain, sourceLine, described };
}

type Base = Pick<
	Resolver,
	'content' | 'dataset' | 'problems' | 'locale' | 'year' | 'tr' | 'known' | 'claims' | 'speakers'
>;

function nameSpeaker({ tr, speakers, problems }: Base): Resolver['speakerName'] {
	return (id, role) => {
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
}

function richText(r: Base & Pick<Resolver, 'speakerName'>): Resolver['rich'] {
	const { content, problems, locale, year, tr, known, claims } = r;
	// The edition's own punctuation rule (full width in Chinese), if its language has one.
	const misplaced = languageOf(locale).typography.misplacedPunctuation;
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
			return [{ t: 'text', v: r.speakerName(claim.speaker, ref.role) }];
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
	return rich;
}

function lineOfSources({ content, dataset, tr, known, claims }: Base): Resolver['sourceLine'] {
	const partNames = new Map(
		dataset.parts.map((p) => [p.id, tr ? (tr.sources[p.id]?.publisher ?? p.id) : p.publisher])
	);
	return (ids, claimIds = []) => {
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
}

/**
 * Every figure, with its label and formula resolved for this edition (and the labels the copy
 * gives figures the dataset has not, reported).
 */
export function figureViews(r: Resolver): Record<string, FigureView> {
	const { content, dataset, problems, locale, year, tr, known } = r;
	const figure = indexFigures(dataset.figures);
	const figures: Record<string, FigureView> = {};
	const view = (f: Figure): FigureView => {
		const existing = figures[f.id];
		if (existing) return existing;
		const own = tr ? tr.labels[f.id] : f.label;
		if (own === undefined) problems.push(`translation.labels: no label for figure ${f.id}`);
		const label = r.richPlain(own ?? f.id, `figure ${f.id}: label`);
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
					? r.richPlain(content.figureLabels[f.id]!, `figureLabels: ${f.id}`)
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
	return figures;
}

/** A translation names every source and speaker, and labels only figures the dataset has. */
export function checkTranslation({ dataset, problems, tr, known }: Resolver): void {
	if (!tr) return;
	for (const p of dataset.parts)
		if (!tr.sources[p.id]) problems.push(`translation.sources: no source ${p.id}`);
	for (const sp of dataset.speakers)
		if (!tr.speakers[sp.id]) problems.push(`translation.speakers: no speaker ${sp.id}`);
	for (const id of Object.keys(tr.labels))
		if (!known.has(id)) problems.push(`translation.labels: unknown figure ${id}`);
}
