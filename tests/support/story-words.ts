/**
 * What the engine-vocabulary tests search for and where: every word of a story's vocabulary (its
 * chapter, part and period ids and period words, figure, claim and speaker ids, step slugs),
 * gathered from the story's own files, and the engine's files to search. Shared by the real
 * story's test (tests/unit/engine-vocabulary.test.ts) and the fixture story's (tests/engine/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { StoryConfig } from '$lib/server/story-config';
import { loadDataset } from '$lib/server/read-data';
import { allSteps, buildStory } from '$lib/story/resolve';
import type { Content } from '$lib/story/types';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** The kinds of word a story's vocabulary holds, as `storyWords` names where each word comes from. */
export const WORD_KINDS = [
	'a chapter id',
	'a source part id',
	'a period id',
	'a period word',
	'a figure id',
	'a speaker id',
	'a claim id',
	'a step slug'
] as const;
type WordKind = (typeof WORD_KINDS)[number];

/** Every word of the story's vocabulary, with where it comes from (for the failure message). */
export function storyWords(story: StoryConfig, content: Content): Map<string, WordKind> {
	const words = new Map<string, WordKind>();
	const add = (from: WordKind, list: Iterable<string>) => {
		for (const w of list) if (w && !words.has(w)) words.set(w, from);
	};
	const vocab = json(story.vocabulary) as {
		chapters: string[];
		parts: string[];
		periods: Record<string, string[]>;
	};
	add('a chapter id', vocab.chapters);
	add('a source part id', vocab.parts);
	add('a period id', Object.keys(vocab.periods));
	add('a period word', Object.values(vocab.periods).flat());
	const figures = join(story.data, 'figures');
	for (const name of readdirSync(figures).filter((n) => n.endsWith('.json'))) {
		const file = json(join(figures, name)) as { figures: { id: string }[] };
		add(
			'a figure id',
			file.figures.map((f) => f.id)
		);
	}
	const register = json(join(story.data, 'claims.json')) as {
		speakers: { id: string }[];
		claims: { id: string }[];
	};
	add(
		'a speaker id',
		register.speakers.map((s) => s.id)
	);
	add(
		'a claim id',
		register.claims.map((c) => c.id)
	);
	const built = buildStory(content, loadDataset(story.data, undefined, story.vocabulary));
	add(
		'a step slug',
		allSteps(built).map((s) => s.slug)
	);
	return words;
}

/**
 * The engine's files: `src/**\/*.{ts,svelte,js}`, but not the languages (each names itself) nor a
 * new story's template.
 */
// src/build/story-template/ is not the engine's code but a story: a new story's first files (its
// ids, periods, copy and rules), copied by `npm run new-story`. Any story may share some words.
export const EXCLUDED = ['src/lib/languages/', 'src/build/story-template/'];
export function engineFiles(dir = 'src'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		const shown = path.split(sep).join('/');
		if (EXCLUDED.some((x) => `${shown}/`.startsWith(x))) return [];
		if (entry.isDirectory()) return engineFiles(path);
		return /\.(ts|svelte|js)$/.test(entry.name) ? [shown] : [];
	});
}

/**
 * Where the engine uses, in its own sense, a word that one of the story's ids happens to spell
 * (`none` is a period id, and a CSS value; `now` is a period id, and a field of a correction).
 * Each use is cut from its line before the line is searched, so the same word anywhere else
 * still counts. Keep the list short and precise, and say why.
 */
const ENGINE_USES: { file?: string; use: RegExp; why: string }[] = [
	{
		use: /(?:fill=|stroke=|-src |-ancestors |maxHeight = )(['"])none\1/g,
		why: 'an SVG paint, a CSS value, a CSP source'
	},
	{ use: /name="robots"/g, why: 'the HTML meta name for search engines' },
	{
		use: /class="(?:derived|now|opening)"/g,
		why: 'class names of the page: the derived figures, the presenter’s step, the story’s head'
	},
	{ use: /Pick<StoryView, [^>]*>/g, why: 'fields of the resolved story (its opening section)' },
	{
		file: 'src/lib/story/types.ts',
		use: /^\t\| '(?:opening|derived)'$/g,
		why: 'keys of the interface strings (`UiKey`)'
	},
	{ file: 'src/lib/data/history.ts', use: /text\('now'\)/g, why: 'a correction’s field' },
	{ file: 'src/lib/story/history.ts', use: /where\('now'\)/g, why: 'a correction’s field' },
	{ file: 'src/lib/data/history.ts', use: /\?\? 'none'/g, why: 'a message’s word for no date' },
	{
		file: 'src/lib/copy/join.ts',
		use: /'opening'/g,
		why: 'the copy format’s `{opening}` section, which every story has (its chapter id is the story’s)'
	},
	{
		file: 'src/lib/copy/load.ts',
		use: /'opening'/g,
		why: 'the copy format’s `{opening}` section, which every story has (its chapter id is the story’s)'
	}
];

const HAN = /\p{Script=Han}/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Finding {
	file: string;
	line: number;
	word: string;
	what: string;
}

/** Where a word of the story appears in the given files. */
export function findStoryWords(files: string[], words: Map<string, string>): Finding[] {
	const patterns = [...words].map(([word, what]) => ({
		word,
		what,
		// A Chinese word anywhere; any other as a whole token between matching quotes.
		pattern: HAN.test(word)
			? new RegExp(escape(word), 'u')
			: new RegExp(`(['"\`])${escape(word)}\\1`)
	}));
	const findings: Finding[] = [];
	for (const file of files) {
		readFileSync(file, 'utf8')
			.split('\n')
			.forEach((text, i) => {
				const line = ENGINE_USES.filter((u) => !u.file || u.file === file).reduce(
					(l, u) => l.replace(u.use, ''),
					text
				);
				for (const { word, what, pattern } of patterns) {
					if (pattern.test(line)) findings.push({ file, line: i + 1, word, what });
				}
			});
	}
	return findings;
}

export const describeFinding = (f: Finding) =>
	`${f.file}:${f.line}: "${f.word}" (${f.what} of the story)`;
