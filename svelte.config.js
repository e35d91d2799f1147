import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// STORY_SINGLE=1 builds the one-file editions (build/story.html, build/story.en.html): every script
// and style inlined, opened from disk; each edition's front page comes from the story route's own
// entries (`/`, `/en`: see $lib/server/story-page). `npm run build` makes both.
const single = process.env.STORY_SINGLE === '1';
// STORY_WORK_DIR builds somewhere else entirely (tests that build broken data use it), leaving
// build/ and .svelte-kit/ — which `vite preview` serves — untouched.
const workDir = process.env.STORY_WORK_DIR;
// The one-file build's own folder (in the work folder too): it never replaces the site's pages.
const singleDir = workDir ? `${workDir}/single` : '.svelte-kit-single';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		adapter: adapter({
			pages: single ? `${singleDir}/site` : workDir ? `${workDir}/site` : 'build',
			strict: true
		}),
		// Its own working folder, so it never replaces the output that `vite preview` serves.
		outDir: single ? singleDir : (workDir ?? '.svelte-kit'),
		// The story's checker rules (stories/<story>/rules/*.ts) are TypeScript outside src/.
		typescript: { config: (ts) => void ts.include.push('../stories/**/*.ts') },
		output: single ? { bundleStrategy: 'inline' } : {},
		// A deployed page looks every five minutes for a newer deploy: once there is one, entering
		// presentation mode loads the page anew instead of asking for files the deploy may have
		// removed. A file opened from disk has nothing to look at.
		version: { pollInterval: single ? 0 : 5 * 60_000 },
		// The stylesheets (about 16 KB before compression) go inside the page: no request blocks the
		// first paint, and a page whose scripts and files do not come still has its styles. Past
		// this size the main stylesheet would quietly become a file of its own: the @faults tests
		// (scripts blocked) fail when it does.
		inlineStyleThreshold: 24 * 1024,
		prerender: {
			entries: single ? ['/'] : ['*', '/404'],
			crawl: !single,
			// The one-file edition has the front page only; the chapter pages are not missing.
			handleUnseenRoutes: single ? 'ignore' : 'fail',
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// A strict policy that works on any static host: hashes of Kit's own inline scripts, nothing
		// from other origins. Inline styles stay allowed: marks are placed with style attributes.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
