/**
 * Every image the build draws: a preview card for the front page, each chapter and each step (the
 * picture a shared link shows), each step's share poster (a picture to send where links show no
 * preview), and each step's scene as a chart to take away (SVG, and PNG at twice its size). All come from the story's own layouts; the fonts they are rendered with are cut
 * to the characters they draw, once per build.
 */
import { layoutScene } from '$lib/scenes/layouts';
import type { SceneContext } from '$lib/scenes/marks';
import { standaloneScene } from '$lib/scenes/standalone';
import { fileFonts, languageOf, type Locale } from '$lib/languages';
import { inEdition, previewName, stepPath } from '$lib/story/address';
import { allSteps, chapterNameOf } from '$lib/story/steps';
import { figureLine, keyFigureOf, periodOf } from '$lib/story/key-figure';
import { plain } from '$lib/story/text';
import type { FigureView, StepView, StoryView } from '$lib/story/types';
import { cardSvg, type CardSpec } from './card';
import { posterSvg, type PosterSpec } from './poster';
import { fontFilesFor } from './fonts';
import { palette } from './palette';

/** The size a scene is drawn at in its file: as the page's still figures. */
export const FIGURE_SIZE = { width: 600, height: 400 } as const;

export interface Preview {
	/** The page it is for: `/`, `/growth`, `/financing/credit-loans`. */
	page: string;
	/** Its file's name under /og/, without `.png`. */
	name: string;
	/** What it shows, for `og:image:alt`. */
	alt: string;
	card: CardSpec;
	/** The edition it is drawn for: its fonts. */
	locale: Locale;
}

/** Text without its punctuation and spaces, to tell whether one says no more than another. */
const bare = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '');

/** The story's name as the images sign it: the site's name and the story's title. */
const storyNameOf = (story: StoryView) =>
	`${story.meta.siteName}${languageOf(story.locale).typography.titleSeparator}${story.opening.title}`;

/** The cards of one edition, named as its pages' heads name them (`en-credit-loans` in English). */
export function previews(story: StoryView, ctx: SceneContext): Preview[] {
	const steps = allSteps(story);
	const storyName = storyNameOf(story);
	/** Sentences joined with the edition's full stop. */
	const sentences = (...parts: string[]) =>
		parts
			.filter(Boolean)
			.map((p) => p.replace(/[。.]$/, ''))
			.join(story.ui.fullStop) + story.ui.fullStop.trim();
	/** What a card with a figure shows, in words: what the figure is, the figure, its period. */
	const figureWords = (f: FigureView) =>
		sentences(`${f.label}${story.ui.labelSeparator}${f.text}`, periodOf(f, story.ui));
	const lay = (step: StepView) => (size: Parameters<typeof layoutScene>[2]) =>
		layoutScene(step.scene, ctx, size);
	/** A card whose key figure is `id`, drawn beside `step`'s scene. */
	const figureCard = (
		id: string,
		step: StepView,
		page: string,
		name: string,
		kicker: string
	): Preview => {
		const figure = story.figures[id]!;
		return {
			locale: story.locale,
			page: inEdition(story.locale, page),
			name: previewName(story.locale, name),
			alt: sentences(kicker, figureWords(figure), step.alt, step.sourceLine),
			card: {
				id: name,
				kicker,
				title: figure.label,
				figure: figure.text,
				period: periodOf(figure, story.ui),
				note: '',
				source: step.sourceLine,
				story: storyName,
				lay: lay(step)
			}
		};
	};
	/** A chapter's (or the story's) card: its key figure, beside the first scene that draws it. */
	const chapterCard = (id: string, page: string, name: string, kicker: string) => {
		// A scene that draws more than the number itself, where there is one.
		const step =
			steps.find((s) => s.figures.includes(id) && s.scene.type !== 'big-number') ??
			steps.find((s) => s.figures.includes(id)) ??
			steps[0]!;
		return figureCard(id, step, page, name, kicker);
	};
	// The story's card shows its first chapter's key figure; a story of the opening alone (a new
	// one), its first step's.
	const storyKey = story.chapters[0]?.keyFigure ?? steps.find((s) => s.keyFigure)?.keyFigure;
	if (!storyKey)
		throw new Error('the story has no key figure for its card: give a chapter or a step one');
	return [
		chapterCard(storyKey, '/', 'story', story.meta.siteName),
		...story.chapters.map((c) => chapterCard(c.keyFigure, `/${c.id}`, c.id, c.name)),
		...steps.map((step): Preview => {
			const kicker = chapterNameOf(story, step.chapter);
			// A scene that is its key figure, large, shows it itself: the column names the step, and
			// the figure's period. A step without a key figure has its caption under its title,
			// unless the title says it already.
			if (step.keyFigure && step.scene.type !== 'big-number')
				return figureCard(step.keyFigure, step, stepPath(step), step.slug, kicker);
			const key = step.keyFigure ? story.figures[step.keyFigure]! : null;
			const caption = plain(step.caption);
			const note = key || bare(step.title).includes(bare(caption)) ? '' : caption;
			const period = key ? periodOf(key, story.ui) : '';
			return {
				locale: story.locale,
				page: inEdition(story.locale, stepPath(step)),
				name: previewName(story.locale, step.slug),
				alt: sentences(kicker, step.title, note, period, step.alt, step.sourceLine),
				card: {
					id: step.slug,
					kicker,
					title: step.title,
					figure: null,
					period,
					note,
					source: step.sourceLine,
					story: storyName,
					lay: lay(step)
				}
			};
		})
	];
}

