import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSegments, describeHighlight, findQuoteRanges } from '$lib/model/highlights';

/** The segments by definition: every cut, each piece with the events whose quotes cover it. */
function expected(text: string, mentions: { event: string; quote: string }[]) {
	const ranges = mentions.flatMap((m) =>
		findQuoteRanges(text, m.quote).map((r) => ({ ...r, event: m.event }))
	);
	const points = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort(
		(a, b) => a - b
	);
	const pieces = points.slice(0, -1).map((start, i) => ({
		start,
		end: points[i + 1]!,
		events: [
			...new Set(
				ranges.filter((r) => r.start <= start && r.end >= points[i + 1]!).map((r) => r.event)
			)
		]
	}));
	const merged: { start: number; end: number; text: string; events: string[] }[] = [];
	for (const p of pieces) {
		const last = merged.at(-1);
		if (last && last.events.join('\n') === p.events.join('\n')) {
			last.end = p.end;
			last.text = text.slice(last.start, p.end);
		} else merged.push({ ...p, text: text.slice(p.start, p.end) });
	}
	return merged;
}

describe('buildSegments', () => {
	it('cuts a passage at every quote boundary, each piece naming the events covering it', () => {
		const text = fc.stringMatching(/^[ab ]{0,30}$/);
		fc.assert(
			fc.property(
				text,
				fc.array(
					fc.record({
						event: fc.constantFrom('e1', 'e2', 'e3', 'e4'),
						quote: fc.stringMatching(/^[ab ]{1,4}$/)
					}),
					{ maxLength: 8 }
				),
				(passage, mentions) => {
					expect(buildSegments(passage, mentions)).toEqual(expected(passage, mentions));
				}
			),
			{ numRuns: 500 }
		);
	});
});

describe('describeHighlight', () => {
	const event = (n: number) => ({
		id: `e${n}`,
		title: `Event ${n}`,
		displayDate: `${1990 + n}`,
		basis: 'mentioned' as const
	});
	const events = (n: number) => Array.from({ length: n }, (_, i) => event(i + 1));

	it('names one event, with its date and basis', () => {
		expect(describeHighlight({ text: ' a quote ' }, events(1), false)).toBe(
			'“a quote”: event: Event 1 (1991, mentioned in the text)'
		);
	});

	it('names up to five events in full, and says when the filters hide them', () => {
		const label = describeHighlight({ text: 'q' }, events(5), true);
		expect(label).toMatch(/^“q”: 5 events: Event 1 \(1991, mentioned in the text\); /);
		expect(label).toContain('Event 5 (1995, mentioned in the text)');
		expect(label).toMatch(/; hidden by the filters$/);
	});

	it('past five, names the first three and counts the rest', () => {
		const label = describeHighlight({ text: 'q' }, events(6700), false);
		expect(label).toBe(
			'“q”: 6,700 events: Event 1 (1991, mentioned in the text); Event 2 (1992, mentioned in the text); ' +
				'Event 3 (1993, mentioned in the text) and 6,697 more'
		);
	});

	it('names the selected event first when the quote is one of its own', () => {
		const label = describeHighlight({ text: 'q' }, events(10), false, 'e9');
		expect(label).toMatch(/^“q”: 10 events: Event 9 \(1999, mentioned in the text\); Event 1 /);
		expect(label).toMatch(/ and 7 more$/);
		expect(describeHighlight({ text: 'q' }, events(10), false, 'elsewhere')).toMatch(
			/^“q”: 10 events: Event 1 /
		);
	});
});
