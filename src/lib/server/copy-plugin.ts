/**
 * Serves the story's words as modules, read from its folder (see `story-config.ts`):
 * `virtual:story-copy` is every edition's content, with where each string was written (for the
 * build's error messages, server only); `virtual:story-copy/not-found` is only the 404 page's
 * words, small, as the site loads its error page with every page. A mistake in a copy file fails
 * `vite build` (and shows in the dev overlay) naming the file and the line. Every file read is
 * watched: editing the copy rebuilds and reloads the pages that show it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { editionFiles, loadEdition, storyLanguages, type LoadedEdition } from '../copy/load.ts';
import { AmlError } from '../copy/archie.ts';
import { CopyError } from '../copy/read.ts';
import { STORY_DIR } from './story-config.ts';

const ID = 'virtual:story-copy';
const NOT_FOUND = 'virtual:story-copy/not-found';

/** The module's code: every edition, each language's checker rules imported and added. */
function editionsModule(dir: string, editions: [string, LoadedEdition][]): string {
	const imports: string[] = [];
	const adds: string[] = [];
	editions.forEach(([code, edition], i) => {
		const rules = resolve(editionFiles(dir, code).rules);
		const translated = edition.content.translation !== undefined;
		if (existsSync(rules) !== translated) {
			const copy = editionFiles(dir, code).copy;
			throw new CopyError([
				new AmlError(
					translated ? copy : editionFiles(dir, code).rules,
					null,
					translated
						? `the edition translates the dataset ({translation}) but has no checker rules: write ${editionFiles(dir, code).rules}`
						: `checker rules for an edition with no {translation} in ${copy}`
				)
			]);
		}
		if (!translated) return;
		imports.push(`import rules${i} from ${JSON.stringify(rules)};`);
		adds.push(`Object.assign(editions[${JSON.stringify(code)}].content.translation, rules${i});`);
	});
	return [
		...imports,
		`const editions = ${JSON.stringify(Object.fromEntries(editions))};`,
		...adds,
		'export default editions;'
	].join('\n');
}

/** `storyDir` is the story folder; the configured story by default (tests give the fixture story). */
export function copyPlugin(storyDir: string = STORY_DIR): Plugin {
	return {
		name: 'story-copy',
		resolveId: (id) => (id === ID || id === NOT_FOUND ? '\0' + id : undefined),
		load(id) {
			if (id !== '\0' + ID && id !== '\0' + NOT_FOUND) return undefined;
			const dir = storyDir;
			try {
				const codes = storyLanguages(dir);
				for (const code of codes) {
					const files = editionFiles(dir, code);
					for (const f of [files.skeleton, files.copy, files.strings, files.rules])
						if (existsSync(resolve(f))) this.addWatchFile(resolve(f));
				}
				const editions = codes.map(
					(code) => [code, loadEdition(dir, code)] as [string, LoadedEdition]
				);
				if (id === '\0' + NOT_FOUND) {
					const words = Object.fromEntries(editions.map(([code, e]) => [code, e.notFound]));
					return `export const notFound = ${JSON.stringify(words)};`;
				}
				return editionsModule(dir, editions);
			} catch (error) {
				if (error instanceof CopyError) this.error(error.message);
				throw error;
			}
		}
	};
}
