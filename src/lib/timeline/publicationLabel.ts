/**
 * Where the label of the publication line goes in the axis row, so that it covers no year or
 * month label of the axis: on the side of the line where it hides fewest tick labels, and those
 * it still covers are left out.
 */
import type { MeasureText } from './labels';
import type { Tick } from './ticks';

/** Padding and edge line of the label box, in px, around its text. */
export const PUBLICATION_LABEL_CHROME_PX = 14;
/** Tick labels are painted this far right of their tick. */
const TICK_LABEL_OFFSET_PX = 4;
/** Free room kept between the label box and a tick label. */
const CLEARANCE_PX = 4;

export interface PublicationLabelPlacement {
	/** The box's left edge in px. */
	left: number;
	/** The box's width in px. */
	width: number;
	/** The box ends at the line (it sits before it) rather than starting there. */
	before: boolean;
	/** The axis ticks, the labels under the box emptied. */
	ticks: Tick[];
}

/**
 * Places a label `textPx` wide beside the line at `lineX`, inside [0, widthPx]; `measureTick`
 * measures tick labels as painted (their bold width, to be safe).
 */
export function placePublicationLabel(
	lineX: number,
	textPx: number,
	widthPx: number,
	ticks: readonly Tick[],
	measureTick: MeasureText
): PublicationLabelPlacement {
	const width = textPx + PUBLICATION_LABEL_CHROME_PX;
	const covers = (left: number, t: Tick) => {
		if (!t.label) return false;
		const from = t.x + TICK_LABEL_OFFSET_PX;
		const to = from + measureTick(t.label);
		return to > left - CLEARANCE_PX && from < left + width + CLEARANCE_PX;
	};
	const sides = [
		{ before: false, left: lineX },
		{ before: true, left: lineX - width }
	]
		.filter((s) => s.left >= 0 && s.left + width <= widthPx)
		.map((s) => ({ ...s, hidden: ticks.filter((t) => covers(s.left, t)).length }));
	// Neither side fits a narrow timeline: the box keeps inside it, clamped.
	const best = sides.reduce<(typeof sides)[number] | undefined>(
		(a, s) => (a && a.hidden <= s.hidden ? a : s),
		undefined
	) ?? { before: false, left: Math.max(0, Math.min(lineX, widthPx - width)) };
	return {
		left: best.left,
		width,
		before: best.before,
		ticks: ticks.map((t) => (covers(best.left, t) ? { ...t, label: '' } : t))
	};
}
