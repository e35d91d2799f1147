/**
 * No raw HTML from content or data reaches the page: there is no path that injects markup, and
 * text that looks like markup is drawn as text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Tokens from '$lib/components/Tokens.svelte';
import { tokenize } from '$lib/story/text';

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? sources(join(dir, e.name))
			: /\.(svelte|ts|js)$/.test(e.name)
				? [join(dir, e.name)]
				: []
	);
}

describe('markup from content or data', () => {
	it('has no path into the page: no {@html}, innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
		const found = sources('src').flatMap((file) => {
			const text = readFileSync(file, 'utf8');
			return [
				/\{@html\b/,
				/\.innerHTML\b/,
				/\.outerHTML\s*=/,
				/insertAdjacentHTML/,
				/document\.write/
			]
				.filter((re) => re.test(text))
				.map((re) => `${file}: ${re}`);
		});
		expect(found).toEqual([]);
	});

	it('is drawn as text when copy contains something that looks like markup', () => {
		const tokens = tokenize(
			'注意<script>window.pwned=1</script>与**<img src=x onerror=alert(1)>**',
			() => ''
		);
		const { body } = render(Tokens, { props: { tokens } });
		expect(body).not.toContain('<script>');
		expect(body).not.toContain('<img');
		expect(body).toContain('&lt;script>');
		expect(body).toContain('<strong>&lt;img src=x onerror=alert(1)></strong>');
	});

	it('draws a figure as text inside its span, however it is formatted', () => {
		const tokens = tokenize('{x}', () => '<b>6.4%</b>');
		const { body } = render(Tokens, { props: { tokens } });
		expect(body).toContain('&lt;b>6.4%&lt;/b>');
	});
});
