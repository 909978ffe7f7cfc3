/**
 * Per-frame layout of one lane: which events are visible, which dense regions collapse into
 * counts, and how the rest pack into rows so that labels never overlap. Work is proportional to
 * what is visible: binary search finds the window, dense buckets are counted, not iterated.
 */
import type { TimelineEvent } from '../model/dataset';
import { fitLabel, type MeasureText } from './labels';
import { bisectLeft, type Lane } from './lanes';
import { timeScale, type TimeScale } from './timeScale';
import type { TimeWindow } from './viewport';

export type MarkKind = 'point' | 'band' | 'bar';

export interface PlacedMark {
	event: TimelineEvent;
	/** point: a day or finer; band: a whole month or year; bar: an interval. */
	kind: MarkKind;
	/** The mark's extent in px; a point's is its symbol. */
	x0: number;
	x1: number;
	row: number;
	/** The title, else the short label, shortened or '' when neither fits; whole when pinned. */
	label: string;
	labelX: number;
	/** Selected or focused: drawn whole, above its neighbours. */
	pinned: boolean;
}

export interface Aggregate {
	x0: number;
	x1: number;
	count: number;
	startMs: number;
	endMs: number;
}

export interface LaneLayout {
	marks: PlacedMark[];
	aggregates: Aggregate[];
	/** Rows in use (at least 1). */
	rows: number;
}

export interface LayoutOptions {
	widthPx: number;
	maxRows: number;
	/** Width of the buckets that dense regions are counted in. */
	bucketPx: number;
	/** A bucket with more events than this becomes a count. */
	maxPerBucket: number;
	gapPx: number;
	pointRadiusPx: number;
	/** Narrowest drawn band or bar. */
	minMarkPx: number;
	labelPadPx: number;
	measure: MeasureText;
	/** Measures the labels of pinned events, which are painted bold; `measure` when absent. */
	measurePinned?: MeasureText;
	/**
	 * Events always drawn one by one (the selected and focused ones): even in a dense region, and
	 * even outside the window, so that keyboard focus survives zooming and panning.
	 */
	pinned?: ReadonlySet<string>;
}

/** The smallest target a pointer or finger is given (WCAG 2.5.8): a count is never narrower. */
const MIN_TARGET_PX = 24;

export const DEFAULT_LAYOUT: Omit<LayoutOptions, 'widthPx' | 'measure'> = {
	maxRows: 10,
	bucketPx: 40,
	maxPerBucket: 5,
	gapPx: 6,
	pointRadiusPx: 6,
	minMarkPx: 4,
	labelPadPx: 4
};

/** A mark's kind follows the precision of its date: never drawn more precisely than known. */
export function markKind(event: TimelineEvent): MarkKind {
	if (event.span.isInterval) return 'bar';
	return event.span.precision === 'day' || event.span.precision === 'time' ? 'point' : 'band';
}

function place(event: TimelineEvent, scale: TimeScale, o: LayoutOptions) {
	const kind = markKind(event);
	// Clamp far-off ends (open intervals are ±Infinity) to just outside the view.
	const clamp = (px: number) => Math.max(-10, Math.min(o.widthPx + 10, px));
	let x0: number;
	let x1: number;
	if (kind === 'point') {
		const mid = scale.x((event.span.startMs + event.span.endMs) / 2);
		x0 = mid - o.pointRadiusPx;
		x1 = mid + o.pointRadiusPx;
	} else {
		x0 = clamp(scale.x(event.span.startMs));
		x1 = Math.max(clamp(scale.x(event.span.endMs)), x0 + o.minMarkPx);
	}
	// A label sits after a point, and inside a band or bar from its visible start.
	const labelX = kind === 'point' ? x1 + o.labelPadPx : Math.max(x0, 0) + o.labelPadPx;
	return { kind, x0, x1, labelX };
}

