/**
 * The TimelineJS spreadsheet template saved as CSV (File › Download › CSV, or a published Google
 * Sheet's CSV address). Columns, by their exact names: Year, Month, Day, Time, End Year, End
 * Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption,
 * Media Thumbnail, Type, Group, Background. `Type` is empty for an event, `title` for the title
 * slide or `era`; an empty Month or Day means year or month precision. The older sheet with
 * `Start Date`, `End Date` and `Tag` is read too. Other columns are ignored, as TimelineJS does.
 * Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
import { parseCsv } from './csv';
import type { Problem } from '../model/problems';
import type { DatasetFormat, ParseResult } from './format';
import { slidesToDatasetInput, type SlideField, type SlideInput } from './timelineJs';

/** The columns of the current TimelineJS template, in its order. */
export const SHEET_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Type',
	'Group',
	'Background'
] as const;

const CURRENT_FIELDS: Record<SlideField, string> = {
	start_date: 'Year',
	end_date: 'End Year',
	'text.headline': 'Headline',
	'text.text': 'Text',
	'media.url': 'Media',
	unique_id: 'Headline',
	group: 'Group'
};

const PART_COLUMN: Record<string, [string, string]> = {
	year: ['Year', 'End Year'],
	month: ['Month', 'End Month'],
	day: ['Day', 'End Day'],
	hour: ['Time', 'End Time'],
	minute: ['Time', 'End Time'],
	second: ['Time', 'End Time']
};

function currentFieldName(field: SlideField, part?: string): string {
	if ((field === 'start_date' || field === 'end_date') && part && PART_COLUMN[part])
		return PART_COLUMN[part]![field === 'start_date' ? 0 : 1];
	return CURRENT_FIELDS[field];
}

function olderFieldName(field: SlideField): string {
	if (field === 'start_date') return 'Start Date';
	if (field === 'end_date') return 'End Date';
	if (field === 'group') return 'Tag';
	return CURRENT_FIELDS[field];
}

type TimeParts = { hour: number; minute?: number; second?: number };

/**
 * A time as TimelineJS's sheet reader takes it (DateUtil.parseTime): `14:30`, `14:30:15`,
 * `2:30 PM`, `1430`, `14.30`.
 */
export function parseSheetTime(text: string): TimeParts | string {
	let rest = text.trim();
	const period = /\s*([AaPp])\.?[Mm]\.?\s*$/.exec(rest);
	if (period) rest = rest.slice(0, period.index).trim();
	const bare = /^(\d{1,2})(\d{2})$/.exec(rest);
	const parts = bare ? bare.slice(1) : rest.split(rest.includes(':') ? ':' : '.');
	if (parts.length > 3 || !parts.every((p) => /^\d{1,2}$/.test(p)))
		return `"${text}" is not a time`;
	let hour = Number(parts[0]);
	if (period) {
		if (hour < 1 || hour > 12) return `"${text}": hour ${hour} does not exist on a 12-hour clock`;
		const pm = period[1]!.toLowerCase() === 'p';
		hour = (hour % 12) + (pm ? 12 : 0);
	}
	const out: TimeParts = { hour };
	if (parts[1] !== undefined) out.minute = Number(parts[1]);
	if (parts[2] !== undefined) out.second = Number(parts[2]);
	return out;
}

/**
 * A date in the older sheet's Start Date / End Date: `1999`, `-490`, `1999-03`, `1999-03-24`,
 * `3/24/1999`, `3/1999`, each optionally followed by a time (`1999-03-24 14:30`, `T14:30`).
 */
