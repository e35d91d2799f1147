/**
 * What search engines and feed readers get, read from the built files: the JSON-LD of every page,
 * the sitemap (every built page once, with its other edition), robots.txt, the Atom feeds (parsed by
 * the browser's XML parser), the dates in every head and on the page; and the dates are data, not
 * the build's clock: a second build, with its clock moved on, writes the same ones.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, ready, test } from './fixtures';

const run = promisify(execFile);
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const DATES = json('data/dates.json').editions as Record<
	'zh-CN' | 'en',
	{ published: string; modified?: string }
>;
const lastChanged = (l: 'zh-CN' | 'en') => DATES[l].modified ?? DATES[l].published;
const CORRECTIONS = json('data/corrections.json').corrections as {
	id: string;
	date: string;
	edition?: 'zh-CN' | 'en';
}[];
const SOURCES = json('data/sources.json').parts as { id: string; title: string }[];

/** Every HTML file of a build, as paths relative to it. */
function htmlFiles(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? e.name === '_app'
				? []
				: htmlFiles(dir, `${prefix}${e.name}/`)
			: e.name.endsWith('.html')
				? [`${prefix}${e.name}`]
				: []
	);
}

// Built HTML that is not a page of the story to list, each with its reason (checked below).
const NOT_LISTED: Record<string, string> = {
	'404.html': 'the error page',
	'en/index.html': 'sends /en/ on to /en, which is listed',
	'story.html': 'the one-file edition to download, the same story as /',
	'story.en.html': 'the one-file English edition, the same story as /en'
};

/** A built file's address: `financing/credit-loans.html` is /financing/credit-loans. */
const pathOf = (file: string) =>
	file === 'index.html' ? '/' : `/${file.replace(/\.html$/, '').replace(/\/index$/, '')}`;

/** A step's embed, a frame for other sites: not a page of its own (noindex, no feed, no JSON-LD). */
const isEmbed = (f: string) => /^(en\/)?embed\//.test(f);

/** The built story pages (read when a test runs: the build is made after the tests are listed). */
const storyPages = () => htmlFiles('build').filter((f) => !(f in NOT_LISTED) && !isEmbed(f));
const localeOf = (path: string) => (path === '/en' || path.startsWith('/en/') ? 'en' : 'zh-CN');

test('the files not listed in the sitemap are what the list says they are', () => {
	const html = (f: string) => readFileSync(join('build', f), 'utf8');
	expect(html('404.html')).not.toContain('data-step=');
	expect(html('en/index.html')).toMatch(/http-equiv="refresh"/);
	for (const f of ['story.html', 'story.en.html']) expect(html(f)).toContain('data-step=');
	const embeds = htmlFiles('build').filter(isEmbed);
	expect(embeds.length).toBeGreaterThan(80);
	for (const f of embeds) expect(html(f), f).toContain('<meta name="robots" content="noindex">');
	expect(storyPages().length).toBeGreaterThan(80);
});

test('every built page names a feed of publication and corrections in its head', () => {
	for (const file of htmlFiles('build').filter((f) => !isEmbed(f))) {
		const head = readFileSync(join('build', file), 'utf8').split('</head>')[0]!;
		expect(head, file).toMatch(
			/<link rel="alternate" type="application\/atom\+xml"[^>]* href="[^"]*updates\.xml"/
		);
	}
});

test('the JSON-LD of every page parses, a NewsArticle with every field', ({ baseURL }) => {
	for (const file of storyPages()) {
		const html = readFileSync(join('build', file), 'utf8');
		const path = pathOf(file);
		const locale = localeOf(path);
		const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
		expect(blocks.length, file).toBe(1);
		const ld = JSON.parse(blocks[0]![1]!);
		const title = html.match(/<title>([^<]*)<\/title>/)![1]!.replace(/&amp;/g, '&');
		expect(ld['@context'], file).toBe('https://schema.org');
		expect(ld['@type'], file).toBe('NewsArticle');
		expect(ld.headline, file).toBe(title);
		expect(ld.description, file).toBeTruthy();
		expect(ld.url, file).toBe(`${baseURL}${path}`);
		expect(ld.datePublished, file).toBe(DATES[locale].published);
		expect(ld.dateModified, file).toBe(lastChanged(locale));
		expect(ld.inLanguage, file).toBe(locale);
		expect(html, file).toContain(`<html lang="${locale === 'en' ? 'en' : 'zh-CN'}"`);
		const image = new URL(ld.image[0]);
		expect(image.origin, file).toBe(baseURL);
		expect(existsSync(join('build', image.pathname)), `${file}: ${image}`).toBe(true);
		expect(ld.publisher['@type'], file).toBe('Organization');
		expect(ld.publisher.name, file).toBeTruthy();
		expect(ld.isBasedOn, file).toHaveLength(SOURCES.length);
		const originals = ld.isBasedOn.map(
			(s: { name: string; alternateName?: string }) => s.alternateName ?? s.name
		);
		expect(originals, file).toEqual(SOURCES.map((s) => s.title));
		const front = locale === 'en' ? '/en' : '/';
		if (path === front) expect(ld.isPartOf, file).toBeUndefined();
		else
			expect(ld.isPartOf, file).toMatchObject({
				'@type': 'NewsArticle',
				url: `${baseURL}${front}`
			});
		// The same dates in the head's meta tags, and the edition's feed named there.
		expect(html, file).toContain(
			`<meta property="article:published_time" content="${DATES[locale].published}"`
		);
		expect(html, file).toContain(
			`<meta property="article:modified_time" content="${lastChanged(locale)}"`
		);
		const feed = locale === 'en' ? '/en/updates.xml' : '/updates.xml';
		expect(html, file).toMatch(
			new RegExp(
				`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="${baseURL}${feed}"`
			)
		);
	}
});

