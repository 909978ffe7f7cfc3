/**
 * chronotext's own CSV: one row per event, for editing in a spreadsheet. Columns (row 1):
 * id, title, when, summary, actors, themes, stance, basis, sources, links, mentions, dateNote
 * (actors, themes, links, mentions and dateNote may be left out; `label` is passed through).
 * A cell that holds a list separates its items with `;`, or with line breaks when an item holds
 * a `;` (then a single item ends with one). actors and themes hold labels ("NATO; Russia"); their ids are made from the labels.
 * sources: `Title | https://…` (a bare address is titled by its host name); links:
 * `led-to: event-id`; mentions: `passage-id: exact quote`. The dataset's id and title come from
 * the file name; periods, tours and the source text are not in the CSV.
 */
import { csvFormat } from 'd3-dsv';
import { parseCsv } from './csv';
import { parseEdtf } from '../model/parseEdtf';
import type { Problem } from '../model/problems';
import { DATASET_FORMAT, type Dataset } from '../model/schema';
import type { DatasetFormat, ParseResult } from './format';
import { isKebabId, slugify } from './ids';
import { fileTitle, isHttpUrl } from './timelineJs';
import { headerColumns } from './timelineSheet';

/** The columns in the order the CSV is written. */
export const CSV_COLUMNS = [
	'id',
	'title',
	'when',
	'summary',
	'actors',
	'themes',
	'stance',
	'basis',
	'sources',
	'links',
	'mentions',
	'dateNote'
] as const;

const REQUIRED = ['id', 'title', 'when', 'summary', 'stance', 'basis', 'sources'];
const KNOWN = new Set<string>([...CSV_COLUMNS, 'label']);
const STANCES = ['cooperation', 'friction', 'mixed'];
const BASES = ['mentioned', 'implied', 'context', 'later'];
const RELS = ['led-to', 'response-to', 'part-of'];

/** The items of a list cell: split on line breaks when there are any, else on `;`. */
export function splitList(cell: string): string[] {
	return cell
		.split(cell.includes('\n') ? /\r?\n/ : ';')
		.map((item) => item.trim())
		.filter(Boolean);
}

/**
 * A list cell: items joined by `; `, or by line breaks when an item holds a `;` (a single such
 * item ends with a line break, so that it is not split at its `;`).
 */
export function joinList(items: readonly string[]): string {
	if (!items.some((item) => item.includes(';'))) return items.join('; ');
	return items.length === 1 ? `${items[0]}\n` : items.join('\n');
}