/** Lays out the lane's events visible in window `w`. */
export function layoutLane(lane: Lane, w: TimeWindow, o: LayoutOptions): LaneLayout {
	const scale = timeScale(w, o.widthPx);
	// Buckets lie on a grid of whole powers of two milliseconds: panning keeps each event in the
	// same bucket and zooming changes the grid only at each doubling, so marks do not flicker in
	// and out of counts from frame to frame (and Svelte does not rebuild them).
	const bucketMs = 2 ** Math.round(Math.log2(scale.msPerPx * o.bucketPx));
	const firstBucket = Math.floor(w.startMs / bucketMs);
	const bucketCount = Math.max(1, Math.ceil(w.endMs / bucketMs) - firstBucket);
	const edgeMs = (b: number) => (firstBucket + b) * bucketMs;
	const { startsMs, endsMs, events } = lane;
	const visible = (i: number) => startsMs[i]! < w.endMs && endsMs[i]! > w.startMs;
	// The lane's pinned events by index, so that a dense bucket is counted, never iterated.
	const pinnedIndexes: number[] = [];
	for (const id of o.pinned ?? []) {
		const i = lane.indexOf.get(id);
		if (i !== undefined) pinnedIndexes.push(i);
	}

	// Start indexes of each bucket: starts in [bounds[b], bounds[b + 1]) fall in bucket b.
	const bounds = new Int32Array(bucketCount + 1);
	for (let b = 0; b <= bucketCount; b++) bounds[b] = bisectLeft(startsMs, edgeMs(b));

	// Events that began before the first bucket but still show are counted in bucket 0.
	const carried: number[] = [];
	for (const c of lane.durationClasses) {
		const to = bisectLeft(c.startsMs, edgeMs(0));
		for (let k = bisectLeft(c.startsMs, w.startMs - c.maxMs, 0, to); k < to; k++) {
			const i = c.indexes[k]!;
			if (endsMs[i]! > w.startMs) carried.push(i);
		}
	}

	const candidates = new Set<number>();
	const aggregates: Aggregate[] = [];
	for (let b = 0; b < bucketCount; b++) {
		const from = bounds[b]!;
		const to = bounds[b + 1]!;
		const extra = b === 0 ? carried : [];
		const count = to - from + extra.length;
		if (count > o.maxPerBucket) {
			const pinned = pinnedIndexes.filter((i) => (i >= from && i < to) || extra.includes(i));
			for (const i of pinned) candidates.add(i);
			const x0 = Math.max(0, scale.x(edgeMs(b)));
			const x1 = Math.min(o.widthPx, scale.x(edgeMs(b + 1)));
			const before = aggregates.at(-1);
			// A count cut by the window's edge to less than a fingertip joins the count beside it.
			if (before?.endMs === edgeMs(b) && Math.min(before.x1 - before.x0, x1 - x0) < MIN_TARGET_PX) {
				before.x1 = x1;
				before.count += count - pinned.length;
				before.endMs = edgeMs(b + 1);
			} else
				aggregates.push({
					x0,
					x1,
					count: count - pinned.length,
					startMs: edgeMs(b),
					endMs: edgeMs(b + 1)
				});
		} else {
			for (const i of extra) if (visible(i)) candidates.add(i);
			for (let i = from; i < to; i++) if (visible(i)) candidates.add(i);
		}
	}
	// Pinned events stay drawn outside the window too, so that keyboard focus survives moves.
	for (const i of pinnedIndexes) if (!visible(i)) candidates.add(i);

	const items = [...candidates]
		.map((i) => ({ event: events[i]!, ...place(events[i]!, scale, o) }))
		.sort((a, b) => a.x0 - b.x0);
	return packRows(items, aggregates, o);
}

/**
 * Where a pinned (whole) label starts so that it ends inside the timeline: after its mark where
 * it fits, else a point's label flips to the left of its symbol, else it moves left of the edge.
 */
function pinnedLabelX(mark: PlacedMark, titlePx: number, o: LayoutOptions): number {
	const textPx = titlePx + (mark.kind === 'point' ? 0 : 10);
	const maxX = o.widthPx - textPx - 2;
	if (mark.labelX <= maxX) return Math.max(0, mark.labelX);
	const flipped = mark.x0 - o.labelPadPx - textPx;
	if (mark.kind === 'point' && flipped >= 0) return flipped;
	return Math.max(0, maxX);
}

/** The shorter of an event's title and short label. */
function shortName(event: TimelineEvent, measure: MeasureText): string {
	return event.label && measure(event.label) < measure(event.title) ? event.label : event.title;
}

/** How far a mark's text starts after its `labelX`: a band's or bar's text clears its symbol. */
export function labelInset(kind: MarkKind): number {
	return kind === 'point' ? 0 : 10;
}

/** Whether a label shows an event's whole title or whole short label. */
function isWhole(mark: PlacedMark): boolean {
	return mark.label === mark.event.title || mark.label === mark.event.label;
}

/**
 * Greedy row packing in x order. An item takes the first row free at its start (mark and whole
 * label); with every row taken it goes to the row where shortening the name before it loses
 * least, and shortens that name. Aggregates block all rows over their width. Last, a point whose
 * name was shortened or hidden takes its whole name on the left of its symbol where that is free.
 */
