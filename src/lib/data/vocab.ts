/**
 * The closed vocabularies of the dataset that every story shares. A figure whose unit, qualifier or
 * kind is not listed here (or whose period or chapter is not in its story's vocabulary) fails
 * validation, so a typo in `data/` can never reach a chart.
 *
 * A story's own words are not here: its chapters, the parts of its source text and the periods
 * its figures cover are in its vocabulary file (`stories/<story>/vocab.json`, read through
 * `story-vocabulary.ts`), and the dataset is validated against them. To the engine they are ids.
 */

/** A chapter of the story, the opening included. */
export type ChapterId = string;
/** A chapter with its own page and section: any but the opening. */
export type StoryChapterId = string;
/** A part of the source text: one report (`data/sources.json` describes each). */
export type PartId = string;
/** The period a figure covers, as the story's vocabulary names it. */
export type Period = string;

/**
 * Units as the source writes them. `scale` converts to the base unit (亿元 → 元 is 1e8), which is
 * what derivations and common-unit charts compute in; the source's own unit is kept for display.
 */
export const UNITS = {
	'%': { base: '%', scale: 1 },
	个百分点: { base: '个百分点', scale: 1 },
	个: { base: '个', scale: 1 },
	万个: { base: '个', scale: 1e4 },
	家: { base: '家', scale: 1 },
	万家: { base: '家', scale: 1e4 },
	项: { base: '项', scale: 1 },
	款: { base: '款', scale: 1 },
	万件: { base: '件', scale: 1e4 },
	万条: { base: '条', scale: 1e4 },
	亿台: { base: '台', scale: 1e8 },
	万元: { base: '元', scale: 1e4 },
	亿元: { base: '元', scale: 1e8 },
	万亿元: { base: '元', scale: 1e12 },
	年: { base: '年', scale: 1 },
	日: { base: '日', scale: 1 },
	类: { base: '类', scale: 1 },
	大: { base: '大', scale: 1 },
	级: { base: '级', scale: 1 }
} as const satisfies Record<string, { base: string; scale: number }>;
export type Unit = keyof typeof UNITS;
export const UNIT_NAMES = Object.keys(UNITS) as [Unit, ...Unit[]];

/**
 * Qualifiers, as the source writes them. `direction` says what the written number is:
 * `above` a lower bound (超过20% means the true value is at least 20), `below` an upper bound
 * (近41万件 is a little under 41万), `approx` rounded either way, `exact` as stated.
 * 约 and 不到 never occur in the source; only derived figures carry them.
 */
export const QUALIFIERS = {
	exact: { direction: 'exact', derivedOnly: false },
	超过: { direction: 'above', derivedOnly: false },
	超: { direction: 'above', derivedOnly: false },
	突破: { direction: 'above', derivedOnly: false },
	多: { direction: 'above', derivedOnly: false },
	余: { direction: 'above', derivedOnly: false },
	以上: { direction: 'above', derivedOnly: false },
	近: { direction: 'below', derivedOnly: false },
	约: { direction: 'approx', derivedOnly: true },
	不到: { direction: 'below', derivedOnly: true }
} as const satisfies Record<string, { direction: Direction; derivedOnly: boolean }>;
export type Qualifier = keyof typeof QUALIFIERS;
export const QUALIFIER_NAMES = Object.keys(QUALIFIERS) as [Qualifier, ...Qualifier[]];
export const SOURCE_QUALIFIERS = QUALIFIER_NAMES.filter((q) => !QUALIFIERS[q].derivedOnly);
export type Direction = 'exact' | 'above' | 'below' | 'approx';

/** What a figure measures. Shares and contribution rates are percentages of a whole: 0–100. */
export const KINDS = [
	'yoy-growth',
	'pp-change',
	'share',
	/** One amount as a percentage of another that the source does not say contains it. */
	'ratio',
	'contribution',
	'pull',
	'count',
	'amount',
	'average',
	'target',
	'duration',
	'threshold',
	'date'
] as const;
export type Kind = (typeof KINDS)[number];
export const PART_OF_WHOLE_KINDS: readonly Kind[] = ['share', 'contribution'];

/** Derivation formulas. Each takes exactly two inputs, in the order given in its comment. */
export const OPS = [
	/** a − b, same unit family (9.3% − 3.4个百分点). */
	'difference',
	/** a ÷ b × 100, in base units. */
	'percent',
	/** a ÷ b, in base units, expressed in the derived figure's unit. */
	'quotient',
	/** growth × contribution rate ÷ 100: percentage points of growth a part accounts for. */
	'contribution-pull',
	/** level ÷ (1 + growth ÷ 100): the level a year earlier. */
	'previous-from-growth'
] as const;
export type Op = (typeof OPS)[number];

/** Stable ids and step slugs: lowercase ASCII words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
