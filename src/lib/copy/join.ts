/**
 * The skeleton joined with one edition's words: each step of the skeleton (slug, scene, key
 * figure) takes the copy written under `{steps.<slug>}`, each chapter (id, key figure, steps) the
 * copy under `{chapters.<id>}`. A step or chapter with no copy (a missing translation), a field it
 * lacks and copy for a slug or id the skeleton does not have are problems naming file and line.
 */
import type { ChapterContent, StepContent } from '../story/types.ts';
import { SCENE_SETTINGS, SCENE_TYPES, type SceneType } from '../scenes/spec.ts';
import type { AmlNode, AmlObject } from './archie.ts';
import type { Reader, Shape } from './read.ts';

/** A file as parsed, with the reader that turns it into values. */
export interface Parsed {
	tree: AmlObject;
	read: Reader;
}

const STEP_COPY: Shape = {
	title: 'text',
	headline: 'text',
	description: 'text',
	text: 'texts',
	caption: 'text',
	alt: 'text',
	notes: 'text',
	chartNote: 'text?'
};
const CHAPTER_COPY: Shape = {
	name: 'text',
	kicker: 'text',
	title: 'text',
	intro: 'texts',
	headline: 'text',
	description: 'text'
};
const SKELETON_STEP: Shape = { slug: 'text', keyFigure: 'text?', scene: 'any' };
const SKELETON_CHAPTER: Shape = { id: 'text', keyFigure: 'text', steps: 'any' };

export function joinSkeleton(skeleton: Parsed, copy: Parsed) {
	const sections = copy.tree.entries;
	const records = {
		step: copy.read.records(sections.get('steps'), 'steps'),
		chapter: copy.read.records(sections.get('chapters'), 'chapters')
	};
	const used = { step: new Set<string>(), chapter: new Set<string>() };
	/** The copy of a step or chapter of the skeleton, or a problem saying there is none. */
	const wordsOf = (
		kind: 'step' | 'chapter',
		id: string,
		node: AmlObject,
		shape: Shape,
		path: string
	) => {
		used[kind].add(id);
		const words = records[kind].get(id);
		if (words) return copy.read.object(words, shape, path, `${kind} ${id}`);
		copy.read.problem(
			null,
			`no copy for this ${kind} of ${skeleton.read.file}:${node.line} (a missing translation?): ` +
				`every ${kind} needs its words in every edition; write them in {${kind}s.${id}}`,
			`${kind} ${id}`
		);
		return {};
	};

	const step = (node: AmlObject, path: string): StepContent => {
		const frame = skeleton.read.object(node, SKELETON_STEP, path, 'a step of the skeleton');
		const slug = String(frame.slug ?? '');
		checkScene(skeleton, node, `step ${slug}, scene`);
		const out: Record<string, unknown> = { slug, scene: frame.scene };
		Object.assign(out, wordsOf('step', slug, node, STEP_COPY, path));
		if (frame.keyFigure !== undefined) out.keyFigure = frame.keyFigure;
		return out as unknown as StepContent;
	};
	const steps = (node: AmlObject, path: string, name: string) =>
		skeleton.read
			.list(node.entries.get('steps'), `${name}, steps`, node.line)
			.map((s, i) => step(s, `${path}.steps[${i}]`));

	const opening = skeleton.tree.entries.get('opening');
	if (opening?.kind !== 'object')
		skeleton.read.problem(null, 'missing: {opening} with its [.steps]', 'opening');
	const openingSteps = opening?.kind === 'object' ? steps(opening, 'opening', 'opening') : [];

	const chapters = skeleton.read
		.list(skeleton.tree.entries.get('chapters'), 'chapters', 0)
		.map((node, i): ChapterContent => {
			const path = `chapters[${i}]`;
			const frame = skeleton.read.object(node, SKELETON_CHAPTER, path, 'a chapter of the skeleton');
			const id = String(frame.id ?? '');
			return {
				id,
				...wordsOf('chapter', id, node, CHAPTER_COPY, path),
				keyFigure: frame.keyFigure,
				steps: steps(node, path, `chapter ${id}`)
			} as ChapterContent;
		});

	for (const kind of ['step', 'chapter'] as const)
		for (const [id, node] of records[kind])
			if (!used[kind].has(id))
				copy.read.problem(
					node.line,
					`no ${kind} ${id} in ${skeleton.read.file}: a misspelt ${kind === 'step' ? 'slug' : 'id'}, or one the skeleton no longer has?`,
					`${kind} ${id}`
				);
	return { openingSteps, chapters };
}

/** What a scene setting must be, in words for the problem. */
const KIND_WORDS = {
	figure: 'one figure id (scene.<setting>: id)',
	figures: 'a list of figure ids ([.scene.<setting>] * id … [])',
	key: 'one key (scene.<setting>: key)',
	groups: 'a list of groups, each a figure: and maybe [.names] ([.scene.groups] … [])'
} as const;

/**
 * A step's scene as the skeleton writes it: a known type, every setting that type needs, none it
 * does not know (a misspelt optional setting would otherwise be dropped without a word), each of
 * the right form. Each problem names the setting's line.
 */
function checkScene(skeleton: Parsed, step: AmlObject, where: string) {
	const scene = step.entries.get('scene');
	if (scene?.kind !== 'object') return;
	const type = scene.entries.get('type');
	const name = type?.kind === 'text' ? type.value : '';
	if (!SCENE_TYPES.includes(name as SceneType)) {
		const known = SCENE_TYPES.join(', ');
		skeleton.read.problem(type?.line ?? scene.line, `scene.type must be one of: ${known}`, where);
		return;
	}
	const settings = SCENE_SETTINGS[name as SceneType];
	for (const [key, node] of scene.entries) {
		if (key === 'type') continue;
		const kind = settings[key]?.replace('?', '') as keyof typeof KIND_WORDS | undefined;
		if (!kind) {
			const known = Object.keys(settings).join(', ');
			skeleton.read.problem(
				node.line,
				`a ${name} scene has no setting "${key}" (it has: ${known})`,
				where
			);
		} else if (!settingIs(kind, node)) {
			skeleton.read.problem(
				node.line,
				`scene.${key} must be ${KIND_WORDS[kind].replace('<setting>', key)}`,
				where
			);
		}
	}
	for (const [key, kind] of Object.entries(settings)) {
		if (!kind.endsWith('?') && !scene.entries.has(key))
			skeleton.read.problem(scene.line, `a ${name} scene needs scene.${key}`, where);
	}
}

function settingIs(kind: keyof typeof KIND_WORDS, node: AmlNode): boolean {
	if (kind === 'figure' || kind === 'key') return node.kind === 'text' && node.value !== '';
	if (node.kind !== 'array') return false;
	if (kind === 'figures') return node.items.every((i) => i.kind === 'text');
	return node.items.every((g) => {
		if (g.kind !== 'object' || g.entries.get('figure')?.kind !== 'text') return false;
		const names = g.entries.get('names');
		return (
			[...g.entries.keys()].every((k) => k === 'figure' || k === 'names') &&
			(names === undefined ||
				(names.kind === 'array' && names.items.every((i) => i.kind === 'text')))
		);
	});
}
