/**
 * What every built page of both editions says of itself, read from the files as a crawler or a chat
 * app reads them: a title of its own (in the tab and under a shared link), and a description that
 * stands alone: it gives the page's key figure with its qualifier, and never opens from something
 * before it. The key figure and its words as printed are read from the page's own data.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from './fixtures';

const BUILD = 'build';

/** Every story page of the build: the front pages, the chapters' and the steps' pages. */
function storyPages(dir = BUILD): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory())
			// Not story pages: files, images, and the embeds (frames for other sites).
			return ['_app', 'og', 'figures', 'data', 'posters', 'oembed', 'embed'].includes(name)
				? []
				: storyPages(path);
		const file = relative(BUILD, path);
		const notStory = ['404.html', 'story.html', 'story.en.html', join('en', 'index.html')];
		return name.endsWith('.html') && !notStory.includes(file) ? [path] : [];
	});
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]!);
const metaOf = (html: string, key: string) =>
	decode(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1] ?? '');

interface Facts {
	story: {
		locale: string;
		figures: Record<string, { text: string }>;
		opening: { steps: { slug: string; keyFigure: string | null }[] };
		chapters: {
			id: string;
			keyFigure: string;
			steps: { slug: string; keyFigure: string | null }[];
		}[];
	};
}

/** A page's head and the key figure it is about, as the page's own data gives it. */
function readPage(file: string) {
	const html = readFileSync(file, 'utf8');
	// The page's data: a JSON text in a string of the page's start script.
	const facts = JSON.parse(JSON.parse(`"${/facts:"((?:[^"\\]|\\.)*)"/.exec(html)![1]!}"`)) as Facts;
	const { story } = facts;
	const step = /,step:"([a-z0-9-]+)"/.exec(html)?.[1];
	const chapter = /,chapter:"([a-z]+)"/.exec(html)?.[1];
	const steps = [...story.opening.steps, ...story.chapters.flatMap((c) => c.steps)];
	const key = step
		? steps.find((s) => s.slug === step)!.keyFigure
		: (story.chapters.find((c) => c.id === chapter) ?? story.chapters[0]!).keyFigure;
	return {
		file,
		locale: story.locale,
		title: decode(/<title>([^<]*)<\/title>/.exec(html)![1]!),
		ogTitle: metaOf(html, 'og:title'),
		description: metaOf(html, 'description'),
		ogDescription: metaOf(html, 'og:description'),
		key: key ? story.figures[key]!.text : null
	};
}

/**
 * Words that tie a sentence to one before it: a description that opens with one reads as the
 * middle of the story (“That remark…”, 「此外」).
 */
const CONNECTIVES = {
	'zh-CN':
		/^(?:此外|另外|另一|同时|与此同时|而且|并且|但是|但|不过|然而|因此|所以|于是|这|那|此|其|它|该|接着|然后|随后|再看|还|也|又|同样|最后|首先|其次|回到|总之|对此|为此)/,
	en: /^(?:This|That|These|Those|It|Its|They|Their|Also|And|But|Or|So|Yet|However|Meanwhile|Moreover|Furthermore|Besides|In addition|Additionally|Then|Next|Back|Another|Finally|First|Secondly|Still|Thus|Therefore|Hence|Similarly|Likewise|Here|Now|Again|Instead|As a result|There (?:was|were|is|are))\b/
} as Record<string, RegExp>;

/** What is wrong with the heads of some pages, in words. */
function headProblems(pages: ReturnType<typeof readPage>[]): string[] {
	const problems: string[] = [];
	for (const locale of new Set(pages.map((p) => p.locale))) {
		const edition = pages.filter((p) => p.locale === locale);
		for (const field of ['title', 'ogTitle'] as const) {
			const seen = new Map<string, string>();
			for (const p of edition) {
				const other = seen.get(p[field]);
				if (other) problems.push(`${p.file}: ${field} “${p[field]}” repeats ${other}’s`);
				seen.set(p[field], p.file);
			}
		}
	}
	for (const p of pages) {
		if (!p.description) problems.push(`${p.file}: no description`);
		if (p.ogDescription !== p.description)
			problems.push(`${p.file}: og:description differs from the description`);
		if (p.key && !p.description.includes(p.key))
			problems.push(`${p.file}: description without its key figure ${p.key}: ${p.description}`);
		const opening = CONNECTIVES[p.locale]!.exec(p.description);
		if (opening) problems.push(`${p.file}: description opens with “${opening[0]}”`);
	}
	return problems;
}

test.describe('what every page says of itself', () => {
	const pages = storyPages().map(readPage);

	test('every page of both editions: its own title, a description that stands alone', () => {
		expect(pages.filter((p) => p.locale === 'zh-CN')).toHaveLength(46);
		expect(pages.filter((p) => p.locale === 'en')).toHaveLength(46);
		expect(pages.filter((p) => p.key).length).toBeGreaterThan(80);
		expect(headProblems(pages)).toEqual([]);
	});

	test('the reading fails on a repeated title, a missing key figure and an opening connective', () => {
		const [a, b, c] = pages.filter((p) => p.locale === 'en' && p.key).slice(0, 3) as [
			(typeof pages)[number],
			(typeof pages)[number],
			(typeof pages)[number]
		];
		const broken = [
			a,
			{ ...b, title: a.title },
			{ ...c, description: `That remark ${c.description.replace(c.key!, 'a figure')}` }
		];
		const found = headProblems(broken).join('\n');
		expect(found).toMatch(/title “[^”]+” repeats/);
		expect(found).toMatch(/description without its key figure/);
		expect(found).toMatch(/description opens with “That”/);
	});
});
