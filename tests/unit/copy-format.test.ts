/**
 * The copy's plain-text format (src/lib/copy/archie.ts) and its loader: what an editor writes
 * reads as they meant it, and a mistake — a stray line, a misspelt slug, a step left untranslated,
 * an unknown figure, a quotation not in the source — fails naming the file, the line and the field.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AmlError, parseAml, type AmlNode } from '$lib/copy/archie';
import { loadEdition } from '$lib/copy/load';
import { withLines } from '$lib/copy/locate';
import { CopyError } from '$lib/copy/read';
import { loadDataset } from '$lib/server/read-data';
import { STORY_DIR } from '$lib/server/story-config';
import { buildStory } from '$lib/story/resolve';
import { SCENE_SETTINGS, sceneFigureIds } from '$lib/scenes/spec';
import { edition } from '../support/content';

/** A parsed node as plain values, for comparing. */
const plain = (node: AmlNode): unknown =>
	node.kind === 'text'
		? node.value
		: node.kind === 'array'
			? node.items.map(plain)
			: Object.fromEntries([...node.entries].map(([k, v]) => [k, plain(v)]));
const parse = (text: string) => plain(parseAml(text, 'copy.aml'));
/** The line of `file` that starts with `start`, the first after the line `after` if given. */
const lineOf = (file: string, start: string, after = '') => {
	const lines = readFileSync(file, 'utf8').split('\n');
	const from = after ? lines.findIndex((l) => l === after) : 0;
	return lines.findIndex((l, i) => i >= from && l.startsWith(start)) + 1;
};
const parseError = (text: string) => {
	try {
		parseAml(text, 'copy/xx.aml');
	} catch (error) {
		if (error instanceof AmlError) return error.message;
		throw error;
	}
	throw new Error('parsed without an error');
};

describe('the format', () => {
	it('reads keys, scopes, lists and lists of objects, in the order written', () => {
		const text = [
			'# a comment',
			'title: {figure-id} opens the line: and holds a colon',
			'{steps.credit-loans}',
			'5g-base-stations: 规上工业：全角冒号',
			'scene.type: share',
			'[.text]',
			'* first paragraph',
			'*second',
			'[]',
			'{}',
			'[chapters]',
			'id: growth',
			'[.steps]',
			'* a',
			'[]',
			'id: innovation',
			'[]',
			'separator: ": "'
		].join('\n');
		expect(parse(text)).toStrictEqual({
			title: '{figure-id} opens the line: and holds a colon',
			steps: {
				'credit-loans': {
					'5g-base-stations': '规上工业：全角冒号',
					scene: { type: 'share' },
					text: ['first paragraph', 'second']
				}
			},
			chapters: [{ id: 'growth', steps: ['a'] }, { id: 'innovation' }],
			separator: ': '
		});
	});

	it('reads a value on several lines up to :end, a \\ escaping a line that reads as a command', () => {
		const text = ['notes: one', 'two', '\\* not an item', '\\key: not a key', ':end'].join('\n');
		expect(parse(text)).toStrictEqual({ notes: 'one\ntwo\n* not an item\nkey: not a key' });
	});

	it('keeps the line of every value', () => {
		const root = parseAml('\n{meta}\ntitle: x\n[.list]\n* a\n', 'f');
		const meta = root.entries.get('meta');
		expect(meta?.kind === 'object' && meta.entries.get('title')?.line).toBe(3);
		const list = meta?.kind === 'object' ? meta.entries.get('list') : undefined;
		expect(list?.kind === 'array' && list.items[0]!.line).toBe(5);
	});

	it('never drops a stray line: it names the file and the line', () => {
		expect(parseError('{meta}\ntitle: x\nA sentence pasted without its key.\n{}')).toBe(
			'copy/xx.aml:3: this line is not a key (key: value), an item (* …), a command ({…}, […]) or a comment (#); to continue the value above on more lines, end that value with a line :end'
		);
		expect(parseError('[.text]\n* one\nanother paragraph without its star\n[]')).toMatch(
			/^copy\/xx\.aml:3: this line is not a key .*; to make it an item, start it with \*/
		);
		expect(parseError('{meta}\n\nstray')).toMatch(/^copy\/xx\.aml:3: /);
	});

	it('refuses a key set twice, a close with nothing open, an item outside a list', () => {
		expect(parseError('{meta}\ntitle: a\ntitle: b')).toBe(
			'copy/xx.aml:3: "title" is set twice (first on line 2)'
		);
		expect(parseError('[]')).toMatch(/^copy\/xx\.aml:1: \[\] closes a list/);
		expect(parseError('[list]\n* a\n{}')).toMatch(/^copy\/xx\.aml:3: \{\} closes a \{scope\}/);
		expect(parseError('{meta}\n* a')).toMatch(/^copy\/xx\.aml:2: \* starts an item/);
		expect(parseError(':end')).toMatch(/^copy\/xx\.aml:1: :end ends/);
		expect(parseError('{steps.bad slug}')).toMatch(/^copy\/xx\.aml:1: not a valid command/);
	});
});

