/**
 * The shape of an edition's content (read from the story's copy files by `$lib/copy/load`) and of
 * the resolved story the page renders. Content holds every reader-facing string; numbers in it are
 * references to dataset figures, written `{figure-id}` or `{figure-id|option}`, and are formatted
 * by `formatFigure`.
 */
import type { Figure } from '$lib/data/dataset';
import type { ChapterId, Kind, Op, Period, StoryChapterId } from '$lib/data/vocab';
import type { Locale } from '$lib/format';
import type { SceneSpec } from '$lib/scenes/spec';

/** A text with figure references: `增长{figure-id}。` */
export type RichText = string;

export interface StepContent {
	/** Stable slug: lowercase ASCII words joined by hyphens, unique in the story. */
	slug: string;
	scene: SceneSpec;
	/** The chart's title (over the chart, in its file, in the presenter's view). */
	title: RichText;
	/**
	 * The figure the step is about, by id: its page's title and description name it with its
	 * qualifier, and its link-preview card shows it large. None for a step without a figure of
	 * its own (a list of someone's words, the structure of a document).
	 */
	keyFigure?: string;
	/**
	 * The step's claim, as its page is titled in a tab, a bookmark, a search result and a shared
	 * link: the key figure with its qualifier, and the period where the source gives one. Unique.
	 */
	headline: RichText;
	/**
	 * What a link to the step says under its title, read with nothing around it: who or what, where,
	 * the period as the source gives it (or that it gives none), the key figure with its qualifier.
	 * Never opens from a previous step (此外, “That remark…”). The report it comes from follows it.
	 */
	description: RichText;
	/** The step's text, one string a paragraph. */
	text: RichText[];
	/** A short caption for presentation mode, readable from the back of a room. */
	caption: RichText;
	/** What the chart shows, for readers who cannot see it: the finding, not the chart type. */
	alt: RichText;
	/** For a presenter: one or two sentences on what to say at this step. */
	notes: RichText;
	/** A note under the chart (a caveat about what the marks mean). */
	chartNote?: RichText;
}

export interface ChapterContent {
	id: StoryChapterId;
	/** Short name for menus and the presentation counter. */
	name: string;
	kicker: string;
	title: string;
	intro: RichText[];
	/** The chapter's key figure, named in its link preview. */
	keyFigure: string;
	/** The chapter's claim for a shared link's title: its key figure with its qualifier and period. */
	headline: RichText;
	/** What a link to the chapter says under its title, read alone (see StepContent.description). */
	description: RichText;
	steps: StepContent[];
}

export interface Content {
	locale: Locale;
	/** The `lang` attribute of the page. */
	lang: string;
	meta: {
		siteName: string;
		title: string;
		description: RichText;
		/** The title of a chapter page: `%chapter%` is replaced by the chapter's name. */
		chapterTitle: string;
		/** The title a shared chapter link previews with: `%chapter%` and its `%headline%`. */
		socialChapterTitle: string;
		/** The title of a step's page (`/financing/credit-loans`): `%step%` and its `%chapter%`. */
		stepTitle: string;
	};
	opening: {
		/** Above the title; may name the year, {year}. */
		kicker: RichText;
		title: string;
		dek: RichText;
		byline: string;
		steps: StepContent[];
	};
	chapters: ChapterContent[];
	closing: {
		title: string;
		sourcesTitle: string;
		sourcesIntro: RichText;
		methodTitle: string;
		method: RichText[];
		glossaryTitle: string;
		/** Terms a reader may not know; `zh` is the Chinese term beside an English one. */
		glossary: { term: string; zh?: string; definition: RichText }[];
		qualifiersTitle: string;
		qualifiers: RichText;
		/** Who said what: every quotation and attribution of the copy, with its source passage. */
		claimsTitle: string;
		claimsIntro: RichText;
		derivedTitle: string;
		derivedIntro: RichText;
		tableTitle: string;
		tableIntro: RichText;
		credit: RichText;
	};
	/** The keys of presentation mode, shown with `h` or `?`: what each does. */
	keyHelp: KeyHelp;
	/** Short labels of figures for charts, where the dataset's label is too long. */
	figureLabels: Record<string, string>;
	/** Names of items a framework scene draws, keyed by figure id. */
	names: Record<string, string[]>;
	/**
	 * Items of list scenes. Where the items are someone's words, `claim` names the register entry
	 * whose passage holds each of them verbatim.
	 */
	lists: Record<string, { source: string; claim?: string; items: RichText[] }>;
	/** Short period tags for chart labels; empty where the chart's default period needs no tag. */
	periodTags: Record<Period, string>;
	/** A period's name in tables; `%year%` is the year of the source's date. */
	periods: Record<Period, string>;
	kinds: Record<Kind, string>;
	/** How a derivation reads: `%a%` and `%b%` are its inputs, `%result%` the derived figure. */
	formulas: Record<Op, string>;
	ui: Record<UiKey, string>;
	/**
	 * An edition in another language than the dataset's (Chinese) gives its own words for what the
	 * dataset writes in Chinese. The build fails if one is missing.
	 */
	translation?: Translation;
}

