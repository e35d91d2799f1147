/**
 * The raw files `buildDataset` reads, and the problems it finds in them: each names the file, the
 * entry (a figure, a claim or speaker of the register, a correction) and the field, so that a
 * mistake in `data/` fails the build with a message that says where it is.
 */
import type * as v from 'valibot';

export interface DataFile<T = unknown> {
	/** Path shown in messages, relative to the project (data/figures/growth.json). */
	path: string;
	content: T;
}

export interface DataFiles {
	/** The story's own words: its chapters, source parts and periods (its `vocab.json`). */
	vocabulary: DataFile;
	sources: DataFile;
	sourceText: DataFile<string>;
	figures: DataFile[];
	/** The claims register: who said what (`data/claims.json`). */
	claims: DataFile;
	/** When each edition was published and last updated (`data/dates.json`). */
	dates: DataFile;
	/** Every correction of a published version (`data/corrections.json`). */
	corrections: DataFile;
}

export interface Problem {
	file: string;
	/** The entry at fault: a figure, a claim or speaker of the register, or a correction. */
	figure?: string | undefined;
	entry?: 'figure' | 'claim' | 'correction' | undefined;
	field?: string | undefined;
	message: string;
}

export const describeProblem = (p: Problem) =>
	[
		p.file,
		p.figure !== undefined ? `${p.entry ?? 'figure'} ${p.figure}` : '',
		p.field ? `field "${p.field}"` : ''
	]
		.filter(Boolean)
		.join(', ') + `: ${p.message}`;

export class DatasetError extends Error {
	constructor(readonly problems: Problem[]) {
		super(
			`The dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
				problems.map((p) => `  - ${describeProblem(p)}`).join('\n')
		);
		this.name = 'DatasetError';
	}
}

/** Reports a problem of a file; `figure` is the entry's id as written, quoted in the message. */
export type Report = (
	file: string,
	figure: string | undefined,
	field: string | undefined,
	message: string
) => void;

/** A `Report` that adds each problem to `problems`. */
export const reportTo =
	(problems: Problem[]): Report =>
	(file, figure, field, message) =>
		problems.push({
			file,
			figure: figure === undefined ? undefined : JSON.stringify(figure),
			field,
			message
		});

/** The field an issue of a schema is about, as a dotted path, skipping its first `skip` keys. */
export const fieldOf = (issue: v.BaseIssue<unknown>, skip: number) =>
	(issue.path ?? [])
		.slice(skip)
		.map((item) => String(item.key))
		.join('.');
