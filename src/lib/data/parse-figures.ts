/**
 * The first steps of `buildDataset`: the sources file and the source text split into its parts,
 * then each file of figures checked field by field, and the figures put in the source's order
 * with their ids checked unique.
 */
import * as v from 'valibot';
import { splitParts } from './source-text.ts';
import type { RawFigure, SourcesFile, StorySchemas } from './schema.ts';
import { fieldOf, type DataFile, type DataFiles, type Report } from './problems.ts';

/** A figure that passed the field-level checks, with its file and that file's source part. */
export interface Entry {
	file: string;
	part: string | undefined;
	raw: RawFigure;
}

/** The sources file, and each report's own text: a figure's excerpt is found in its own report. */
export function readSources(files: DataFiles, schemas: StorySchemas, report: Report) {
	const parsed = v.safeParse(schemas.SourcesFileSchema, files.sources.content);
	if (!parsed.success) {
		for (const issue of parsed.issues)
			report(files.sources.path, undefined, fieldOf(issue, 0), issue.message);
	}
	const sources: SourcesFile | undefined = parsed.success ? parsed.output : undefined;
	const split = splitParts(files.sourceText.content, sources?.parts ?? []);
	for (const p of split.problems) {
		const i = sources ? sources.parts.findIndex((part) => part.id === p.id) : -1;
		report(files.sources.path, undefined, `parts.${i}.begins`, `part ${p.id}: ${p.message}`);
	}
	return { sources, partTexts: split.texts };
}

/**
 * Field-level checks, file by file. `seen` keeps the ids of figures that failed them too, so a
 * derived figure using one is not reported a second time.
 */
export function parseFigures(figureFiles: DataFile[], schemas: StorySchemas, report: Report) {
	const entries: Entry[] = [];
	const seen = new Set<string>();
	for (const file of figureFiles) {
		const parsed = v.safeParse(schemas.FigureFileSchema, file.content);
		if (!parsed.success) {
			for (const issue of parsed.issues)
				report(file.path, undefined, fieldOf(issue, 0), issue.message);
			continue;
		}
		parsed.output.figures.forEach((item, index) => {
			const id =
				typeof item === 'object' &&
				item !== null &&
				typeof (item as { id?: unknown }).id === 'string'
					? (item as { id: string }).id
					: undefined;
			if (id !== undefined) seen.add(id);
			const result = v.safeParse(schemas.RawFigureSchema, item);
			if (!result.success) {
				for (const issue of result.issues) {
					report(file.path, id ?? `#${index + 1} (no id)`, fieldOf(issue, 0), issue.message);
				}
				return;
			}
			entries.push({ file: file.path, part: parsed.output.part, raw: result.output });
		});
	}
	return { entries, seen };
}

/**
 * The figures in the order of the source's parts (`parts`, the story's vocabulary), derived-only
 * files last, by id; an id used twice is reported where it is used again.
 */
export function indexEntries(entries: Entry[], parts: readonly string[], report: Report) {
	const partRank = (e: Entry) => (e.part ? parts.indexOf(e.part) : parts.length);
	const byId = new Map<string, Entry>();
	for (const entry of [...entries].sort((a, b) => partRank(a) - partRank(b))) {
		const twin = byId.get(entry.raw.id);
		if (twin) {
			report(entry.file, entry.raw.id, 'id', `duplicate id, already used in ${twin.file}`);
		} else {
			byId.set(entry.raw.id, entry);
		}
	}
	return byId;
}