export function parseOlderSheetDate(text: string): Record<string, string | number> | string {
	const trimmed = text.trim();
	const [, datePart = trimmed, timePart] =
		/^(.*?)(?:[T\s]+(\d{1,2}[:.]\d{2}.*))?$/.exec(trimmed) ?? [];
	let date: Record<string, string | number>;
	const iso = /^([+-]?\d+)(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(datePart);
	const us = /^(\d{1,2})\/(?:(\d{1,2})\/)?(-?\d+)$/.exec(datePart);
	if (iso) {
		date = { year: iso[1]!.replace('+', '') };
		if (iso[2]) date.month = iso[2];
		if (iso[3]) date.day = iso[3];
	} else if (us) {
		date = { year: us[3]!, month: us[1]! };
		if (us[2]) date.day = us[2];
	} else
		return `"${text}" is not a date TimelineJS reads (write 1999, 1999-03, 1999-03-24 or 3/24/1999)`;
	if (timePart) {
		const time = parseSheetTime(timePart);
		if (typeof time === 'string') return time;
		Object.assign(date, time);
	}
	return date;
}

const SHEET_FIX = {
	source:
		'put the address (http or https) of a public page that states the date in the Media column, with Media Credit naming it.',
	summary: 'write a sentence or two in the Text column: it becomes the summary.'
};

/** Reads a TimelineJS sheet (CSV text) into dataset input. */
export function parseTimelineSheet(text: string, file: string): ParseResult {
	const rows = parseCsv(text.replace(/^\uFEFF/, ''));
	const columns = rows.columns.map((c) => c.trim());
	const older = columns.includes('Start Date') && !columns.includes('Year');
	const required = older ? ['Start Date', 'Headline'] : ['Year', 'Headline'];
	const missing = required.filter((c) => !columns.includes(c));
	if (missing.length > 0)
		return {
			ok: false,
			problems: missing.map((column) => ({
				file,
				record: 'row 1',
				field: column,
				message: `the column "${column}" is missing`,
				fix: `name the columns in row 1 as in the TimelineJS template: ${SHEET_COLUMNS.join(', ')}.`
			}))
		};
	const problems: Problem[] = [];
	const slides: SlideInput[] = [];
	rows.forEach((raw, i) => {
		const row: Record<string, string> = {};
		for (const [key, value] of Object.entries(raw)) row[key.trim()] = (value ?? '').trim();
		if (Object.values(row).every((v) => v === '')) return;
		const record = `row ${i + 2}`;
		const type = (row['Type'] ?? '').toLowerCase();
		if (type !== '' && type !== 'title' && type !== 'era') {
			problems.push({
				file,
				record,
				field: 'Type',
				message: `"${row['Type']}" is not a slide type`,
				fix: 'leave Type empty for an event, or write title or era.'
			});
			return;
		}
		const slide: Record<string, unknown> = {
			text: { headline: row['Headline'] ?? '', text: row['Text'] ?? '' },
			media: { url: row['Media'] ?? '', credit: row['Media Credit'] ?? '' },
			group: row['Group'] || row['Tag'] || '',
			display_date: row['Display Date'] ?? ''
		};
		if (older) {
			for (const [column, field] of [
				['Start Date', 'start_date'],
				['End Date', 'end_date']
			] as const) {
				if (!row[column]) continue;
				const date = parseOlderSheetDate(row[column]);
				if (typeof date === 'string')
					problems.push({
						file,
						record,
						field: column,
						message: date,
						fix: 'write the date as 1999-03-24 (or 1999-03, or 1999).'
					});
				else slide[field] = date;
			}
		} else {
			for (const [prefix, field] of [
				['', 'start_date'],
				['End ', 'end_date']
			] as const) {
				const date: Record<string, unknown> = {};
				for (const part of ['Year', 'Month', 'Day'])
					if (row[`${prefix}${part}`]) date[part.toLowerCase()] = row[`${prefix}${part}`];
				const time = row[`${prefix}Time`];
				if (time) {
					const parts = parseSheetTime(time);
					if (typeof parts === 'string')
						problems.push({
							file,
							record,
							field: `${prefix}Time`,
							message: parts,
							fix: 'write the time as 14:30, 14:30:15 or 2:30 PM.'
						});
					else Object.assign(date, parts);
				}
				if (Object.keys(date).length > 0) slide[field] = date;
			}
		}
		slides.push({
			kind: type === '' ? 'event' : (type as 'title' | 'era'),
			record,
			fieldName: older ? olderFieldName : currentFieldName,
			slide
		});
	});
	const result = slidesToDatasetInput(slides, file, SHEET_FIX);
	if (problems.length === 0) return result;
	return { ok: false, problems: [...problems, ...(result.ok ? [] : result.problems)] };
}

/** The first line of a CSV text, split into trimmed column names (quotes removed). */
export function headerColumns(text: string): string[] {
	const start = text.replace(/^\uFEFF/, '');
	const end = start.search(/\r?\n/);
	const line = end === -1 ? start : start.slice(0, end);
	return line.split(',').map((c) =>
		c
			.trim()
			.replace(/^"(.*)"$/, '$1')
			.trim()
	);
}

/** The TimelineJS spreadsheet template as CSV. */
export const timelineSheetFormat: DatasetFormat = {
	id: 'timelinejs-csv',
	label: 'TimelineJS spreadsheet (CSV)',
	detect: (text) => {
		const columns = headerColumns(text);
		return (
			columns.includes('Headline') && (columns.includes('Year') || columns.includes('Start Date'))
		);
	},
	parse: parseTimelineSheet,
	mediaType: 'text/csv',
	extension: 'csv'
};
