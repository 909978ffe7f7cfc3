/**
 * A draft: the text someone brings and the events they confirm, kept in the browser while they
 * work. Drafts may be incomplete (empty titles, dates still to write); the dataset made from one
 * is checked by the one validator, whose problems are shown beside the fields.
 */
import * as v from 'valibot';
import { slugify } from '$lib/formats/ids';
import { parseEdtf } from '$lib/model/parseEdtf';
import type { Problem } from '$lib/model/problems';
import {
	BasisSchema,
	DATASET_FORMAT,
	LinkRelSchema,
	StanceSchema,
	type Dataset,
	type DatasetInput,
	type EventRecord
} from '$lib/model/schema';
import { joinText, passageAt, sentenceAround, splitText, type PlacedPassage } from './splitText';

const VocabularyEntry = v.object({ id: v.string(), label: v.string() });

export const DraftEventSchema = v.object({
	id: v.string(),
	title: v.string(),
	when: v.string(),
	summary: v.string(),
	actors: v.array(v.string()),
	themes: v.array(v.string()),
	stance: StanceSchema,
	basis: BasisSchema,
	mentions: v.array(v.object({ passage: v.string(), quote: v.string() })),
	links: v.array(v.object({ rel: LinkRelSchema, event: v.string() })),
	sources: v.array(v.object({ title: v.string(), url: v.string() })),
	dateNote: v.string(),
	/** The date words the event was made from; kept in the draft only, not exported. */
	words: v.optional(v.string(), '')
});

/** What is stored for each draft; read back through this schema, so damaged records are known. */
export const DraftSchema = v.object({
	id: v.string(),
	name: v.string(),
	/** When it was last saved, in ms since 1970 (UTC). */
	savedMs: v.number(),
	text: v.string(),
	source: v.object({
		title: v.string(),
		author: v.string(),
		published: v.string(),
		publisher: v.string(),
		url: v.string()
	}),
	actors: v.array(VocabularyEntry),
	themes: v.array(VocabularyEntry),
	events: v.array(DraftEventSchema)
});

export type Draft = v.InferOutput<typeof DraftSchema>;
export type DraftEvent = v.InferOutput<typeof DraftEventSchema>;

/** The parts of a date suggestion a draft event is made from (see findDates). */
export interface SuggestionLike {
	start: number;
	end: number;
	words: string;
	edtf: string;
	kind: 'explicit' | 'relative';
	anchor?: { words: string; edtf: string };
}

/** A new, empty draft. */
export function emptyDraft(id: string, name: string, savedMs: number): Draft {
	return {
		id,
		name,
		savedMs,
		text: '',
		source: { title: '', author: '', published: '', publisher: '', url: '' },
		actors: [],
		themes: [],
		events: []
	};
}

/** The first `event-N` id the draft does not use yet. */
function nextEventId(draft: Draft): string {
	const used = new Set(draft.events.map((e) => e.id));
	let n = draft.events.length + 1;
	while (used.has(`event-${n}`)) n++;
	return `event-${n}`;
}

function newEvent(draft: Draft, fields: Partial<DraftEvent>): DraftEvent {
	const { title, url } = draft.source;
	return {
		id: nextEventId(draft),
		title: '',
		when: '',
		summary: '',
		actors: [],
		themes: [],
		stance: 'mixed',
		basis: 'mentioned',
		mentions: [],
		links: [],
		// The text itself states the dates it gives, when it is a public page.
		sources: url ? [{ title: title || url, url }] : [],
		dateNote: '',
		words: '',
		...fields
	};
}

/**
 * A draft event for an accepted suggestion: its date, and the sentence around the words as its
 * quote. A relative date says in its note what it was reckoned from. Undefined when the words lie
 * outside every passage.
 */
export function eventFromSuggestion(
	draft: Draft,
	passages: readonly PlacedPassage[],
	suggestion: SuggestionLike
): DraftEvent | undefined {
	const passage = passageAt(passages, suggestion.start);
	if (!passage) return undefined;
	const local = sentenceAround(
		passage.text,
		suggestion.start - passage.start,
		Math.min(suggestion.end - passage.start, passage.text.length)
	);
	const { anchor } = suggestion;
	return newEvent(draft, {
		when: suggestion.edtf,
		words: suggestion.words,
		mentions: [{ passage: passage.id, quote: passage.text.slice(local.start, local.end) }],
		dateNote: anchor
			? `“${suggestion.words}”, reckoned from “${anchor.words}” (${anchor.edtf}).`
			: ''
	});
}

/**
 * A draft event for words the author selected, [start, end) in the text: an implied event whose
 * date the author writes. A string says why it cannot be made.
 */
export function eventFromSelection(
	draft: Draft,
	passages: readonly PlacedPassage[],
	start: number,
	end: number
): DraftEvent | string {
	const words = draft.text.slice(start, end).trim();
	if (!words) return 'Select some words of the text first.';
	const from = start + draft.text.slice(start, end).search(/\S/);
	const passage = passageAt(passages, from);
	if (!passage || from + words.length > passage.start + passage.text.length)
		return 'Select words inside one paragraph.';
	return newEvent(draft, {
		basis: 'implied',
		mentions: [{ passage: passage.id, quote: words }]
	});
}

/**
 * Whether an event of the draft was made from the suggestion: it quotes the words and came from
 * the same words (or, read from a file, has the same date).
 */
