/**
 * Loads one edition of a story from its folder: the skeleton (`skeleton.aml`: chapters, steps,
 * scenes, key figures), the edition's copy (`copy/<code>.aml`: every reader-facing string, keyed
 * by step slug and chapter id) and the language's interface strings
 * (`src/lib/languages/<code>/strings.aml`), joined into the `Content` the story is built from.
 * An edition in another language than the dataset's brings its translation of the dataset in its
 * copy, and the checker's rules for its language in `rules/<code>.ts` (TypeScript: they are
 * regular expressions, a developer's, not an editor's), which the caller imports and passes in.
 *
 * Node only (it reads files): the Vite plugin (`src/lib/server/copy-plugin.ts`) serves what it
 * returns to the site, and tests load it directly. Knows no story: every name comes from the files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Content, NotFoundContent, Translation } from '../story/types.ts';
import { AmlError, parseAml, type AmlObject } from './archie.ts';
import { joinSkeleton, type Parsed } from './join.ts';
import { CopyError, Reader, type Positions, type Shape } from './read.ts';
import { closingOf, languageStrings, listsOf, namesOf, translationOf } from './sections.ts';

/** A language's checker rules (`rules/<code>.ts`): the parts of a translation that are patterns. */
export type TranslationRules = Omit<
	Translation,
	'labels' | 'sources' | 'speakers' | 'quotes' | 'terms'
>;

export interface LoadOptions {
	/** The project's folder, against which paths are read and shown; the working folder if unset. */
	root?: string;
	/** Where each language's `strings.aml` is, under `root`. */
	languagesDir?: string;
	/** The language's checker rules, added to its translation. */
	rules?: TranslationRules;
}

/** One edition as loaded: its content, the 404 page's words, and where every string was written. */
export interface LoadedEdition {
	content: Content;
	notFound: NotFoundContent;
	positions: Positions;
}

export const LANGUAGES_DIR = 'src/lib/languages';

const COPY_SECTIONS = [
	'meta',
	'opening',
	'steps',
	'chapters',
	'closing',
	'figureLabels',
	'names',
	'lists',
	'periodTags',
	'periods',
	'ui',
	'notFound',
	'translation'
];
const OPENING: Shape = { kicker: 'text', title: 'text', dek: 'text', byline: 'text' };
const NOT_FOUND: Shape = { title: 'text', text: 'text', backToStory: 'text', separator: 'text' };

/** The languages a story is written in: one copy file each. */
export function storyLanguages(storyDir: string, root = process.cwd()): string[] {
	return readdirSync(resolve(root, storyDir, 'copy'))
		.filter((f) => f.endsWith('.aml'))
		.map((f) => f.slice(0, -'.aml'.length));
}

/** The files an edition is read from, as paths under `root` (for a watcher, and for errors). */
export function editionFiles(storyDir: string, code: string, options: LoadOptions = {}) {
	const languages = options.languagesDir ?? LANGUAGES_DIR;
	return {
		skeleton: join(storyDir, 'skeleton.aml'),
		copy: join(storyDir, 'copy', `${code}.aml`),
		strings: join(languages, code, 'strings.aml'),
		rules: join(storyDir, 'rules', `${code}.ts`)
	};
}

function parseFile(path: string, root: string): AmlObject {
	const shown = relative(root, resolve(root, path)) || path;
	let text: string;
	try {
		text = readFileSync(resolve(root, path), 'utf8');
	} catch {
		throw new CopyError([new AmlError(shown, null, 'cannot read the file')]);
	}
	try {
		return parseAml(text, shown);
	} catch (error) {
		if (error instanceof AmlError) throw new CopyError([error]);
		throw error;
	}
}

/** The edition's content exactly as the story is built from it. Throws a CopyError naming lines. */
export function loadContent(storyDir: string, code: string, options: LoadOptions = {}): Content {
	return loadEdition(storyDir, code, options).content;
}

export function loadEdition(
	storyDir: string,
	code: string,
	options: LoadOptions = {}
): LoadedEdition {
	const root = options.root ?? process.cwd();
	const files = editionFiles(storyDir, code, options);
	const problems: AmlError[] = [];
	const positions: Positions = {};
	const [skeleton, copy, strings] = [files.skeleton, files.copy, files.strings].map((f) => ({
		tree: parseFile(f, root),
		read: new Reader(relative(root, resolve(root, f)) || f, problems, positions)
	})) as [Parsed, Parsed, Parsed];

	const sections = copy.tree.entries;
	for (const [key, node] of sections)
		if (!COPY_SECTIONS.includes(key))
			copy.read.problem(node.line, `unknown section (there are ${COPY_SECTIONS.join(', ')})`, key);
	/** A section of `key: value` lines: the site's title, figure labels, period names. */
	const map = (key: string): Record<string, string> => {
		const node = sections.get(key);
		if (!node) copy.read.problem(null, `missing: write it as {${key}} … {}`, key);
		return ((node ? copy.read.field(node, 'map', key, key) : null) ?? {}) as Record<string, string>;
	};
	const { openingSteps, chapters } = joinSkeleton(skeleton, copy);
	const opening = copy.read.object(sections.get('opening'), OPENING, 'opening', 'opening');
	const language = languageStrings(strings, copy);
	const translation = sections.get('translation');
	const content = {
		locale: code,
		lang: code,
		meta: map('meta'),
		opening: { ...opening, steps: openingSteps },
		chapters,
		closing: closingOf(copy.read, sections.get('closing')),
		keyHelp: language.keyHelp,
		figureLabels: map('figureLabels'),
		names: namesOf(copy.read, sections.get('names')),
		lists: listsOf(copy.read, sections.get('lists')),
		periodTags: map('periodTags'),
		periods: map('periods'),
		kinds: language.kinds,
		formulas: language.formulas,
		ui: language.ui,
		...(translation && { translation: translationOf(copy.read, translation, options.rules) })
	} as unknown as Content;
	const notFound = copy.read.object(sections.get('notFound'), NOT_FOUND, 'notFound', 'notFound');
	if (problems.length > 0) throw new CopyError(problems);
	return {
		content,
		// The site's title and the chapters' as the story gives them, and the page's own words.
		notFound: {
			storyTitle: content.meta.title,
			...notFound,
			chapters: Object.fromEntries(content.chapters.map((c) => [c.id, c.title]))
		} as NotFoundContent,
		positions
	};
}
