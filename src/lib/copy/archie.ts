/**
 * A strict subset of ArchieML, the newsroom format for copy (archieml.org), in which the story's
 * skeleton, its copy and each language's interface strings are written:
 *
 *     # a comment: a line that starts with #
 *     key: a value, to the end of the line          (keys: letters, digits, - and _; dots nest)
 *     {scope.path}  … keys …  {}                    an object; {.path} nests in the open one
 *     [list.path]   * an item   * another   []      a list of texts; [.path] nests
 *     [list]  key: …  other: …  key: …  []          a list of objects: a repeated first key starts one
 *     key: a value that goes on
 *     over several lines
 *     :end                                          a value on several lines ends with :end
 *     \* a line of a long value that would read as an item (or a key, a command): \ escapes it
 *
 * Values are taken verbatim, the ends of the line trimmed. A value in straight double quotes
 * keeps its spaces (`fullStop: ". "`), the quotes dropped: only interface strings need it.
 *
 * Where this differs from ArchieML, on purpose: ArchieML ignores any line it cannot read, so an
 * editor's stray sentence (a paragraph pasted without its `*`, a line that lost its key) vanishes
 * from the page without a word. Here every non-blank line must be a command, a key, an item or a
 * comment, or the parse fails naming the file and the line. A key set twice in one object is an
 * error too (ArchieML keeps the last), as is a `{}` or `[]` that closes nothing open. Every value
 * keeps its line number, so that later checks (a missing translation, an unknown figure, a
 * quotation not in the source) can name the file and the line as well.
 */

export interface AmlText {
	kind: 'text';
	value: string;
	line: number;
}
export interface AmlObject {
	kind: 'object';
	line: number;
	/** In the order the file gives them. */
	entries: Map<string, AmlNode>;
}
export interface AmlArray {
	kind: 'array';
	line: number;
	items: (AmlText | AmlObject)[];
}
export type AmlNode = AmlText | AmlObject | AmlArray;

/** A mistake in a file of copy, with the file (as shown to a person) and the line. */
export class AmlError extends Error {
	constructor(
		readonly file: string,
		readonly line: number | null,
		readonly problem: string,
		/** What the line is part of: `step credit-loans, field description`. */
		readonly where?: string
	) {
		super(`${file}${line === null ? '' : `:${line}`}${where ? ` (${where})` : ''}: ${problem}`);
		this.name = 'AmlError';
	}
}