/** An edition's words for the dataset's Chinese: labels, reports, speakers, quotations, terms. */
export interface Translation {
	/** Every figure's label (what it measures), by figure id. */
	labels: Record<string, RichText>;
	/**
	 * The four reports, by part id: the title in this language (the original is shown beside it;
	 * a figure in it is a reference), the publisher, what the report is.
	 */
	sources: Record<string, { title: RichText; publisher: string; description: string }>;
	/**
	 * Speakers, by id; `role` is written before the name, or around it where it holds `%name%`
	 * (`%name%, director of …,` for a title in apposition).
	 */
	speakers: Record<string, { name: string; role?: string }>;
	/** Our translation of each quotation's words, by claim id; figure references kept. */
	quotes: Record<string, RichText>;
	/** Registered terms and coinages as this edition writes them (in quotation marks, if at all). */
	terms: Record<string, RichText>;
	/**
	 * Words that name a period, as this edition writes them, with the source's words any of which
	 * the figure's sentence must hold (`first half`, and the source's word for it).
	 */
	periodWords: [RegExp, string[]][];
	/** Verbs that attribute words to someone: `said`, `told`. */
	attributionVerbs: RegExp;
	/** Words that tie a sentence to one before it (`This`, `Also`): no description opens with one. */
	connectives: RegExp;
	/** Words that say the source gives no period for a figure. */
	noPeriod: RegExp;
	/** Words that mark a figure as the story's own estimate, in a sentence that gives one. */
	estimate: RegExp;
	/**
	 * The edition's term list: for each Chinese term of the source, the one English it is given
	 * (`en`, which every string that renders the term holds) and the renderings it must not be
	 * given (`not`). tests/unit/terms.test.ts holds the copy, labels, alt texts and cards to it.
	 */
	renderings: { zh: string; en: RegExp; not?: RegExp }[];
}

