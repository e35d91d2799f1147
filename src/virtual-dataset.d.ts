// The validated dataset, served by the Vite plugin in src/lib/server/dataset-plugin.ts.
declare module 'virtual:dataset' {
	const dataset: import('$lib/data/dataset').Dataset;
	export default dataset;
}

// Each stated figure's source sentence with the figure marked (see $lib/data/sentences).
declare module 'virtual:dataset/sentences' {
	const sentences: import('$lib/data/sentences').MarkedSentences;
	export default sentences;
}

// The story's vocabulary (chapters, source parts, periods), validated (see $lib/story/vocabulary).
declare module 'virtual:dataset/vocabulary' {
	const vocabulary: import('$lib/data/story-vocabulary').StoryVocabulary;
	/** The id of the story's opening chapter (its steps belong to the front page). */
	export const openingChapter: string;
	/** The story's id: the name of its folder (`miit-h1-2025`). */
	export const storyId: string;
	export default vocabulary;
}
