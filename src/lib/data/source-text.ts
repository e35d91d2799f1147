/**
 * The source text as a fact-checker reads it. The file stays exactly as published (ASCII commas,
 * lines broken in the middle of a word: "规上工业增加" / "值"); these helpers read it the way a person
 * does: lines rejoined, punctuation compared whatever its width, one sentence at a time, each
 * report on its own.
 */

/** Half-width punctuation and its full-width form, as Chinese copy writes it. */
const WIDTHS: Record<string, string> = {
	',': '，',
	':': '：',
	';': '；',
	'(': '（',
	')': '）',
	'!': '！',
	'?': '？'
};
const HALF = /[,:;()!?]/g;

/** The text with its punctuation in full width, for comparing copy with the source. */
export const normalise = (text: string) => text.replace(HALF, (ch) => WIDTHS[ch]!);

/** The source with its line breaks taken out: no sentence of it is cut by a line break. */
export const rejoin = (text: string) => text.replace(/\r?\n/g, '');

/** Rejoined and normalised: the form every comparison with the source is made in. */
export const readable = (text: string) => normalise(rejoin(text));

/** Sentence ends: 。！？, and the closing quotation mark that may follow one. */
const SENTENCE = /[^。！？]+(?:[。！？]+”?|$)/g;

/** The sentences of a readable text, each with where it starts. */
export function sentences(text: string): { text: string; at: number }[] {
	return [...text.matchAll(SENTENCE)].map((m) => ({ text: m[0], at: m.index }));
}

/**
 * The sentence (up to its 。) that holds `excerpt` in `text`, or every sentence it spans;
 * undefined when the excerpt is not in the text. Both are compared in their readable form.
 */
export function sentenceOf(text: string, excerpt: string): string | undefined {
	const whole = readable(text);
	const at = whole.indexOf(readable(excerpt));
	if (at < 0) return undefined;
	const end = at + readable(excerpt).length;
	return sentences(whole)
		.filter((s) => s.at < end && s.at + s.text.length > at)
		.map((s) => s.text)
		.join('');
}

/**
 * The text of each report in the source file, by the words each begins with (`begins` in
 * `data/sources.json`), in file order. Returns the problems instead when a beginning is missing
 * or out of order.
 */
export function splitParts(
	text: string,
	parts: readonly { id: string; begins: string }[]
): { texts: Map<string, string>; problems: { id: string; message: string }[] } {
	const whole = readable(text);
	const starts = parts.map((p) => ({ id: p.id, at: whole.indexOf(readable(p.begins)) }));
	const problems: { id: string; message: string }[] = [];
	starts.forEach((s, i) => {
		if (s.at < 0) problems.push({ id: s.id, message: 'not found in the source text' });
		else if (i > 0 && s.at <= starts[i - 1]!.at) {
			problems.push({ id: s.id, message: 'begins before the part listed ahead of it' });
		}
	});
	const texts = new Map<string, string>();
	if (problems.length === 0) {
		starts.forEach((s, i) => texts.set(s.id, whole.slice(s.at, starts[i + 1]?.at ?? whole.length)));
	}
	return { texts, problems };
}
