/** Reads a dataset folder or file from disk (Node only): shared by the CLI and the build. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { assembleFolder } from '../formats/folder';
import { loadDatasetText, type LoadResult } from '../formats/load';
import { validateDataset, type ValidateOptions } from '../model/validate';

/** Loads and validates a dataset folder (data/<id>/) or one JSON file; `label` names it in problems. */
export function loadDatasetPath(
	path: string,
	label = path,
	options: ValidateOptions = {}
): LoadResult {
	if (!existsSync(path))
		return {
			ok: false,
			problems: [
				{
					file: label,
					message: 'does not exist',
					fix: 'name a dataset folder such as data/nato-russia-2006 or a .json file.'
				}
			]
		};
	if (!statSync(path).isDirectory())
		return loadDatasetText(readFileSync(path, 'utf8'), label, options);
	const assembled = assembleFolder((name) => {
		const file = join(path, name);
		return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	}, label);
	return assembled.ok ? validateDataset(assembled.input, assembled.files, options) : assembled;
}
