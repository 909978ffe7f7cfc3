import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	DraftSchema,
	dateProblem,
	datasetToDraft,
	draftToDataset,
	emptyDraft,
	eventFromSelection,
	eventFromSuggestion,
	isAccepted,
	previewDataset,
	problemsByField,
	type Draft
} from '$lib/author/draft';
import { splitText } from '$lib/author/splitText';
import { validateDataset } from '$lib/model/validate';

const TEXT =
	'# Origins\n\nThe treaty was signed in May 1997. Two years later the war began.\n\nNothing here.';

function draftWith(fields: Partial<Draft> = {}): Draft {
	return {
		...emptyDraft('d1', 'My draft', Date.UTC(2026, 0, 1)),
		text: TEXT,
		source: {
			title: 'A history',
			author: 'A. Writer',
			published: '2006',
			publisher: 'Press',
			url: 'https://example.org/history'
		},
		...fields
	};
}

function suggestion(words: string, edtf: string, anchor?: { words: string; edtf: string }) {
	const start = TEXT.indexOf(words);
	return {
		start,
		end: start + words.length,
		words,
		edtf,
		kind: anchor ? 'relative' : 'explicit',
		anchor
	} as const;
}

describe('eventFromSuggestion', () => {
	it('quotes the sentence around the words, dated by the suggestion, sourced by the text', () => {
		const draft = draftWith();
		const { passages } = splitText(draft.text);
		const event = eventFromSuggestion(draft, passages, suggestion('May 1997', '1997-05'));
		expect(event).toMatchObject({
			id: 'event-1',
			when: '1997-05',
			basis: 'mentioned',
			mentions: [{ passage: 'origins-1', quote: 'The treaty was signed in May 1997.' }],
			sources: [{ title: 'A history', url: 'https://example.org/history' }],
			dateNote: ''
		});
	});

	it('notes what a relative date was reckoned from', () => {
		const draft = draftWith();
		const event = eventFromSuggestion(
			draft,
			splitText(draft.text).passages,
			suggestion('Two years later', '1999', { words: 'May 1997', edtf: '1997-05' })
		);
		expect(event?.mentions[0]?.quote).toBe('Two years later the war began.');
		expect(event?.dateNote).toBe('“Two years later”, reckoned from “May 1997” (1997-05).');
	});

	it('marks the suggestion accepted once an event quotes its words', () => {
		const draft = draftWith();
		const { passages } = splitText(draft.text);
		const s = suggestion('May 1997', '1997-05');
		expect(isAccepted(draft, passages, s)).toBe(false);
		draft.events.push(eventFromSuggestion(draft, passages, s)!);
		expect(isAccepted(draft, passages, s)).toBe(true);
		expect(isAccepted(draft, passages, suggestion('Two years later', '1999'))).toBe(false);
	});

	it('does not take another date in the same sentence for accepted', () => {
		const draft = draftWith();
		const { passages } = splitText(draft.text);
		draft.events.push(eventFromSuggestion(draft, passages, suggestion('May 1997', '1997-05'))!);
		const other = { ...suggestion('May 1997', '1997-05'), words: 'May', edtf: '2001-05' };
		expect(isAccepted(draft, passages, other)).toBe(false);
		draft.events[0]!.when = '1997-05-27';
		expect(isAccepted(draft, passages, suggestion('May 1997', '1997-05'))).toBe(true);
	});
});

describe('eventFromSelection', () => {
	const draft = draftWith();
	const { passages } = splitText(draft.text);
	it('makes an implied event quoting the selected words', () => {
		const at = TEXT.indexOf(' the war began');
		expect(eventFromSelection(draft, passages, at, at + 14)).toMatchObject({
			basis: 'implied',
			when: '',
			mentions: [{ passage: 'origins-1', quote: 'the war began' }]
		});
	});
	it('refuses an empty selection or one across paragraphs', () => {
		expect(eventFromSelection(draft, passages, 3, 3)).toBe('Select some words of the text first.');
		const from = TEXT.indexOf('began');
		expect(eventFromSelection(draft, passages, from, TEXT.indexOf('here'))).toBe(
			'Select words inside one paragraph.'
		);
	});
});

