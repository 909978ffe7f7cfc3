/** The presenter view's clock, as text. */

/** Elapsed time as `m:ss`, or `h:mm:ss` from an hour on; negative times read as 0:00. */
export function formatElapsed(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = String(total % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The time of day of `date` as `HH:MM`, in the viewer's own time zone (it is their clock). */
export function formatTimeOfDay(date: Date): string {
	return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
