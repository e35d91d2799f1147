/**
 * The page's light palette (the `:root` colours of app.css, which the printed handout uses too), as
 * plain values for files that stand alone. A tone without a colour there fails the build, naming it.
 */
import { readFileSync } from 'node:fs';
import { TONES, type Palette } from '$lib/scenes/standalone';

export function paletteOf(css: string): Palette {
	const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
	const palette = {} as Palette;
	for (const tone of TONES) {
		const value = new RegExp(`--${tone}:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(root)?.[1];
		if (!value) throw new Error(`src/app.css: :root has no colour --${tone} for standalone images`);
		palette[tone] = value;
	}
	return palette;
}

// Read from the project's source at build time (the images are drawn when the site is built).
export const palette = paletteOf(readFileSync('src/app.css', 'utf8'));
