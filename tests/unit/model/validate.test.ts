import { describe, expect, it } from 'vitest';
import { formatProblem } from '$lib/model/problems';
import { validateDataset } from '$lib/model/validate';
import { validDataset } from '../fixtures';

const FILES = { default: 'mini.json' };

function problemsOf(mutate: (ds: ReturnType<typeof validDataset>) => void): string[] {
	const ds = validDataset();
	mutate(ds);
	const result = validateDataset(ds, FILES);
	if (result.ok) return [];
	return result.problems.map(formatProblem);
}

describe('validateDataset', () => {
	it('accepts a valid dataset and fills in optional lists', () => {
		const ds = validDataset();
		delete ds.events[1]!.links;
		const result = validateDataset(ds, FILES);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.dataset.events[1]!.links).toEqual([]);
	});

	it('names the file, the record, the field and the fix for a bad date', () => {
		expect(problemsOf((ds) => (ds.events[0]!.when = '2002-13-01'))).toEqual([
			'mini.json › event "council-founded" › when: "2002-13-01": month 13 does not exist (use 01–12). Fix: write an EDTF date: 2002-05-28, 2004-03, 2006, 1999-03-24/1999-06-10, 2001-10~ or 2005?.'
		]);
	});

	it('rejects an interval that ends before it starts', () => {
		const [message] = problemsOf((ds) => (ds.events[0]!.when = '2002/2001'));
		expect(message).toContain('event "council-founded" › when');
		expect(message).toContain('ends before it starts');
	});

	it('reports a missing required field by name', () => {
		const [message] = problemsOf((ds) => delete ds.events[1]!.summary);
		expect(message).toMatch(
			/^mini\.json › event "text-written" › summary: .*missing.*Fix: add "summary"/
		);
	});

	it('reports an unknown field with its name', () => {
		const [message] = problemsOf((ds) => (ds.events[0]!.date = '2002'));
		expect(message).toContain('event "council-founded" › date: unknown field "date"');
	});

	it('reports a wrong stance with the allowed values', () => {
		const [message] = problemsOf((ds) => (ds.events[0]!.stance = 'friendly'));
		expect(message).toContain(
			'stance: "friendly" is not allowed. Fix: use one of "cooperation", "friction", "mixed".'
		);
	});

	it('requires at least one source', () => {
		const [message] = problemsOf((ds) => (ds.events[0]!.sources = []));
		expect(message).toContain('event "council-founded" › sources: needs at least one source');
	});

	it('rejects a source without a full URL', () => {
		const [message] = problemsOf(
			(ds) => (ds.events[0]!.sources = [{ title: 'x', url: 'example.org' }])
		);
		expect(message).toContain('sources[0].url: must be a full URL');
	});

	it('finds duplicate event ids', () => {
		const messages = problemsOf((ds) => (ds.events[1]!.id = 'council-founded'));
		expect(messages).toContain(
			'mini.json › event "council-founded" › id: the id "council-founded" is used by more than one event. Fix: give each event its own id.'
		);
	});

	it('shows the nearest match when a quote differs only in typography', () => {
		const [message] = problemsOf(
			(ds) => (ds.events[0]!.mentions = [{ passage: 'summary-1', quote: "Russia's mood changed" }])
		);
		expect(message).toContain(
			'the quote "Russia\'s mood changed" is not found verbatim in passage "summary-1"'
		);
		expect(message).toContain('copy it exactly: "Russia’s mood changed".');
	});

	it('shows the nearest words when a quote is misremembered', () => {
		const [message] = problemsOf(
			(ds) =>
				(ds.events[0]!.mentions = [
					{ passage: 'summary-2', quote: 'plans for a common defense remain' }
				])
		);
		expect(message).toContain(
			'the nearest words in the passage are "Plans for a joint defense remain"'
		);
	});

	it('tells which passage holds a quote given the wrong passage', () => {
		const [message] = problemsOf(
			(ds) => (ds.events[0]!.mentions = [{ passage: 'summary-2', quote: 'Four years after' }])
		);
		expect(message).toContain('the quote is in passage "summary-1": set "passage" to "summary-1"');
	});

	it('rejects a mention of a passage that does not exist', () => {
		const [message] = problemsOf(
			(ds) => (ds.events[0]!.mentions = [{ passage: 'summary-9', quote: 'x' }])
		);
		expect(message).toContain(
			'mentions[0].passage: there is no passage "summary-9". Fix: use one of summary-1, summary-2.'
		);
	});

	it('requires a mention for mentioned and implied events', () => {
		const [message] = problemsOf((ds) => (ds.events[1]!.mentions = []));
		expect(message).toContain(
			'event "text-written" › mentions: a implied event needs at least one mention'
		);
	});

	it('rejects links to missing events and to the event itself', () => {
		const messages = problemsOf((ds) => {
			ds.events[0]!.links = [
				{ rel: 'led-to', event: 'nowhere' },
				{ rel: 'part-of', event: 'council-founded' }
			];
		});
		expect(messages).toEqual([
			expect.stringContaining('links[0].event: there is no event "nowhere"'),
			expect.stringContaining('links[1].event: an event cannot link to itself')
		]);
	});

	it('rejects unknown actors and themes', () => {
		const messages = problemsOf((ds) => {
			ds.events[0]!.actors = ['nato', 'otan'];
			ds.events[0]!.themes = ['war'];
		});
		expect(messages[0]).toContain('actors[1]: there is no actor "otan"');
		expect(messages[1]).toContain('themes[0]: there is no theme "war"');
	});

	it('asks for the vocabulary entry when a dataset has none yet', () => {
		const [message] = problemsOf((ds) => {
			ds.themes = [];
			ds.events[0]!.themes = ['war'];
		});
		expect(message).toBe(
			'mini.json › event "council-founded" › themes[0]: there is no theme "war". Fix: add it to "themes" in mini.json.'
		);
	});

	it('rejects tours that name missing events', () => {
		const [message] = problemsOf((ds) => (ds.tours[0]!.steps[0]!.event = 'ghost'));
		expect(message).toBe(
			'mini.json › tour "story" › steps[0].event: there is no event "ghost". Fix: use the id of an event in this dataset.'
		);
	});

	it('rejects a bad period date and ids that are not kebab-case', () => {
		const messages = problemsOf((ds) => {
			ds.periods[0]!.when = 'recently';
			ds.events[0]!.id = 'Council Founded';
		});
		expect(messages.join('\n')).toContain('id: "Council Founded" must be kebab-case');
	});

	it('names the file each record came from in a folder dataset', () => {
		const ds = validDataset();
		ds.events[0]!.when = 'soon';
		const result = validateDataset(ds, { default: 'd/dataset.json', events: 'd/events.json' });
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(formatProblem(result.problems[0]!)).toMatch(
				/^d\/events\.json › event "council-founded" › when:/
			);
	});
});