describe('the loader', () => {
	const work = mkdtempSync(join(tmpdir(), 'copy-format-'));
	afterAll(() => rmSync(work, { recursive: true, force: true }));
	const dir = STORY_DIR;
	let n = 0;
	/** The story copied aside with one file edited; its problems as the loader reports them. */
	const problemsWith = (file: string, edit: (text: string) => string, code = 'en') => {
		const root = join(work, String(n++));
		cpSync(dir, join(root, dir), { recursive: true });
		cpSync('src/lib/languages', join(root, 'src/lib/languages'), { recursive: true });
		const path = join(root, file);
		writeFileSync(path, edit(readFileSync(path, 'utf8')));
		try {
			loadEdition(dir, code, { root });
		} catch (error) {
			if (error instanceof CopyError) return error.problems.map((p) => p.message);
			throw error;
		}
		return [];
	};

	it('loads the story as it is', () => {
		expect(problemsWith(`${dir}/copy/en.aml`, (t) => t)).toStrictEqual([]);
	});

	it('names the file and line of a parse error', () => {
		const problems = problemsWith(`${dir}/copy/en.aml`, (t) =>
			t.replace('\n{steps.credit-loans}\n', '\n{steps.credit-loans}\nstray words\n')
		);
		const line = lineOf(`${dir}/copy/en.aml`, '{steps.credit-loans}') + 1;
		expect(problems).toStrictEqual([
			expect.stringMatching(new RegExp(`^${dir}/copy/en\\.aml:${line}: this line is not a key`))
		]);
	});

	it('refuses copy for a slug the skeleton does not have', () => {
		const line = lineOf(`${dir}/copy/en.aml`, '{steps.credit-loans}');
		expect(
			problemsWith(`${dir}/copy/en.aml`, (t) =>
				t.replace('{steps.credit-loans}', '{steps.credit-loan}')
			)
		).toStrictEqual([
			`${dir}/copy/en.aml (step credit-loans): no copy for this step of ${dir}/skeleton.aml:${lineOf(`${dir}/skeleton.aml`, 'slug: credit-loans')} (a missing translation?): every step needs its words in every edition; write them in {steps.credit-loans}`,
			`${dir}/copy/en.aml:${line} (step credit-loan): no step credit-loan in ${dir}/skeleton.aml: a misspelt slug, or one the skeleton no longer has?`
		]);
	});

	it('names a missing field, an unknown field and a chapter left untranslated', () => {
		const line = lineOf(`${dir}/copy/en.aml`, '{steps.credit-loans}');
		const problems = problemsWith(`${dir}/copy/en.aml`, (t) =>
			t
				.replace(/(\{steps\.credit-loans\}\n(?:.*\n)*?)caption: .*\n/, '$1captoin: x\n')
				.replace('{chapters.financing}', '{chapters.financing-old}')
		);
		expect(problems).toContain(
			`${dir}/copy/en.aml:${lineOf(`${dir}/copy/en.aml`, 'caption:', '{steps.credit-loans}')} (step credit-loans, field captoin): unknown field (the fields are title, headline, description, text, caption, alt, notes, chartNote)`
		);
		expect(problems).toContain(
			`${dir}/copy/en.aml:${line} (step credit-loans): missing field caption`
		);
		expect(problems).toContainEqual(
			expect.stringMatching(
				/\(chapter financing\): no copy for this chapter of .*skeleton\.aml:\d+/
			)
		);
	});

	it('names the skeleton line of a step with no scene', () => {
		const line = lineOf(`${dir}/skeleton.aml`, 'slug: credit-loans');
		expect(
			problemsWith(`${dir}/skeleton.aml`, (t) =>
				t.replace('slug: credit-loans', 'slug: credit-loans\nsubtitle: x')
			)
		).toStrictEqual([
			`${dir}/skeleton.aml:${line + 1} (a step of the skeleton, field subtitle): unknown field (the fields are slug, keyFigure, scene)`
		]);
	});

	it('names the line of a scene setting that is misspelt, missing, of the wrong form or of no type', () => {
		const skeleton = `${dir}/skeleton.aml`;
		const line = lineOf(skeleton, 'slug: credit-loans');
		const where = '(step credit-loans, scene)';
		const edited = (scene: string) =>
			problemsWith(skeleton, (t) =>
				t.replace('scene.type: share\nscene.figure: credit-loan-share', scene)
			);
		// A misspelt optional setting would otherwise vanish without a word.
		expect(
			edited('scene.type: share\nscene.figure: credit-loan-share\nscene.hole: x')
		).toStrictEqual([
			`${skeleton}:${line + 4} ${where}: a share scene has no setting "hole" (it has: figure, part, whole)`
		]);
		expect(edited('scene.type: share\nscene.figures: credit-loan-share')).toStrictEqual([
			`${skeleton}:${line + 3} ${where}: a share scene has no setting "figures" (it has: figure, part, whole)`,
			`${skeleton}:${line + 2} ${where}: a share scene needs scene.figure`
		]);
		expect(edited('scene.type: share\n[.scene.figure]\n* credit-loan-share\n[]')).toStrictEqual([
			`${skeleton}:${line + 3} ${where}: scene.figure must be one figure id (scene.figure: id)`
		]);
		expect(edited('scene.type: pie\nscene.figure: credit-loan-share')).toStrictEqual([
			expect.stringMatching(
				new RegExp(
					`^${skeleton}:${line + 2} \\${where.slice(0, -1)}\\): scene.type must be one of: calendar, `
				)
			)
		]);
	});
});

