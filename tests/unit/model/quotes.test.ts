import { describe, expect, it } from 'vitest';
import { findQuoteRanges } from '$lib/model/highlights';
import { nearestMatch } from '$lib/model/nearestQuote';
import { foldTypography } from '$lib/model/quotes';

describe('findQuoteRanges', () => {
	it('finds every occurrence of a repeated quote', () => {
		expect(findQuoteRanges('plans remain just that—plans', 'plans')).toEqual([
			{ start: 0, end: 5 },
			{ start: 23, end: 28 }
		]);
	});

	it('finds overlapping occurrences', () => {
		expect(findQuoteRanges('aaa', 'aa')).toEqual([
			{ start: 0, end: 2 },
			{ start: 1, end: 3 }
		]);
	});

	it('matches curly quotes and em dashes only verbatim', () => {
		const text = 'Russia’s attempt—plans';
		expect(findQuoteRanges(text, 'Russia’s attempt—plans')).toHaveLength(1);
		expect(findQuoteRanges(text, "Russia's attempt")).toEqual([]);
		expect(findQuoteRanges(text, 'attempt-plans')).toEqual([]);
	});

	it('returns nothing for an empty quote', () => {
		expect(findQuoteRanges('text', '')).toEqual([]);
	});
});

describe('nearestMatch', () => {
	it('keeps the length of the text when folding typography', () => {
		const text = 'Russia’s “plan”—now';
		expect(foldTypography(text)).toHaveLength(text.length);
	});

	it('returns the original characters for a typographic near-miss', () => {
		expect(nearestMatch('It is Russia’s attempt to block', "russia's ATTEMPT")).toBe(
			'Russia’s attempt'
		);
	});

	it('returns nothing when too few words agree', () => {
		expect(
			nearestMatch('The naval dimension has been productive', 'completely different words here')
		).toBeUndefined();
	});
});
