// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

/** True in the one-file edition (STORY_SINGLE=1), which is opened from disk. */
declare global {
	const __SINGLE_FILE__: boolean;
	/** Each language's code, `lang` and prefix, from the registry (see $lib/languages/editions). */
	const __LANGUAGES__: readonly { code: string; lang: string; prefix: string }[];
}

export {};
