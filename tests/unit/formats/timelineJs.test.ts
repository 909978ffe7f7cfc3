import { describe, expect, it } from 'vitest';
import { parseTimelineJs, timelineJsFormat } from '$lib/formats/timelineJs';
import { htmlToPlainText } from '$lib/formats/plainText';
import { fixture, loadOk, problemsOf } from './helpers';

type Slide = Record<string, unknown> & {
	text?: { headline?: string; text?: string };
	media?: { url?: string; credit?: string };
};

const tlFile = (events: unknown[], extra: Record<string, unknown> = {}) =>
	JSON.stringify({ events, ...extra });
const source = { url: 'https://example.org/page', credit: 'Example' };

describe('TimelineJS JSON import', () => {
	const dataset = loadOk(fixture('timelinejs.json'), 'wars.json');
	const byId = new Map(dataset.events.map((e) => [e.id, e]));

	it('takes the title slide as the dataset title and description, as plain text', () => {
		expect(dataset.title).toBe('Wars & Races');
		expect(dataset.description).toBe('From Marathon to the Moon.\nA test timeline.');
		expect(dataset.id).toBe('wars-races');
		expect(dataset.source).toBeUndefined();
	});

	it('reads BCE years astronomically: TimelineJS -490 is 490 BCE, EDTF -0489', () => {
		expect(byId.get('marathon')?.when).toBe('-0489');
		expect(byId.get('peloponnesian-war')?.when).toBe('-0430/-0403');
	});

	it('keeps the precision given: month, day, and hour and minute', () => {
		expect(byId.get('sputnik-1-launched-1957-10')?.when).toBe('1957-10');
		expect(byId.get('apollo-11-landing')?.when).toBe('1969-07-20T20:17Z/1969-07-21T17:54Z');
		expect(byId.get('berlin-wall-opens-1989-11-09')?.when).toBe('1989-11-09');
	});

	it('keeps unique_id as the id (made kebab-case), and makes stable ids from headline and date', () => {
		expect([...byId.keys()]).toEqual([
			'marathon',
			'peloponnesian-war',
			'sputnik-1-launched-1957-10',
			'apollo-11-landing',
			'berlin-wall-opens-1989-11-09'
		]);
	});

	it('reduces HTML in text to plain text, dropping scripts and comments', () => {
		expect(byId.get('marathon')?.summary).toBe(
			'The Athenians defeat the Persians at Marathon & send a runner.'
		);
		expect(byId.get('sputnik-1-launched-1957-10')?.summary).toBe(
			'The first satellite “beeps”\nfrom orbit.'
		);
		expect(byId.get('apollo-11-landing')?.summary).toBe('Eagle lands; Columbia waits.');
	});

	it('turns groups into themes, keeps display dates in the date note and http(s) media as sources', () => {
		expect(dataset.themes).toEqual([
			{ id: 'ancient-wars', label: 'Ancient wars' },
			{ id: 'space', label: 'Space' }
		]);
		const marathon = byId.get('marathon')!;
		expect(marathon.themes).toEqual(['ancient-wars']);
		expect(marathon.dateNote).toBe('TimelineJS display date: Summer, 490 BCE');
		expect(marathon.sources).toEqual([
			{ title: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Battle_of_Marathon' }
		]);
		expect(byId.get('peloponnesian-war')?.sources[0]?.title).toBe('en.wikipedia.org');
		expect(marathon).toMatchObject({ stance: 'mixed', basis: 'context', mentions: [], actors: [] });
	});

	it('turns eras into periods', () => {
		expect(dataset.periods.map((p) => [p.id, p.when, p.kind, p.title])).toEqual([
			['classical-greece', '-0509/-0322', 'era', 'Classical Greece'],
			['space-race-1955', '1955/1975-07', 'era', 'Space Race']
		]);
	});

	it('loads a slide without media, with no sources', () => {
		const result = parseTimelineJs(
			tlFile([{ start_date: { year: 2000 }, text: { headline: 'Bare', text: 'x' } }]),
			'bare.json'
		);
		expect(result.ok && (result.input as { events: { sources: unknown[] }[] }).events).toEqual([
			expect.objectContaining({ title: 'Bare', sources: [] })
		]);
	});

	it('gives two slides with the same headline and date their own ids', () => {
		const slide = {
			start_date: { year: 2000 },
			text: { headline: 'Same', text: 'x' },
			media: source
		};
		const result = parseTimelineJs(tlFile([slide, slide]), 'same.json');
		expect(
			result.ok && (result.input as { events: { id: string }[] }).events.map((e) => e.id)
		).toEqual(['same-2000', 'same-2000-2']);
	});
});

describe('TimelineJS JSON problems', () => {
	it('names the slide, the field and the fix', () => {
		const problems = problemsOf(
			tlFile([
				{ start_date: { year: 0 }, text: { headline: 'Zero', text: 'x' }, media: source },
				{
					start_date: { year: 2000, month: 'May' },
					text: { headline: 'May', text: 'x' },
					media: source
				},
				{ start_date: { year: 2000 }, text: { headline: 'No source', text: 'x' } },
				{
					start_date: { year: 2000 },
					text: { headline: 'Bad URL', text: 'x' },
					media: { url: 'javascript:alert(1)' }
				},
				{ text: { headline: 'No date', text: 'x' }, media: source },
				{
					start_date: { year: 2001 },
					end_date: { year: 2000 },
					text: { headline: 'Backwards', text: 'x' },
					media: source
				},
				{ start_date: { year: 2000 }, text: { headline: '', text: '' }, media: source }
			]),
			'tl.json'
		);
		expect(problems).toEqual([
			'tl.json › event #1 "Zero" › start_date.year: TimelineJS has no year 0 (it labels -1 as 1 BCE and 1 as 1 CE). Fix: write -1 for 1 BCE or 1 for 1 CE.',
			'tl.json › event #2 "May" › start_date.month: "May" is not a whole number. Fix: write the month in digits, e.g. 3.',
			'tl.json › event #4 "Bad URL" › media.url: "javascript:alert(1)" is not an http or https address, so it cannot be the source. Fix: set media.url to the address (http or https) of a public page that states the date, with media.credit naming it.',
			'tl.json › event #5 "No date" › start_date: the start date is missing. Fix: give the event a start date (at least a year).',
			expect.stringMatching(
				/^tl\.json › event #6 "Backwards" › end_date: .*Fix: make the end date/
			),
			"tl.json › event #7 › text.headline: the headline is empty. Fix: write a headline: it becomes the event's title.",
			'tl.json › event #7 › text.text: the text is empty. Fix: write a sentence or two in text.text: it becomes the summary.'
		]);
	});

	it('reports a repeated unique_id and a slide that is not an object', () => {
		const slide = {
			unique_id: 'a',
			start_date: { year: 2000 },
			text: { headline: 'A', text: 'x' },
			media: source
		};
		expect(problemsOf(tlFile([slide, slide, 3]), 'tl.json')).toEqual([
			'tl.json › event #3: is not an object. Fix: write each slide as { "start_date": {…}, "text": {…} }.',
			'tl.json › event #2 "A" › unique_id: the unique_id "a" is also used by event #1 "A". Fix: give each slide its own unique_id.'
		]);
	});

	it('needs an end date on an era', () => {
		expect(
			problemsOf(
				tlFile([], {
					eras: [{ start_date: { year: 1900 }, text: { headline: 'Era' }, media: source }],
					title: {}
				}),
				'tl.json'
			)
		).toEqual([
			'tl.json › era #1 "Era" › end_date: an era needs an end date. Fix: give the era an end date (at least a year).'
		]);
	});
});

describe('TimelineJS JSON round trip', () => {
	/** The fields TimelineJS JSON and chronotext both carry, as TimelineJS would show them. */
	function carried(slide: Slide) {
		const date = (d: unknown) =>
			d && Object.fromEntries(Object.entries(d).map(([k, v]) => [k, Number(v)]));
		return {
			unique_id: slide.unique_id,
			start_date: date(slide.start_date),
			end_date: date(slide.end_date),
			display_date: slide.display_date,
			group: slide.group,
			headline: htmlToPlainText(slide.text?.headline ?? ''),
			text: htmlToPlainText(slide.text?.text ?? ''),
			url: slide.media?.url,
			credit: slide.media?.credit
		};
	}

	it('keeps every field chronotext can carry: TimelineJS → chronotext → TimelineJS', () => {
		const original = JSON.parse(fixture('timelinejs.json'));
		const written = JSON.parse(
			timelineJsFormat.serialise!(loadOk(fixture('timelinejs.json'), 'wars.json'))
		);
		expect(htmlToPlainText(written.title.text.headline)).toBe(
			htmlToPlainText(original.title.text.headline)
		);
		expect(htmlToPlainText(written.title.text.text)).toBe(
			htmlToPlainText(original.title.text.text)
		);
		for (const list of ['events', 'eras'] as const) {
			const expected = original[list].map((s: Slide) => carried(s));
			// Ids made on import (no unique_id, or not kebab-case) come back as the ids chronotext uses.
			const ids = written[list].map((s: Slide) => s.unique_id);
			expected.forEach((e: { unique_id?: unknown }, i: number) => (e.unique_id = ids[i]));
			expect(written[list].map((s: Slide) => carried(s))).toEqual(expected);
		}
		expect(written.events.map((s: Slide) => s.unique_id)).toContain('marathon');
	});

	it('writes text as escaped HTML, since TimelineJS shows its fields as HTML', () => {
		const dataset = loadOk(fixture('timelinejs.json'), 'wars.json');
		const hostile = '<img src=x onerror=alert(1)>';
		const event = {
			...dataset.events[0]!,
			title: hostile,
			summary: hostile,
			dateNote: `TimelineJS display date: ${hostile}`
		};
		const themes = [{ id: 'ancient-wars', label: hostile }];
		const written = timelineJsFormat.serialise!({ ...dataset, themes, events: [event] });
		expect(written).not.toContain('<img');
		const back = loadOk(written, 'back.json');
		expect(back.events[0]).toMatchObject({
			title: hostile,
			summary: hostile,
			dateNote: event.dateNote
		});
		expect(back.themes[0]?.label).toBe(hostile);
	});

	it('reads its own export back to the same dataset', () => {
		const dataset = loadOk(fixture('timelinejs.json'), 'wars.json');
		const again = loadOk(timelineJsFormat.serialise!(dataset), 'wars.json');
		expect(again).toEqual(dataset);
	});
});
