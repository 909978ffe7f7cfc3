/**
 * Paints one frame of the timeline (axis, periods, lanes, counts, marks, links) onto a 2D canvas
 * context from the plain numbers of `layoutScene`. Nothing here reads the DOM: the caller passes
 * the context, its colours and its font. Text goes through `fillText`, never through HTML.
 */
import type { MeasureLabel } from './labelBoxes';
import type { PlacedMark } from './layout';
import type { LinkRoute, LinkEnds, Point, Box } from './linkRoutes';
import {
	BASIS_STYLE,
	CORE_SCALE,
	FUZZY_DASH,
	SPAN_ALPHA,
	STANCE_STYLE,
	symbolGeometry,
	type MarkShape
} from './markStyles';
import { markCenterY, markHitBox, type PlacedLink, type Scene } from './scene';
import type { Tick } from './ticks';

/** The colours a frame is painted with (the page's CSS custom properties, resolved). */
export interface Palette {
	/** The timeline's background. */
	panel: string;
	ink: string;
	inkSoft: string;
	accent: string;
	cooperation: string;
	friction: string;
	mixed: string;
	focus: string;
	axisLine: string;
	axisLineMajor: string;
	/** Alternate period bands take the second colour. */
	periodFill: readonly [string, string];
	periodStroke: readonly [string, string];
	laneTint: string;
	laneRule: string;
	aggregateFill: string;
	aggregateStroke: string;
}

/**
 * The page's font stack, its `--font` in src/app.css. The canvas paints and measures labels in
 * it without asking the page: reading a computed style in the middle of a render makes the
 * browser compute the styles of everything that render has just built, in the same task
 * (tests/unit/timeline/pageStyle.test.ts keeps the two the same).
 */
export const PAGE_FONT = "'Liberation Sans', 'DejaVu Sans', system-ui, sans-serif";

/**
 * The page's colours, its custom properties in src/app.css (kept the same by the same test), and
 * colours of the canvas's own.
 */
export const DEFAULT_PALETTE: Palette = {
	panel: '#ffffff',
	ink: '#1b1f24',
	inkSoft: '#4a525c',
	accent: '#1d3557',
	cooperation: '#17766f',
	friction: '#a4303f',
	mixed: '#7a5c00',
	focus: '#c2410c',
	axisLine: '#ebe8e1',
	axisLineMajor: '#cfcabe',
	periodFill: ['#e9e4d6', '#dfe6ee'],
	periodStroke: ['#cbc3ac', '#b9c6d6'],
	laneTint: 'rgba(29, 53, 87, 0.025)',
	laneRule: '#eeebe4',
	aggregateFill: 'rgba(29, 53, 87, 0.14)',
	aggregateStroke: 'rgba(29, 53, 87, 0.4)'
};

/**
 * For forced colours (Windows high contrast): the user's system colours. Stance is then told by
 * the marks' shapes alone, as it always can be.
 */
export const FORCED_COLORS_PALETTE: Palette = {
	panel: 'Canvas',
	ink: 'CanvasText',
	inkSoft: 'CanvasText',
	accent: 'CanvasText',
	cooperation: 'CanvasText',
	friction: 'CanvasText',
	mixed: 'CanvasText',
	focus: 'Highlight',
	axisLine: 'GrayText',
	axisLineMajor: 'CanvasText',
	periodFill: ['Canvas', 'Canvas'],
	periodStroke: ['CanvasText', 'CanvasText'],
	laneTint: 'Canvas',
	laneRule: 'GrayText',
	aggregateFill: 'Canvas',
	aggregateStroke: 'CanvasText'
};

/** The rows of a scene to paint, in px from its top. */
export interface Band {
	topPx: number;
	heightPx: number;
}