export interface KeyHelp {
	title: string;
	items: { keys: string; does: string }[];
}
export type UiKey =
	| 'skipToStory'
	| 'chapters'
	| 'opening'
	| 'closing'
	| 'progress'
	| 'dataTable'
	| 'takeAway'
	| 'takeCsv'
	| 'takeSvg'
	| 'takePng'
	| 'takeAllFigures'
	| 'takeAllCsv'
	| 'takeAllJson'
	| 'listSeparator'
	| 'tableFigure'
	| 'tableValue'
	| 'tablePeriod'
	| 'tableKind'
	| 'tableSource'
	| 'derived'
	| 'source'
	| 'sourceDerived'
	| 'stepOf'
	| 'share'
	| 'copied'
	| 'copyFailed'
	| 'chapterLink'
	| 'qualifierOver'
	| 'qualifierUnder'
	| 'qualifierAbout'
	| 'weekdays'
	| 'monthTitle'
	| 'notToScale'
	| 'rest'
	| 'present'
	| 'presentation'
	| 'exitPresentation'
	| 'stepNumber'
	| 'qrLabel'
	| 'qrHint'
	| 'elapsed'
	| 'resetClock'
	| 'nextStep'
	| 'lastStep'
	| 'presenterControls'
	| 'presenterView'
	| 'previous'
	| 'next'
	| 'shareTitle'
	| 'linkShown'
	| 'sourceSeparator'
	| 'labelSeparator'
	| 'tag'
	| 'qrUnavailable'
	| 'fullStop'
	| 'translated'
	| 'otherLanguage'
	| 'otherLanguageName'
	| 'original'
	// When scripts, or a part of them, did not come (issue 29).
	| 'scriptsFailed'
	| 'partFailed'
	| 'retry'
	// Issue 30: a page's description and its preview card.
	| 'sentenceGap'
	| 'noPeriod'
	// Issue 32: a step's share poster, its embed code, its files in plain sight.
	| 'savePoster'
	| 'posterHint'
	| 'close'
	| 'embed'
	| 'embedHint'
	| 'copyCode'
	| 'codeCopied'
	| 'embedBack'
	// Issue 33: dates, corrections, the source panel, the step controls.
	| 'published'
	| 'updated'
	| 'correctedOn'
	| 'correctionsTitle'
	| 'correctionsIntro'
	| 'noCorrections'
	| 'correctionWrong'
	| 'correctionNow'
	| 'correctionWhy'
	| 'correctionWhere'
	| 'feedTitle'
	| 'feedPublished'
	| 'feedCorrection'
	| 'traceHint'
	| 'traceOf'
	| 'traceSentence'
	| 'traceReport'
	| 'tracePeriod'
	| 'tracePeriodWords'
	| 'traceNoPeriod'
	| 'traceYear'
	| 'traceQualifier'
	| 'traceExact'
	| 'traceAbove'
	| 'traceAtLeast'
	| 'traceBelow'
	| 'traceApprox'
	| 'traceDerived'
	| 'traceInputs'
	| 'traceTable'
	| 'traceClose'
	| 'stepControls';

/** A piece of resolved text. Figures keep their id so tests can trace every number. */
export type Token =
	| { t: 'text'; v: string }
	| { t: 'strong'; v: string }
	| { t: 'fig'; v: string; id: string }
	/** After a quotation in translation: a mark that links to the original (`v` is empty). */
	| { t: 'tr'; v: ''; id: string; label: string };

/** A figure with everything the page shows of it, resolved for one locale. */
export interface FigureView extends Figure {
	/** The dataset label with its figure references resolved. */
	label: string;
	/** A short label for charts. */
	short: string;
	/** The figure as readers see it: 超过20%. */
	text: string;
	periodLabel: string;
	/** Short period tag for charts ('1—5月'), empty for the default period. */
	periodTag: string;
	kindLabel: string;
	/** For derived figures: the formula with its inputs, as text. */
	formula: string | null;
}

export interface StepView {
	slug: string;
	chapter: ChapterId;
	/** 0-based position in the whole story. */
	index: number;
	scene: SceneSpec;
	title: string;
	/** The figure the step is about, or null. */
	keyFigure: string | null;
	/** The step's claim: its page's title. */
	headline: string;
	/** Its page's description, the report it comes from included (empty in the browser). */
	description: string;
	text: Token[][];
	caption: Token[];
	alt: string;
	notes: string;
	chartNote: string | null;
	/** Ids of the figures the scene draws, for its data table. */
	figures: string[];
	/** The source line under the chart. */
	sourceLine: string;
	/** Corrections of what this step, or a figure it shows, had wrong: newest first. */
	corrections: CorrectionView[];
}

/** A day: as data (YYYY-MM-DD), and as the edition writes it. */
export interface DateView {
	iso: string;
	text: string;
}

