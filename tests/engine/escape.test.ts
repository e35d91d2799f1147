/**
 * No raw HTML from content or data reaches the page: there is no path that injects markup, and
 * text that looks like markup is drawn as text (in the fixture story's pages, for any story's).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Tokens from '$lib/components/Tokens.svelte';
import { sceneContext } from '$lib/story/context';
import { buildStory } from '$lib/story/resolve';
import {
	renderArticle,
	renderClosing,
	renderHead,
	renderOpening,
	renderOpeningScene
} from '$lib/story/static-html';
import { jsonLdScript, newsArticle } from '$lib/story/structured';
import { tokenize } from '$lib/story/text';
import { fixtureDataset, fixtureEdition } from './fixture';

const content = fixtureEdition('zh-CN').content;

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? sources(join(dir, e.name))
			: /\.(svelte|ts|js)$/.test(e.name)
				? [join(dir, e.name)]
				: []
	);
}

// The one way HTML enters the page: the head, the opening, the article, the closing section and
// the opening scene, which Svelte itself rendered at build time from components (see $lib/story/static-html),
// kept as built; and in the head, the page's JSON-LD, JSON with every < escaped.
const BUILT_HTML: Record<string, string[]> = {
	'src/lib/components/StoryPage.svelte': [
		'{@html data.head}',
		'{@html data.opening}',
		'{@html data.article}',
		'{@html data.closing}'
	],
	'src/lib/components/ReadStage.svelte': ['{@html initial!.svg}'],
	// Not content: the page's own constant rules for its page of text (see $lib/start/flow-css),
	// and its JSON-LD (see $lib/story/structured).
	'src/lib/components/Head.svelte': [
		'{@html structured}',
		'{@html `<style>${flowCss()}</style>`}',
		'{@html `<style>${flowCss("html[data-app=\'static\']")}</style>`}'
	]
};

describe('markup from content or data', () => {
	it("has no path into the page but Svelte's own rendering: no other {@html}, no innerHTML, outerHTML, insertAdjacentHTML or document.write", () => {
		const found = sources('src').flatMap((file) => {
			let text = readFileSync(file, 'utf8');
			for (const [path, blocks] of Object.entries(BUILT_HTML)) {
				if (join(file) !== join(path)) continue;
				for (const allowed of blocks) {
					expect(text, `${path} keeps ${allowed}`).toContain(allowed);
					text = text.replace(allowed, '');
				}
			}
			return [
				/\{@html\b/,
				/\.innerHTML\b/,
				/\.outerHTML\s*=/,
				/insertAdjacentHTML/,
				/document\.write/
			]
				.filter((re) => re.test(text))
				.map((re) => `${file}: ${re}`);
		});
		expect(found).toEqual([]);
	});

	it('is drawn as text when copy contains something that looks like markup', () => {
		const tokens = tokenize(
			'注意<script>window.pwned=1</script>与**<img src=x onerror=alert(1)>**',
			() => ''
		);
		const { body } = render(Tokens, { props: { tokens } });
		expect(body).not.toContain('<script>');
		expect(body).not.toContain('<img');
		expect(body).toContain('&lt;script>');
		expect(body).toContain('<strong>&lt;img src=x onerror=alert(1)></strong>');
	});
});

describe('markup in the HTML built for a page', () => {
	it('stays text in the HTML built for the opening, the article (a step, a chapter), the closing section and the opening scene', () => {
		const evil = '<img src=x onerror=alert(1)>';
		const story = buildStory(content, fixtureDataset());
		const step = story.opening.steps[0]!;
		step.text = [[{ t: 'text', v: evil }]];
		step.title = evil;
		story.chapters[0]!.title = evil;
		story.closing.title = evil;
		story.opening.title = evil;
		story.opening.dek = [{ t: 'text', v: evil }];
		const opening = renderOpening({ story });
		const article = renderArticle({
			story,
			ctx: sceneContext(story),
			active: step.slug,
			chapterHref: (id) => `/${id}`,
			chapterUrl: (id) => `/${id}`
		});
		const closing = renderClosing({ story });
		step.alt = evil;
		const scene = renderOpeningScene(step, sceneContext(story), 'graphic-read');
		expect(scene).toContain('<svg');
		for (const html of [opening, article, closing, scene]) {
			expect(html).not.toContain('<img src=x');
			expect(html).toContain('&lt;img src=x onerror=alert(1)>');
		}
	});

	it('draws a figure as text inside its span, however it is formatted', () => {
		const tokens = tokenize('{x}', () => '<b>6.4%</b>');
		const { body } = render(Tokens, { props: { tokens } });
		expect(body).toContain('&lt;b>6.4%&lt;/b>');
	});

	it('stays text in the head, its JSON-LD included: no title can end the script element', () => {
		const evil = '</script><img src=x onerror=alert(1)>';
		const story = buildStory(content, fixtureDataset());
		story.sources[0]!.title = evil;
		const facts = { headline: evil, description: evil, url: '/', image: '/og/story.png' };
		const structured = jsonLdScript(newsArticle(story, { ...facts, partOf: null }));
		expect(structured.match(/<\/script>/g)).toHaveLength(1);
		expect(
			JSON.parse(structured.slice(structured.indexOf('>') + 1, -'</script>'.length)).headline
		).toBe(evil);
		const head = renderHead({
			meta: {
				title: evil,
				socialTitle: evil,
				description: evil,
				path: '/',
				image: 'story',
				imageAlt: evil
			},
			siteName: evil,
			siteUrl: '',
			locale: 'zh-CN',
			editions: { 'zh-CN': '/', en: '/en' },
			dates: story.dates,
			feed: { path: '/updates.xml', title: evil },
			structured
		});
		expect(head).not.toContain('<img src=x');
		expect(head.match(/<\/script>/g)).toHaveLength(1);
	});
});
