// Reading a page load's trace (Chromium's trace events, as `browser.stopTracing()` returns them).

/**
 * The page's main thread, found by the HTML parse of the page served on `port`, and its top-level
 * tasks (complete `RunTask` events; a task inside another, or a second record of the same span,
 * is the same task). Throws if the trace has no parse of that page.
 */
export function pageTasks(events, port) {
	const parse = events.find(
		(e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.includes(`:${port}`)
	);
	if (!parse) throw new Error(`no parse of the page on port ${port} in the trace`);
	const { pid, tid } = parse;
	const all = events.filter(
		(e) =>
			e.pid === pid &&
			e.tid === tid &&
			e.ph === 'X' &&
			(e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
	);
	const inside = (t, o) => o.ts <= t.ts && o.ts + o.dur >= t.ts + t.dur;
	const tasks = all.filter(
		(t, i) => !all.some((o, j) => j !== i && inside(t, o) && (o.dur > t.dur || j < i))
	);
	return { parse, pid, tid, tasks };
}
