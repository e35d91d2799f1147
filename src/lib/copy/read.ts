/**
 * Reading parsed copy (`archie.ts`) into plain values of an expected shape, keeping where each
 * string came from: a missing field, a field of the wrong kind or one the shape does not know is a
 * problem naming the file and the line. Knows no story and no field of one: the shapes are given.
 */
import { AmlError, type AmlArray, type AmlNode, type AmlObject } from './archie.ts';

/** Where a string of the content was written: the file as a person reads it, and the line. */
export interface Position {
	file: string;
	line: number;
}
/** Positions by path into the content, as `copyStrings` writes paths: `chapters[0].steps[2].text[0]`. */
export type Positions = Record<string, Position>;

/** A text (`text`), a list of texts (`texts`), a map of texts (`map`), anything (`any`); `?`: optional. */
export type FieldKind = 'text' | 'texts' | 'map' | 'any';
export type Shape = Record<string, FieldKind | `${FieldKind}?`>;

/** Every problem of the copy at once, each naming its file and line. */
export class CopyError extends Error {
	constructor(readonly problems: AmlError[]) {
		super(
			`The story's copy is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
				problems.map((p) => `  - ${p.message}`).join('\n')
		);
		this.name = 'CopyError';
	}
}

/** Reads one file's nodes into values, collecting problems and positions. */
export class Reader {
	constructor(
		readonly file: string,
		readonly problems: AmlError[],
		readonly positions: Positions
	) {}

	problem(line: number | null, message: string, where?: string): void {
		this.problems.push(new AmlError(this.file, line, message, where));
	}

	/** A node as plain values: texts, lists, objects in the file's order; positions kept under `path`. */
	plain(node: AmlNode, path: string): unknown {
		this.positions[path] = { file: this.file, line: node.line };
		if (node.kind === 'text') return node.value;
		if (node.kind === 'array')
			return node.items.map((item, i) => this.plain(item, `${path}[${i}]`));
		const out: Record<string, unknown> = {};
		for (const [key, value] of node.entries) out[key] = this.plain(value, `${path}.${key}`);
		return out;
	}

	/** A text, a list of texts or a map of texts, as `kind` asks; null (and a problem) if it is not. */
	field(node: AmlNode, kind: FieldKind, path: string, name: string): unknown {
		const wrong = (what: string) => {
			this.problem(node.line, `must be ${what}`, name);
			return null;
		};
		if (kind === 'text' && node.kind !== 'text') return wrong('a value (key: value)');
		if (kind === 'texts') {
			if (node.kind !== 'array' || node.items.some((i) => i.kind !== 'text'))
				return wrong('a list of * items ([key] … [])');
		}
		if (kind === 'map') {
			if (node.kind !== 'object' || [...node.entries.values()].some((v) => v.kind !== 'text'))
				return wrong('a {scope} of key: value lines');
		}
		return this.plain(node, path);
	}

	/**
	 * An object of the given shape: each field read as its kind, in the file's order; a missing
	 * required field, or one the shape does not have, is a problem. `name` says what it is
	 * (`step credit-loans`); `path` is where it goes in the content.
	 */
	object(node: AmlNode | undefined, shape: Shape, path: string, name: string, line = 0) {
		const out: Record<string, unknown> = {};
		if (!node) {
			this.problem(line || null, 'missing', name);
			return out;
		}
		if (node.kind !== 'object') {
			this.problem(node.line, 'must be a {scope} of fields', name);
			return out;
		}
		if (path) this.positions[path] = { file: this.file, line: node.line };
		for (const [key, value] of node.entries) {
			const kind = shape[key];
			if (!kind) {
				const known = Object.keys(shape).join(', ');
				this.problem(
					value.line,
					`unknown field (the fields are ${known})`,
					`${name}, field ${key}`
				);
				continue;
			}
			const at = path ? `${path}.${key}` : key;
			const read = this.field(
				value,
				kind.replace('?', '') as FieldKind,
				at,
				`${name}, field ${key}`
			);
			if (read !== null) out[key] = read;
		}
		for (const [key, kind] of Object.entries(shape)) {
			if (!kind.endsWith('?') && !node.entries.has(key))
				this.problem(node.line, `missing field ${key}`, name);
		}
		return out;
	}

	/** The `{name.*}` records of a section (steps by slug, chapters by id), in the file's order. */
	records(node: AmlNode | undefined, name: string): Map<string, AmlObject> {
		const out = new Map<string, AmlObject>();
		if (!node) return out;
		if (node.kind !== 'object') {
			this.problem(node.line, `must hold {${name}.<id>} scopes`, name);
			return out;
		}
		for (const [id, value] of node.entries) {
			if (value.kind === 'object') out.set(id, value);
			else this.problem(value.line, `must be a {${name}.${id}} scope of fields`, `${name}.${id}`);
		}
		return out;
	}

	/** A list of objects (`[name]` with `key:` runs), or a problem. */
	list(node: AmlNode | undefined, name: string, line: number): AmlObject[] {
		if (!node) {
			this.problem(line || null, 'missing', name);
			return [];
		}
		if (node.kind !== 'array' || node.items.some((i) => i.kind !== 'object')) {
			this.problem(node.line, 'must be a list of objects (key: value runs)', name);
			return [];
		}
		return (node as AmlArray).items as AmlObject[];
	}
}