export interface Frame {
	scene: Scene;
	ticks: readonly Tick[];
	links: readonly PlacedLink[];
	/**
	 * `routeFrameLinks`, loaded on demand (it is only needed once an event with links is
	 * selected); until then links are drawn straight.
	 */
	routeLinks?:
		| ((
				links: readonly LinkEnds[],
				scene: Scene,
				measure: MeasureLabel,
				bounds: Box
		  ) => LinkRoute[])
		| undefined;
	selectedId: string | undefined;
	/** The event whose mark has keyboard focus, ringed. */
	ringId?: string | undefined;
	widthPx: number;
	palette: Palette;
	/** A CSS font-family list, e.g. `"Liberation Sans", sans-serif`. */
	fontFamily: string;
	/**
	 * The rows the canvas shows, when it shows only some: lanes and marks wholly outside them are
	 * not painted. Without it, everything is.
	 */
	band?: Band;
}

/** A frame ready to paint onto any context (a canvas, or SVG for export), with its size in px. */
export interface TimelineDrawing {
	widthPx: number;
	heightPx: number;
	paint(ctx: PaintContext): void;
}

/** The parts of CanvasRenderingContext2D that painting uses. */
export type PaintContext = Pick<
	CanvasRenderingContext2D,
	| 'beginPath'
	| 'arc'
	| 'bezierCurveTo'
	| 'closePath'
	| 'fill'
	| 'fillRect'
	| 'fillText'
	| 'lineTo'
	| 'measureText'
	| 'moveTo'
	| 'restore'
	| 'roundRect'
	| 'save'
	| 'setLineDash'
	| 'stroke'
	| 'strokeRect'
	| 'translate'
	| 'fillStyle'
	| 'strokeStyle'
	| 'lineWidth'
	| 'font'
	| 'textAlign'
	| 'globalAlpha'
>;

/**
 * How far above and below its centre a mark's painting can reach, in px: the ~ or ? over its
 * symbol, the focus ring, its label's descenders.
 */
const MARK_REACH_PX = 20;

/**
 * Paints `frame` over the whole of a context already scaled to CSS pixels; given a band, only the
 * lanes and marks that reach into it.
 */
export function paintFrame(ctx: PaintContext, frame: Frame): void {
	const { scene, widthPx } = frame;
	const top = frame.band?.topPx ?? -Infinity;
	const bottom = frame.band ? frame.band.topPx + frame.band.heightPx : Infinity;
	// Whether anything drawn between y0 and y1 (scene px) can show in the band.
	const shows = (y0: number, y1: number) => y1 >= top && y0 <= bottom;
	const markShows = (laneY: number, mark: PlacedMark) => {
		const cy = laneY + markCenterY(mark);
		return shows(cy - MARK_REACH_PX, cy + MARK_REACH_PX);
	};
	const font = (px: number, bold = false) => `${bold ? '700 ' : ''}${px}px ${frame.fontFamily}`;
	ctx.fillStyle = frame.palette.panel;
	ctx.fillRect(0, 0, widthPx, scene.heightPx);
	ctx.textAlign = 'start';

	// Lanes first, so that the axis rules show through their light tint.
	scene.lanes.forEach((lane, i) => {
		if (i % 2 === 1) {
			ctx.fillStyle = frame.palette.laneTint;
			ctx.fillRect(0, lane.y, widthPx, lane.heightPx);
		}
		ctx.strokeStyle = frame.palette.laneRule;
		ctx.lineWidth = 1;
		ctx.strokeRect(0.5, lane.y + 0.5, widthPx - 1, lane.heightPx - 1);
	});

	for (const t of frame.ticks) {
		const x = Math.round(t.x) + 0.5;
		ctx.strokeStyle = t.major ? frame.palette.axisLineMajor : frame.palette.axisLine;
		ctx.beginPath();
		ctx.moveTo(x, 20);
		ctx.lineTo(x, scene.heightPx);
		ctx.stroke();
	}
	for (const t of frame.ticks) {
		ctx.font = font(12, t.major);
		ctx.fillStyle = t.major ? frame.palette.ink : frame.palette.inkSoft;
		ctx.fillText(t.label, t.x + 4, 14);
	}

	ctx.font = font(11);
	scene.periods.forEach((p, i) => {
		ctx.fillStyle = frame.palette.periodFill[i % 2]!;
		ctx.strokeStyle = frame.palette.periodStroke[i % 2]!;
		ctx.beginPath();
		ctx.roundRect(p.x0 + 0.5, p.y + 0.5, Math.max(1, p.x1 - p.x0), 18, 3);
		ctx.fill();
		ctx.stroke();
		ctx.fillStyle = frame.palette.ink;
		ctx.fillText(p.label, Math.max(p.x0, 0) + 4, p.y + 13);
	});

	for (const lane of scene.lanes) {
		if (!shows(lane.y, lane.y + lane.heightPx)) continue;
		ctx.save();
		ctx.translate(0, lane.y);
		ctx.font = font(11, true);
		ctx.fillStyle = frame.palette.inkSoft;
		ctx.fillText(lane.label.toUpperCase(), 6, 13);

		ctx.font = font(12, true);
		ctx.textAlign = 'center';
		for (const agg of lane.aggregates) {
			const heightPx = lane.heightPx - 24;
			ctx.fillStyle = frame.palette.aggregateFill;
			ctx.strokeStyle = frame.palette.aggregateStroke;
			ctx.beginPath();
			ctx.roundRect(agg.x0 + 1.5, 18.5, agg.x1 - agg.x0 - 2, heightPx, 3);
			ctx.fill();
			ctx.stroke();
			ctx.fillStyle = frame.palette.accent;
			ctx.fillText(String(agg.count), (agg.x0 + agg.x1) / 2, 18 + heightPx / 2 + 4);
		}
		ctx.textAlign = 'start';
		for (const mark of lane.marks) {
			if (!markShows(lane.y, mark)) continue;
			paintMark(ctx, mark, mark.event.id === frame.selectedId, frame);
			if (mark.event.id === frame.ringId) paintRing(ctx, mark, frame);
		}
		ctx.restore();
	}
	// The selected and focused events' names go over everything else, on the panel's colour.
	for (const lane of scene.lanes)
		for (const mark of lane.marks)
			if (mark.pinned && markShows(lane.y, mark)) paintPinnedLabel(ctx, mark, lane.y, frame);

	if (scene.publication) paintPublication(ctx, scene.publication, scene.heightPx, frame.palette);
	paintLinks(ctx, frame);
}

