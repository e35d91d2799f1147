// Small numeric and printing helpers for the bench.

/** Median of the finite numbers in `values` (mean of the middle two for an even count). */
export function median(values) {
	const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (!v.length) return null;
	const mid = Math.floor(v.length / 2);
	return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Percentile by linear interpolation between closest ranks (p in 0..100). */
export function percentile(values, p) {
	const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
	if (!v.length) return null;
	const rank = (p / 100) * (v.length - 1);
	const lo = Math.floor(rank);
	const hi = Math.ceil(rank);
	return v[lo] + (v[hi] - v[lo]) * (rank - lo);
}

export const max = (values) => {
	const v = values.filter((x) => Number.isFinite(x));
	return v.length ? Math.max(...v) : null;
};

export const sum = (values) => values.reduce((a, b) => a + b, 0);

/** Medians of every numeric field of a list of flat objects with the same keys. */
export function medianOf(runs, keys = Object.keys(runs[0] ?? {})) {
	const out = {};
	for (const key of keys) {
		const values = runs.map((r) => r?.[key]);
		out[key] = values.every((v) => typeof v === 'number' || v === null)
			? median(values.filter((v) => v !== null))
			: values[0];
	}
	return out;
}

export const kb = (bytes) =>
	bytes === null || bytes === undefined ? '–' : (bytes / 1024).toFixed(1);

/** Formats a number with `digits` decimals, or a dash when missing. */
export const num = (value, digits = 0) =>
	value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);

/** A plain text table: first row is the header; numbers are right-aligned. */
export function table(rows) {
	const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
	const line = (r) =>
		r
			.map((cell, c) => {
				const s = String(cell ?? '');
				return c === 0 || !/^[-+]?[\d.–]/.test(s) ? s.padEnd(widths[c]) : s.padStart(widths[c]);
			})
			.join('  ')
			.trimEnd();
	const out = [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  ')];
	for (const r of rows.slice(1)) out.push(line(r));
	return out.join('\n');
}
