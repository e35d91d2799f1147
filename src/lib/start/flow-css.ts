/**
 * The story as a page of text with each step's still figure in the flow of the text, as readers
 * without JavaScript get it (the page's `<noscript>` style) and as the page turns when its scripts
 * fail or have not started while the reader moves on (`html[data-app="static"]`, see ./boot). One
 * list of rules for both, each under `scope`.
 */
const RULES: [selector: string, declarations: string][] = [
	['.graphic-col', 'display: none'],
	['.scrolly', 'display: block; max-width: 46rem'],
	['.text-col', 'margin: 0; padding-bottom: 2rem; pointer-events: auto'],
	['#opening, .chapter-head', 'margin: 0; padding: 2rem 0 1rem'],
	['.step', 'min-height: 0; padding: 0 0 3rem'],
	['.share, .nav .present', 'display: none'],
	['.step > .still', 'display: block']
];

export function flowCss(scope = ''): string {
	const under = (selector: string) =>
		selector
			.split(',')
			.map((part) => `${scope} ${part.trim()}`.trim())
			.join(', ');
	const important = (declarations: string) =>
		declarations
			.split(';')
			.map((d) => `${d.trim()} !important`)
			.join('; ');
	return RULES.map(([selector, body]) => `${under(selector)} { ${important(body)}; }`).join('\n');
}
