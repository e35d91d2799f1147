/**
 * Where in the copy files a problem of the story's build is: the build names places as the content
 * holds them (`step credit-loans: field "description"`, `closing.method[0]`, `figureLabels: …`);
 * the loader kept the file and line of every string, so each problem can say
 * `stories/…/copy/en.aml:123 (step credit-loans, field description): …`, which an editor can open.
 */
import { StoryError } from '../story/resolve.ts';
import type { Content } from '../story/types.ts';
import type { LoadedEdition } from './load.ts';
import type { Positions } from './read.ts';

interface Place {
	/** The path into the content, as the loader keyed positions. */
	path: string;
	/** What to call it: `step credit-loans, field description`. */
	where: string;
	/** The problem without the place. */
	rest: string;
}

/** `text.0` → `text[0]`: a field as the build names it, as a path. */
const fieldPath = (field: string) => field.replace(/\.(\d+)/g, '[$1]');
/** `closing.method[0]` → `closing, field method.0`. */
const named = (path: string) =>
	path.replace(/\[(\d+)\]/g, '.$1').replace(/^([\w-]+)\./, '$1, field ');

function placeOf(problem: string, content: Content): Place | null {
	const stepPath = (slug: string) => {
		const i = content.opening.steps.findIndex((s) => s.slug === slug);
		if (i >= 0) return `opening.steps[${i}]`;
		for (const [c, chapter] of content.chapters.entries()) {
			const j = chapter.steps.findIndex((s) => s.slug === slug);
			if (j >= 0) return `chapters[${c}].steps[${j}]`;
		}
		return null;
	};
	const record = /^(step|chapter) ([^\s:]+): (?:field "([^"]+)": )?([\s\S]*)$/.exec(problem);
	if (record) {
		const [, kind, id, field, rest] = record;
		const c = content.chapters.findIndex((ch) => ch.id === id);
		const base = kind === 'step' ? stepPath(id!) : c >= 0 ? `chapters[${c}]` : null;
		if (!base) return null;
		const where = `${kind} ${id}${field ? `, field ${field}` : ''}`;
		return { path: field ? `${base}.${fieldPath(field)}` : base, where, rest: rest! };
	}
	const section = /^(opening|meta|closing): field "([^"]+)": ([\s\S]*)$/.exec(problem);
	if (section) {
		const [, name, field, rest] = section;
		return { path: `${name}.${fieldPath(field!)}`, where: `${name}, field ${field}`, rest: rest! };
	}
	const term = /^closing: glossary (.+?): ([\s\S]*)$/.exec(problem);
	if (term) {
		const i = content.closing.glossary.findIndex((g) => g.term === term[1]);
		const path = `closing.glossary[${i}].definition`;
		return { path, where: `glossary ${term[1]}, field definition`, rest: term[2]! };
	}
	const label =
		/^(figureLabels|translation\.labels): (?:unknown figure |no label for figure )?([^\s:]+)/.exec(
			problem
		);
	if (label)
		return {
			path: `${label[1]}.${label[2]}`,
			where: `${label[1]} ${label[2]}`,
			rest: problem.slice(label[1]!.length + 2)
		};
	const own = /^figure ([^\s:]+): label: ([\s\S]*)$/.exec(problem);
	if (own && content.translation)
		return { path: `translation.labels.${own[1]}`, where: `label ${own[1]}`, rest: own[2]! };
	const item = /^lists\.([^\s.:]+)\.(\d+): ([\s\S]*)$/.exec(problem);
	if (item)
		return {
			path: `lists.${item[1]}.items[${item[2]}]`,
			where: `list ${item[1]}, item ${Number(item[2]) + 1}`,
			rest: item[3]!
		};
	const source = /^translation\.sources\.([^\s:]+): (\w+): ([\s\S]*)$/.exec(problem);
	if (source)
		return {
			path: `translation.sources.${source[1]}.${source[2]}`,
			where: `source ${source[1]}, field ${source[2]}`,
			rest: source[3]!
		};
	const missing = /^translation\.(sources|speakers): /.exec(problem);
	if (missing)
		return {
			path: `translation.${missing[1]}`,
			where: `translation ${missing[1]}`,
			rest: problem.slice(missing[0].length)
		};
	// A path into the content, as the copy rules name a string outside a step.
	const path = /^([\w-]+(?:\.[\w-]+|\[\d+\])+): ([\s\S]*)$/.exec(problem);
	if (path) return { path: path[1]!, where: named(path[1]!), rest: path[2]! };
	return null;
}

/** The problem with its file and line, where the loader knows them; unchanged where it does not. */
export function locate(problem: string, content: Content, positions: Positions): string {
	const place = placeOf(problem, content);
	if (!place) return problem;
	// The string itself, or the nearest record that holds it (a step's scope, a section).
	let path = place.path;
	while (path) {
		const at = positions[path];
		if (at) return `${at.file}:${at.line} (${place.where}): ${place.rest}`;
		const up = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
		path = up === path ? '' : up;
	}
	return problem;
}

/** Builds an edition with `build`; a problem of its copy names the file and line it is on. */
export function withLines<T>(edition: LoadedEdition, build: (content: Content) => T): T {
	try {
		return build(edition.content);
	} catch (error) {
		if (!(error instanceof StoryError)) throw error;
		throw new StoryError(error.problems.map((p) => locate(p, edition.content, edition.positions)));
	}
}