/** A step's share poster: for its page, named by its slug (under /posters/en/ in English). */
export interface Poster {
	slug: string;
	locale: Locale;
	spec: PosterSpec;
}

/**
 * The posters of one edition. `siteUrl` is the deployed site's address: each poster's QR code is
 * its step's page there; without it, a poster has no code and says nothing of one.
 */
export function posters(story: StoryView, ctx: SceneContext, siteUrl: string): Poster[] {
	return allSteps(story).map((step) => {
		const figure = keyFigureOf(story, step);
		return {
			slug: step.slug,
			locale: story.locale,
			spec: {
				id: step.slug,
				kicker: chapterNameOf(story, step.chapter),
				title: step.title,
				figure: figure ? figureLine(figure, story.ui) : null,
				note: plain(step.caption),
				source: step.sourceLine,
				story: storyNameOf(story),
				lay: (size) => layoutScene(step.scene, ctx, size),
				qr: siteUrl
					? { url: `${siteUrl}${inEdition(story.locale, stepPath(step))}`, hint: story.ui.qrHint }
					: null
			}
		};
	});
}

export const posterSvgOf = (poster: Poster) =>
	posterSvg(poster.spec, palette, fileFonts(poster.locale));

/**
 * A step's scene as a standalone SVG file, at the still figures' size, framed as a file taken away
 * is seen: its title above, its note, its source and the story's name below.
 */
export const sceneFile = (step: StepView, story: StoryView, ctx: SceneContext) =>
	standaloneScene(layoutScene(step.scene, ctx, FIGURE_SIZE), FIGURE_SIZE, {
		id: `${step.slug}-figure`,
		title: step.title,
		alt: step.alt,
		palette,
		scene: step.scene.type,
		fonts: fileFonts(ctx.locale),
		frame: {
			heading: step.title,
			footer: [step.chartNote ?? '', step.sourceLine, storyNameOf(story)]
		}
	});

export const previewSvg = (preview: Preview) =>
	cardSvg(preview.card, palette, fileFonts(preview.locale));

/** The characters drawn in some SVG's texts. */
const drawnText = (svg: string) =>
	[...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
		.map((m) =>
			m[1]!.replace(
				/&(amp|lt|gt|quot|#39);/g,
				(e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" })[e]!
			)
		)
		.join('');

let fonts: Promise<string[]> | undefined;
/** The font files for every image of every edition: cut once, for all of them. */
export function imageFonts(editions: { story: StoryView; ctx: SceneContext }[]): Promise<string[]> {
	fonts ??= fontFilesFor(
		editions
			.flatMap(({ story, ctx }) => [
				...previews(story, ctx).map(previewSvg),
				...allSteps(story).map((s) => sceneFile(s, story, ctx)),
				...posters(story, ctx, '').map(posterSvgOf)
			])
			.map(drawnText)
			.join('') + editions.map(({ story }) => story.ui.qrHint).join('')
	);
	return fonts;
}