describe('draftToDataset', () => {
	it('gives a valid dataset once the author has filled in the event', () => {
		const draft = draftWith();
		const { passages } = splitText(draft.text);
		const event = eventFromSuggestion(draft, passages, suggestion('May 1997', '1997-05'))!;
		draft.events.push({ ...event, title: 'Treaty signed', summary: 'The treaty is signed.' });
		const result = validateDataset(draftToDataset(draft), { default: 'draft.json' });
		expect(result.ok ? [] : result.problems).toEqual([]);
	});

	it('leaves empty fields for the validator to name, beside their field', () => {
		const draft = draftWith({ source: { ...draftWith().source, publisher: '' } });
		const { passages } = splitText(draft.text);
		draft.events.push({
			...eventFromSuggestion(draft, passages, suggestion('May 1997', '1997-05'))!,
			when: '1997-13'
		});
		const result = validateDataset(draftToDataset(draft), { default: 'draft.json' });
		expect(result.ok).toBe(false);
		const problems = result.ok ? [] : result.problems;
		const event = problemsByField(problems, 'event "event-1"');
		expect([...event.keys()].sort()).toEqual(['summary', 'title']);
		expect(dateProblem(draft.events[0]!.when)).toMatch(/month/i);
		expect(problemsByField(problems, undefined).get('publisher')?.[0]).toMatch(/empty/);
	});

	it('moves a mention to the passage that now holds its quote', () => {
		const draft = draftWith();
		const { passages } = splitText(draft.text);
		draft.events.push(eventFromSuggestion(draft, passages, suggestion('May 1997', '1997-05'))!);
		draft.text = `Inserted first.\n\n${draft.text.replace('# Origins\n\n', '')}`;
		expect(draftToDataset(draft).events[0]?.mentions).toEqual([
			{ passage: 'text-2', quote: 'The treaty was signed in May 1997.' }
		]);
	});

	it('round-trips through datasetToDraft', () => {
		const draft = draftWith();
		const { passages } = splitText(draft.text);
		const event = eventFromSuggestion(draft, passages, suggestion('May 1997', '1997-05'))!;
		draft.events.push({ ...event, title: 'Treaty signed', summary: 'Signed.', dateNote: 'x' });
		draft.actors.push({ id: 'nato', label: 'NATO' });
		const result = validateDataset(draftToDataset(draft), { default: 'draft.json' });
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		const back = datasetToDraft(result.dataset, 'd1', draft.savedMs);
		expect({ ...back, name: draft.name }).toEqual({
			...draft,
			events: draft.events.map((e) => ({ ...e, words: '' }))
		});
		expect(v.is(DraftSchema, back)).toBe(true);
	});
});

describe('dateProblem', () => {
	it.each(['1997', '1997-05-27', '1999-03-24/1999-06-10', '2001~', '-0489'])('accepts %s', (when) =>
		expect(dateProblem(when)).toBeUndefined()
	);
	it.each(['', 'May 1997', '1997-13', '1997-02-30'])('rejects %j', (when) =>
		expect(dateProblem(when)).toBeTruthy()
	);
});

describe('previewDataset', () => {
	it('draws only events with a date that parses, titled even when untitled', () => {
		const draft = draftWith();
		const { passages } = splitText(draft.text);
		const a = eventFromSuggestion(draft, passages, suggestion('May 1997', '1997-05'))!;
		draft.events.push(a);
		draft.events.push({ ...a, id: 'event-2', when: 'soon', links: [] });
		draft.events[0]!.links.push({ rel: 'led-to', event: 'event-2' });
		const preview = previewDataset(draft);
		expect(preview.events.map((e) => [e.id, e.title, e.links])).toEqual([
			['event-1', 'Untitled (event-1)', []]
		]);
	});
});
