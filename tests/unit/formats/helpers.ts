import { readFileSync } from 'node:fs';
import { loadDatasetText } from '$lib/formats/load';
import { formatProblem } from '$lib/model/problems';
import type { Dataset } from '$lib/model/schema';

/** The text of a fixture in tests/unit/formats/fixtures/. */
export function fixture(name: string): string {
	return readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
}

/** Loads text through the app's loader; throws with the problems when it is not valid. */
export function loadOk(text: string, name: string): Dataset {
	const result = loadDatasetText(text, name);
	if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
	return result.dataset;
}

/** The problems of text that should not load, one line each. */
export function problemsOf(text: string, name: string): string[] {
	const result = loadDatasetText(text, name);
	return result.ok ? [] : result.problems.map(formatProblem);
}
