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
	const root: AmlObject = { kind: 'object', line: 0, entries: new Map() };
	let stack: Frame[] = [{ kind: 'object', node: root }];
	/** The value a following `:end` would extend: the last key's or item's. */
	let last: AmlText | null = null;
	/** Lines since the last key or item that are none of the above: text of a long value, or stray. */
	let pending: { text: string; line: number }[] = [];
	function fail(line: number, problem: string): never {
		throw new AmlError(file, line, problem);
	}

	const flushStray = () => {
		const stray = pending.find((p) => p.text.trim() !== '');
		if (stray) {
			fail(
				stray.line,
				`this line is not a key (key: value), an item (* …), a command ({…}, […]) or a comment (#)` +
					(stack[stack.length - 1]!.kind === 'array'
						? '; to make it an item, start it with *'
						: '') +
					(last
						? '; to continue the value above on more lines, end that value with a line :end'
						: '; to make it a value, give it a key')
			);
		}
		pending = [];
	};

	/** Where `key` of a dotted path lands: the objects on the way are made as needed. */
	const walk = (obj: AmlObject, path: string[], line: number): AmlObject => {
		let at = obj;
		for (const part of path) {
			const next = at.entries.get(part);
			if (next === undefined) {
				const made: AmlObject = { kind: 'object', line, entries: new Map() };
				at.entries.set(part, made);
				at = made;
			} else if (next.kind === 'object') at = next;
			else
				fail(
					line,
					`"${part}" is already a ${next.kind === 'text' ? 'value' : 'list'} (line ${next.line})`
				);
		}
		return at;
	};
	const set = (obj: AmlObject, path: string[], node: AmlNode, line: number) => {
		const key = path[path.length - 1]!;
		const parent = walk(obj, path.slice(0, -1), line);
		const before = parent.entries.get(key);
		if (before) fail(line, `"${path.join('.')}" is set twice (first on line ${before.line})`);
		parent.entries.set(key, node);
	};
	/** The object a relative command or a key goes into. */
	const container = (line: number, what: string): AmlObject => {
		const top = stack[stack.length - 1]!;
		if (top.kind === 'object') return top.node;
		const current = top.node.items[top.node.items.length - 1];
		if (current?.kind === 'object') return current;
		if (current?.kind === 'text')
			fail(line, `${what} inside the list [${top.name}] of * items: close the list with [] first`);
		const made: AmlObject = { kind: 'object', line, entries: new Map() };
		top.node.items.push(made);
		return made;
	};

	const lines = text.split(/\r?\n/);
	for (const [index, raw] of lines.entries()) {
		const line = index + 1;
		if (END.test(raw)) {
			const open = last as AmlText | null;
			if (!open) fail(line, ':end ends a value on several lines, but no key or item is open');
			const body = pending.map((p) => p.text.replace(/^\\/, ''));
			open.value = valueOf([open.value, ...body].join('\n'));
			pending = [];
			last = null;
			continue;
		}
		if (COMMENT.test(raw) && !pending.some((p) => p.text.trim())) continue;
		const scope = SCOPE.exec(raw);
		const array = scope ? null : ARRAY.exec(raw);
		const key = scope || array ? null : KEY.exec(raw);
		const item = scope || array || key ? null : ITEM.exec(raw);
		if (!scope && !array && !key && !item) {
			if (raw.trim() && BAD_COMMAND.test(raw) && !/^\s*\\/.test(raw))
				fail(
					line,
					`not a valid command: ${raw.trim()} (names are letters, digits, - and _, joined by dots)`
				);
			if (!raw.trim() && pending.length === 0) continue;
			pending.push({ text: raw, line });
			continue;
		}
		flushStray();
		last = null;
		if (scope) {
			const [, dot, path] = scope;
			if (path === undefined) {
				// {} closes the innermost {scope}; at the top it is allowed and does nothing.
				const top = stack[stack.length - 1]!;
				if (top.kind === 'array')
					fail(line, `{} closes a {scope}, but the list [${top.name}] is open: close it with []`);
				if (stack.length > 1) stack.pop();
				continue;
			}
			const parts = path.split('.');
			if (dot) {
				const target = walk(container(line, `{.${path}}`), parts, line);
				stack.push({ kind: 'object', node: target });
			} else {
				stack = [{ kind: 'object', node: root }];
				stack.push({ kind: 'object', node: walk(root, parts, line) });
			}
			continue;
		}
		if (array) {
			const [, dot, path] = array;
			if (path === undefined) {
				const top = stack[stack.length - 1]!;
				if (top.kind !== 'array') fail(line, '[] closes a list, but no list is open');
				stack.pop();
				continue;
			}
			const node: AmlArray = { kind: 'array', line, items: [] };
			const parts = path.split('.');
			if (dot) set(container(line, `[.${path}]`), parts, node, line);
			else {
				stack = [{ kind: 'object', node: root }];
				set(root, parts, node, line);
			}
			stack.push({ kind: 'array', node, name: path });
			continue;
		}
		const top = stack[stack.length - 1]!;
		if (key) {
			const [, path, rest] = key;
			const text: AmlText = { kind: 'text', value: valueOf(rest!), line };
			const parts = path!.split('.');
			if (top.kind === 'array') {
				const current = top.node.items[top.node.items.length - 1];
				if (current?.kind === 'text')
					fail(line, `a key in the list [${top.name}] of * items: close the list with [] first`);
				top.firstKey ??= path;
				if (!current || path === top.firstKey) {
					const made: AmlObject = { kind: 'object', line, entries: new Map() };
					top.node.items.push(made);
					set(made, parts, text, line);
				} else {
					const before = current.entries.get(parts[0]!);
					if (before && parts.length === 1)
						fail(
							line,
							`"${path}" twice in one item of [${top.name}] (line ${before.line}): each item starts with "${top.firstKey}"`
						);
					set(current, parts, text, line);
				}
			} else set(top.node, parts, text, line);
			last = text;
			continue;
		}
		// An item.
		if (top.kind !== 'array')
			fail(line, '* starts an item of a list, but no list is open: open one with [name]');
		if (top.node.items.some((i) => i.kind === 'object'))
			fail(line, `an item (* …) in the list [${top.name}] of objects (key: value)`);
		const text: AmlText = { kind: 'text', value: valueOf(item![1]!), line };
		top.node.items.push(text);
		last = text;
	}
	flushStray();
	return root;
}
