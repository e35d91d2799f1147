/**
 * The parts of an edition besides its steps and chapters: the closing section, the names and lists
 * scenes draw, the translation of the dataset, and the language's interface strings with the
 * story's own rewording of some of them.
 */
import type { AmlNode } from './archie.ts';
import type { Parsed } from './join.ts';
import type { Reader, Shape } from './read.ts';
import type { TranslationRules } from './load.ts';

const CLOSING: Shape = {
	title: 'text',
	sourcesTitle: 'text',
	sourcesIntro: 'text',
	methodTitle: 'text',
	method: 'texts',
	glossaryTitle: 'text',
	glossary: 'any',
	qualifiersTitle: 'text',
	qualifiers: 'text',
	claimsTitle: 'text',
	claimsIntro: 'text',
	derivedTitle: 'text',
	derivedIntro: 'text',
	tableTitle: 'text',
	tableIntro: 'text',
	credit: 'text'
};
const TRANSLATION: Shape = {
	labels: 'map',
	sources: 'any',
	speakers: 'any',
	quotes: 'map',
	terms: 'map'
};

export function closingOf(read: Reader, node: AmlNode | undefined) {
	const closing = read.object(node, CLOSING, 'closing', 'closing');
	if (node?.kind === 'object')
		closing.glossary = read
			.list(node.entries.get('glossary'), 'closing, glossary', node.line)
			.map((g, i) =>
				read.object(
					g,
					{ term: 'text', zh: 'text?', definition: 'text' },
					`closing.glossary[${i}]`,
					'a glossary entry'
				)
			);
	return closing;
}

/** The language's interface strings; the story's copy may add or reword some (`{ui}`). */
export function languageStrings(strings: Parsed, copy: Parsed) {
	const { read, tree } = strings;
	const shape: Shape = { ui: 'map', keyHelp: 'any', kinds: 'map', formulas: 'map' };
	const s = read.object(tree, shape, '', 'strings');
	const help = tree.entries.get('keyHelp');
	const keyHelp = read.object(help, { title: 'text', items: 'any' }, 'keyHelp', 'keyHelp');
	if (help?.kind === 'object')
		keyHelp.items = read
			.list(help.entries.get('items'), 'keyHelp, items', help.line)
			.map((item, i) =>
				read.object(item, { keys: 'text', does: 'text' }, `keyHelp.items[${i}]`, 'a key')
			);
	const storyUi = copy.tree.entries.get('ui');
	const own = storyUi ? (copy.read.field(storyUi, 'map', 'ui', 'ui') ?? {}) : {};
	// The language's order, a reworded string in its place: the page's data lists them so.
	const ui = { ...(s.ui as Record<string, string>), ...(own as Record<string, string>) };
	return { ui, keyHelp, kinds: s.kinds, formulas: s.formulas };
}

export function namesOf(read: Reader, node: AmlNode | undefined) {
	if (!node) return {};
	if (node.kind !== 'object') {
		read.problem(node.line, 'must be a {names} scope of [.lists]', 'names');
		return {};
	}
	return Object.fromEntries(
		[...node.entries].map(([k, v]) => [k, read.field(v, 'texts', `names.${k}`, `names ${k}`) ?? []])
	);
}

export function listsOf(read: Reader, node: AmlNode | undefined) {
	const shape: Shape = { source: 'text', claim: 'text?', items: 'texts' };
	return Object.fromEntries(
		[...read.records(node, 'lists')].map(([k, v]) => [
			k,
			read.object(v, shape, `lists.${k}`, `list ${k}`)
		])
	);
}

/** The dataset in the edition's language, with the language's checker rules after it. */
export function translationOf(read: Reader, node: AmlNode, rules: TranslationRules | undefined) {
	const t = read.object(node, TRANSLATION, 'translation', 'translation');
	const each = (key: 'sources' | 'speakers', shape: Shape) => {
		const records = read.records(
			node.kind === 'object' ? node.entries.get(key) : undefined,
			`translation.${key}`
		);
		return Object.fromEntries(
			[...records].map(([k, v]) => [
				k,
				read.object(v, shape, `translation.${key}.${k}`, `translation ${key} ${k}`)
			])
		);
	};
	return {
		labels: t.labels,
		sources: each('sources', { title: 'text', publisher: 'text', description: 'text' }),
		speakers: each('speakers', { name: 'text', role: 'text?' }),
		quotes: t.quotes,
		terms: t.terms,
		...rules
	};
}