/** The text's publication date: a soft band over its month or year, edged by a solid line. */
function paintPublication(
	ctx: PaintContext,
	at: { x0: number; x1: number },
	heightPx: number,
	palette: Palette
): void {
	ctx.fillStyle = palette.accent;
	ctx.globalAlpha = 0.08;
	if (at.x1 - at.x0 > 2) ctx.fillRect(at.x0, 20, at.x1 - at.x0, heightPx - 20);
	ctx.globalAlpha = 1;
	ctx.strokeStyle = palette.accent;
	ctx.lineWidth = 2;
	ctx.setLineDash([6, 3]);
	ctx.beginPath();
	ctx.moveTo(Math.round(at.x0), 20);
	ctx.lineTo(Math.round(at.x0), heightPx);
	ctx.stroke();
	ctx.setLineDash([]);
}

function paintMark(ctx: PaintContext, mark: PlacedMark, selected: boolean, frame: Frame): void {
	const { palette, fontFamily } = frame;
	const e = mark.event;
	const stance = STANCE_STYLE[e.stance];
	const colour = palette[stance.colour];
	const fuzzy = e.span.approximate || e.span.uncertain;
	const cy = markCenterY(mark);
	const symbolX = mark.kind === 'point' ? (mark.x0 + mark.x1) / 2 : Math.max(mark.x0, 0) + 7;

	if (mark.kind !== 'point') {
		// A band (a whole month or year) is paler than a bar (an interval); a fuzzy one is dashed.
		const alpha = selected || fuzzy ? SPAN_ALPHA.emphasised : SPAN_ALPHA[mark.kind];
		ctx.beginPath();
		ctx.roundRect(mark.x0, cy - 9, mark.x1 - mark.x0, 18, 3);
		ctx.fillStyle = colour;
		ctx.globalAlpha = fuzzy && !selected ? alpha * 0.3 : alpha;
		ctx.fill();
		ctx.globalAlpha = alpha;
		ctx.strokeStyle = colour;
		ctx.lineWidth = 1;
		if (fuzzy) ctx.setLineDash(FUZZY_DASH);
		ctx.stroke();
		ctx.setLineDash([]);
		ctx.globalAlpha = 1;
	}

	// Stance by shape as well as colour; basis by fill (both from the mark styles).
	const style = BASIS_STYLE[e.basis];
	ctx.globalAlpha = style.alpha;
	symbolPath(ctx, stance.shape, symbolX, cy, 1);
	ctx.fillStyle = style.fill === 'solid' ? colour : palette.panel;
	ctx.fill();
	if (style.fill === 'solid') {
		ctx.strokeStyle = selected ? palette.ink : palette.panel;
		ctx.lineWidth = selected ? 2 : 1.5;
		ctx.stroke();
	} else {
		ctx.strokeStyle = selected ? palette.ink : colour;
		ctx.lineWidth = 2;
		ctx.stroke();
		if (style.fill === 'core') {
			symbolPath(ctx, stance.shape, symbolX, cy, CORE_SCALE);
			ctx.fillStyle = colour;
			ctx.fill();
		}
	}
	ctx.globalAlpha = 1;

	ctx.fillStyle = e.basis === 'later' ? palette.inkSoft : palette.ink;
	if (fuzzy) {
		ctx.font = `700 10px ${fontFamily}`;
		ctx.textAlign = 'center';
		ctx.fillText(e.span.approximate ? '~' : '?', symbolX, cy - 8);
		ctx.textAlign = 'start';
	}
	if (mark.label && !mark.pinned) {
		ctx.font = `${selected ? '700 ' : ''}12px ${fontFamily}`;
		ctx.fillText(mark.label, mark.labelX + (mark.kind === 'point' ? 0 : 10), cy + 4);
	}
}

