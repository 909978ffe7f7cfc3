import { describe, expect, it } from 'vitest';
import { assembleFolder } from '$lib/formats/folder';
import { loadDatasetText } from '$lib/formats/load';
import { formatProblem } from '$lib/model/problems';
import { validateDataset } from '$lib/model/validate';
import { validDataset } from '../fixtures';

function folderOf(files: Record<string, string>) {
	return (name: string) => files[name];
}

describe('loadDatasetText', () => {
	it('loads a valid dataset file', () => {
		const result = loadDatasetText(JSON.stringify(validDataset()), 'mini.json');
		expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual([
			'council-founded',
			'text-written'
		]);
	});

	it('reports a JSON syntax error with its line and column', () => {
		const result = loadDatasetText(
			'{\n  "format": "chronotext-dataset",\n  "id": }',
			'broken.json'
		);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(formatProblem(result.problems[0]!)).toMatch(
				/^broken\.json: is not valid JSON at line 3, column \d+/
			);
	});

	it('imports a TimelineJS file through the same validator', () => {
		const result = loadDatasetText(
			JSON.stringify({
				events: [
					{
						start_date: { year: 1999 },
						text: { headline: 'An event', text: 'What happened.' },
						media: { url: 'https://example.org/a' }
					}
				]
			}),
			'tl.json'
		);
		expect(result.ok && result.dataset.events.map((e) => e.when)).toEqual(['1999']);
	});

	it('rejects text in no format it reads, naming the file', () => {
		const result = loadDatasetText('title,date\nx,1999', 'sheet.csv');
		expect(!result.ok && formatProblem(result.problems[0]!)).toMatch(
			/^sheet\.csv: is not a format chronotext reads/
		);
	});
});

describe('assembleFolder', () => {
	const { events, periods, tours, source, ...meta } = validDataset();

	it('joins the files of a folder into one valid dataset', () => {
		const result = assembleFolder(
			folderOf({
				'dataset.json': JSON.stringify(meta),
				'source.json': JSON.stringify(source),
				'events.json': JSON.stringify(events),
				'periods.json': JSON.stringify(periods),
				'tours.json': JSON.stringify(tours)
			}),
			'data/mini'
		);
		expect(result.ok).toBe(true);
		if (result.ok) expect(validateDataset(result.input, result.files).ok).toBe(true);
	});

	it('names each missing required file and each broken one', () => {
		const result = assembleFolder(
			folderOf({ 'dataset.json': JSON.stringify(meta), 'events.json': '[' }),
			'data/mini/'
		);
		expect(!result.ok && result.problems.map(formatProblem)).toEqual([
			expect.stringMatching(/^data\/mini\/source\.json: the file is missing/),
			expect.stringMatching(/^data\/mini\/events\.json: is not valid JSON/)
		]);
	});

	it('leaves optional periods and tours out when their files are absent', () => {
		const result = assembleFolder(
			folderOf({
				'dataset.json': JSON.stringify(meta),
				'source.json': JSON.stringify(source),
				'events.json': JSON.stringify(events)
			}),
			'data/mini'
		);
		expect(result.ok && validateDataset(result.input, result.files).ok).toBe(true);
	});
});
