/**
 * Splits a run of cells [start, end) on a grid into at most three rectangles: the rest of the
 * first row, the full rows, and the start of the last row. Each is filled with a cell pattern.
 */
import type { CellGrid, CellsMark } from './marks';

export interface Segment {
	x: number;
	y: number;
	w: number;
	h: number;
}

export function cellSegments(grid: CellGrid, block: Pick<CellsMark, 'start' | 'end'>): Segment[] {
	const { cols, size } = grid;
	const at = (i: number) => ({ col: i % cols, row: Math.floor(i / cols) });
	// Each rectangle stops at the last cell's edge, not the next tile's, so no sliver of the next
	// row or column of the pattern shows.
	const rect = (col: number, row: number, ncols: number, nrows: number): Segment => ({
		x: grid.x + col * size,
		y: grid.y + row * size,
		w: ncols * size - grid.gap,
		h: nrows * size - grid.gap
	});
	const segments: Segment[] = [];
	let i = block.start;
	const end = block.end;
	if (i >= end) return segments;
	const first = at(i);
	if (first.col !== 0) {
		const n = Math.min(cols - first.col, end - i);
		segments.push(rect(first.col, first.row, n, 1));
		i += n;
	}
	const fullRows = Math.floor((end - i) / cols);
	if (fullRows > 0) {
		segments.push(rect(0, at(i).row, cols, fullRows));
		i += fullRows * cols;
	}
	if (i < end) segments.push(rect(0, at(i).row, end - i, 1));
	return segments;
}