/** Reads our CSV into dataset input; problems name the row (header is row 1) and the column. */
export function parseChronotextCsv(text: string, file: string): ParseResult {
	const rows = parseCsv(text.replace(/^\uFEFF/, ''));
	const columns = rows.columns.map((c) => c.trim());
	const problems: Problem[] = [];
	const header = (field: string, message: string, fix: string) =>
		problems.push({ file, record: 'row 1', field, message, fix });
	for (const column of REQUIRED)
		if (!columns.includes(column))
			header(
				column,
				`the column "${column}" is missing`,
				`add it to row 1; the columns are ${CSV_COLUMNS.join(', ')}.`
			);
	for (const column of columns)
		if (!KNOWN.has(column))
			header(
				column || '(empty)',
				`"${column}" is not a column of the chronotext CSV`,
				`remove it or rename it to one of ${CSV_COLUMNS.join(', ')}.`
			);
	if (problems.length > 0) return { ok: false, problems };

	const vocabularies = { actors: new Map<string, string>(), themes: new Map<string, string>() };
	const events: Record<string, unknown>[] = [];
	const rowOfId = new Map<string, string>();
	rows.forEach((raw, i) => {
		const row: Record<string, string> = {};
		// List cells keep their line breaks: a trailing one marks a single item holding a ";".
		const list: Record<string, string> = {};
		for (const [key, value] of Object.entries(raw)) {
			row[key.trim()] = (value ?? '').trim();
			list[key.trim()] = value ?? '';
		}
		if (Object.values(row).every((v) => v === '')) return;
		const record = `row ${i + 2}`;
		const problem = (field: string, message: string, fix: string) =>
			problems.push({ file, record, field, message, fix });
		for (const field of ['title', 'summary'] as const)
			if (!row[field]) problem(field, 'is empty', `write the event's ${field}.`);
		const id = row.id ?? '';
		const earlier = rowOfId.get(id);
		if (!isKebabId(id))
			problem(
				'id',
				id ? `"${id}" is not an id` : 'is empty',
				`write an id in kebab-case (lowercase letters and digits joined by hyphens)${slugify(row.title ?? '') ? `, e.g. ${slugify(row.title ?? '')}` : ''}.`
			);
		else if (earlier)
			problem('id', `"${id}" is also the id in ${earlier}`, 'give each event its own id.');
		rowOfId.set(id, record);
		const event: Record<string, unknown> = {
			id: row.id,
			title: row.title,
			when: row.when,
			summary: row.summary
		};
		if (row.label) event.label = row.label;
		const when = parseEdtf(row.when ?? '');
		if (!when.ok)
			problem(
				'when',
				when.error.replace(/\. Use .*$/, ''),
				'write an EDTF date: 2002-05-28, 2004-03, 2006, 1999-03-24/1999-06-10, 2001-10~ or 2005?.'
			);
		for (const kind of ['actors', 'themes'] as const) {
			const ids: string[] = [];
			for (const label of splitList(list[kind] ?? '')) {
				const id = slugify(label);
				const known = vocabularies[kind].get(id);
				if (!id)
					problem(
						kind,
						`"${label}" has no letters or digits to make an id from`,
						'write a name such as "NATO".'
					);
				else if (known !== undefined && known !== label)
					problem(
						kind,
						`"${label}" and "${known}" would share the id "${id}"`,
						`write "${known}" each time.`
					);
				else {
					vocabularies[kind].set(id, label);
					ids.push(id);
				}
			}
			event[kind] = ids;
		}
		for (const [field, allowed] of [
			['stance', STANCES],
			['basis', BASES]
		] as const) {
			const value = (row[field] ?? '').toLowerCase();
			if (!allowed.includes(value))
				problem(
					field,
					value ? `"${row[field]}" is not allowed` : 'is empty',
					`write one of ${allowed.join(', ')}.`
				);
			event[field] = value;
		}
		event.sources = splitList(list.sources ?? '').flatMap((item) => {
			const bar = item.lastIndexOf('|');
			const title = bar === -1 ? '' : item.slice(0, bar).trim();
			const url = (bar === -1 ? item : item.slice(bar + 1)).trim();
			if (!isHttpUrl(url)) {
				problem(
					'sources',
					`"${item}" does not end in an http or https address`,
					'write Title | https://… for each source.'
				);
				return [];
			}
			return [{ title: title || new URL(url).hostname, url }];
		});
		event.links = splitList(list.links ?? '').flatMap((item) => {
			const [rel, target] = item.split(':').map((s) => s.trim());
			if (!rel || !RELS.includes(rel) || !target) {
				problem(
					'links',
					`"${item}" is not a link`,
					`write ${RELS.join(', ')} then a colon and an event id, e.g. led-to: treaty-signed.`
				);
				return [];
			}
			return [{ rel, event: target }];
		});
		event.mentions = splitList(list.mentions ?? '').flatMap((item) => {
			const colon = item.indexOf(':');
			const passage = item.slice(0, colon).trim();
			const quote = item.slice(colon + 1).trim();
			if (colon === -1 || !passage || !quote) {
				problem(
					'mentions',
					`"${item}" is not a mention`,
					'write the passage id, a colon and the exact quote, e.g. summary-1: the Council came into being.'
				);
				return [];
			}
			return [{ passage, quote }];
		});
		if (row.dateNote) event.dateNote = row.dateNote;
		events.push(event);
	});
	if (problems.length > 0) return { ok: false, problems };
	const title = fileTitle(file);
	const vocabulary = (map: Map<string, string>) => [...map].map(([id, label]) => ({ id, label }));
	return {
		ok: true,
		input: {
			format: DATASET_FORMAT,
			version: 1,
			id: slugify(title) || 'imported',
			title,
			actors: vocabulary(vocabularies.actors),
			themes: vocabulary(vocabularies.themes),
			events
		}
	};
}

/** Writes the events of a dataset as our CSV (the label column only when an event has a label). */
export function datasetToCsv(dataset: Dataset): string {
	const labels = {
		actors: new Map(dataset.actors.map((a) => [a.id, a.label])),
		themes: new Map(dataset.themes.map((t) => [t.id, t.label]))
	};
	const hasLabel = dataset.events.some((e) => 'label' in e);
	const columns: string[] = [...CSV_COLUMNS];
	if (hasLabel) columns.splice(2, 0, 'label');
	const rows = dataset.events.map((e) => {
		const row: Record<string, string> = {
			id: e.id,
			title: e.title,
			when: e.when,
			summary: e.summary,
			actors: joinList(e.actors.map((id) => labels.actors.get(id) ?? id)),
			themes: joinList(e.themes.map((id) => labels.themes.get(id) ?? id)),
			stance: e.stance,
			basis: e.basis,
			sources: joinList(
				e.sources.map((s) =>
					s.title === new URL(s.url).hostname ? s.url : `${s.title} | ${s.url}`
				)
			),
			links: joinList(e.links.map((l) => `${l.rel}: ${l.event}`)),
			mentions: joinList(e.mentions.map((m) => `${m.passage}: ${m.quote}`)),
			dateNote: e.dateNote ?? ''
		};
		if (hasLabel) row.label = String((e as { label?: unknown }).label ?? '');
		return row;
	});
	return `${csvFormat(rows, columns)}\n`;
}

/** chronotext's CSV: one row per event. */
export const chronotextCsvFormat: DatasetFormat = {
	id: 'chronotext-csv',
	label: 'CSV',
	detect: (text) => {
		const columns = headerColumns(text);
		return ['id', 'title', 'when'].every((c) => columns.includes(c));
	},
	parse: parseChronotextCsv,
	serialise: datasetToCsv,
	mediaType: 'text/csv',
	extension: 'csv'
};
