import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
	addStep,
	addTour,
	changeCurrentTour,
	chooseTour,
	currentTour,
	decodeSharedTour,
	deleteTour,
	keepTour,
	encodeSharedTour,
	moveStep,
	newTourId,
	NO_TOURS,
	parseMyTours,
	removeStep,
	renameTour,
	serializeMyTours,
	setCaption,
	type MyTour
} from '$lib/model/myTours';

const tour = (...events: string[]): MyTour => ({
	id: 'my-a1',
	title: 'Kosovo 1999',
	steps: events.map((event) => ({ event, caption: `About ${event}.` }))
});

describe('building a tour', () => {
	it('adds an event as the last step with an empty caption, once', () => {
		const t = addStep(addStep(tour('a'), 'b'), 'b');
		expect(t.steps).toEqual([
			{ event: 'a', caption: 'About a.' },
			{ event: 'b', caption: '' }
		]);
	});

	it.each([
		[0, 1, ['b', 'a', 'c']],
		[2, -1, ['a', 'c', 'b']],
		[0, -1, ['a', 'b', 'c']],
		[2, 1, ['a', 'b', 'c']]
	] as const)('moves step %i by %i', (index, by, order) => {
		expect(moveStep(tour('a', 'b', 'c'), index, by).steps.map((s) => s.event)).toEqual(order);
	});

	it('removes a step, captions a step and renames the tour', () => {
		let t = removeStep(tour('a', 'b', 'c'), 1);
		t = setCaption(t, 1, 'The last one.');
		t = renameTour(t, 'Two steps');
		expect(t).toEqual({
			id: 'my-a1',
			title: 'Two steps',
			steps: [
				{ event: 'a', caption: 'About a.' },
				{ event: 'c', caption: 'The last one.' }
			]
		});
	});
});

describe('several tours', () => {
	it('makes, chooses, changes and deletes tours, keeping one current', () => {
		let all = addTour(addTour(NO_TOURS, 'my-one'), 'my-two', 'Second');
		expect(currentTour(all)?.id).toBe('my-two');
		all = chooseTour(all, 'my-one');
		all = changeCurrentTour(all, (t) => addStep(t, 'a'));
		expect(all.tours.map((t) => t.steps.length)).toEqual([1, 0]);
		expect(chooseTour(all, 'my-none')).toBe(all);
		all = deleteTour(all, 'my-one');
		expect(all).toEqual({
			tours: [{ id: 'my-two', title: 'Second', steps: [] }],
			currentId: 'my-two'
		});
		expect(deleteTour(all, 'my-two')).toEqual(NO_TOURS);
	});

	it('keeps a tour from a link in place of the one with its id, or as a new one', () => {
		const all = addTour(NO_TOURS, 'my-one');
		const linked = { id: 'my-one', title: 'Linked', steps: [{ event: 'a', caption: 'x' }] };
		expect(keepTour(all, linked)).toEqual({ tours: [linked], currentId: 'my-one' });
		const other = { ...linked, id: 'my-two' };
		expect(keepTour(all, other).tours.map((t) => t.id)).toEqual(['my-one', 'my-two']);
		expect(keepTour(NO_TOURS, other).currentId).toBe('my-two');
	});

	it('makes ids that the stored form accepts', () => {
		expect(newTourId(() => 0)).toBe('my-00000000');
		expect(newTourId(() => 0.999999)).toMatch(/^my-[a-z0-9]{8}$/);
	});
});

describe('stored tours', () => {
	it('read back what was stored', () => {
		const all = changeCurrentTour(addTour(NO_TOURS, newTourId()), (t) => addStep(t, 'nrc-founded'));
		expect(parseMyTours(serializeMyTours(all))).toEqual(all);
	});

	it.each([
		['nothing stored', null],
		['not JSON', '{tours'],
		['a list', '[]'],
		['a step without an event', '{"tours":[{"id":"my-a","title":"T","steps":[{"caption":""}]}]}'],
		['an id not made here', '{"tours":[{"id":"../x","title":"T","steps":[]}]}'],
		[
			'a caption that is not text',
			'{"tours":[{"id":"my-a","title":"T","steps":[{"event":"a","caption":7}]}]}'
		],
		[
			'two tours with one id',
			'{"tours":[{"id":"my-a","title":"T","steps":[]},{"id":"my-a","title":"U","steps":[]}]}'
		]
	])('are dropped when damaged: %s', (_, stored) => {
		expect(parseMyTours(stored)).toEqual(NO_TOURS);
	});

	it('take the first tour as current when the current id names none', () => {
		const stored = '{"tours":[{"id":"my-a","title":"T","steps":[]}],"currentId":"my-gone"}';
		expect(parseMyTours(stored).currentId).toBe('my-a');
	});

	fcTest.prop([fc.string()])('never throw on any text', (text) => {
		expect(() => parseMyTours(text)).not.toThrow();
	});
});

describe('shared tours', () => {
	it('read back from the link word, captions in any script included', () => {
		const t = {
			title: 'Kosovo, 1999 — „Allied Force“',
			steps: [{ event: 'kosovo', caption: 'Косово & NATO?=/+' }]
		};
		const word = encodeSharedTour(t);
		expect(word).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeSharedTour(word)).toEqual(t);
	});

	it.each([
		['not base64url', 'a+b/c='],
		['not JSON', encodeSharedTour({ title: 'x', steps: [] }).slice(3)],
		['no steps', encodeSharedTour({ title: 'x', steps: [] })],
		[
			'an event id that is not kebab-case',
			encodeSharedTour({ title: 'x', steps: [{ event: 'A B', caption: '' }] })
		]
	])('is undefined for %s', (_, word) => {
		expect(decodeSharedTour(word)).toBeUndefined();
	});

	fcTest.prop([fc.string()])('never throws on any word', (word) => {
		expect(() => decodeSharedTour(word)).not.toThrow();
	});
});
