import { describe, expect, it } from 'vitest';
import { indexDataset } from '$lib/model/dataset';
import { presentationFor } from '$lib/model/tours';
import { validateDataset } from '$lib/model/validate';
import { slideDeckFor, slideFileName } from '$lib/formats/slides';
import { validDataset } from '../fixtures';

const result = validateDataset(validDataset(), { default: 'mini.json' });
if (!result.ok) throw new Error('fixture invalid');
const ds = indexDataset(result.dataset, result.dates);

describe('slideDeckFor', () => {
	it('makes one slide per step of a tour, with its caption and first quote', () => {
		const presentation = presentationFor(ds);
		const deck = slideDeckFor(ds, presentation);
		expect(deck.title).toBe(presentation.title);
		expect(deck.slides.length).toBeGreaterThan(0);
		expect(deck.slides).toHaveLength(presentation.steps.length);
		presentation.steps.forEach((step, i) => {
			const slide = deck.slides[i]!;
			expect(slide.title).toBe(step.event.title);
			expect(slide.date).toBe(step.event.displayDate);
			expect(slide.caption).toBe(step.caption ?? step.event.summary);
			const mention = step.event.mentions[0]!;
			expect(slide.quote).toEqual({
				text: `“${mention.quote}”`,
				attribution: `${ds.dataset.source!.author}, ${ds.passages.get(mention.passage)!.label}`
			});
		});
	});

	it('draws every step on one strip, in time order, inside the slide', () => {
		const presentation = presentationFor(ds, { tourId: 'all' });
		const { strip } = slideDeckFor(ds, presentation);
		expect(strip.markers).toHaveLength(presentation.steps.length);
		for (const m of strip.markers) {
			expect(m.x).toBeGreaterThan(0);
			expect(m.x).toBeLessThan(1);
			expect(m.row).toBeLessThan(2);
		}
		// All events come in time order, so the markers go left to right.
		const xs = strip.markers.map((m) => m.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		expect(strip.ticks.length).toBeGreaterThan(0);
		for (const t of strip.ticks) expect(t.x).toBeGreaterThanOrEqual(0);
	});

	it('uses the summary where all events are presented without captions', () => {
		const presentation = presentationFor(ds, { tourId: 'all' });
		const deck = slideDeckFor(ds, presentation);
		expect(deck.slides.map((s) => s.caption)).toEqual(
			presentation.steps.map((s) => s.event.summary)
		);
	});
});

describe('slideFileName', () => {
	it.each([
		[
			'A marriage of convenience? NATO and Russia, 1991–2006',
			'a-marriage-of-convenience-nato-and-russia-1991-2006.pptx'
		],
		['Théâtre: “Kosovo”', 'theatre-kosovo.pptx'],
		['???', 'tour.pptx']
	])('names %s as %s', (title, name) => {
		expect(slideFileName(title)).toBe(name);
	});
});
