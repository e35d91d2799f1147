/**
 * The built site read as files, as a reader's browser gets them: every page (the story, each
 * chapter, the 404 page, the one-file story.html) and every figure SVG. Their text, the text of
 * their attributes (alt, aria-label, title, meta content) and the strings of the data their
 * scripts carry (presenter notes, captions, chart labels) use full-width punctuation in Chinese.
 * Reading files checks every page in well under a second; the browser tests look at a sample.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { type Token, tokTypes, tokenizer } from 'acorn';
import { halfWidthIn } from '../../src/lib/typography';

const BUILD = 'build';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e]!);
const HAS_CHINESE = /[\u4e00-\u9fff]/;

/** Every string inside a JSON text, however deep (the page's data is JSON inside JSON). */
function jsonStrings(value: unknown): string[] {
	if (typeof value === 'string') {
		const t = value.trim();
		if ((t.startsWith('{') || t.startsWith('[')) && HAS_CHINESE.test(t)) {
			try {
				return jsonStrings(JSON.parse(t));
			} catch {
				return [value];
			}
		}
		return [value];
	}
	if (Array.isArray(value)) return value.flatMap(jsonStrings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
	return [];
}

/**
 * The string literals of a script, as a JavaScript tokenizer reads them: quoted strings and
 * templates (the minifier writes a string with a line break as a template), never code between.
 */
function stringsOf(code: string): string[] {
	const out: string[] = [];
	// A token carries its cooked value (acorn's types leave it out).
	const tokens = [...tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module' })] as (Token & {
		value?: unknown;
	})[];
	const tags = [tokTypes.name, tokTypes.parenR, tokTypes.bracketR];
	tokens.forEach((token, i) => {
		if (token.type === tokTypes.string) out.push(String(token.value));
		// A template whole in itself, not tagged (String.raw`…` builds a pattern: code, not text).
		const [before, open, close] = [tokens[i - 2], tokens[i - 1], tokens[i + 1]];
		if (
			token.type === tokTypes.template &&
			open?.type === tokTypes.backQuote &&
			close?.type === tokTypes.backQuote &&
			!(before && tags.includes(before.type))
		)
			out.push(String(token.value));
	});
	return out;
}

/** What a reader can be shown of a page or an SVG file: text, attribute text, script data. */
function readerText(markup: string): string[] {
	const out: string[] = [];
	// Strings in scripts: the page's data as JS string literals; only those with Chinese.
	for (const script of markup.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g))
		for (const literal of stringsOf(script[1]!))
			if (HAS_CHINESE.test(literal)) out.push(...jsonStrings(literal));
	const html = markup
		.replace(/<script[^>]*>[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ');
	for (const attr of html.matchAll(
		/\s(?:alt|aria-label|title|content|aria-description)="([^"]*)"/g
	))
		out.push(decode(attr[1]!));
	out.push(
		...html
			.split(/<[^>]+>/)
			.map(decode)
			.filter((t) => t.trim())
	);
	return out.filter((t) => HAS_CHINESE.test(t));
}

const files = () => [
	...readdirSync(BUILD)
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(BUILD, f)),
	...readdirSync(join(BUILD, 'figures'))
		.filter((f) => f.endsWith('.svg'))
		.map((f) => join(BUILD, 'figures', f))
];

test('every built page and figure uses full-width punctuation in Chinese', () => {
	const all = files();
	// The story, four chapters, the 404 page, the one-file story, and a figure per step.
	expect(all.filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(7);
	expect(all.filter((f) => f.endsWith('.svg')).length).toBeGreaterThanOrEqual(41);
	const found: string[] = [];
	let checked = 0;
	for (const file of all) {
		const texts = readerText(readFileSync(file, 'utf8'));
		checked += texts.length;
		for (const t of texts) for (const bad of halfWidthIn(t)) found.push(`${file}: ${bad}`);
	}
	expect(found).toEqual([]);
	// Nor a reference left unresolved ({year}, {figure-id}, {q:…}) in anything a reader sees.
	const unresolved = all.flatMap((file) =>
		readerText(readFileSync(file, 'utf8'))
			.filter((t) => /\{(?:year|[a-z0-9-]+(?:\|[a-z,=]+)?|q:[a-z0-9-]+|by:[a-z0-9-]+)\}/.test(t))
			.map((t) => `${file}: ${t.slice(0, 40)}`)
	);
	expect(unresolved).toEqual([]);
	test.info().annotations.push({ type: 'strings checked', description: String(checked) });
	expect(checked).toBeGreaterThan(2000);
});

test('the reading of built files finds presenter notes and meta tags, and would catch a comma', () => {
	const page = readerText(readFileSync(join(BUILD, 'index.html'), 'utf8'));
	// A presenter note (only in the page's data) and the meta description.
	expect(page.some((t) => t.includes('这是整篇的基准数字'))).toBe(true);
	expect(page.some((t) => t.startsWith('据新华社报道，2025年上半年，规上工业增加值'))).toBe(true);
	const bad = readerText(
		'<p title="来源:新华社">增长6.4%,明显</p><script>x={"n":"”,工信部"}</script>'
	);
	expect(bad.flatMap(halfWidthIn)).toHaveLength(3);
});
