/**
 * Turns the raw files of `data/` into the typed dataset, or fails with every problem found, each
 * naming the file, the figure and the field. Runs when the site builds (the Vite plugin in
 * `dataset-plugin.ts`) and in unit tests. The story's own words (its chapters, source parts and
 * periods) come from its vocabulary file, read with the data; the steps are modules of their own:
 * `parse-figures.ts` (files and fields), `resolve-figures.ts` (values, excerpts, derivations),
 * `claims.ts` (the register) and `history.ts` (dates and corrections).
 */
import { checkRegister } from './claims.ts';
import { checkHistory } from './history.ts';
import { formatFigure } from '../format.ts';
import type { Dataset, Figure } from './dataset.ts';
import { indexEntries, parseFigures, readSources, type Entry } from './parse-figures.ts';
import { DatasetError, reportTo, type DataFiles, type Problem, type Report } from './problems.ts';
import { resolveDerivedFigures, resolveSourceFigures } from './resolve-figures.ts';
import { storySchemas, type SourcesFile } from './schema.ts';
import { parseVocabulary } from './story-vocabulary.ts';

export {
	DatasetError,
	describeProblem,
	type DataFile,
	type DataFiles,
	type Problem
} from './problems.ts';

const REF = /\{([^{}|]+)(?:\|[^{}]*)?\}/g;

/** Figure ids referred to as {id} in a text. */
export const refsIn = (text: string) => [...text.matchAll(REF)].map((m) => m[1]!.trim());

/** Validates and resolves the dataset; throws a DatasetError listing every problem. */
export function buildDataset(files: DataFiles): Dataset {
	const vocab = parseVocabulary(files.vocabulary);
	const schemas = storySchemas(vocab);
	const problems: Problem[] = [];
	const report = reportTo(problems);

	const { sources, partTexts } = readSources(files, schemas, report);
	const { entries, seen } = parseFigures(files.figures, schemas, report);
	const byId = indexEntries(entries, vocab.parts, report);
	const resolving = {
		vocab,
		partTexts,
		sourceText: files.sourceText,
		report,
		resolved: new Map<string, Figure>()
	};
	const sentences = resolveSourceFigures(byId.values(), resolving);
	resolveDerivedFigures(byId, seen, resolving);
	const { resolved } = resolving;
	checkLabels(byId, report);
	const date = checkDate(sources, resolved, files.sources.path, report);

	// The claims register, held to the same source; quoted words may hold figure references.
	const register = checkRegister(
		files.claims.content,
		partTexts,
		schemas.ClaimSchema,
		(words) => {
			const unknown = refsIn(words).filter((id) => !resolved.has(id));
			if (unknown.length > 0) return { error: `refers to unknown figure {${unknown[0]}}` };
			return words.replace(REF, (_, id: string) => formatFigure(resolved.get(id.trim())!));
		},
		(claim, field, message) =>
			problems.push({
				file: files.claims.path,
				figure: claim === undefined ? undefined : JSON.stringify(claim),
				entry: 'claim',
				field,
				message
			})
	);

	// The story's dates and its corrections, which may name figures.
	const history = checkHistory(files.dates, files.corrections, seen, problems);

	if (problems.length > 0 || !history) throw new DatasetError(problems);

	return {
		date,
		figures: [...byId.keys()].map((id) => resolved.get(id)!),
		parts: sources ? (sources.parts as Dataset['parts']) : [],
		sentences,
		speakers: register.speakers,
		claims: register.claims,
		history
	};
}

/** Labels may refer to other figures ({id}); each must exist. */
function checkLabels(byId: Map<string, Entry>, report: Report) {
	for (const { file, raw } of byId.values()) {
		for (const ref of refsIn(raw.label)) {
			if (!byId.has(ref) || ref === raw.id)
				report(file, raw.id, 'label', `refers to unknown figure {${ref}}`);
		}
	}
}

/** The source's date, which must be one the source states (a date figure with its month and day). */
function checkDate(
	sources: SourcesFile | undefined,
	resolved: Map<string, Figure>,
	path: string,
	report: Report
): string {
	if (!sources) return '';
	const date = sources.date;
	const [, month, day] = date.split('-').map(Number);
	const stated = [...resolved.values()].some(
		(f) => f.kind === 'date' && f.month === month && f.value === day
	);
	if (!stated) report(path, undefined, 'date', `no date figure states ${month}月${day}日`);
	return date;
}
