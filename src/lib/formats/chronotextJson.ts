/** chronotext's own dataset JSON, the format the build publishes and `?data=` has always read. */
import type { DatasetFormat } from './format';
import { parseJson } from './json';

/** Our dataset JSON; parse only reads the JSON, the validator does the rest. */
export const chronotextJsonFormat: DatasetFormat = {
	id: 'chronotext-json',
	label: 'Dataset JSON',
	detect: (text) => /^[\uFEFF\s]*[[{]/.test(text),
	parse: (text, fileName) => {
		const json = parseJson(text, fileName);
		return json.ok ? { ok: true, input: json.value } : { ok: false, problems: [json.problem] };
	},
	serialise: (dataset) => `${JSON.stringify(dataset, null, '\t')}\n`,
	mediaType: 'application/json',
	extension: 'json'
};
