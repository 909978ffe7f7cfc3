/**
 * TimelineJS (https://timeline.knightlab.com) JSON in and out. The spreadsheet template
 * (timelineSheet.ts) builds the same slides from its rows and shares the conversion below, so
 * both report problems the same way, in their own words (JSON paths or sheet columns).
 *
 * How a TimelineJS timeline becomes a chronotext dataset:
 * - the title slide's headline and text → the dataset's title and description;
 * - events → events: headline → title, text (HTML) → summary as plain text, start/end dates →
 *   `when` in EDTF at the precision given, `unique_id` → id (kept when it is already kebab-case,
 *   else made kebab-case; without one, the headline and date make a stable id), `display_date`
 *   → `dateNote` as "TimelineJS display date: …", `group` → a theme (id made from the group's
 *   name) so "lanes by theme" shows TimelineJS's groups, `media.url` (http or https only) with
 *   `media.credit` → the event's source;
 * - eras → periods of kind `era`;
 * - there is no source text: mentions are empty, basis is `context` (the reader needs it),
 *   stance is `mixed` (TimelineJS has no stance), actors are empty.
 * Every event and era needs a source (a public page that states its date), as in any dataset:
 * one without an http(s) `media.url` is a problem naming the slide and the fix.
 */
import { parseEdtf } from '../model/parseEdtf';
import type { Problem } from '../model/problems';
import { DATASET_FORMAT, type Dataset, type EventRecord, type Period } from '../model/schema';
import type { DatasetFormat, ParseResult } from './format';
import { idAllocator, isKebabId, slugify } from './ids';
import { parseJson } from './json';
import { htmlToPlainText, plainTextToHtml } from './plainText';
import { edtfToTimelineJs, readTimelineJsDate, timelineJsDateToEdtf } from './timelineDate';

/** The prefix that keeps a TimelineJS `display_date` in an event's dateNote. */
export const DISPLAY_DATE_NOTE = 'TimelineJS display date: ';

/** The fields of a slide that the importer reads, by their TimelineJS JSON path. */
export type SlideField =
	'start_date' | 'end_date' | 'text.headline' | 'text.text' | 'media.url' | 'unique_id' | 'group';

/** One slide to convert, with the words its problems use. */
export interface SlideInput {
	kind: 'title' | 'event' | 'era';
	/** `event #3 "Fall of Rome"` or `row 5`: names the slide in problems. */
	record: string;
	/** Names a field in problems: a JSON path (`start_date.year`) or a sheet column (`Year`). */
	fieldName: (field: SlideField, part?: string) => string;
	slide: Record<string, unknown>;
}

/** Turns slides into dataset input; problems name the file, the slide and the field. */
export function slidesToDatasetInput(
	slides: SlideInput[],
	file: string,
	fixes: { source: string; summary: string }
): ParseResult {
	const problems: Problem[] = [];
	const eventId = idAllocator('event');
	const periodId = idAllocator('period');
	const themeId = idAllocator('group');
	const themeOfGroup = new Map<string, string>();
	const uniqueIds = new Map<string, string>();
	const events: Record<string, unknown>[] = [];
	const periods: Record<string, unknown>[] = [];
	let title: string | undefined;
	let description: string | undefined;
	let titleRecord: string | undefined;

	for (const { kind, record, fieldName, slide } of slides) {
		const problem = (field: SlideField, message: string, fix: string, part?: string) =>
			problems.push({ file, record, field: fieldName(field, part), message, fix });
		const text = asObject(slide.text);
		const headline = plain(text?.headline);
		const body = plain(text?.text);
		if (kind === 'title') {
			if (titleRecord) {
				problem(
					'text.headline',
					`a second title slide (the first is ${titleRecord})`,
					'keep one title slide.'
				);
				continue;
			}
			titleRecord = record;
			title = headline || undefined;
			description = body || undefined;
			continue;
		}
		const when = readWhen(slide, kind, problem);
		if (!headline)
			problem(
				'text.headline',
				'the headline is empty',
				`write a headline: it becomes the ${kind === 'era' ? 'period' : 'event'}'s title.`
			);
		const sources = sourcesOf(slide);
		// A slide without media has no source, which is allowed; an address that cannot be a link
		// is reported rather than dropped.
		const url = asObject(slide.media)?.url;
		if (sources.length === 0 && typeof url === 'string' && url.trim())
			problem(
				'media.url',
				`${JSON.stringify(url.trim().slice(0, 80))} is not an http or https address, so it cannot be the source`,
				fixes.source
			);
		const uniqueRaw = slide.unique_id;
		let base: string;
		if (typeof uniqueRaw === 'string' && uniqueRaw.trim()) {
			const unique = uniqueRaw.trim();
			const earlier = uniqueIds.get(unique);
			if (earlier)
				problem(
					'unique_id',
					`the unique_id "${unique}" is also used by ${earlier}`,
					'give each slide its own unique_id.'
				);
			uniqueIds.set(unique, record);
			base = isKebabId(unique) ? unique : slugify(unique);
		} else base = slugify(`${headline} ${when ? datePart(when) : ''}`);

		if (kind === 'era') {
			const period: Record<string, unknown> = {
				id: periodId(base),
				title: headline,
				when,
				kind: 'era',
				sources
			};
			if (body) period.note = body;
			periods.push(period);
			continue;
		}
		if (!body) problem('text.text', 'the text is empty', fixes.summary);
		const group = plain(slide.group);
		const themes: string[] = [];
		if (group) {
			let id = themeOfGroup.get(group);
			if (!id) {
				id = themeId(slugify(group));
				themeOfGroup.set(group, id);
			}
			themes.push(id);
		}
		const event: Record<string, unknown> = {
			id: eventId(base),
			title: headline,
			when,
			summary: body,
			actors: [],
			themes,
			stance: 'mixed',
			basis: 'context',
			mentions: [],
			links: [],
			sources
		};
		const display = plain(slide.display_date);
		if (display) event.dateNote = `${DISPLAY_DATE_NOTE}${display}`;
		events.push(event);
	}
	if (problems.length > 0) return { ok: false, problems };
	const datasetTitle = title ?? fileTitle(file);
	const input: Record<string, unknown> = {
		format: DATASET_FORMAT,
		version: 1,
		id: slugify(datasetTitle) || 'imported',
		title: datasetTitle,
		actors: [],
		themes: [...themeOfGroup].map(([label, id]) => ({ id, label })),
		events,
		periods
	};
	if (description) input.description = description;
	return { ok: true, input };
}