function paintPinnedLabel(ctx: PaintContext, mark: PlacedMark, laneY: number, frame: Frame): void {
	ctx.font = `700 12px ${frame.fontFamily}`;
	const x = mark.labelX + (mark.kind === 'point' ? 0 : 10);
	const y = laneY + markCenterY(mark);
	const widthPx = ctx.measureText(mark.label).width;
	ctx.fillStyle = frame.palette.panel;
	ctx.globalAlpha = 0.92;
	ctx.fillRect(x - 3, y - 9, widthPx + 6, 18);
	ctx.globalAlpha = 1;
	ctx.fillStyle = frame.palette.ink;
	ctx.fillText(mark.label, x, y + 4);
}

/** The symbol's outline around (x, y), scaled by `scale`, as the current path. */
function symbolPath(
	ctx: PaintContext,
	shape: MarkShape,
	x: number,
	y: number,
	scale: number
): void {
	const g = symbolGeometry(shape, x, y, scale);
	ctx.beginPath();
	if (g.kind === 'circle') ctx.arc(g.cx, g.cy, g.r, 0, 2 * Math.PI);
	else {
		g.points.forEach(([px, py], i) => (i === 0 ? ctx.moveTo(px, py) : ctx.lineTo(px, py)));
		ctx.closePath();
	}
}

/** The focus ring, around the mark and its label as the focusable element covers them. */
function paintRing(ctx: PaintContext, mark: PlacedMark, frame: Frame): void {
	// Pinned labels are painted bold: measured so, the ring goes round the whole of them.
	ctx.font = `${mark.pinned ? '700 ' : ''}12px ${frame.fontFamily}`;
	const box = markHitBox(mark, (text) => ctx.measureText(text).width);
	ctx.strokeStyle = frame.palette.focus;
	ctx.lineWidth = 3;
	ctx.beginPath();
	ctx.roundRect(box.x - 2, box.y - 2, box.width + 4, box.height + 4, 4);
	ctx.stroke();
}

/** How far a link stops short of a mark's centre: the symbol's half width. */
const LINK_END_PX = 8;
const ARROW_PX = 8;
const CORNER_PX = 5;

/**
 * The links, each routed round the titles, marks, names and counts of the frame (see
 * `routeLinks`), on a halo of the panel's colour, from the edge of one mark to an arrowhead at
 * the other's.
 */
