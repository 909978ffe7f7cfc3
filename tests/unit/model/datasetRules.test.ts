import { describe, expect, it } from 'vitest';
import { isWeakSource, qualityProblems } from '$lib/model/datasetRules';
import { formatProblem } from '$lib/model/problems';
import { validateDataset } from '$lib/model/validate';
import { validDataset, type LooseDataset } from '../fixtures';

const FILES = { default: 'mini.json' };

/** The quality problems of the fixture after `mutate`; the fixture must stay schema-valid. */
function qualityOf(mutate: (ds: LooseDataset) => void): string[] {
	const ds = validDataset();
	ds.events[0]!.links = [{ rel: 'led-to', event: 'text-written', note: 'The editors’ reading.' }];
	ds.events[1]!.basisNote = 'The text dates itself: “Four years after”.';
	mutate(ds);
	const result = validateDataset(ds, FILES);
	if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
	return qualityProblems(result.dataset, FILES).map(formatProblem);
}

describe('isWeakSource', () => {
	it('flags encyclopedias and blog platforms, subdomains included', () => {
		expect(isWeakSource('https://en.wikipedia.org/wiki/Transnistria_War')).toBe(true);
		expect(isWeakSource('http://airforcepundit.blogspot.com/2006/10/x.html')).toBe(true);
		expect(isWeakSource('https://someone.substack.com/p/x')).toBe(true);
		expect(isWeakSource('https://medium.com/@a/b')).toBe(true);
	});

	it('accepts other hosts, even ones whose name ends like a weak host', () => {
		expect(isWeakSource('https://www.nato.int/docu/update/2003/08-august/e0820a.htm')).toBe(false);
		expect(isWeakSource('https://notwikipedia.org/x')).toBe(false);
	});
});

describe('qualityProblems', () => {
	it('finds none in a dataset that meets every rule', () => {
		expect(qualityOf(() => {})).toEqual([]);
	});

	it('reports an event whose every source is Wikipedia or a blog', () => {
		expect(
			qualityOf(
				(ds) =>
					(ds.events[0]!.sources = [
						{ title: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/X' },
						{ title: 'A blog', url: 'https://x.blogspot.com/y' }
					])
			)
		).toEqual([
			'mini.json › event "council-founded" › sources: every source is an encyclopedia or a blog. Fix: add a primary or reputable secondary source that states the date (an official text, a wire service, a major newspaper, a scholarly work).'
		]);
	});

	it('accepts Wikipedia beside a reputable source', () => {
		expect(
			qualityOf((ds) =>
				(ds.events[0]!.sources as unknown[]).push({
					title: 'Wikipedia',
					url: 'https://en.wikipedia.org/wiki/X'
				})
			)
		).toEqual([]);
	});

	it('requires a source on every event and period', () => {
		expect(
			qualityOf((ds) => {
				ds.events[0]!.sources = [];
				ds.periods.push({ id: 'p', title: 'P', when: '2002/2006', kind: 'era', sources: [] });
			})
		).toEqual([
			'mini.json › event "council-founded" › sources: there is no source. Fix: add "sources": at least one public page (http or https) that states the date.',
			'mini.json › period "p" › sources: there is no source. Fix: add "sources": at least one public page (http or https) that states the date.'
		]);
	});

	it('requires a basis note on an implied event', () => {
		expect(qualityOf((ds) => delete ds.events[1]!.basisNote)).toEqual([
			'mini.json › event "text-written" › basisNote: an implied event needs a note saying how the text implies it. Fix: add "basisNote" quoting the words of the text that presuppose the event.'
		]);
	});

	it('requires a source or a note on a causal link, not on part-of', () => {
		expect(
			qualityOf((ds) => (ds.events[0]!.links = [{ rel: 'response-to', event: 'text-written' }]))
		).toEqual([
			'mini.json › event "council-founded" › links[0]: the "response-to" link to "text-written" claims a cause but cites nothing. Fix: add "sources" that state the link, or a "note" saying whose interpretation it is.'
		]);
		expect(
			qualityOf((ds) => (ds.events[0]!.links = [{ rel: 'part-of', event: 'text-written' }]))
		).toEqual([]);
		expect(
			qualityOf(
				(ds) =>
					(ds.events[0]!.links = [
						{
							rel: 'led-to',
							event: 'text-written',
							contested: true,
							sources: [{ title: 'A study', url: 'https://example.org/study' }]
						}
					])
			)
		).toEqual([]);
	});

	it('reports a period resting on Wikipedia alone', () => {
		expect(
			qualityOf(
				(ds) =>
					(ds.periods = [
						{
							id: 'era',
							title: 'An era',
							when: '2000/2004',
							kind: 'leader',
							sources: [{ title: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Era' }]
						}
					])
			)
		).toEqual([
			'mini.json › period "era" › sources: every source is an encyclopedia or a blog. Fix: add a primary or reputable secondary source that states the dates.'
		]);
	});
});