export function isAccepted(
	draft: Draft,
	passages: readonly PlacedPassage[],
	suggestion: SuggestionLike
): boolean {
	const passage = passageAt(passages, suggestion.start);
	if (!passage) return false;
	const at = suggestion.start - passage.start;
	return draft.events.some(
		(e) =>
			(e.words ? e.words === suggestion.words : e.when === suggestion.edtf) &&
			e.mentions.some((m) => {
				if (m.passage !== passage.id) return false;
				const from = passage.text.indexOf(m.quote);
				return from !== -1 && from <= at && at < from + m.quote.length;
			})
	);
}

/** Mentions whose passage no longer holds the quote move to the first passage that does. */
function relocate(
	mention: { passage: string; quote: string },
	passages: readonly PlacedPassage[]
): { passage: string; quote: string } {
	const own = passages.find((p) => p.id === mention.passage);
	if (own?.text.includes(mention.quote)) return mention;
	const found = passages.find((p) => p.text.includes(mention.quote));
	return found ? { ...mention, passage: found.id } : mention;
}

/** The vocabulary entry for a label the author typed: its id is the label in kebab-case. */
export function vocabularyEntry(label: string): { id: string; label: string } {
	return { id: slugify(label) || 'entry', label: label.trim() };
}

/** The fields a draft event and an event record share, as they are. */
function sharedFields(e: DraftEvent | EventRecord) {
	const { id, title, when, summary, actors, themes, stance, basis, sources } = e;
	return { id, title, when, summary, actors, themes, stance, basis, sources };
}

/**
 * The dataset the draft stands for, as written to a file: every field as the author left it, so
 * the validator names what is missing. Empty optional fields are left out.
 */
export function draftToDataset(draft: Draft, passages = splitText(draft.text)): DatasetInput {
	const { title, author, published, publisher, url } = draft.source;
	return {
		format: DATASET_FORMAT,
		version: 1,
		id: slugify(title || draft.name) || 'my-timeline',
		title: title || draft.name,
		source: {
			title,
			author,
			published,
			publisher,
			...(url ? { url } : {}),
			sections: passages.sections
		},
		actors: draft.actors,
		themes: draft.themes,
		events: draft.events.map((e): EventRecord => ({
			id: e.id,
			title: e.title,
			when: e.when,
			summary: e.summary,
			actors: e.actors,
			themes: e.themes,
			stance: e.stance,
			basis: e.basis,
			mentions: e.mentions.map((m) => relocate(m, passages.passages)),
			links: e.links,
			sources: e.sources,
			...(e.dateNote ? { dateNote: e.dateNote } : {})
		})),
		periods: [],
		tours: []
	};
}

/** A draft to keep working on a dataset: its text, events and vocabularies. */
export function datasetToDraft(dataset: Dataset, id: string, savedMs: number): Draft {
	const source = dataset.source;
	return {
		id,
		name: dataset.title,
		savedMs,
		text: source ? joinText(source.sections) : '',
		source: {
			title: source?.title ?? dataset.title,
			author: source?.author ?? '',
			published: source?.published ?? '',
			publisher: source?.publisher ?? '',
			url: source?.url ?? ''
		},
		actors: dataset.actors,
		themes: dataset.themes,
		events: dataset.events.map((e) => ({
			...sharedFields(e),
			mentions: e.mentions,
			links: e.links.map(({ rel, event }) => ({ rel, event })),
			dateNote: e.dateNote ?? '',
			words: ''
		}))
	};
}

/**
 * The dataset the preview draws while the draft is incomplete: events whose date parses, with a
 * stand-in for an empty title, links only to events that are drawn. Never exported.
 */
export function previewDataset(draft: Draft, passages = splitText(draft.text)): Dataset {
	const input = draftToDataset(draft, passages);
	const events = input.events.filter((e) => parseEdtf(e.when).ok);
	const drawn = new Set(events.map((e) => e.id));
	const { published } = draft.source;
	return {
		...input,
		title: input.title || 'Untitled draft',
		source: input.source && {
			...input.source,
			title: input.source.title || 'Untitled text',
			author: input.source.author || 'unknown author',
			publisher: input.source.publisher || 'unknown publisher',
			published: parseEdtf(published).ok ? published : 'date unknown',
			url: undefined
		},
		events: events.map((e) => ({
			...e,
			title: e.title.trim() || `Untitled (${e.id})`,
			links: (e.links ?? []).filter((l) => drawn.has(l.event))
		})),
		periods: [],
		tours: []
	};
}

/**
 * What is wrong with an EDTF date as typed, checked on every keystroke (the validator checks
 * dates only of events that are otherwise complete); undefined when it is valid.
 */
export function dateProblem(when: string): string | undefined {
	if (!when.trim()) return 'Write the date in EDTF: 1997-05-27, 1997-05, 1997, 199X or 1997/1999.';
	const parsed = parseEdtf(when);
	return parsed.ok ? undefined : parsed.error;
}

/**
 * The problems about one record (`event "x"`, or undefined for the source and dataset), by field:
 * `title`, `mentions[0].quote`; a field of the source is keyed without its `source.` prefix.
 */
export function problemsByField(
	problems: readonly Problem[],
	record: string | undefined
): Map<string, string[]> {
	const byField = new Map<string, string[]>();
	for (const p of problems) {
		if (p.record !== record) continue;
		const field = (p.field ?? '').replace(/^source\./, '');
		const message = p.fix ? `${p.message}: ${p.fix}` : p.message;
		byField.set(field, [...(byField.get(field) ?? []), message]);
	}
	return byField;
}