test('the JSON-LD stays in the page once it has started, with no policy violation', async ({
	page
}) => {
	await page.addInitScript(() => {
		const w = window as unknown as { violations: string[] };
		w.violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.violations.push(e.violatedDirective)
		);
	});
	for (const path of ['/', '/en/financing/credit-loans']) {
		await page.goto(path);
		await ready(page);
		const blocks = await page
			.locator('head script[type="application/ld+json"]')
			.evaluateAll((els) => els.map((e) => JSON.parse(e.textContent ?? '')['@type']));
		expect(blocks, path).toEqual(['NewsArticle']);
		expect(
			await page.evaluate(() => (window as unknown as { violations: string[] }).violations)
		).toEqual([]);
	}
});

test('the sitemap lists every built page exactly once, with its other edition and its date', async ({
	page,
	request,
	baseURL
}) => {
	const xml = await (await request.get('/sitemap.xml')).text();
	// Read with the browser's own XML parser, which refuses anything not well-formed.
	const urls = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		const error = doc.getElementsByTagName('parsererror')[0];
		if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
		const SM = 'http://www.sitemaps.org/schemas/sitemap/0.9';
		const XHTML = 'http://www.w3.org/1999/xhtml';
		if (doc.documentElement.namespaceURI !== SM || doc.documentElement.localName !== 'urlset')
			throw new Error('not a sitemap');
		return [...doc.getElementsByTagNameNS(SM, 'url')].map((u) => ({
			loc: u.getElementsByTagNameNS(SM, 'loc')[0]?.textContent ?? '',
			lastmod: u.getElementsByTagNameNS(SM, 'lastmod')[0]?.textContent ?? '',
			alternates: Object.fromEntries(
				[...u.getElementsByTagNameNS(XHTML, 'link')].map((l) => [
					l.getAttribute('hreflang'),
					l.getAttribute('href')
				])
			)
		}));
	}, xml);
	const locs = urls.map((u) => u.loc);
	expect(new Set(locs).size, 'no page twice').toBe(locs.length);
	expect([...locs].sort()).toEqual(
		storyPages()
			.map((f) => `${baseURL}${pathOf(f)}`)
			.sort()
	);
	for (const u of urls) {
		const path = u.loc.slice(baseURL!.length);
		const locale = localeOf(path);
		const zh = locale === 'en' ? path.replace(/^\/en/, '') || '/' : path;
		const en = locale === 'en' ? path : path === '/' ? '/en' : `/en${path}`;
		expect(u.alternates, u.loc).toEqual({
			'zh-CN': `${baseURL}${zh}`,
			en: `${baseURL}${en}`,
			'x-default': `${baseURL}${zh}`
		});
		expect(u.lastmod, u.loc).toBe(lastChanged(locale));
	}
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
	expect(robots).toMatch(/^User-agent: \*$/m);
});

