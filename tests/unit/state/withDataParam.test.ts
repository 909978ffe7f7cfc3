import { describe, expect, it } from 'vitest';
import { isRequestedDatasetShown, withDataParam } from '$lib/state/withDataParam';

const loaded = new URLSearchParams('data=/uploads/a.json&event=x&from=1999-01-01');

describe('withDataParam', () => {
	it.each([
		['/', '/?data=%2Fuploads%2Fa.json'],
		['/events/', '/events/?data=%2Fuploads%2Fa.json'],
		['/?event=nrc-founded', '/?data=%2Fuploads%2Fa.json&event=nrc-founded'],
		['/present/?step=2#top', '/present/?data=%2Fuploads%2Fa.json&step=2#top'],
		['/?data=other.json&lanes=actor', '/?data=%2Fuploads%2Fa.json&lanes=actor']
	])('carries the loaded dataset into %s', (href, expected) => {
		expect(withDataParam(href, loaded)).toBe(expected);
		expect(new URL(expected, 'https://x.test').searchParams.get('data')).toBe('/uploads/a.json');
	});

	it('leaves links alone when no dataset came from a URL', () => {
		expect(withDataParam('/events/', new URLSearchParams('event=x'))).toBe('/events/');
	});

	it('keeps no other parameter of the current page', () => {
		expect(withDataParam('/practice/', loaded)).not.toMatch(/event|from/);
	});
});

describe('isRequestedDatasetShown', () => {
	const at = (query: string) => new URL(`https://site.test/practice/?${query}`);
	it.each([
		['', undefined, false, true],
		['data=/d.json', 'https://site.test/d.json', false, true],
		['data=/d.json', undefined, false, false],
		['data=/d.json', 'https://site.test/other.json', false, false],
		['data=/d.json', undefined, true, true]
	])('?%s with %s on screen (failed: %s) is %s', (query, loadedFrom, failed, shown) => {
		expect(isRequestedDatasetShown(at(query), loadedFrom, failed)).toBe(shown);
	});
});
