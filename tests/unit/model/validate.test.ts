import { fc, test } from '@fast-check/vitest';
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

	it.each([
		[' ', '" "'],
		['end date', '"end date"'],
		['', '""']
	])('quotes a field named %j so the problem shows it', (key, shown) => {
		const [message] = problemsOf((ds) => (ds.events[0]![key] = '2002'));
		expect(message).toContain(`event "council-founded" › ${shown}: unknown field ${shown}`);
	});

	it('reports a wrong stance with the allowed values', () => {
		const [message] = problemsOf((ds) => (ds.events[0]!.stance = 'friendly'));
		expect(message).toContain(
			'stance: "friendly" is not allowed. Fix: use one of "cooperation", "friction", "mixed".'
		);
	});

	it('accepts an event without sources (the quality rules ask for one)', () => {
		expect(problemsOf((ds) => (ds.events[0]!.sources = []))).toEqual([]);
	});

	it('rejects a source without a full URL', () => {
		const [message] = problemsOf(
			(ds) => (ds.events[0]!.sources = [{ title: 'x', url: 'example.org' }])
		);
		expect(message).toBe(
			'mini.json › event "council-founded" › sources[0].url: "example.org" is not a web address; only http: and https: addresses can be links. Fix: write the full address of a public web page, starting with https:// or http://.'
		);
	});

	it('finds duplicate event ids and says which record to rename', () => {
		const messages = problemsOf((ds) => (ds.events[1]!.id = 'council-founded'));
		expect(messages).toContain(
			'mini.json › event "council-founded" › id: event #2 has the same id as event #1; the id "council-founded" is used by more than one event. Fix: rename event #2 ("Text written") so each event has its own id.'
		);
	});

	it('names the passage and section of a duplicate passage id', () => {
		const messages = problemsOf((ds) => {
			const passages = (ds.source.sections as { passages: { id: string }[] }[])[0]!.passages;
			passages[1]!.id = 'summary-1';
		});
		expect(messages).toContain(
			'mini.json › passage "summary-1" › id: passage #2 of section #1 has the same id as passage #1 of section #1; the id "summary-1" is used by more than one passage. Fix: rename passage #2 of section #1 so each passage has its own id.'
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

describe('validateDataset: links are only ever http(s)', () => {
	it.each([
		'javascript:alert(document.domain)',
		'JAVASCRIPT:alert(1)',
		' javascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'file:///etc/passwd',
		'//example.org/page',
		'https//example.org',
		'http://'
	])('rejects the source URL %j with the record, the field and a fix', (url) => {
		const messages = problemsOf((ds) => (ds.events[1]!.sources = [{ title: 'x', url }]));
		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatch(
			/^mini\.json › event "text-written" › sources\[0\]\.url: .* is not a web address; only http: and https: addresses can be links\. Fix: write the full address of a public web page, starting with https:\/\/ or http:\/\/\.$/
		);
	});

	it('rejects a javascript: URL for the source text and for a period', () => {
		const messages = problemsOf((ds) => {
			ds.source.url = 'javascript:alert(1)';
			ds.periods[0]!.sources = [{ title: 'x', url: 'data:,hi' }];
		});
		expect(messages).toEqual([
			expect.stringMatching(/^mini\.json › source\.url: "javascript:alert\(1\)" is not a web/),
			expect.stringMatching(/^mini\.json › period "council-era" › sources\[0\]\.url: "data:,hi"/)
		]);
	});

	it('accepts http and https addresses', () => {
		const ds = validDataset();
		ds.events[0]!.sources = [
			{ title: 'a', url: 'http://example.org/a?b=c#d' },
			{ title: 'b', url: 'https://example.org/' }
		];
		expect(validateDataset(ds, FILES).ok).toBe(true);
	});

	it('shortens a very long address in the message', () => {
		const url = `data:application/json,${'x'.repeat(2000)}`;
		const [message] = problemsOf((ds) => (ds.events[0]!.sources = [{ title: 'x', url }]));
		expect(message!.length).toBeLessThan(400);
	});
});

describe('validateDataset: repeated entries that would break keyed lists', () => {
	it('rejects the same source address twice in one event, naming the index', () => {
		const messages = problemsOf((ds) => {
			ds.events[0]!.sources = [
				{ title: 'A page', url: 'https://example.org/council' },
				{ title: 'The same page', url: 'https://example.org/council' }
			];
		});
		expect(messages).toEqual([
			'mini.json › event "council-founded" › sources[1]: repeats sources[0] (the same address "https://example.org/council"). Fix: remove sources[1]; each entry is listed once.'
		]);
	});

	it('rejects the same link twice and the same actor twice', () => {
		const messages = problemsOf((ds) => {
			ds.events[0]!.links = [
				{ rel: 'led-to', event: 'text-written' },
				{ rel: 'led-to', event: 'text-written' }
			];
			ds.events[0]!.actors = ['nato', 'russia', 'nato'];
		});
		expect(messages).toEqual([
			expect.stringContaining('event "council-founded" › actors[2]: repeats actors[0] ("nato")'),
			expect.stringContaining(
				'event "council-founded" › links[1]: repeats links[0] (the same link, led-to "text-written")'
			)
		]);
	});

	it('rejects a repeated source in a period', () => {
		const [message] = problemsOf((ds) => {
			ds.periods[0]!.sources = [
				{ title: 'a', url: 'https://example.org/x' },
				{ title: 'b', url: 'https://example.org/x' }
			];
		});
		expect(message).toContain('period "council-era" › sources[1]: repeats sources[0]');
	});

	/** The repeats of one list, found the plain way: `[index, index of its first]`. */
	const repeatsOf = (keys: string[]) =>
		keys.flatMap((key, i) => (keys.indexOf(key) < i ? [[i, keys.indexOf(key)]] : []));
	/** Lists with and without repeats, short and long (over 16 entries). */
	const lists = (alphabet: string[]) =>
		fc.array(
			fc.oneof(
				fc.uniqueArray(fc.constantFrom(...alphabet), { maxLength: 24, size: 'max' }),
				fc.array(fc.constantFrom(...alphabet), { maxLength: 24, size: 'max' })
			),
			{ minLength: 1, maxLength: 6 }
		);
	test.prop([
		lists(['nato', 'russia']),
		lists([
			'a',
			'b',
			'c',
			'd',
			'e',
			'f',
			'g',
			'h',
			'i',
			'j',
			'k',
			'l',
			'm',
			'n',
			'o',
			'p',
			'q',
			'r'
		])
	])('names every repeated entry of every record, and nothing else', (actorLists, urlLists) => {
		const ds = validDataset();
		const event = ds.events[0]!;
		const events = actorLists.map((actors, i) => ({
			...event,
			id: `e-${i}`,
			actors,
			sources: (urlLists[i % urlLists.length] ?? []).map((u) => ({
				title: u,
				url: `https://example.org/${u}`
			})),
			links: (urlLists[(i + 1) % urlLists.length] ?? []).map((u) => ({
				rel: 'led-to' as const,
				event: `elsewhere-${u}`
			}))
		}));
		ds.events = events;
		ds.tours = [];
		const result = validateDataset(ds, FILES, { maxProblems: Infinity });
		const found = (result.ok ? [] : result.problems).filter((p) => p.message.startsWith('repeats'));
		const expected = events.flatMap((e) =>
			(
				[
					['actors', e.actors],
					['sources', e.sources.map((s) => s.url)],
					['links', e.links.map((l) => `${l.rel} ${l.event}`)]
				] as const
			).flatMap(([field, keys]) =>
				repeatsOf([...keys]).map(([i, first]) => `${e.id} ${field}[${i}] ${field}[${first}]`)
			)
		);
		expect(
			found.map((p) => `${p.record!.split('"')[1]} ${p.field} ${p.message.split(' ')[1]}`)
		).toEqual(expected);
	});

	it('still accepts two different links to the same event', () => {
		const ds = validDataset();
		ds.events[0]!.links = [
			{ rel: 'led-to', event: 'text-written' },
			{ rel: 'part-of', event: 'text-written' }
		];
		expect(validateDataset(ds, FILES).ok).toBe(true);
	});
});

describe('validateDataset: dates a timeline can hold', () => {
	it('rejects a year beyond what a JavaScript date holds, saying the range', () => {
		const [message] = problemsOf((ds) => (ds.events[0]!.when = 'Y170000002'));
		expect(message).toBe(
			'mini.json › event "council-founded" › when: "Y170000002": the year 170000002 is outside the years chronotext can show (-250000 to 250000, that is 250001 BCE to 250000 CE); use a year in that range. Fix: write an EDTF date: 2002-05-28, 2004-03, 2006, 1999-03-24/1999-06-10, 2001-10~ or 2005?.'
		);
	});

	it('rejects a huge year at either end of an interval and in a period', () => {
		const messages = problemsOf((ds) => {
			ds.events[0]!.when = 'Y-300000/2002';
			ds.periods[0]!.when = '2002/Y99999999999999999999999';
		});
		expect(messages).toEqual([
			expect.stringContaining('event "council-founded" › when: "Y-300000/2002": the year -300000'),
			expect.stringContaining('period "council-era" › when: "2002/Y99999999999999999999999"')
		]);
	});
});

describe('validateDataset: names the right file for any key', () => {
	it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
		'names the file of an unknown top-level key %j',
		(key) => {
			const ds = JSON.parse(JSON.stringify(validDataset()).replace(/^\{/, `{"${key}": 1,`));
			const result = validateDataset(ds, { default: 'd/dataset.json', events: 'd/events.json' });
			expect(!result.ok && result.problems.map(formatProblem)).toEqual([
				`d/dataset.json › ${key}: unknown field "${key}". Fix: remove it or check its spelling against the dataset format in the README.`
			]);
		}
	);

	it('names the record of an unknown key inside an event', () => {
		const ds = JSON.parse(
			JSON.stringify(validDataset()).replace(
				'"id":"council-founded",',
				'"__proto__":{},"id":"council-founded",'
			)
		);
		const result = validateDataset(ds, FILES);
		expect(!result.ok && result.problems.map(formatProblem)).toEqual([
			'mini.json › event "council-founded" › __proto__: unknown field "__proto__". Fix: remove it or check its spelling against the dataset format in the README.'
		]);
	});

	it('does not take a list called "constructor" for a list of records', () => {
		const ds = validDataset();
		Object.defineProperty(ds.events[0]!, 'constructor', { value: [{ id: 'x' }], enumerable: true });
		const result = validateDataset(ds, FILES);
		expect(!result.ok && result.problems.map(formatProblem)).toEqual([
			'mini.json › event "council-founded" › constructor: unknown field "constructor". Fix: remove it or check its spelling against the dataset format in the README.'
		]);
	});
	it('quotes a record id that holds a quote mark so the name stays readable', () => {
		const [message] = problemsOf((ds) => {
			(ds.source.sections as { id: string }[])[0]!.id = 'a"b';
		});
		expect(message).toMatch(/^mini\.json › section "a\\"b" › id: "a\\"b" must be kebab-case/);
	});
});

describe('validateDataset: every problem in one run', () => {
	it('checks the records that pass the schema while reporting those that do not', () => {
		const messages = problemsOf((ds) => {
			ds.events[0]!.stance = 'friendly';
			ds.events[1]!.when = '2006-13';
			ds.tours[0]!.steps[0]!.event = 'ghost';
		});
		expect(messages).toEqual([
			expect.stringContaining('event "council-founded" › stance: "friendly" is not allowed'),
			expect.stringContaining('event "text-written" › when: "2006-13": month 13 does not exist'),
			expect.stringContaining('tour "story" › steps[0].event: there is no event "ghost"')
		]);
	});

	it('does not report references to a record that is only broken elsewhere', () => {
		const messages = problemsOf((ds) => {
			(ds.actors as { label: string }[])[0]!.label = '';
			ds.events[1]!.title = '';
		});
		expect(messages).toEqual([
			expect.stringContaining('actor "nato" › label: the label is empty'),
			expect.stringContaining('event "text-written" › title: the title is empty')
		]);
	});

	it('checks quotes when the top level has a problem but the source text is valid', () => {
		const messages = problemsOf((ds) => {
			ds.version = 2;
			ds.events[0]!.mentions = [{ passage: 'summary-1', quote: 'not in the text' }];
		});
		expect(messages).toEqual([
			expect.stringContaining('mini.json › version: must be 1'),
			expect.stringContaining('the quote "not in the text" is not found verbatim')
		]);
	});

	it('returns the same dataset as the schema alone for a valid input', async () => {
		const v = await import('valibot');
		const { DatasetSchema } = await import('$lib/model/schema');
		const ds = validDataset();
		delete (ds as Partial<typeof ds>).tours;
		const result = validateDataset(ds, FILES);
		expect(result.ok && result.dataset).toEqual(v.parse(DatasetSchema, ds));
	});
});

describe('validateDataset: long problem lists', () => {
	function manyBrokenEvents(n: number) {
		const ds = validDataset();
		const event = ds.events[0]!;
		ds.events = Array.from({ length: n }, (_, i) => ({
			...event,
			id: `event-${i}`,
			links: [],
			mentions: [{ passage: 'summary-1', quote: `words ${i} not in the text` }]
		}));
		ds.tours = [];
		return ds;
	}

	it('lists the first 50 problems and sums up the rest in one more', () => {
		const result = validateDataset(manyBrokenEvents(1000), FILES);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toHaveLength(51);
		expect(formatProblem(result.problems[49]!)).toContain('event "event-49" › mentions[0].quote');
		expect(formatProblem(result.problems[50]!)).toBe(
			'mini.json: and 950 more problems not listed here. Fix: fix the problems above and load the file again to see the rest, or run npm run validate to list them all.'
		);
	});

	it('lists every problem when told to', () => {
		const result = validateDataset(manyBrokenEvents(300), FILES, { maxProblems: Infinity });
		expect(!result.ok && result.problems.length).toBe(300);
	});
});
