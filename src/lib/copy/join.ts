/**
 * The skeleton joined with one edition's words: each step of the skeleton (slug, scene, key
 * figure) takes the copy written under `{steps.<slug>}`, each chapter (id, key figure, steps) the
 * copy under `{chapters.<id>}`. A step or chapter with no copy (a missing translation), a field it
 * lacks and copy for a slug or id the skeleton does not have are problems naming file and line.
 */
import type { ChapterContent, StepContent } from '../story/types.ts';
import type { AmlObject } from './archie.ts';
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