function readWhen(
	slide: Record<string, unknown>,
	kind: 'event' | 'era',
	problem: (field: SlideField, message: string, fix: string, part?: string) => void
): string | undefined {
	const read = (field: 'start_date' | 'end_date') => {
		const raw = slide[field];
		if (raw === undefined || raw === null || raw === '') return undefined;
		const date = readTimelineJsDate(raw);
		if ('part' in date) {
			problem(field, date.message, date.fix, date.part === 'date' ? undefined : date.part);
			return 'invalid';
		}
		return timelineJsDateToEdtf(date);
	};
	const start = read('start_date');
	const end = read('end_date');
	if (start === 'invalid' || end === 'invalid') return undefined;
	if (start === undefined) {
		problem(
			'start_date',
			'the start date is missing',
			`give the ${kind} a start date (at least a year).`
		);
		return undefined;
	}
	if (end === undefined && kind === 'era') {
		problem('end_date', 'an era needs an end date', 'give the era an end date (at least a year).');
		return undefined;
	}
	const when = end === undefined ? start : `${start}/${end}`;
	const parsed = parseEdtf(when);
	if (!parsed.ok) {
		problem(
			'end_date',
			parsed.error.replace(/\. Use .*$/, ''),
			'make the end date the same as or later than the start.'
		);
		return undefined;
	}
	return when;
}

/** The http(s) media address of a slide as its source, titled by the credit or the host name. */
function sourcesOf(slide: Record<string, unknown>): { title: string; url: string }[] {
	const media = asObject(slide.media);
	const url = typeof media?.url === 'string' ? media.url.trim() : '';
	if (!isHttpUrl(url)) return [];
	return [{ title: plain(media?.credit) || new URL(url).hostname, url }];
}

/** True for an absolute http: or https: URL. */
export function isHttpUrl(text: string): boolean {
	if (!/^https?:\/\//i.test(text)) return false;
	try {
		const url = new URL(text);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		return false;
	}
}

function datePart(when: string): string {
	return when.split('/')[0]!.replace(/T.*$/, '');
}

function plain(value: unknown): string {
	if (typeof value === 'number') return String(value);
	return typeof value === 'string' ? htmlToPlainText(value) : '';
}

function asObject(value: unknown): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: undefined;
}

