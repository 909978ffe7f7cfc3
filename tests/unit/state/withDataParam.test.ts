import { describe, expect, it } from 'vitest';
import { withDataParam } from '$lib/state/withDataParam';

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
