/**
 * What an embedded scene needs to be laid out in the browser: its settings, and of the story's
 * figures, names and lists only those its settings name (an embed page carries one scene, not the
 * story). Engine code: it reads a scene's settings, whatever story they come from.
 */
import type { SceneContext } from '$lib/scenes/marks';
import type { SceneSpec } from '$lib/scenes/spec';

/** Every string in a scene's settings: the ids of what it draws. */
const stringsOf = (value: unknown): string[] =>
	typeof value === 'string'
		? [value]
		: Array.isArray(value)
			? value.flatMap(stringsOf)
			: value && typeof value === 'object'
				? Object.values(value).flatMap(stringsOf)
				: [];

/** `all` keeping only the keys in `keys`. */
const pick = <T>(all: Record<string, T>, keys: string[]) =>
	Object.fromEntries(keys.filter((k) => k in all).map((k) => [k, all[k]!]));

/** The part of the scenes' context one scene reads. */
export function embedContext(spec: SceneSpec, ctx: SceneContext): SceneContext {
	const ids = [...new Set(stringsOf(spec))];
	return {
		locale: ctx.locale,
		year: ctx.year,
		figures: pick(ctx.figures, ids),
		names: pick(ctx.names, ids),
		lists: pick(ctx.lists, ids),
		ui: ctx.ui
	};
}