/** A title from a file name or URL: its last path segment without the extension. */
export function fileTitle(file: string): string {
	const last = file.split(/[?#]/)[0]!.split(/[\\/]/).filter(Boolean).pop() ?? '';
	let name = last;
	try {
		name = decodeURIComponent(last);
	} catch {
		// A malformed %-escape: keep the name as written.
	}
	return name.replace(/\.[a-z0-9]{1,5}$/i, '').trim() || 'Imported timeline';
}

const JSON_FIX = {
	source:
		'set media.url to the address (http or https) of a public page that states the date, with media.credit naming it.',
	summary: 'write a sentence or two in text.text: it becomes the summary.'
};

/** Reads TimelineJS JSON text into dataset input. */
export function parseTimelineJs(text: string, file: string): ParseResult {
	const json = parseJson(text.replace(/^\uFEFF/, ''), file);
	if (!json.ok) return { ok: false, problems: [json.problem] };
	const root = asObject(json.value);
	if (!root || !Array.isArray(root.events))
		return {
			ok: false,
			problems: [
				{
					file,
					field: 'events',
					message: 'a TimelineJS file needs a list of events',
					fix: 'write { "title": {…}, "events": [ … ] } as in the TimelineJS JSON format.'
				}
			]
		};
	const slides: SlideInput[] = [];
	const badSlide = (list: string, i: number): Problem => ({
		file,
		record: `${list === 'eras' ? 'era' : 'event'} #${i + 1}`,
		message: 'is not an object',
		fix: 'write each slide as { "start_date": {…}, "text": {…} }.'
	});
	const problems: Problem[] = [];
	const jsonField = (field: SlideField, part?: string) => (part ? `${field}.${part}` : field);
	const title = asObject(root.title);
	if (title) slides.push({ kind: 'title', record: 'title', fieldName: jsonField, slide: title });
	for (const [list, kind] of [
		['events', 'event'],
		['eras', 'era']
	] as const) {
		const items = root[list];
		if (items === undefined) continue;
		if (!Array.isArray(items)) {
			problems.push({
				file,
				field: list,
				message: 'must be a list',
				fix: `write "${list}": [ … ].`
			});
			continue;
		}
		items.forEach((item, i) => {
			const slide = asObject(item);
			if (!slide) return problems.push(badSlide(list, i));
			const headline = plain(asObject(slide.text)?.headline).slice(0, 60);
			slides.push({
				kind,
				record: `${kind} #${i + 1}${headline ? ` ${JSON.stringify(headline)}` : ''}`,
				fieldName: jsonField,
				slide
			});
		});
	}
	const result = slidesToDatasetInput(slides, file, JSON_FIX);
	if (problems.length === 0) return result;
	return { ok: false, problems: [...problems, ...(result.ok ? [] : result.problems)] };
}

const FORMAT_KEY = /(?<!\\)"format"\s*:\s*"chronotext-dataset"/;

/**
 * What a TimelineJS JSON export cannot carry from a dataset: the source text and mentions,
 * links, tours, actors, stance, basis, more than one theme or source per event, dateNote (other
 * than a display date), EDTF qualifiers (~ ? %), open and unknown interval ends, and period
 * kinds and sources.
 */
export function datasetToTimelineJs(dataset: Dataset): Record<string, unknown> {
	const themeLabel = new Map(dataset.themes.map((t) => [t.id, t.label]));
	const dates = (when: string) => {
		const tl = edtfToTimelineJs(when);
		if (!tl) return {};
		return tl.end ? { start_date: tl.start, end_date: tl.end } : { start_date: tl.start };
	};
	const event = (e: EventRecord) => {
		const slide: Record<string, unknown> = {
			unique_id: e.id,
			...dates(e.when),
			text: { headline: plainTextToHtml(e.title), text: plainTextToHtml(e.summary) }
		};
		if (e.dateNote?.startsWith(DISPLAY_DATE_NOTE))
			slide.display_date = plainTextToHtml(e.dateNote.slice(DISPLAY_DATE_NOTE.length));
		const group = e.themes[0] && themeLabel.get(e.themes[0]);
		if (group) slide.group = plainTextToHtml(group);
		const source = e.sources[0];
		if (source) slide.media = mediaOf(source);
		return slide;
	};
	const era = (p: Period) => {
		const slide: Record<string, unknown> = {
			unique_id: p.id,
			...dates(p.when),
			text: {
				headline: plainTextToHtml(p.title),
				...(p.note ? { text: plainTextToHtml(p.note) } : {})
			}
		};
		const source = p.sources[0];
		// TimelineJS ignores media on eras; it keeps the era's source for the way back.
		if (source) slide.media = mediaOf(source);
		return slide;
	};
	return {
		title: {
			text: {
				headline: plainTextToHtml(dataset.title),
				...(dataset.description ? { text: plainTextToHtml(dataset.description) } : {})
			}
		},
		events: dataset.events.map(event),
		...(dataset.periods.length > 0 ? { eras: dataset.periods.map(era) } : {})
	};
}

function mediaOf(source: { title: string; url: string }): Record<string, string> {
	// A title that is only the host name was made from the address on import.
	return source.title === new URL(source.url).hostname
		? { url: source.url }
		: { url: source.url, credit: plainTextToHtml(source.title) };
}

/** TimelineJS JSON: the `{title, events, eras}` object TimelineJS3 reads. */
export const timelineJsFormat: DatasetFormat = {
	id: 'timelinejs-json',
	label: 'TimelineJS JSON',
	detect: (text) => {
		const head = text.replace(/^[\uFEFF\s]+/, '');
		return head.startsWith('{') && !FORMAT_KEY.test(text) && /(?<!\\)"start_date"\s*:/.test(text);
	},
	parse: parseTimelineJs,
	serialise: (dataset) => `${JSON.stringify(datasetToTimelineJs(dataset), null, '\t')}\n`,
	mediaType: 'application/json',
	extension: 'json'
};
