import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchemas } from '../../../scripts/generate-schema';

describe('the published JSON Schemas', () => {
	it.each(Object.entries(buildSchemas()))(
		'static/schema/%s matches the runtime schema',
		(file, text) => {
			expect(readFileSync(`static/schema/${file}`, 'utf8')).toBe(text);
		}
	);

	// An imported timeline may cite nothing; the quality rules ask shipped datasets for a source.
	it('require a list of sources on every event, which may be empty', () => {
		const events = JSON.parse(buildSchemas()['events.schema.json']!);
		expect(events.items.required).toContain('sources');
		expect(events.items.properties.sources.type).toBe('array');
		expect(events.items.properties.sources.minItems).toBeUndefined();
	});
});
