/**
 * The story's content for tests, loaded from its folder exactly as the site loads it: the skeleton,
 * each edition's copy, the language's interface strings and, for a translated edition, its checker
 * rules. `STORY` picks another story folder, as it does for the build.
 */
import { loadEdition, type LoadedEdition, type TranslationRules } from '$lib/copy/load';
import { STORY_DIR } from '$lib/server/story-config';

const rules = import.meta.glob<TranslationRules>('../../stories/*/rules/*.ts', {
	eager: true,
	import: 'default'
});

/** One edition as the loader gives it: content, the 404 page's words, positions of its strings. */
export function edition(code: string): LoadedEdition {
	const dir = STORY_DIR;
	return loadEdition(dir, code, { rules: rules[`../../${dir}/rules/${code}.ts`] });
}

const editions = { 'zh-CN': edition('zh-CN'), en: edition('en') };

/** The Chinese edition's content. */
export const zh = editions['zh-CN'].content;
/** The English edition's content. */
export const en = editions.en.content;
/** The 404 page's words, by edition. */
export const notFound = { 'zh-CN': editions['zh-CN'].notFound, en: editions.en.notFound };
