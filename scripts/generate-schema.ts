/**
 * Writes the JSON Schemas for editors, derived from the one runtime schema (src/lib/model/schema.ts):
 * static/schema/dataset.schema.json for a single-file dataset, and one per file of a dataset folder.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import * as v from 'valibot';
import { mkdirSync, writeFileSync } from 'node:fs';
import {
	DatasetSchema,
	EventSchema,
	PeriodSchema,
	SourceTextSchema,
	TourSchema,
	VocabularySchema
} from '../src/lib/model/schema';

const BASE = 'https://chronotext.invalid/schema';
const schemas: Record<string, { title: string; schema: v.GenericSchema }> = {
	'dataset.schema.json': { title: 'chronotext dataset (single file)', schema: DatasetSchema },
	'folder-dataset.schema.json': {
		title: 'chronotext dataset folder: dataset.json',
		schema: v.strictObject({
			$schema: v.optional(v.string()),
			id: DatasetSchema.entries.id,
			title: DatasetSchema.entries.title,
			description: DatasetSchema.entries.description,
			actors: VocabularySchema,
			themes: VocabularySchema
		})
	},
	'source.schema.json': {
		title: 'chronotext dataset folder: source.json',
		schema: SourceTextSchema
	},
	'events.schema.json': {
		title: 'chronotext dataset folder: events.json',
		schema: v.array(EventSchema)
	},
	'periods.schema.json': {
		title: 'chronotext dataset folder: periods.json',
		schema: v.array(PeriodSchema)
	},
	'tours.schema.json': {
		title: 'chronotext dataset folder: tours.json',
		schema: v.array(TourSchema)
	}
};

/** Every JSON Schema file's name and text, as the runtime schema defines it now. */
export function buildSchemas(): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [file, { title, schema }] of Object.entries(schemas)) {
		const json = {
			...toJsonSchema(schema, { errorMode: 'ignore', typeMode: 'input' }),
			$id: `${BASE}/${file}`,
			title
		};
		out[file] = `${JSON.stringify(json, null, '\t')}\n`;
	}
	return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	mkdirSync('static/schema', { recursive: true });
	const files = buildSchemas();
	for (const [file, text] of Object.entries(files)) writeFileSync(`static/schema/${file}`, text);
	console.log(`wrote ${Object.keys(files).length} JSON Schemas to static/schema/`);
}