function packRows(
	items: Omit<PlacedMark, 'row' | 'label' | 'pinned'>[],
	aggregates: Aggregate[],
	o: LayoutOptions
): LaneLayout {
	const rowEnd: number[] = []; // end of mark and full label
	const rowMarkEnd: number[] = []; // end of the mark alone
	const rowLast: number[] = []; // index in `placed` of the row's last mark
	const placed: PlacedMark[] = [];
	const labelMax: number[] = [];
	let a = 0;

	/** Room for the text of the row's last name if the row's next mark starts at `x`. */
	const roomBefore = (row: number, x: number) => {
		const last = rowLast[row];
		if (last === undefined) return Infinity;
		const mark = placed[last]!;
		return Math.min(labelMax[last]!, x - o.gapPx - mark.labelX - labelInset(mark.kind));
	};
	const cutBefore = (row: number, x: number) => {
		const last = rowLast[row];
		if (last !== undefined) labelMax[last] = roomBefore(row, x);
	};
	/** What a row loses if an item starting at `x` goes there: 0 nothing, 1 a name shortened, 2 hidden. */
	const lossBefore = (row: number, x: number) => {
		const last = rowLast[row];
		if (last === undefined) return 0;
		const name = shortName(placed[last]!.event, o.measure);
		const room = roomBefore(row, x);
		if (o.measure(name) <= room) return 0;
		return fitLabel(name, room, o.measure) ? 1 : 2;
	};

	for (const item of items) {
		while (a < aggregates.length && aggregates[a]!.x0 <= item.x0) {
			const agg = aggregates[a++]!;
			for (let r = 0; r < rowEnd.length; r++) {
				if (rowEnd[r]! > agg.x0 - o.gapPx) cutBefore(r, agg.x0);
				rowEnd[r] = Math.max(rowEnd[r]!, agg.x1);
				rowMarkEnd[r] = Math.max(rowMarkEnd[r]!, agg.x1);
			}
		}
		// Rows are packed for the shorter name, so that more names show whole.
		const fullEnd = Math.max(
			item.x1,
			item.labelX + labelInset(item.kind) + o.measure(shortName(item.event, o.measure))
		);
		let row = rowEnd.findIndex((end) => end + o.gapPx <= item.x0);
		if (row === -1 && rowEnd.length < o.maxRows) row = rowEnd.length;
		if (row === -1) {
			// Every row is taken up to here: among the rows whose marks leave room, the one that
			// loses least lends its last name's room; else the one whose mark ends first.
			let best = Infinity;
			for (let r = 0; r < rowMarkEnd.length; r++) {
				const clear = rowMarkEnd[r]! + o.gapPx <= item.x0;
				const cost = (clear ? lossBefore(r, item.x0) * 1e6 : 1e12) + rowMarkEnd[r]!;
				if (cost < best) [best, row] = [cost, r];
			}
		}
		// The row's previous name, packed at its shorter length, must stop before this mark.
		cutBefore(row, item.x0);
		const index = placed.length;
		placed.push({ ...item, row, label: item.event.title, pinned: false });
		labelMax.push(Infinity);
		rowEnd[row] = fullEnd;
		rowMarkEnd[row] = item.x1;
		rowLast[row] = index;
	}
	// Aggregates after the last item still cut the labels that reach them.
	for (; a < aggregates.length; a++)
		for (let r = 0; r < rowEnd.length; r++)
			if (rowEnd[r]! > aggregates[a]!.x0 - o.gapPx) cutBefore(r, aggregates[a]!.x0);

	placed.forEach((mark, i) => {
		const { title, label } = mark.event;
		if (o.pinned?.has(mark.event.id)) {
			mark.pinned = true;
			const bold = o.measurePinned ?? o.measure;
			// A title wider than the whole timeline (on a phone) gives way to the short label.
			if (label && bold(title) + labelInset(mark.kind) > o.widthPx) mark.label = label;
			mark.labelX = pinnedLabelX(mark, bold(mark.label), o);
			return;
		}
		const room = Math.min(labelMax[i]!, o.widthPx - mark.labelX - labelInset(mark.kind));
		if (room === Infinity || o.measure(title) <= room) return;
		mark.label =
			label && o.measure(label) <= room ? label : fitLabel(label ?? title, room, o.measure);
	});
	flipLeft(placed, aggregates, o);
	return {
		marks: placed,
		aggregates,
		rows: Math.max(1, rowEnd.length, aggregates.length > 0 ? o.maxRows : 0)
	};
}

/** Where a mark and its drawn name end. */
function drawnEnd(mark: PlacedMark, o: LayoutOptions): number {
	if (!mark.label || mark.labelX < mark.x0) return mark.x1;
	const measure = mark.pinned ? (o.measurePinned ?? o.measure) : o.measure;
	return Math.max(mark.x1, mark.labelX + labelInset(mark.kind) + measure(mark.label));
}

/**
 * Moves the shortened or hidden name of a point to the left of its symbol, whole, where the row
 * is free between the previous mark's end (with its name) and the symbol, and no count lies.
 */
function flipLeft(placed: PlacedMark[], aggregates: readonly Aggregate[], o: LayoutOptions): void {
	const byRow = new Map<number, PlacedMark[]>();
	for (const mark of placed) {
		const row = byRow.get(mark.row);
		if (row) row.push(mark);
		else byRow.set(mark.row, [mark]);
	}
	for (const row of byRow.values()) {
		let free = 0; // where the row is free from: past every earlier mark and name
		for (const mark of row) {
			if (mark.kind === 'point' && !mark.pinned && !isWhole(mark)) {
				const name = shortName(mark.event, o.measure);
				const x = mark.x0 - o.labelPadPx - o.measure(name);
				const blocked = aggregates.some((g) => g.x1 + o.gapPx > x && g.x0 < mark.x0);
				if (x >= free && x >= 0 && !blocked) {
					mark.label = name;
					mark.labelX = x;
				}
			}
			free = Math.max(free, drawnEnd(mark, o) + o.gapPx);
		}
	}
}
