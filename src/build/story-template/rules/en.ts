/**
 * The English edition's checker rules: which words name a period (and the source's words for
 * it), attribute words to someone, tie a sentence to the one before, say the source gives no
 * period, mark our estimate; and the one English rendering of each Chinese term. Extend them as
 * the copy grows (the real story's rules/en.ts is a fuller example).
 */
import type { TranslationRules } from '$lib/copy/load';

export default {
	periodWords: [
		[/this year/gi, ['今年']],
		[/a year earlier/gi, ['上年同期']]
	],
	attributionVerbs: /\b(?:said|says|told|noted|announced)\b/,
	connectives: /^(?:This|That|These|It|Its|They|Also|And|But|So|Then|However)\b/,
	noPeriod: /\bgives? no period\b|\bperiod not stated\b/i,
	estimate: /\b(?:our (?:own )?estimates?|by our estimate)\b/i,
	renderings: [{ zh: '同比', en: /year on year|year-on-year/i }]
} satisfies TranslationRules;
