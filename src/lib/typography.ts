/**
 * Chinese typography's one rule here: punctuation that touches Chinese is full width (，：；（）！？),
 * whatever the source file writes; digits and Latin stay half width. Kept free of imports so the
 * tests of the built files (tests/e2e/typography.test.ts) use the very same rule.
 */

/** A Chinese character, Chinese punctuation or a Chinese quotation mark. */
const CJK = String.raw`[\p{Script=Han}“”‘’《》（），。、；：！？—]`;

/**
 * Chinese text: a Han character, CJK punctuation (。、「」) or a full-width form (，：（）). What
 * an edition in another language may hold only where its page marks it lang="zh-CN".
 */
export const CHINESE_TEXT = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;

/** ASCII , : ; ( ) ! ? or " touching Chinese on either side. */
export const HALF_WIDTH_IN_CHINESE = new RegExp(
	String.raw`(?<=${CJK})[,:;()!?"]|[,:;()!?"](?=${CJK})`,
	'gu'
);

/** Half-width punctuation in Chinese text as a reader sees it, each with a little context. */
export function halfWidthIn(text: string): string[] {
	return [...text.matchAll(HALF_WIDTH_IN_CHINESE)].map(
		(m) => `“${text.slice(Math.max(0, m.index - 6), m.index + 7)}”`
	);
}
