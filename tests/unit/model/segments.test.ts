import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSegments } from '$lib/model/highlights';
import { findQuoteRanges } from '$lib/model/quotes';

/** The segments by definition: every cut, each piece with the events whose quotes cover it. */
function expected(text: string, mentions: { eventId: string; quote: string }[]) {
	const ranges = mentions.flatMap((m) =>
		findQuoteRanges(text, m.quote).map((r) => ({ ...r, eventId: m.eventId }))
	);
	const points = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort(
		(a, b) => a - b
	);
	const pieces = points.slice(0, -1).map((start, i) => ({
		start,
		end: points[i + 1]!,
		eventIds: [
			...new Set(
				ranges.filter((r) => r.start <= start && r.end >= points[i + 1]!).map((r) => r.eventId)
			)
		]
	}));
	const merged: { start: number; end: number; text: string; eventIds: string[] }[] = [];
	for (const p of pieces) {
		const last = merged.at(-1);
		if (last && last.eventIds.join('\n') === p.eventIds.join('\n')) {
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
						eventId: fc.constantFrom('e1', 'e2', 'e3', 'e4'),
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
