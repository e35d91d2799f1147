/**
 * Every image the build draws: a preview card for the front page, each chapter and each step (the
 * picture a shared link shows), each step's share poster (a picture to send where links show no
 * preview), and each step's scene as a chart to take away (SVG, and PNG at twice its size). All come from the story's own layouts; the fonts they are rendered with are cut
 * to the characters they draw, once per build.
 */
import { layoutScene } from '$lib/scenes/layouts';
import type { SceneContext } from '$lib/scenes/marks';
import { fontsFor, standaloneScene } from '$lib/scenes/standalone';
import type { Locale } from '$lib/format';
import { imageName } from '$lib/story/meta';
import { figureLine, keyFigureOf } from '$lib/story/key-figure';
import { allSteps, chapterNameOf, inEdition, stepPath } from '$lib/story/steps';
import { plain } from '$lib/story/text';
import type { StepView, StoryView } from '$lib/story/types';
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

/** The story's name as the images sign it: the site's name and the story's title. */
const storyNameOf = (story: StoryView) =>
	`${story.meta.siteName}${story.locale === 'zh-CN' ? '｜' : ' | '}${story.opening.title}`;

/** The cards of one edition, named as its pages' heads name them (`en-credit-loans` in English). */
export function previews(story: StoryView, ctx: SceneContext): Preview[] {
	const steps = allSteps(story);
	const storyName = storyNameOf(story);
	/** Sentences joined with the edition's full stop. */
	const sentences = (...parts: string[]) =>
		parts.map((p) => p.replace(/[。.]$/, '')).join(story.ui.fullStop) + story.ui.fullStop.trim();
	const lay = (step: StepView) => (size: Parameters<typeof layoutScene>[2]) =>
		layoutScene(step.scene, ctx, size);
	/** A chapter's (or the story's) card: its key figure, and the first scene that draws it. */
	const withFigure = (id: string, page: string, name: string, kicker: string, title: string) => {
		const figure = story.figures[id]!;
		// A scene that draws more than the number itself, where there is one.
		const step =
			steps.find((s) => s.figures.includes(id) && s.scene.type !== 'big-number') ??
			steps.find((s) => s.figures.includes(id)) ??
			steps[0]!;
		const line = figureLine(figure, story.ui);
		return {
			locale: story.locale,
			page: inEdition(story.locale, page),
			name: imageName(story, name),
			alt: sentences(
				title,
				`${line.label}${line.period}${story.ui.labelSeparator}${line.text}`,
				step.alt
			),
			card: {
				id: name,
				kicker,
				title,
				figure: line,
				note: '',
				source: step.sourceLine,
				story: storyName,
				lay: lay(step)
			}
		};
	};
	const first = story.chapters[0]!;
	return [
		withFigure(first.keyFigure, '/', 'story', story.meta.siteName, story.opening.title),
		...story.chapters.map((c) => withFigure(c.keyFigure, `/${c.id}`, c.id, c.name, c.title)),
		...steps.map((step) => {
			const figure = keyFigureOf(story, step);
			const line = figure ? figureLine(figure, story.ui) : null;
			return {
				locale: story.locale,
				page: inEdition(story.locale, stepPath(step)),
				name: imageName(story, step.slug),
				alt: sentences(step.title, step.alt),
				card: {
					id: step.slug,
					kicker: chapterNameOf(story, step.chapter),
					title: step.title,
					figure: line,
					note: plain(step.caption),
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
	posterSvg(poster.spec, palette, fontsFor(poster.locale));

/** A step's scene as a standalone SVG file, at the still figures' size. */
export const sceneFile = (step: StepView, ctx: SceneContext) =>
	standaloneScene(layoutScene(step.scene, ctx, FIGURE_SIZE), FIGURE_SIZE, {
		id: `${step.slug}-figure`,
		title: step.title,
		alt: step.alt,
		palette,
		scene: step.scene.type,
		fonts: fontsFor(ctx.locale)
	});

export const previewSvg = (preview: Preview) =>
	cardSvg(preview.card, palette, fontsFor(preview.locale));

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
				...allSteps(story).map((s) => sceneFile(s, ctx)),
				...posters(story, ctx, '').map(posterSvgOf)
			])
			.map(drawnText)
			.join('') + editions.map(({ story }) => story.ui.qrHint).join('')
	);
	return fonts;
}