describe('the build names the line of a problem in the copy', () => {
	const dataset = loadDataset('data');
	const build = (code: string, change: (c: ReturnType<typeof edition>['content']) => void) => {
		const loaded = edition(code);
		const broken = { ...loaded, content: structuredClone(loaded.content) };
		change(broken.content);
		try {
			withLines(broken, (content) => buildStory(content, dataset));
		} catch (error) {
			return (error as Error).message;
		}
		return '';
	};
	const dir = STORY_DIR;

	it('an unknown figure', () => {
		const message = build('en', (c) => {
			const step = c.chapters[2]!.steps.find((s) => s.slug === 'credit-loans')!;
			step.description = step.description.replace('{credit-loan-share}', '{credit-loan-shares}');
		});
		const line = lineOf(`${dir}/copy/en.aml`, 'description:', '{steps.credit-loans}');
		expect(message).toContain(
			`${dir}/copy/en.aml:${line} (step credit-loans, field description): unknown figure {credit-loan-shares}`
		);
	});

	it('a quotation not in the source, and an unknown claim', () => {
		const message = build('zh-CN', (c) => {
			c.chapters[0]!.steps[1]!.text[0] += '他说“全面回升”。';
			c.closing.method[1] += '{q:no-such-claim}';
		});
		const line = lineOf(`${dir}/copy/zh-CN.aml`, '* ', '{steps.manufacturing-share}');
		expect(message).toContain(
			`${dir}/copy/zh-CN.aml:${line} (step manufacturing-share, field text.0): unregistered quotation “全面回升”`
		);
		expect(message).toMatch(
			new RegExp(
				`${dir}/copy/zh-CN\\.aml:\\d+ \\(closing, field method\\.1\\): \\{q:no-such-claim\\}: no claim`
			)
		);
	});

	it('a label the translation lacks', () => {
		const message = build('en', (c) => {
			delete c.translation!.labels['credit-loan-share'];
		});
		expect(message).toMatch(
			new RegExp(
				`${dir}/copy/en\\.aml:\\d+ \\(translation\\.labels credit-loan-share\\): no label for figure credit-loan-share`
			)
		);
	});
});

describe('the scene settings a skeleton may write', () => {
	it('name exactly the figures each scene draws, for every step of the story', () => {
		const content = edition('zh-CN').content;
		const steps = [...content.opening.steps, ...content.chapters.flatMap((c) => c.steps)];
		for (const { slug, scene } of steps) {
			const settings = SCENE_SETTINGS[scene.type];
			const named = Object.entries(scene).flatMap(([key, value]) => {
				if (key === 'type') return [];
				const kind = settings[key]?.replace('?', '');
				expect(kind, `${slug}: scene.${key}`).toBeDefined();
				if (kind === 'figure') return [value as string];
				if (kind === 'figures') return value as string[];
				if (kind === 'groups') return (value as { figure: string }[]).map((g) => g.figure);
				return [];
			});
			expect(new Set(named), slug).toStrictEqual(new Set(sceneFigureIds(scene)));
		}
	});
});
