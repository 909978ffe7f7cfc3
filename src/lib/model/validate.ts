/**
 * The one validator: the runtime schema, then the checks that need the whole dataset. Shared by
 * the CLI (`npm run validate`), the test suite and the app's loader.
 */
import * as v from 'valibot';
import { parseEdtf } from './edtf';
import type { Problem } from './problems';
import { foldTypography, nearestMatch } from './quotes';
import { DatasetSchema, type Dataset } from './schema';

/** Which file each top-level key came from; `default` names the rest (or the single file). */
export interface FileMap {
	default: string;
	[key: string]: string;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

const RECORD_NOUN: Record<string, string> = {
	events: 'event',
	periods: 'period',
	tours: 'tour',
	actors: 'actor',
	themes: 'theme',
	sections: 'section',
	passages: 'passage',
	steps: 'step'
};

function fileOf(files: FileMap, key: string | undefined): string {
	return (key && files[key]) || files.default;
}

/** Names the record a schema issue is in (`event "kosovo"`) and the field path below it. */
function locate(path: readonly { key: unknown; value?: unknown }[]): {
	record?: string;
	field?: string;
} {
	const records: string[] = [];
	let fieldStart = 0;
	for (let i = 0; i < path.length; i++) {
		const { key, value } = path[i]!;
		const parent = i > 0 ? path[i - 1]!.key : undefined;
		if (typeof key === 'number' && typeof parent === 'string' && RECORD_NOUN[parent]) {
			const rid = (value as { id?: unknown } | undefined)?.id;
			const noun = RECORD_NOUN[parent];
			const label = typeof rid === 'string' && rid ? `${noun} "${rid}"` : `${noun} #${key + 1}`;
			records.push(label);
			fieldStart = i + 1;
		}
	}
	const field = path
		.slice(fieldStart)
		.map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
		.join('')
		.replace(/^\./, '');
	return { record: records.join(' › ') || undefined, field: field || undefined };
}

function schemaProblems(input: unknown, files: FileMap): Problem[] {
	const result = v.safeParse(DatasetSchema, input);
	if (result.success) return [];
	return result.issues.map((issue) => {
		const path = (issue.path ?? []).map((p) => ({ key: p.key, value: p.value }));
		const { record, field } = locate(path);
		const top = typeof path[0]?.key === 'string' ? (path[0].key as string) : undefined;
		let message = issue.message;
		let fix: string | undefined;
		if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.input === undefined) {
			message = `required field is missing`;
			fix = `add "${String(path[path.length - 1]?.key)}".`;
		} else if (issue.type === 'strict_object') {
			message = `unknown field "${String(path[path.length - 1]?.key)}"`;
			fix = 'remove it or check its spelling against the dataset format in the README.';
		} else if (issue.type === 'picklist') {
			message = `${JSON.stringify(issue.input)} is not allowed`;
			fix = `use one of ${issue.expected
				?.replace(/^\(|\)$/g, '')
				.split(' | ')
				.join(', ')}.`;
		} else if (issue.type === 'regex' && /kebab/.test(issue.message)) {
			message = `${JSON.stringify(issue.input)} ${issue.message}`;
			fix = 'write ids like "nato-russia-council".';
		} else if (issue.message.startsWith('Invalid type')) {
			message = `expected ${issue.expected} but found ${issue.received}`;
		}
		return { file: fileOf(files, top), record, field: field ?? top, message, fix };
	});
}

function duplicateProblems(
	items: readonly { id: string }[],
	noun: string,
	file: string
): Problem[] {
	const seen = new Set<string>();
	const problems: Problem[] = [];
	for (const item of items) {
		if (seen.has(item.id))
			problems.push({
				file,
				record: `${noun} "${item.id}"`,
				field: 'id',
				message: `the id "${item.id}" is used by more than one ${noun}`,
				fix: `give each ${noun} its own id.`
			});
		seen.add(item.id);
	}
	return problems;
}

function dateProblem(when: string, file: string, record: string): Problem | undefined {
	const parsed = parseEdtf(when);
	if (parsed.ok) return undefined;
	return {
		file,
		record,
		field: 'when',
		message: parsed.error.replace(/\. Use .*$/, ''),
		fix: 'write an EDTF date: 2002-05-28, 2004-03, 2006, 1999-03-24/1999-06-10, 2001-10~ or 2005?.'
	};
}

