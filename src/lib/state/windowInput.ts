/**
 * The window typed in the explorer's "From" and "To" fields, read when they are submitted: apart
 * from explorerUrl.ts, which the first render needs, so that it loads after it.
 */
import type { TimeWindow } from '../timeline/viewport';
import { edtfInstant } from './explorerUrl';

/** What the "From" and "To" fields accept, said in each of their errors. */
const DATE_HINT = 'write a year (1998), a month (1999-03) or a day (1999-03-24)';

/**
 * The window typed in the "From" and "To" fields (EDTF dates, the same as `from=`/`to=`): from the
 * start of `from` to the end of `to`; else the first field that is wrong and what to write.
 */
export function parseWindowInput(
	from: string,
	to: string
): { ok: true; window: TimeWindow } | { ok: false; field: 'from' | 'to'; message: string } {
	const fields = [
		{ field: 'from', label: 'From', value: from.trim(), edge: 'start' },
		{ field: 'to', label: 'To', value: to.trim(), edge: 'end' }
	] as const;
	const edges: number[] = [];
	for (const { field, label, value, edge } of fields) {
		const ms = value ? edtfInstant(value, edge) : undefined;
		if (ms === undefined || !Number.isFinite(ms))
			return {
				ok: false,
				field,
				message: value
					? `“${label}”: “${value}” is not a date; ${DATE_HINT}.`
					: `“${label}” is empty; ${DATE_HINT}.`
			};
		edges.push(ms);
	}
	const [startMs, endMs] = edges as [number, number];
	if (endMs <= startMs)
		return {
			ok: false,
			field: 'to',
			message: `“To” (${to.trim()}) ends before “From” (${from.trim()}) starts; write a later date.`
		};
	return { ok: true, window: { startMs, endMs } };
}
