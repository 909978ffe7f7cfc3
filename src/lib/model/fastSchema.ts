/**
 * A quick check of the two long record lists (events and periods) against the rules of
 * schema.ts, for the common case of a dataset with nothing wrong in them. It gives exactly what
 * valibot's parse of EventSchema and PeriodSchema gives (fresh records, strings trimmed, fields in
 * the schema's order, `links` defaulted) at a fraction of the cost, or `undefined` at the first
 * record it does not accept; the validator then runs the full schema, which names every problem.
 * Given input that is its own (`keep`, a file's freshly parsed JSON), it keeps every record and
 * list that already has that form instead of copying it (it adds a `links` left out at a
 * record's end to the record itself), and copies only what it changes: at 100,000 events,
 * copying every record cost 5–12% of the loader's time (Node, BENCHMARKS.md).
 * It may turn down what the schema accepts (an own `__proto__` key, an `undefined` value), never
 * the reverse: tests/unit/formats/validator.fuzz.test.ts holds it to the schema's answers.
 */
import {
	BasisSchema,
	ID_PATTERN,
	LinkRelSchema,
	StanceSchema,
	type EventRecord,
	type Period
} from './schema';
import { isWebAddress } from './webAddress';

/** What a check gives for a value the schema would turn down (or that it does not handle). */
const FAIL = Symbol('fail');
type Check = (value: unknown) => unknown;

/** `v.pipe(v.string(), v.trim(), v.minLength(1))`, with `maxLength` when given. */
const text =
	(maxLength = Infinity): Check =>
	(value) => {
		if (typeof value !== 'string') return FAIL;
		const trimmed = value.trim();
		return trimmed.length >= 1 && trimmed.length <= maxLength ? trimmed : FAIL;
	};
const id: Check = (value) => (typeof value === 'string' && ID_PATTERN.test(value) ? value : FAIL);
const edtf: Check = (value) => (typeof value === 'string' && value.length >= 1 ? value : FAIL);
const boolean: Check = (value) => (typeof value === 'boolean' ? value : FAIL);
const picklist =
	(options: readonly string[]): Check =>
	(value) =>
		typeof value === 'string' && options.includes(value) ? value : FAIL;

const url: Check = (value) => (typeof value === 'string' && isWebAddress(value) ? value : FAIL);

/** `v.array(item)`; with `keep`, the list itself when no item changed. */
const array =
	(item: Check, keep: boolean): Check =>
	(value) => {
		if (!Array.isArray(value)) return FAIL;
		let out: unknown[] | undefined = keep ? undefined : new Array<unknown>(value.length);
		for (let i = 0; i < value.length; i++) {
			const checked = item(value[i]);
			if (checked === FAIL) return FAIL;
			if (out) out[i] = checked;
			else if (checked !== value[i]) (out = value.slice(0, i))[i] = checked;
		}
		return out ?? value;
	};

/** A field: required, optional (left out when absent) or with a default list when absent. */
type Field = [key: string, check: Check, presence?: 'optional' | 'list'];

/**
 * `v.strictObject`: a plain object with only these fields, rebuilt in their order; with `keep`,
 * the object itself when its fields are already in that order and none changed. Then a default
 * list absent after the object's last field is added to the object itself, at its end, where
 * the rebuilt object would have it too.
 */
function strictObject(fields: readonly Field[], keep: boolean): Check {
	const keys = new Set(fields.map(([key]) => key));
	return (value) => {
		if (
			value === null ||
			typeof value !== 'object' ||
			Object.getPrototypeOf(value) !== Object.prototype
		)
			return FAIL;
		const input = value as Record<string, unknown>;
		let inOrder = keep;
		/** In order: the place after the input's last field. */
		let next = 0;
		for (const key in input) {
			if (!keys.has(key)) return FAIL;
			if (!inOrder) continue;
			while (next < fields.length && fields[next]![0] !== key) next++;
			if (next === fields.length) inOrder = false;
			else next++;
		}
		/** Default lists to add at the input's end, once every field has passed. */
		let defaults: string[] | undefined;
		/** A new object with the fields before `end` as the input has them. */
		const copyBefore = (end: number) => {
			const copy: Record<string, unknown> = {};
			for (let f = 0; f < end; f++) {
				const key = fields[f]![0];
				if (Object.hasOwn(input, key)) copy[key] = input[key];
			}
			return copy;
		};
		let out: Record<string, unknown> | undefined = inOrder ? undefined : {};
		for (let f = 0; f < fields.length; f++) {
			const [key, check, presence] = fields[f]!;
			if (!Object.hasOwn(input, key)) {
				if (presence === undefined) return FAIL;
				if (presence !== 'list') continue;
				if (!out && f >= next) (defaults ??= []).push(key);
				else (out ??= copyBefore(f))[key] = [];
				continue;
			}
			const field = input[key];
			const checked = field === undefined ? FAIL : check(field);
			if (checked === FAIL) return FAIL;
			if (out) out[key] = checked;
			else if (checked !== field) (out = copyBefore(f))[key] = checked;
		}
		if (out) return out;
		for (const key of defaults ?? []) input[key] = [];
		return input;
	};
}

/** Checks for one dataset's events and periods; `keep`: see above. */
export function recordChecks(keep = false): {
	event: (value: unknown) => EventRecord | undefined;
	period: (value: unknown) => Period | undefined;
	fields: { event: string[]; period: string[] };
} {
	const list = (item: Check) => array(item, keep);
	const object = (fields: readonly Field[]) => strictObject(fields, keep);
	const sources = list(
		object([
			['title', text()],
			['url', url]
		])
	);
	const eventFields: Field[] = [
		['id', id],
		['title', text()],
		['label', text(24), 'optional'],
		['when', edtf],
		['summary', text()],
		['actors', list(id)],
		['themes', list(id)],
		['stance', picklist(StanceSchema.options)],
		['basis', picklist(BasisSchema.options)],
		['basisNote', text(), 'optional'],
		[
			'mentions',
			list(
				object([
					['passage', id],
					['quote', text()]
				])
			)
		],
		['sources', sources],
		['dateNote', text(), 'optional'],
		[
			'links',
			list(
				object([
					['rel', picklist(LinkRelSchema.options)],
					['event', id],
					['note', text(), 'optional'],
					['sources', sources, 'optional'],
					['contested', boolean, 'optional']
				])
			),
			'list'
		]
	];
	const periodFields: Field[] = [
		['id', id],
		['title', text()],
		['when', edtf],
		['kind', id],
		['sources', sources],
		['note', text(), 'optional']
	];
	const event = object(eventFields);
	const period = object(periodFields);
	return {
		event: (value) => {
			const checked = event(value);
			return checked === FAIL ? undefined : (checked as EventRecord);
		},
		period: (value) => {
			const checked = period(value);
			return checked === FAIL ? undefined : (checked as Period);
		},
		fields: { event: eventFields.map(([key]) => key), period: periodFields.map(([key]) => key) }
	};
}