function mentionProblems(ds: Dataset, files: FileMap): Problem[] {
	const passages = new Map<string, string>();
	for (const section of ds.source?.sections ?? [])
		for (const passage of section.passages) passages.set(passage.id, passage.text);
	const file = fileOf(files, 'events');
	const problems: Problem[] = [];
	for (const event of ds.events) {
		const record = `event "${event.id}"`;
		if (event.mentions.length === 0 && (event.basis === 'mentioned' || event.basis === 'implied'))
			problems.push({
				file,
				record,
				field: 'mentions',
				message: `a ${event.basis} event needs at least one mention`,
				fix: 'add { "passage": "<passage id>", "quote": "<exact words>" } for the words that mention or imply it.'
			});
		event.mentions.forEach((mention, i) => {
			const field = `mentions[${i}]`;
			const text = passages.get(mention.passage);
			if (text === undefined) {
				problems.push({
					file,
					record,
					field: `${field}.passage`,
					message: `there is no passage "${mention.passage}"`,
					fix:
						passages.size > 0
							? `use one of ${[...passages.keys()].join(', ')}.`
							: 'this dataset has no source text: add "source" with the passage, or remove the mention.'
				});
				return;
			}
			if (text.includes(mention.quote)) return;
			const elsewhere = [...passages].find(([, t]) => t.includes(mention.quote))?.[0];
			let fix: string;
			if (elsewhere)
				fix = `the quote is in passage "${elsewhere}": set "passage" to "${elsewhere}".`;
			else {
				const near = nearestMatch(text, mention.quote);
				if (near && foldTypography(near) === foldTypography(mention.quote))
					fix = `the text differs only in quotes, dashes, case or spacing; copy it exactly: "${near}".`;
				else if (near)
					fix = `the nearest words in the passage are "${near}"; copy the quote exactly from the text.`;
				else fix = 'copy the quote character for character from the passage.';
			}
			problems.push({
				file,
				record,
				field: `${field}.quote`,
				message: `the quote "${mention.quote}" is not found verbatim in passage "${mention.passage}"`,
				fix
			});
		});
	}
	return problems;
}

function referenceProblems(ds: Dataset, files: FileMap): Problem[] {
	const problems: Problem[] = [];
	const eventIds = new Set(ds.events.map((e) => e.id));
	const vocabularies = [
		['actors', 'actor', new Set(ds.actors.map((a) => a.id))],
		['themes', 'theme', new Set(ds.themes.map((t) => t.id))]
	] as const;
	const eventsFile = fileOf(files, 'events');
	for (const event of ds.events) {
		const record = `event "${event.id}"`;
		for (const [field, noun, known] of vocabularies)
			event[field].forEach((id, i) => {
				if (!known.has(id))
					problems.push({
						file: eventsFile,
						record,
						field: `${field}[${i}]`,
						message: `there is no ${noun} "${id}"`,
						fix: `add it to "${field}" in ${fileOf(files, field)}${known.size ? ` or use one of ${[...known].join(', ')}` : ''}.`
					});
			});
		event.links.forEach((link, i) => {
			if (link.event === event.id)
				problems.push({
					file: eventsFile,
					record,
					field: `links[${i}].event`,
					message: 'an event cannot link to itself',
					fix: 'link to another event or remove the link.'
				});
			else if (!eventIds.has(link.event))
				problems.push({
					file: eventsFile,
					record,
					field: `links[${i}].event`,
					message: `there is no event "${link.event}"`,
					fix: 'use the id of an event in this dataset, or remove the link.'
				});
		});
	}
	const toursFile = fileOf(files, 'tours');
	for (const tour of ds.tours)
		tour.steps.forEach((step, i) => {
			if (!eventIds.has(step.event))
				problems.push({
					file: toursFile,
					record: `tour "${tour.id}"`,
					field: `steps[${i}].event`,
					message: `there is no event "${step.event}"`,
					fix: 'use the id of an event in this dataset.'
				});
		});
	return problems;
}

/** Validates parsed input; on success returns the dataset with defaults filled in. */
export function validateDataset(input: unknown, files: FileMap): ValidationResult {
	const schema = schemaProblems(input, files);
	if (schema.length > 0) return { ok: false, problems: schema };
	const ds = v.parse(DatasetSchema, input);
	const problems: Problem[] = [
		...duplicateProblems(ds.events, 'event', fileOf(files, 'events')),
		...duplicateProblems(ds.periods, 'period', fileOf(files, 'periods')),
		...duplicateProblems(ds.tours, 'tour', fileOf(files, 'tours')),
		...duplicateProblems(ds.actors, 'actor', fileOf(files, 'actors')),
		...duplicateProblems(ds.themes, 'theme', fileOf(files, 'themes')),
		...duplicateProblems(ds.source?.sections ?? [], 'section', fileOf(files, 'source')),
		...duplicateProblems(
			(ds.source?.sections ?? []).flatMap((s) => s.passages),
			'passage',
			fileOf(files, 'source')
		)
	];
	const published =
		ds.source && dateProblem(ds.source.published, fileOf(files, 'source'), 'source');
	if (published) problems.push({ ...published, field: 'published' });
	for (const event of ds.events) {
		const p = dateProblem(event.when, fileOf(files, 'events'), `event "${event.id}"`);
		if (p) problems.push(p);
	}
	for (const period of ds.periods) {
		const p = dateProblem(period.when, fileOf(files, 'periods'), `period "${period.id}"`);
		if (p) problems.push(p);
	}
	problems.push(...mentionProblems(ds, files), ...referenceProblems(ds, files));
	return problems.length > 0 ? { ok: false, problems } : { ok: true, dataset: ds };
}
