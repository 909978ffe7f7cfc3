import { describe, expect, it } from 'vitest';
import { embedNotice, isEmbedView } from '$lib/state/embedUrl';

const search = (query: string) => new URLSearchParams(query);

describe('embed=1', () => {
	it.each([
		['embed=1', true],
		['embed=1&event=x', true],
		['', false],
		['embed=0', false],
		['embed=true', false]
	])('reads "%s" as embedded: %s', (query, embedded) => {
		expect(isEmbedView(search(query))).toBe(embedded);
	});

	it('names another value in a notice, and says nothing of 1 or of no value', () => {
		expect(embedNotice(search('embed=yes'))).toBe(
			'“embed=yes” is not a view; use embed=1 for the timeline alone. The full explorer is shown.'
		);
		expect(embedNotice(search('embed=1'))).toBeUndefined();
		expect(embedNotice(search(''))).toBeUndefined();
	});
});
