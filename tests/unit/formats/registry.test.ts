import { describe, expect, it } from 'vitest';
import { chronotextJsonFormat } from '$lib/formats/chronotextJson';
import { detectFormat } from '$lib/formats/registry';
import { validDataset } from '../fixtures';
import { fixture, loadOk } from './helpers';

describe('detectFormat', () => {
	it.each([
		['timelinejs.json', 'timelinejs-json'],
		['timelinejs-sheet.csv', 'timelinejs-csv'],
		['older-sheet.csv', 'timelinejs-csv'],
		['chronotext.csv', 'chronotext-csv']
	])('recognises %s by its content', (name, id) => {
		expect(detectFormat(fixture(name))?.id).toBe(id);
		expect(detectFormat(`\uFEFF${fixture(name)}`)?.id).toBe(id);
	});

	it('recognises our JSON, even when an event mentions "start_date" in its text', () => {
		const dataset = validDataset();
		dataset.events[0]!.summary = 'It has a "start_date": field.';
		expect(detectFormat(JSON.stringify(dataset))?.id).toBe('chronotext-json');
	});

	it('recognises nothing in plain text', () => {
		expect(detectFormat('title,date\nx,1999')).toBeUndefined();
		expect(detectFormat('')).toBeUndefined();
	});
});

describe('dataset JSON', () => {
	it('reads its own export back identically: dataset → JSON → dataset', () => {
		const dataset = loadOk(JSON.stringify(validDataset()), 'mini.json');
		const text = chronotextJsonFormat.serialise!(dataset);
		expect(loadOk(text, 'mini.json')).toEqual(dataset);
	});

	it('reads an imported dataset written as JSON back identically', () => {
		const dataset = loadOk(fixture('timelinejs.json'), 'wars.json');
		expect(loadOk(chronotextJsonFormat.serialise!(dataset), 'wars.json')).toEqual(dataset);
	});
});