function paintLinks(ctx: PaintContext, frame: Frame): void {
	if (frame.links.length === 0) return;
	const { scene, palette } = frame;
	let font = '';
	const measure: MeasureLabel = (text, px, bold) => {
		const next = `${bold ? '700 ' : ''}${px}px ${frame.fontFamily}`;
		if (next !== font) ctx.font = font = next;
		return ctx.measureText(text).width;
	};
	const bounds = { x: 0, y: 20, width: frame.widthPx, height: scene.heightPx - 20 };
	const routes = (
		frame.routeLinks?.(frame.links, scene, measure, bounds).map((r) => r.points) ??
		frame.links.map((l) => [
			{ x: l.x0, y: l.y0 },
			{ x: l.x1, y: l.y1 }
		])
	).map(trimEnds);
	// Every halo before any line, so that links drawn side by side do not hide one another.
	ctx.setLineDash([]);
	ctx.strokeStyle = palette.panel;
	ctx.lineWidth = 5;
	for (const points of routes) {
		tracePath(ctx, points);
		ctx.stroke();
	}
	ctx.strokeStyle = palette.focus;
	ctx.lineWidth = 2;
	frame.links.forEach((link, i) => {
		ctx.setLineDash(link.rel === 'response-to' ? [5, 3] : link.rel === 'part-of' ? [1, 3] : []);
		tracePath(ctx, routes[i]!);
		ctx.stroke();
	});
	ctx.setLineDash([]);
	for (const points of routes) paintArrowhead(ctx, points, palette);
}

/** The route without its first and last few px, which lie under the marks' symbols. */
function trimEnds(points: readonly Point[]): Point[] {
	const out = points.map((p) => ({ ...p }));
	const shorten = (at: Point, toward: Point) => {
		const length = Math.hypot(toward.x - at.x, toward.y - at.y);
		const by = length > 0 ? Math.min(LINK_END_PX, length) / length : 0;
		at.x += (toward.x - at.x) * by;
		at.y += (toward.y - at.y) * by;
	};
	if (out.length >= 2) {
		shorten(out[0]!, out[1]!);
		shorten(out.at(-1)!, out.at(-2)!);
	}
	return out;
}

/** The route as the current path, its corners rounded. */
function tracePath(ctx: PaintContext, points: readonly Point[]): void {
	ctx.beginPath();
	if (points.length < 2) return;
	ctx.moveTo(points[0]!.x, points[0]!.y);
	for (let k = 1; k < points.length - 1; k++) {
		const [a, b, c] = [points[k - 1]!, points[k]!, points[k + 1]!];
		const r = Math.min(
			CORNER_PX,
			(Math.abs(b.x - a.x) + Math.abs(b.y - a.y)) / 2,
			(Math.abs(c.x - b.x) + Math.abs(c.y - b.y)) / 2
		);
		const before = { x: b.x - Math.sign(b.x - a.x) * r, y: b.y - Math.sign(b.y - a.y) * r };
		const after = { x: b.x + Math.sign(c.x - b.x) * r, y: b.y + Math.sign(c.y - b.y) * r };
		ctx.lineTo(before.x, before.y);
		ctx.bezierCurveTo(b.x, b.y, b.x, b.y, after.x, after.y);
	}
	ctx.lineTo(points.at(-1)!.x, points.at(-1)!.y);
}

/** An arrowhead at the route's end, pointing the way its last segment runs. */
function paintArrowhead(ctx: PaintContext, points: readonly Point[], palette: Palette): void {
	const tip = points.at(-1);
	const from = points.at(-2);
	if (!tip || !from) return;
	const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
	const dx = (tip.x - from.x) / length;
	const dy = (tip.y - from.y) / length;
	const baseX = tip.x - dx * ARROW_PX;
	const baseY = tip.y - dy * ARROW_PX;
	ctx.beginPath();
	ctx.moveTo(tip.x, tip.y);
	ctx.lineTo(baseX - dy * (ARROW_PX / 2), baseY + dx * (ARROW_PX / 2));
	ctx.lineTo(baseX + dy * (ARROW_PX / 2), baseY - dx * (ARROW_PX / 2));
	ctx.closePath();
	ctx.fillStyle = palette.focus;
	ctx.fill();
}