for (const [locale, path] of [
	['zh-CN', '/updates.xml'],
	['en', '/en/updates.xml']
] as const)
	test(`${path} is valid Atom: the publication and every correction of the edition`, async ({
		page,
		request,
		baseURL
	}) => {
		const response = await request.get(path);
		expect(response.headers()['content-type']).toMatch(/xml/);
		// Read with the browser's own XML parser, which refuses anything not well-formed.
		const feed = await page.evaluate(
			(source) => {
				const doc = new DOMParser().parseFromString(source, 'application/xml');
				const error = doc.getElementsByTagName('parsererror')[0];
				if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
				const ATOM = 'http://www.w3.org/2005/Atom';
				const root = doc.documentElement;
				if (root.namespaceURI !== ATOM || root.localName !== 'feed') throw new Error('not Atom');
				const own = (el: Element, name: string) =>
					[...el.children].filter((c) => c.namespaceURI === ATOM && c.localName === name);
				const text = (el: Element, name: string) => own(el, name)[0]?.textContent ?? null;
				const links = (el: Element) =>
					own(el, 'link').map((l) => ({
						rel: l.getAttribute('rel'),
						href: l.getAttribute('href')
					}));
				return {
					lang: root.getAttribute('xml:lang'),
					id: text(root, 'id'),
					title: text(root, 'title'),
					updated: text(root, 'updated'),
					author: own(root, 'author').map((a) => text(a, 'name')),
					links: links(root),
					entries: own(root, 'entry').map((e) => ({
						id: text(e, 'id'),
						title: text(e, 'title'),
						updated: text(e, 'updated'),
						content: text(e, 'content'),
						links: links(e)
					}))
				};
			},
			await response.text()
		);
		// RFC 4287: a feed has an id, a title, when it was updated and an author (or its entries do);
		// each entry an id, a title, when it was updated, and a link where it has no content.
		const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;
		expect(feed.lang).toBe(locale);
		expect(feed.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
		expect(feed.title).toBeTruthy();
		expect(feed.updated).toBe(`${lastChanged(locale)}T00:00:00Z`);
		expect(feed.author.length).toBe(1);
		expect(feed.author[0]).toBeTruthy();
		expect(feed.links).toContainEqual({ rel: 'self', href: `${baseURL}${path}` });
		const ours = CORRECTIONS.filter((c) => !c.edition || c.edition === locale);
		expect(feed.entries).toHaveLength(ours.length + 1);
		const ids = feed.entries.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const e of feed.entries) {
			expect(e.id, e.title!).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
			expect(e.title).toBeTruthy();
			expect(e.updated, e.title!).toMatch(TIME);
			expect(e.content, e.title!).toBeTruthy();
			const link = e.links.find((l) => l.rel === 'alternate')!.href!;
			// Each entry opens the story where it says: the page exists, the place in it too.
			const url = new URL(link);
			expect(url.origin).toBe(baseURL);
			const html = await (await request.get(url.pathname)).text();
			if (url.hash) expect(html, link).toContain(`id="${url.hash.slice(1)}"`);
		}
		// Newest first; the oldest is the publication, on its day; each correction on its own.
		const days = feed.entries.map((e) => e.updated!.slice(0, 10));
		expect(days).toEqual([...days].sort().reverse());
		expect(days.at(-1)).toBe(DATES[locale].published);
		expect(days.slice(0, -1).sort()).toEqual(ours.map((c) => c.date).sort());
		for (const c of ours)
			expect(
				feed.entries.some((e) => e.links.some((l) => l.href?.endsWith(`#correction-${c.id}`)))
			).toBe(true);
	});

test('the dates are on the page: in the opening and the closing, as the edition writes them', async ({
	page
}) => {
	await page.goto('/');
	await ready(page);
	for (const where of ['.opening', '#closing']) {
		const times = await page
			.locator(`${where} .dates time`)
			.evaluateAll((els) => els.map((e) => [e.getAttribute('datetime'), e.textContent]));
		expect(times, where).toEqual([
			['2026-11-26', '2026年11月26日发布'],
			['2026-12-06', '2026年12月6日更新']
		]);
	}
	await page.goto('/en');
	await ready(page);
	await expect(page.locator('.opening .dates time')).toHaveText([
		'Published 2 December 2026',
		'Updated 6 December 2026'
	]);
});

test('a second build, its clock a year on, writes the same dates everywhere', async ({
	baseURL
}) => {
	test.setTimeout(600_000);
	// Inside the project, so that the built server finds its packages in node_modules.
	const cache = join('node_modules', '.cache');
	mkdirSync(cache, { recursive: true });
	const scratch = resolve(mkdtempSync(join(cache, 'story-rebuild-')));
	try {
		await run(resolve('node_modules/.bin/vite'), ['build'], {
			env: {
				...process.env,
				STORY_WORK_DIR: scratch,
				SITE_URL: baseURL,
				NODE_OPTIONS: `--require=${resolve('tests/support/shifted-clock.cjs')}`
			},
			maxBuffer: 64 * 1024 * 1024
		});
		const again = join(scratch, 'site');
		for (const file of ['sitemap.xml', 'robots.txt', 'updates.xml', 'en/updates.xml'])
			expect(readFileSync(join(again, file), 'utf8'), file).toBe(
				readFileSync(join('build', file), 'utf8')
			);
		// In every page: the head's dates, the JSON-LD, and every date shown (<time>).
		const dated = (html: string) =>
			[
				...html.matchAll(
					/<meta property="article:[a-z_]+" content="[^"]*"|<script type="application\/ld\+json">[\s\S]*?<\/script>|<time datetime="[^"]*">[^<]*<\/time>/g
				)
			].map((m) => m[0]);
		for (const file of storyPages()) {
			const before = dated(readFileSync(join('build', file), 'utf8'));
			expect(before.length, file).toBeGreaterThan(4);
			expect(dated(readFileSync(join(again, file), 'utf8')), file).toEqual(before);
		}
		// The figures' export dates each figure by the data too.
		expect(readFileSync(join(again, 'data/figures.csv'), 'utf8')).toBe(
			readFileSync('build/data/figures.csv', 'utf8')
		);
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
});
