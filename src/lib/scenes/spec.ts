/**
 * What a step asks its scene to show: the scene's name and its settings. Settings name dataset
 * figures by id, never numbers; the story resolver checks that every id exists.
 */

/** A calendar month with its dates marked (the press conference, the Hubei training). */
export interface CalendarSpec {
	type: 'calendar';
	/**
	 * Date figures to mark, the last emphasised. The month is theirs (the first one's); the year
	 * is the source's, which its reports never write.
	 */
	dates: string[];
}

/** One large number, placed on a ruler of Chinese magnitudes (万, 亿, 万亿) for scale. */
export interface BigNumberSpec {
	type: 'big-number';
	figure: string;
	/** A second figure shown smaller beneath it. */
	secondary?: string;
}

/** Growth rates of many indicators on one shared axis, the story's recurring chart. */
export interface GrowthBarsSpec {
	type: 'growth-bars';
	figures: string[];
	highlight?: string[];
}

/** A share as part of its whole: 100 squares, the share filled, a qualifier marked. */
export interface ShareSpec {
	type: 'share';
	figure: string;
	/** The figures of the part and the whole, when the source gives them (5855 of 55788亿元). */
	part?: string;
	whole?: string;
}

/** How much of total growth one part accounts for: the contribution rate as a slice of the bar. */
export interface ContributionSpec {
	type: 'contribution';
	total: string;
	partGrowth: string;
	contribution: string;
	pull: string;
}

/** A countable whole drawn as cells: filled ones, and a highlighted subset. */
export interface UnitGridSpec {
	type: 'unit-grid';
	/** The number of cells. */
	total: string;
	/** How many of them are filled; all when absent. */
	filled?: string;
	/** How many of the filled ones are highlighted (their identity is not given: drawn first). */
	highlight?: string;
	/** Figures stated about the grid, shown as annotations (the remainder, the coverage rate). */
	notes?: string[];
}

/** One value a year ago and now, joined, with the change. */
export interface ChangeSpec {
	type: 'change';
	from: string;
	to: string;
	change: string;
}

/** Nested squares whose areas are the counts: a funnel from many to few. */
export interface FunnelSpec {
	type: 'funnel';
	/** Counts the source says are drawn from one another (遴选 from the reserve), largest first. */
	figures: string[];
	/**
	 * A target drawn apart, beside the squares, not inside them: the source does not say it will
	 * come from the smaller ones.
	 */
	target?: string;
	/** A derived ratio between the first two, shown beside them. */
	ratio?: string;
}

/** Amounts on one axis in one unit, each with its qualifier marked. */
export interface AmountBarsSpec {
	type: 'amount-bars';
	figures: string[];
	/** A derived ratio of the last amount to the first, written under the bars. */
	ratio?: string;
}

/** A total as a rectangle: count along one side, average along the other. */
export interface AreaProductSpec {
	type: 'area-product';
	total: string;
	count: string;
	average: string;
}

/** Many units drawn one by one (thousands of projects), in groups. */
export interface UnitsSpec {
	type: 'units';
	/** The whole, drawn as cells. */
	figure: string;
	/** A subset of the whole, highlighted. */
	highlight?: string;
	/** A derived share of the highlight in the whole. */
	share?: string;
}

/** A named structure: groups of blocks, one per item the source counts or names. */
export interface FrameworkSpec {
	type: 'framework';
	groups: {
		figure: string;
		/** Names of the items, when the source gives them; keys into the content's names. */
		names?: string[];
	}[];
}

/** A list of measures or quotes, with no numbers: the State Council's instructions. */
export interface ListSpec {
	type: 'list';
	/** Keys into the content's list items. */
	items: string;
}

export type SceneSpec =
	| CalendarSpec
	| BigNumberSpec
	| GrowthBarsSpec
	| ShareSpec
	| ContributionSpec
	| UnitGridSpec
	| ChangeSpec
	| FunnelSpec
	| AmountBarsSpec
	| AreaProductSpec
	| UnitsSpec
	| FrameworkSpec
	| ListSpec;

export type SceneType = SceneSpec['type'];

export const SCENE_TYPES: SceneType[] = [
	'calendar',
	'big-number',
	'growth-bars',
	'share',
	'contribution',
	'unit-grid',
	'change',
	'funnel',
	'amount-bars',
	'area-product',
	'units',
	'framework',
	'list'
];

/**
 * What each scene type's settings are, for files that write them by hand (a story's skeleton):
 * `figure` one figure id, `figures` a list of them, `key` one key into the copy (a list's items),
 * `groups` a framework's groups (each a `figure`, and maybe `names`: keys into the copy's names).
 * `?` marks a setting that may be left out. Mirrors the interfaces above; a test keeps the two in step.
 */
export type SettingKind = 'figure' | 'figures' | 'key' | 'groups';
export const SCENE_SETTINGS: Record<SceneType, Record<string, SettingKind | `${SettingKind}?`>> = {
	calendar: { dates: 'figures' },
	'big-number': { figure: 'figure', secondary: 'figure?' },
	'growth-bars': { figures: 'figures', highlight: 'figures?' },
	share: { figure: 'figure', part: 'figure?', whole: 'figure?' },
	contribution: {
		total: 'figure',
		partGrowth: 'figure',
		contribution: 'figure',
		pull: 'figure'
	},
	'unit-grid': { total: 'figure', filled: 'figure?', highlight: 'figure?', notes: 'figures?' },
	change: { from: 'figure', to: 'figure', change: 'figure' },
	funnel: { figures: 'figures', target: 'figure?', ratio: 'figure?' },
	'amount-bars': { figures: 'figures', ratio: 'figure?' },
	'area-product': { total: 'figure', count: 'figure', average: 'figure' },
	units: { figure: 'figure', highlight: 'figure?', share: 'figure?' },
	framework: { groups: 'groups' },
	list: { items: 'key' }
};

/** Every figure id a scene draws, in the order it draws them: for its data table and checks. */
export function sceneFigureIds(spec: SceneSpec): string[] {
	switch (spec.type) {
		case 'calendar':
			return spec.dates;
		case 'big-number':
			return [spec.figure, ...(spec.secondary ? [spec.secondary] : [])];
		case 'growth-bars':
			return spec.figures;
		case 'amount-bars':
			return [...spec.figures, ...(spec.ratio ? [spec.ratio] : [])];
		case 'funnel':
			return [
				...spec.figures,
				...(spec.target ? [spec.target] : []),
				...(spec.ratio ? [spec.ratio] : [])
			];
		case 'share':
			return [spec.figure, ...(spec.part ? [spec.part] : []), ...(spec.whole ? [spec.whole] : [])];
		case 'contribution':
			return [spec.total, spec.partGrowth, spec.contribution, spec.pull];
		case 'unit-grid':
			return [spec.total, spec.filled, spec.highlight, ...(spec.notes ?? [])].filter(
				(id): id is string => id !== undefined
			);
		case 'change':
			return [spec.from, spec.to, spec.change];
		case 'area-product':
			return [spec.total, spec.count, spec.average];
		case 'units':
			return [spec.figure, spec.highlight, spec.share].filter(
				(id): id is string => id !== undefined
			);
		case 'framework':
			return spec.groups.map((g) => g.figure);
		case 'list':
			return [];
	}
}
