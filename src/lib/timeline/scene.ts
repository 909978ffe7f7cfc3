/**
 * The whole timeline's geometry for one frame: period bands, lanes stacked top to bottom with
 * their marks, and the links of the selected event. Plain numbers in, plain numbers out.
 */
import type { TimelineEvent, TimelinePeriod } from '../model/dataset';
import type { LinkRel } from '../model/schema';
import { fitLabel, type MeasureText } from './labels';
import type { Lane } from './lanes';
import {
	labelInset,
	layoutLane,
	type LaneLayout,
	type LayoutOptions,
	type PlacedMark
} from './layout';
import type { LinkEnds } from './linkRoutes';
import { timeScale } from './timeScale';
import type { TimeWindow } from './viewport';

export const ROW_PX = 26;
export const LANE_HEADER_PX = 18;
export const LANE_PAD_PX = 6;
export const PERIOD_ROW_PX = 20;
export const AXIS_PX = 28;

export interface PlacedLane extends LaneLayout {
	id: string;
	label: string;
	/** Top of the lane, below the axis and the period rows. */
	y: number;
	heightPx: number;
	/** Events in the lane (visible or not). */
	total: number;
}

export interface PlacedPeriod {
	period: TimelinePeriod;
	x0: number;
	x1: number;
	y: number;
	label: string;
}

/** A link from the mark at (x0, y0) to the mark at (x1, y1); the painter routes it. */
export interface PlacedLink extends LinkEnds {
	rel: LinkRel;
}

export interface Scene {
	/** Where the text's publication date falls, when in view: from its start to its end in px. */
	publication?: { x0: number; x1: number };
	periods: PlacedPeriod[];
	periodRows: number;
	lanes: PlacedLane[];
	heightPx: number;
	/** Where each drawn event's mark sits, for links and focus. */
	anchors: Map<string, { x: number; y: number }>;
	/** Where each drawn name's text sits, in scene px, for what must keep clear of it. */
	labelBoxes: LabelBox[];
}

/** The box of one drawn name: its text's width, one row of text high, around its mark's centre. */
export interface LabelBox {
	/** The event whose name it is. */
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Height of a name's box, centred on its mark. */
const LABEL_BOX_PX = 18;

/** Period bands in one row per kind, in the order kinds first appear. */
export function layoutPeriods(
	periods: readonly TimelinePeriod[],
	w: TimeWindow,
	widthPx: number,
	measure: MeasureText
): { periods: PlacedPeriod[]; rows: number } {
	const kinds: string[] = [];
	const placed: PlacedPeriod[] = [];
	const { x: toPx } = timeScale(w, widthPx);
	for (const period of periods) {
		let row = kinds.indexOf(period.kind);
		if (row === -1) row = kinds.push(period.kind) - 1;
		if (period.span.endMs <= w.startMs || period.span.startMs >= w.endMs) continue;
		const x0 = Math.max(-2, toPx(period.span.startMs));
		const x1 = Math.min(widthPx + 2, toPx(period.span.endMs));
		const label = fitLabel(period.title, x1 - Math.max(x0, 0) - 8, measure);
		placed.push({ period, x0, x1, y: AXIS_PX + row * PERIOD_ROW_PX, label });
	}
	return { periods: placed, rows: kinds.length };
}

/** Lays out every lane for window `w` and stacks them; `published` is the text's date. */
export function layoutScene(
	lanes: readonly Lane[],
	periods: readonly TimelinePeriod[],
	w: TimeWindow,
	options: LayoutOptions,
	published?: TimeWindow
): Scene {
	const placedPeriods = layoutPeriods(periods, w, options.widthPx, options.measure);
	let y = AXIS_PX + placedPeriods.rows * PERIOD_ROW_PX + (placedPeriods.rows ? 6 : 0);
	const anchors = new Map<string, { x: number; y: number }>();
	const labelBoxes: LabelBox[] = [];
	const placedLanes = lanes.map((lane) => {
		const layout = layoutLane(lane, w, options);
		const heightPx = LANE_HEADER_PX + layout.rows * ROW_PX + LANE_PAD_PX;
		for (const mark of layout.marks) {
			anchors.set(mark.event.id, {
				x: mark.kind === 'point' ? (mark.x0 + mark.x1) / 2 : Math.max(mark.x0, 0) + 2,
				y: y + markCenterY(mark)
			});
			if (!mark.label) continue;
			const measure = mark.pinned ? (options.measurePinned ?? options.measure) : options.measure;
			labelBoxes.push({
				id: mark.event.id,
				x: mark.labelX + labelInset(mark.kind),
				y: y + markCenterY(mark) - LABEL_BOX_PX / 2,
				width: measure(mark.label),
				height: LABEL_BOX_PX
			});
		}
		const placed = {
			...layout,
			id: lane.id,
			label: lane.label,
			y,
			heightPx,
			total: lane.events.length
		};
		y += heightPx;
		return placed;
	});
	const { x: toPx } = timeScale(w, options.widthPx);
	const publication =
		published && published.endMs > w.startMs && published.startMs < w.endMs
			? { x0: toPx(published.startMs), x1: toPx(published.endMs) }
			: undefined;
	return {
		...(publication ? { publication } : {}),
		periods: placedPeriods.periods,
		periodRows: placedPeriods.rows,
		lanes: placedLanes,
		heightPx: y,
		anchors,
		labelBoxes
	};
}

/** The vertical centre of a mark inside its lane. */
export function markCenterY(mark: Pick<PlacedMark, 'row'>): number {
	return LANE_HEADER_PX + mark.row * ROW_PX + ROW_PX / 2;
}

/**
 * The area that takes a mark's clicks and shows its focus ring, in lane coordinates: the symbol
 * or span and its label, at least 16 px wide.
 */
export function markHitBox(
	mark: PlacedMark,
	measure: MeasureText
): { x: number; y: number; width: number; height: number } {
	const labelEnd = mark.label
		? mark.labelX + (mark.kind === 'point' ? 0 : 10) + measure(mark.label)
		: -Infinity;
	// A pinned point's label may sit left of its symbol (see layout's pinnedLabelX).
	const labelStart = mark.label ? mark.labelX : Infinity;
	const x = Math.min(Math.max(mark.x0, mark.kind === 'point' ? -Infinity : -2), labelStart) - 2;
	const end = Math.max(mark.x1, labelEnd) + 2;
	return { x, y: markCenterY(mark) - 12, width: Math.max(end - x, 16), height: 24 };
}

/** The links of the selected event to and from the linked events that are drawn. */
export function layoutLinks(
	selected: TimelineEvent | undefined,
	anchors: Map<string, { x: number; y: number }>,
	incoming: readonly { event: string; rel: LinkRel }[]
): PlacedLink[] {
	if (!selected) return [];
	const out: PlacedLink[] = [];
	const add = (fromId: string, toId: string, rel: LinkRel) => {
		const a = anchors.get(fromId);
		const b = anchors.get(toId);
		if (!a || !b) return;
		out.push({ rel, from: fromId, to: toId, x0: a.x, y0: a.y, x1: b.x, y1: b.y });
	};
	for (const link of selected.links) add(selected.id, link.event, link.rel);
	// Links that other events make to the selected one are drawn too.
	for (const link of incoming) add(link.event, selected.id, link.rel);
	return out;
}
