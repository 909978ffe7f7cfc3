import { describe, expect, it } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { loadDatasetText } from '$lib/formats/load';
import type { Dataset } from '$lib/model/schema';
import {
	EMBEDDED_DATASET_ID,
	embedDataset,
	scriptSafeJson,
	singleHtmlFileName
} from '$lib/formats/singleHtml';
import { validDataset } from '../fixtures';

/** The fixture as the validator returns it. */
function miniDataset(): Dataset {
	const loaded = loadDatasetText(JSON.stringify(validDataset()), 'mini.json');
	if (!loaded.ok) throw new Error('the fixture is invalid');
	return loaded.dataset;
}

const TEMPLATE =
	'<!doctype html><html><head><meta charset="utf-8" /><script>app()</script></head><body></body></html>';

/** The text of the dataset block, as a browser's parser would read it: up to the first `</script`. */
function blockText(html: string): string {
	const open = `<script type="application/json" id="${EMBEDDED_DATASET_ID}">`;
	const start = html.indexOf(open) + open.length;
	return html.slice(start, html.toLowerCase().indexOf('</script', start));
}

describe('scriptSafeJson', () => {
	it('writes <, >, & and the line separators as escapes', () => {
		expect(scriptSafeJson({ t: '</script><!--&\u2028\u2029' })).toBe(
			'{"t":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029"}'
		);
	});

	prop.prop([fc.jsonValue()])('reads back to the same value', (value) => {
		expect(JSON.parse(scriptSafeJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
	});
});

describe('embedDataset', () => {
	it('puts the dataset in a JSON block at the end of the head, which reads back the same', () => {
		const dataset = miniDataset();
		const html = embedDataset(TEMPLATE, dataset);
		expect(html.indexOf(EMBEDDED_DATASET_ID)).toBeLessThan(html.indexOf('</head>'));
		expect(html.indexOf('<script>app()</script>')).toBeLessThan(html.indexOf(EMBEDDED_DATASET_ID));
		const result = loadDatasetText(blockText(html), 'embedded');
		expect(result.ok && result.dataset).toEqual(dataset);
	});

	it('keeps a title holding </script> and markup inside the block, as text', () => {
		const dataset = { ...miniDataset(), title: '</script><script>alert(1)</script><!-- x' };
		const html = embedDataset(TEMPLATE, dataset);
		expect(html).not.toContain('<script>alert(1)');
		expect(JSON.parse(blockText(html)).title).toBe(dataset.title);
	});

	it('refuses a template that is not a page', () => {
		expect(() => embedDataset('no head here', miniDataset())).toThrow('</head>');
	});

	it('names the file after the dataset', () => {
		expect(singleHtmlFileName({ ...miniDataset(), id: 'wars-and-races' })).toBe(
			'wars-and-races.html'
		);
	});
});
