import { describe, expect, it } from 'vitest';
import { chronotextCsvFormat, joinList, splitList } from '$lib/formats/chronotextCsv';
import { fixture, loadOk, problemsOf } from './helpers';

const HEADER = 'id,title,when,summary,actors,themes,stance,basis,sources,links,mentions,dateNote';

describe('chronotext CSV', () => {
	it('reads one row per event, with labels for actors and themes', () => {
		const dataset = loadOk(fixture('chronotext.csv'), 'nato-russia.csv');
		expect(dataset.id).toBe('nato-russia');
		expect(dataset.actors).toEqual([
			{ id: 'nato', label: 'NATO' },
			{ id: 'russia', label: 'Russia' }
		]);
		expect(dataset.themes.map((t) => t.id)).toEqual(['institutions', 'security']);
		const war = dataset.events[1]!;
		expect(war).toMatchObject({
			id: 'georgia-war',
			when: '2008-08-07/2008-08-16',
			themes: ['security', 'institutions'],
			links: [{ rel: 'response-to', event: 'nrc-founded' }],
			dateNote: 'Dates from the ceasefire, not the first shots.'
		});
		expect(war.sources).toEqual([
			{ title: 'BBC; timeline', url: 'https://www.bbc.co.uk/news/world-europe-1' },
			{ title: 'en.wikipedia.org', url: 'https://en.wikipedia.org/wiki/Russo-Georgian_War' }
		]);
	});

	it('writes back the identical CSV: CSV → dataset → CSV', () => {
		const text = fixture('chronotext.csv');
		expect(chronotextCsvFormat.serialise!(loadOk(text, 'nato-russia.csv'))).toBe(text);
	});

	it('writes lists with ";" unless an item holds one', () => {
		expect(joinList(['a', 'b'])).toBe('a; b');
		expect(joinList(['a; b', 'c'])).toBe('a; b\nc');
		expect(splitList(joinList(['a; b', 'c']))).toEqual(['a; b', 'c']);
		expect(splitList(joinList(['a; b']))).toEqual(['a; b']);
		expect(splitList(' a ;; b ')).toEqual(['a', 'b']);
	});

	it('names the row (header is row 1), the column and the fix', () => {
		const text = [
			HEADER,
			'a,A,2001-13,S,,,cooperation,context,https://example.org/a,,,',
			'b,B,2001,S,NATO; Nato,,peace,,Example,follows: a,summary-1 no colon,',
			'c,C,2001,S,,,mixed,context,,,,'
		].join('\n');
		expect(problemsOf(text, 'events.csv')).toEqual([
			'events.csv › row 2 › when: "2001-13": month 13 does not exist (use 01–12). Fix: write an EDTF date: 2002-05-28, 2004-03, 2006, 1999-03-24/1999-06-10, 2001-10~ or 2005?.',
			'events.csv › row 3 › actors: "Nato" and "NATO" would share the id "nato". Fix: write "NATO" each time.',
			'events.csv › row 3 › stance: "peace" is not allowed. Fix: write one of cooperation, friction, mixed.',
			'events.csv › row 3 › basis: is empty. Fix: write one of mentioned, implied, context, later.',
			'events.csv › row 3 › sources: "Example" does not end in an http or https address. Fix: write Title | https://… for each source.',
			'events.csv › row 3 › links: "follows: a" is not a link. Fix: write led-to, response-to, part-of then a colon and an event id, e.g. led-to: treaty-signed.',
			'events.csv › row 3 › mentions: "summary-1 no colon" is not a mention. Fix: write the passage id, a colon and the exact quote, e.g. summary-1: the Council came into being.'
		]);
	});

	it('checks ids, titles and summaries in their rows', () => {
		const text = [
			HEADER,
			'a,A,2001,S,,,mixed,context,https://example.org/a,,,',
			'a,,2001,S,,,mixed,context,https://example.org/a,,,',
			'Not An Id,Title here,2001,,,,mixed,context,https://example.org/a,,,'
		].join('\n');
		expect(problemsOf(text, 'e.csv')).toEqual([
			"e.csv › row 3 › title: is empty. Fix: write the event's title.",
			'e.csv › row 3 › id: "a" is also the id in row 2. Fix: give each event its own id.',
			"e.csv › row 4 › summary: is empty. Fix: write the event's summary.",
			'e.csv › row 4 › id: "Not An Id" is not an id. Fix: write an id in kebab-case (lowercase letters and digits joined by hyphens), e.g. title-here.'
		]);
	});

	it('names missing and unknown columns in row 1', () => {
		expect(problemsOf('id,title,when,colour\nx,X,2001,red', 'e.csv')).toEqual([
			'e.csv › row 1 › summary: the column "summary" is missing. Fix: add it to row 1; the columns are id, title, when, summary, actors, themes, stance, basis, sources, links, mentions, dateNote.',
			'e.csv › row 1 › stance: the column "stance" is missing. Fix: add it to row 1; the columns are id, title, when, summary, actors, themes, stance, basis, sources, links, mentions, dateNote.',
			'e.csv › row 1 › basis: the column "basis" is missing. Fix: add it to row 1; the columns are id, title, when, summary, actors, themes, stance, basis, sources, links, mentions, dateNote.',
			'e.csv › row 1 › sources: the column "sources" is missing. Fix: add it to row 1; the columns are id, title, when, summary, actors, themes, stance, basis, sources, links, mentions, dateNote.',
			'e.csv › row 1 › colour: "colour" is not a column of the chronotext CSV. Fix: remove it or rename it to one of id, title, when, summary, actors, themes, stance, basis, sources, links, mentions, dateNote.'
		]);
	});

	it('leaves the validator to check what needs the whole dataset (links, mentions)', () => {
		const text = [
			HEADER,
			'a,A,2001,S,,,mixed,mentioned,https://example.org/a,led-to: nowhere,,'
		].join('\n');
		expect(problemsOf(text, 'e.csv')).toEqual([
			expect.stringMatching(
				/^e\.csv › event "a" › mentions: a mentioned event needs at least one mention/
			),
			expect.stringMatching(/^e\.csv › event "a" › links\[0\]\.event: there is no event "nowhere"/)
		]);
	});
});
