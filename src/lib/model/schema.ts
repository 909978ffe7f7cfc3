/**
 * The one runtime schema of a chronotext dataset. The TypeScript types below and the JSON Schema
 * in static/schema/ (scripts/generate-schema.ts) are derived from it; nothing is written twice.
 * Checks that need the whole dataset (unique ids, EDTF, quotes, links) live in validate.ts.
 * fastSchema.ts restates EventSchema and PeriodSchema for speed; a property test holds it to them.
 */
import * as v from 'valibot';
import { isWebAddress, WEB_PATTERN } from './webAddress';

export { WEB_PATTERN };

/** The `format` value every dataset file in our JSON format carries. */
export const DATASET_FORMAT = 'chronotext-dataset';

const text = (what: string) => v.pipe(v.string(), v.trim(), v.minLength(1, `${what} is empty`));
/** An id: kebab-case. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = v.pipe(
	v.string(),
	v.regex(ID_PATTERN, 'must be kebab-case: lowercase letters and digits joined by single hyphens')
);
const edtf = v.pipe(v.string(), v.minLength(1, 'date is empty'));
/** The message of every source URL check; validate.ts turns it into a problem with a fix. */
export const URL_MESSAGE = 'must be a full web address starting with https:// or http://';
// Only http(s) may become a link; the regex also gives editors the rule through the JSON Schema.
const url = v.config(
	v.pipe(v.string(), v.regex(WEB_PATTERN, URL_MESSAGE), v.check(isWebAddress, URL_MESSAGE)),
	{ abortPipeEarly: true }
);

export const StanceSchema = v.picklist(['cooperation', 'friction', 'mixed']);
export const BasisSchema = v.picklist(['mentioned', 'implied', 'context', 'later']);
export const LinkRelSchema = v.picklist(['led-to', 'response-to', 'part-of']);

export const SourceRefSchema = v.strictObject({
	title: text('the source title'),
	url
});

/**
 * Public pages that state the date. A record without one is valid (an imported timeline may cite
 * nothing); the quality rules (datasetRules.ts) require one in the shipped datasets.
 */
const SourcesSchema = v.array(SourceRefSchema);

export const MentionSchema = v.strictObject({
	passage: id,
	quote: text('the quote')
});

export const LinkSchema = v.strictObject({
	rel: LinkRelSchema,
	event: id,
	/** Whose reading a causal link is, when no source states it. */
	note: v.optional(text('the link note')),
	/** Public pages that state the link. */
	sources: v.optional(v.array(SourceRefSchema)),
	/** Historians disagree whether the link holds. */
	contested: v.optional(v.boolean())
});

export const EventSchema = v.strictObject({
	id,
	title: text('the title'),
	/** A short name (≤ 24 characters) the timeline shows when the title does not fit. */
	label: v.optional(
		v.pipe(
			text('the short label'),
			v.maxLength(24, 'the short label is over 24 characters; shorten it or leave it out')
		)
	),
	when: edtf,
	summary: text('the summary'),
	actors: v.array(id),
	themes: v.array(id),
	stance: StanceSchema,
	basis: BasisSchema,
	/** Why the event has its basis: for `implied`, the words of the text that presuppose it. */
	basisNote: v.optional(text('the basis note')),
	mentions: v.array(MentionSchema),
	sources: SourcesSchema,
	dateNote: v.optional(text('the date note')),
	/**
	 * Last, so that a file's record without links gets them at its end, where the quick check
	 * adds them to the record as it was read (fastSchema.ts) and the page to its text
	 * (loadMessages.ts) in the same order.
	 */
	links: v.optional(v.array(LinkSchema), [])
});

export const PeriodSchema = v.strictObject({
	id,
	title: text('the title'),
	when: edtf,
	kind: id,
	sources: SourcesSchema,
	note: v.optional(text('the note'))
});

export const TourSchema = v.strictObject({
	id,
	title: text('the title'),
	steps: v.pipe(
		v.array(v.strictObject({ event: id, caption: text('the caption') })),
		v.minLength(1, 'a tour needs at least one step')
	)
});

export const PassageSchema = v.strictObject({ id, text: text('the passage text') });

export const SourceTextSchema = v.strictObject({
	title: text('the title'),
	author: text('the author'),
	published: edtf,
	publisher: text('the publisher'),
	url: v.optional(url),
	pages: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
	sections: v.pipe(
		v.array(
			v.strictObject({
				id,
				heading: text('the heading'),
				passages: v.array(PassageSchema)
			})
		),
		v.minLength(1, 'the source text needs at least one section')
	)
});

export const VocabularySchema = v.array(v.strictObject({ id, label: text('the label') }));

export const DatasetSchema = v.strictObject({
	$schema: v.optional(v.string()),
	format: v.literal(DATASET_FORMAT, `must be "${DATASET_FORMAT}"`),
	version: v.literal(1, 'must be 1'),
	id,
	title: text('the title'),
	description: v.optional(text('the description')),
	/** The text the events are linked to; imported timelines (TimelineJS, CSV) have none. */
	source: v.optional(SourceTextSchema),
	actors: VocabularySchema,
	themes: VocabularySchema,
	events: v.array(EventSchema),
	periods: v.optional(v.array(PeriodSchema), []),
	tours: v.optional(v.array(TourSchema), [])
});

export type Stance = v.InferOutput<typeof StanceSchema>;
export type Basis = v.InferOutput<typeof BasisSchema>;
export type LinkRel = v.InferOutput<typeof LinkRelSchema>;
export type SourceRef = v.InferOutput<typeof SourceRefSchema>;
export type Mention = v.InferOutput<typeof MentionSchema>;
export type EventRecord = v.InferOutput<typeof EventSchema>;
export type Period = v.InferOutput<typeof PeriodSchema>;
export type Tour = v.InferOutput<typeof TourSchema>;
export type Passage = v.InferOutput<typeof PassageSchema>;
export type SourceText = v.InferOutput<typeof SourceTextSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
/** A dataset as written by hand: optional lists may be left out. */
export type DatasetInput = v.InferInput<typeof DatasetSchema>;