/** When an edition was published and last updated. */
export interface DatesView {
	published: DateView;
	/** Its last update, when it has changed since the day it was published; else null. */
	modified: DateView | null;
	/** The day it last changed (YYYY-MM-DD): its last update, or its publication. */
	lastChanged: string;
}

/** A correction as an edition shows it. */
export interface CorrectionView {
	/** Stable: its anchor in the page (`correction-<id>`) and its entry in the feed. */
	id: string;
	date: DateView;
	/** The steps it corrects, by slug, and the figures, by id. */
	steps: string[];
	figures: string[];
	wrong: Token[];
	now: Token[];
	why: Token[];
}

export interface ChapterView {
	id: StoryChapterId;
	name: string;
	kicker: string;
	title: string;
	intro: Token[][];
	headline: string;
	description: string;
	keyFigure: string;
	steps: StepView[];
}

export interface StoryView {
	locale: Locale;
	lang: string;
	/** The year of the source's date: the source writes 今年, never a year. */
	year: number;
	meta: {
		siteName: string;
		title: string;
		description: string;
		chapterTitle: string;
		socialChapterTitle: string;
		stepTitle: string;
	};
	opening: { kicker: string; title: string; dek: Token[]; byline: string; steps: StepView[] };
	chapters: ChapterView[];
	closing: Omit<
		Content['closing'],
		| 'sourcesIntro'
		| 'method'
		| 'glossary'
		| 'qualifiers'
		| 'claimsIntro'
		| 'derivedIntro'
		| 'tableIntro'
		| 'credit'
	> & {
		claimsIntro: Token[];
		sourcesIntro: Token[];
		method: Token[][];
		glossary: { term: string; zh?: string; definition: Token[] }[];
		qualifiers: Token[];
		derivedIntro: Token[];
		tableIntro: Token[];
		credit: Token[];
	};
	sources: {
		id: string;
		title: string;
		/** The report's own (Chinese) title, when `title` is a translation. */
		original: string | null;
		publisher: string;
		description: string;
	}[];
	/** The register's quotations and attributions the copy makes, in the order it first makes them. */
	claims: {
		id: string;
		speaker: string;
		role: string;
		/** Role and name as the edition writes them together. */
		who: string;
		/** The quoted words as shown, or null for a paraphrase. */
		words: string | null;
		/** The words in the source's Chinese, when `words` is our translation. */
		original: string | null;
		passage: string;
	}[];
	figures: Record<string, FigureView>;
	/** Figure ids in dataset order, for the full table. */
	figureOrder: string[];
	/** When this edition was published and last updated (`data/dates.json`). */
	dates: DatesView;
	/** Every correction of this edition, newest first (`data/corrections.json`). */
	corrections: CorrectionView[];
	names: Record<string, string[]>;
	lists: Record<string, { source: string; items: Token[][] }>;
	keyHelp: KeyHelp;
	ui: Record<UiKey, string>;
}

/**
 * What the browser gets of the story: the article's text and the closing section are in the page
 * as built (see $lib/story/static-html), so they are not sent again as data. Steps and chapters keep
 * their shape, with their text and corrections left empty.
 */
export type BrowserStory = Omit<
	StoryView,
	'closing' | 'sources' | 'claims' | 'figureOrder' | 'corrections'
> & {
	/** Each report's title, with its publisher, by part id: what the source panel names. */
	reports: Record<string, string>;
};

/** What a story page needs in the browser besides its HTML (sent as one JSON text). */
export interface PageFacts {
	story: BrowserStory;
	/** The step the page opens at. */
	opensAt: string;
}

/** The 404 page's words: a separate, small export, because the site loads its error page early. */
export interface NotFoundContent {
	storyTitle: string;
	title: string;
	text: string;
	backToStory: string;
	/** Between a label and what it names: ：in Chinese. */
	separator: string;
	chapters: Record<StoryChapterId, string>;
}
