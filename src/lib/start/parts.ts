/**
 * Parts of the page's code loaded on demand (presentation mode, the scene layouts), kept working
 * through a network blip and a new deploy.
 *
 * A failed import is tried again after a pause, twice: first as it was (Chromium fetches a failed
 * module again), then at the address the error names with a query added, for browsers that
 * remember a failed module by its address. An import that still fails rejects, and the caller
 * falls back (the still figures, reading mode) and says so (`PartFailure`).
 */

/** How long to wait before each new try, in milliseconds. */
export const RETRY_DELAYS_MS = [400, 1200];

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The module address a failed import names, if any. */
export function failedAddress(error: unknown): string | undefined {
	const text = error instanceof Error ? error.message : String(error);
	return /(https?:|file:)\/\/\S+?\.m?js\b/.exec(text)?.[0];
}

/**
 * `load()`, tried again on failure. `looksRight` tells a module loaded from the address the error
 * named (which may be a module the part depends on, not the part) from the part itself.
 */
export async function loadPart<T>(load: () => Promise<T>, looksRight: (m: unknown) => boolean) {
	try {
		return await load();
	} catch (first) {
		for (const [i, ms] of RETRY_DELAYS_MS.entries()) {
			await wait(ms);
			const address = failedAddress(first);
			try {
				if (i === 0 || !address) return await load();
				const module: unknown = await import(/* @vite-ignore */ `${address}?retry=${Date.now()}`);
				if (looksRight(module)) return module as T;
			} catch {
				// Tried below, or given up.
			}
		}
		throw first;
	}
}
