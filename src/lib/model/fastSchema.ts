/**
 * A quick check of the two long record lists (events and periods) against the rules of
 * schema.ts, for the common case of a dataset with nothing wrong in them. It gives exactly what
 * valibot's parse of EventSchema and PeriodSchema gives (fresh records, strings trimmed, fields in
 * the schema's order, `links` defaulted) at a fraction of the cost, or `undefined` at the first
 * record it does not accept; the validator then runs the full schema, which names every problem.
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
import { isWebAddress } from './safeHref';

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

const array =
	(item: Check): Check =>
	(value) => {
		if (!Array.isArray(value)) return FAIL;
		const out = new Array<unknown>(value.length);
		for (let i = 0; i < value.length; i++) {
			const checked = item(value[i]);
			if (checked === FAIL) return FAIL;
			out[i] = checked;
		}
		return out;
	};

/** A field: required, optional (left out when absent) or with a default list when absent. */
type Field = [key: string, check: Check, presence?: 'optional' | 'list'];

/** `v.strictObject`: a plain object with only these fields, rebuilt in their order. */
function strictObject(fields: readonly Field[]): Check {
	const keys = new Set(fields.map(([key]) => key));
	return (value) => {
		if (
			value === null ||
			typeof value !== 'object' ||
			Object.getPrototypeOf(value) !== Object.prototype
		)
			return FAIL;
		const input = value as Record<string, unknown>;
		for (const key in input) if (!keys.has(key)) return FAIL;
		const out: Record<string, unknown> = {};
		for (const [key, check, presence] of fields) {
			if (!Object.hasOwn(input, key)) {
				if (presence === undefined) return FAIL;
				if (presence === 'list') out[key] = [];
				continue;
			}
			const field = input[key];
			const checked = field === undefined ? FAIL : check(field);
			if (checked === FAIL) return FAIL;
			out[key] = checked;
		}
		return out;
	};
}

/** Checks for one dataset's events and periods. */
export function recordChecks(): {
	event: (value: unknown) => EventRecord | undefined;
	period: (value: unknown) => Period | undefined;
	fields: { event: string[]; period: string[] };
} {
	const sourceRef = strictObject([
		['title', text()],
		['url', url]
	]);
	const sources = array(sourceRef);
	const eventFields: Field[] = [
		['id', id],
		['title', text()],
		['label', text(24), 'optional'],
		['when', edtf],
		['summary', text()],
		['actors', array(id)],
		['themes', array(id)],
		['stance', picklist(StanceSchema.options)],
		['basis', picklist(BasisSchema.options)],
		['basisNote', text(), 'optional'],
		[
			'mentions',
			array(
				strictObject([
					['passage', id],
					['quote', text()]
				])
			)
		],
		[
			'links',
			array(
				strictObject([
					['rel', picklist(LinkRelSchema.options)],
					['event', id],
					['note', text(), 'optional'],
					['sources', sources, 'optional'],
					['contested', boolean, 'optional']
				])
			),
			'list'
		],
		['sources', sources],
		['dateNote', text(), 'optional']
	];
	const periodFields: Field[] = [
		['id', id],
		['title', text()],
		['when', edtf],
		['kind', id],
		['sources', sources],
		['note', text(), 'optional']
	];
	const event = strictObject(eventFields);
	const period = strictObject(periodFields);
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