const KEY_PART = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_-]*[\p{L}\p{N}_])?`;
const PATH = String.raw`${KEY_PART}(?:\.${KEY_PART})*`;
const COMMENT = /^\s*#/;
const SCOPE = new RegExp(String.raw`^\s*\{\s*(?:(\.?)(${PATH}))?\s*\}\s*$`, 'u');
const ARRAY = new RegExp(String.raw`^\s*\[\s*(?:(\.?)(${PATH}))?\s*\]\s*$`, 'u');
const KEY = new RegExp(String.raw`^\s*(${PATH})\s*:(.*)$`, 'u');
const ITEM = /^\s*\*(.*)$/;
const END = /^\s*:end\s*$/i;
/** A line that looks like a command but is not a valid one: reported, not read as text. */
const BAD_COMMAND = /^\s*[{[].*[}\]]\s*$/;

/** A value as written: trimmed, or in straight double quotes to keep its spaces. */
function valueOf(raw: string): string {
	const v = raw.trim();
	return v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v;
}

type Frame =
	| { kind: 'object'; node: AmlObject }
	| { kind: 'array'; node: AmlArray; name: string; firstKey?: string };

/** Parses `text`; `file` names it in errors (a path relative to the project, as a person reads it). */
export function parseAml(text: string, file: string): AmlObject {
	const parser = new Parser(file);
	text.split(/\r?\n/).forEach((raw, i) => parser.read(raw, i + 1));
	return parser.done();
}

/** The parse, a line at a time: the open scopes and lists, and the lines a value may still take. */
class Parser {
	readonly root: AmlObject = { kind: 'object', line: 0, entries: new Map() };
	private stack: Frame[] = [{ kind: 'object', node: this.root }];
	/** The value a following `:end` would extend: the last key's or item's. */
	private last: AmlText | null = null;
	/** Lines since the last key or item that are none of those: a long value's, or stray. */
	private pending: { text: string; line: number }[] = [];

	constructor(readonly file: string) {}

	private fail(line: number, problem: string): never {
		throw new AmlError(this.file, line, problem);
	}
	private get top(): Frame {
		return this.stack[this.stack.length - 1]!;
	}

	read(raw: string, line: number): void {
		if (END.test(raw)) return this.end(line);
		if (COMMENT.test(raw) && !this.pending.some((p) => p.text.trim())) return;
		const scope = SCOPE.exec(raw);
		const array = scope ? null : ARRAY.exec(raw);
		const key = scope || array ? null : KEY.exec(raw);
		const item = scope || array || key ? null : ITEM.exec(raw);
		if (!scope && !array && !key && !item) {
			if (raw.trim() && BAD_COMMAND.test(raw))
				this.fail(
					line,
					`not a valid command: ${raw.trim()} (names are letters, digits, - and _, joined by dots)`
				);
			// Text: the next lines of a long value if an :end comes, else stray (reported then).
			if (raw.trim() || this.pending.length > 0) this.pending.push({ text: raw, line });
			return;
		}
		this.flushStray();
		this.last = null;
		if (scope) this.scope(scope[1] === '.', scope[2], line);
		else if (array) this.array(array[1] === '.', array[2], line);
		else if (key) this.key(key[1]!, key[2]!, line);
		else this.item(item![1]!, line);
	}

	done(): AmlObject {
		this.flushStray();
		return this.root;
	}

	/** `:end`: the lines since the last key or item are the rest of its value. */
	private end(line: number) {
		const open = this.last;
		if (!open) this.fail(line, ':end ends a value on several lines, but no key or item is open');
		const body = this.pending.map((p) => p.text.replace(/^\\/, ''));
		open.value = valueOf([open.value, ...body].join('\n'));
		this.pending = [];
		this.last = null;
	}

	/** Text that no `:end` claimed is an error: an editor's words are never dropped. */
	private flushStray() {
		const stray = this.pending.find((p) => p.text.trim() !== '');
		if (stray)
			this.fail(
				stray.line,
				'this line is not a key (key: value), an item (* …), a command ({…}, […]) or a comment (#)' +
					(this.top.kind === 'array' ? '; to make it an item, start it with *' : '') +
					(this.last
						? '; to continue the value above on more lines, end that value with a line :end'
						: '; to make it a value, give it a key')
			);
		this.pending = [];
	}

	/** `{path}`, `{.path}` or `{}`. */
	private scope(relative: boolean, path: string | undefined, line: number) {
		if (path === undefined) {
			// {} closes the innermost {scope}; at the top it is allowed and does nothing.
			const top = this.top;
			if (top.kind === 'array')
				this.fail(
					line,
					`{} closes a {scope}, but the list [${top.name}] is open: close it with []`
				);
			if (this.stack.length > 1) this.stack.pop();
			return;
		}
		const parts = path.split('.');
		if (relative) {
			const target = this.walk(this.container(line, `{.${path}}`), parts, line);
			this.stack.push({ kind: 'object', node: target });
		} else {
			this.stack = [{ kind: 'object', node: this.root }];
			this.stack.push({ kind: 'object', node: this.walk(this.root, parts, line) });
		}
	}

	/** `[path]`, `[.path]` or `[]`. */
	private array(relative: boolean, path: string | undefined, line: number) {
		if (path === undefined) {
			if (this.top.kind !== 'array') this.fail(line, '[] closes a list, but no list is open');
			this.stack.pop();
			return;
		}
		const node: AmlArray = { kind: 'array', line, items: [] };
		const parts = path.split('.');
		if (relative) this.set(this.container(line, `[.${path}]`), parts, node, line);
		else {
			this.stack = [{ kind: 'object', node: this.root }];
			this.set(this.root, parts, node, line);
		}
		this.stack.push({ kind: 'array', node, name: path });
	}

	/** `key: value`: in a scope, or in a list of objects, where its first key starts an item. */
	private key(path: string, rest: string, line: number) {
		const text: AmlText = { kind: 'text', value: valueOf(rest), line };
		const parts = path.split('.');
		const top = this.top;
		this.last = text;
		if (top.kind === 'object') return this.set(top.node, parts, text, line);
		const current = top.node.items[top.node.items.length - 1];
		if (current?.kind === 'text')
			this.fail(line, `a key in the list [${top.name}] of * items: close the list with [] first`);
		top.firstKey ??= path;
		if (!current || path === top.firstKey) {
			const made: AmlObject = { kind: 'object', line, entries: new Map() };
			top.node.items.push(made);
			return this.set(made, parts, text, line);
		}
		const before = current.entries.get(parts[0]!);
		if (before && parts.length === 1)
			this.fail(
				line,
				`"${path}" twice in one item of [${top.name}] (line ${before.line}): each item starts with "${top.firstKey}"`
			);
		this.set(current, parts, text, line);
	}

	/** `* value`: an item of a list of texts. */
	private item(rest: string, line: number) {
		const top = this.top;
		if (top.kind !== 'array')
			this.fail(line, '* starts an item of a list, but no list is open: open one with [name]');
		if (top.node.items.some((i) => i.kind === 'object'))
			this.fail(line, `an item (* …) in the list [${top.name}] of objects (key: value)`);
		const text: AmlText = { kind: 'text', value: valueOf(rest), line };
		top.node.items.push(text);
		this.last = text;
	}

	/** Where a dotted path lands: the objects on the way are made as needed. */
	private walk(obj: AmlObject, path: string[], line: number): AmlObject {
		let at = obj;
		for (const part of path) {
			const next = at.entries.get(part);
			if (next === undefined) {
				const made: AmlObject = { kind: 'object', line, entries: new Map() };
				at.entries.set(part, made);
				at = made;
			} else if (next.kind === 'object') at = next;
			else
				this.fail(
					line,
					`"${part}" is already a ${next.kind === 'text' ? 'value' : 'list'} (line ${next.line})`
				);
		}
		return at;
	}

	private set(obj: AmlObject, path: string[], node: AmlNode, line: number) {
		const key = path[path.length - 1]!;
		const parent = this.walk(obj, path.slice(0, -1), line);
		const before = parent.entries.get(key);
		if (before) this.fail(line, `"${path.join('.')}" is set twice (first on line ${before.line})`);
		parent.entries.set(key, node);
	}

	/** The object a relative command goes into: the open scope, or the list's current item. */
	private container(line: number, what: string): AmlObject {
		const top = this.top;
		if (top.kind === 'object') return top.node;
		const current = top.node.items[top.node.items.length - 1];
		if (current?.kind === 'object') return current;
		if (current?.kind === 'text')
			this.fail(
				line,
				`${what} inside the list [${top.name}] of * items: close the list with [] first`
			);
		const made: AmlObject = { kind: 'object', line, entries: new Map() };
		top.node.items.push(made);
		return made;
	}
}
