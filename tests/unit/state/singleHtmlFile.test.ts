import { describe, expect, it } from 'vitest';
import { loadDatasetText } from '$lib/formats/load';
import { EMBEDDED_DATASET_ID, SINGLE_FILE_TEMPLATE } from '$lib/formats/singleHtml';
import { singleHtmlFile } from '$lib/state/singleHtmlFile';
import { validDataset } from '../fixtures';

const loaded = loadDatasetText(JSON.stringify(validDataset()), 'mini.json');
if (!loaded.ok) throw new Error('the fixture is invalid');
const dataset = loaded.dataset;

describe('singleHtmlFile', () => {
	it('writes the dataset into the page the site serves, as <dataset id>.html', async () => {
		const asked: string[] = [];
		const fetcher = (async (url: string) => {
			asked.push(url);
			return new Response('<html><head></head><body></body></html>');
		}) as typeof fetch;
		const file = await singleHtmlFile(dataset, fetcher);
		expect(asked).toEqual([`/${SINGLE_FILE_TEMPLATE}`]);
		expect(file.name).toBe('mini.html');
		expect(file.type).toBe('text/html');
		expect(await file.text()).toContain(
			`<script type="application/json" id="${EMBEDDED_DATASET_ID}">`
		);
	});

	it('says what to do when the page cannot be fetched', async () => {
		const fetcher = (async () => new Response('', { status: 404 })) as typeof fetch;
		await expect(singleHtmlFile(dataset, fetcher)).rejects.toThrow(
			'the single-file page could not be fetched (404)'
		);
	});
});
