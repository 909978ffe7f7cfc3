/** Words for a window, at the precision its width deserves: "1999–2003", "March – June 1999". */
import { formatEdtf, type EdtfDate, type Precision } from '../model/edtf';
import { DAY_MS, type TimeWindow } from './viewport';

function dateParts(ms: number) {
	const d = new Date(ms);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The window's span in words; years for long windows, months, then days as it narrows. */
export function formatInstantRange(w: TimeWindow): string {
	const span = w.endMs - w.startMs;
	const a = dateParts(w.startMs);
	const b = dateParts(w.endMs - 1);
	const precision: Precision =
		span > 3 * 365 * DAY_MS ? 'year' : span > 60 * DAY_MS ? 'month' : 'day';
	const date = (p: typeof a): EdtfDate => ({
		year: p.year,
		month: precision === 'year' ? undefined : p.month,
		day: precision === 'day' ? p.day : undefined,
		precision,
		approximate: false,
		uncertain: false
	});
	if (precision === 'year' && a.year === b.year) return String(a.year);
	return formatEdtf({ kind: 'interval', start: date(a), end: date(b) });
}
