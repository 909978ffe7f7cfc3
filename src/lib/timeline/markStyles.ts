/**
 * The one table of how events are drawn: a shape, a colour and a text glyph per stance, a fill
 * per basis, and the paleness of bands and bars. The canvas painter, the SVG export, the legend
 * and the glyphs in the details and the list all read it, so they cannot disagree.
 */
import type { Basis, Stance } from '../model/schema';

export type MarkShape = 'circle' | 'diamond' | 'square';

export interface StanceStyle {
	shape: MarkShape;
	/** The palette entry (and CSS custom property `--<colour>`) the stance is drawn in. */
	colour: Stance;
}

/** Stance by shape as well as colour, so that it never depends on colour alone. */
export const STANCE_STYLE: Record<Stance, StanceStyle> = {
	cooperation: { shape: 'circle', colour: 'cooperation' },
	friction: { shape: 'diamond', colour: 'friction' },
	mixed: { shape: 'square', colour: 'mixed' }
};

/** Each shape as a character, for text. */
const SHAPE_GLYPH: Record<MarkShape, string> = { circle: '●', diamond: '◆', square: '■' };

/** The stance's shape as a character, for the details and the list. */
export function stanceGlyph(stance: Stance): string {
	return SHAPE_GLYPH[STANCE_STYLE[stance].shape];
}

export interface BasisStyle {
	/** solid: filled; core: a ring around a small filled core; ring: an outline alone. */
	fill: 'solid' | 'core' | 'ring';
	alpha: number;
	/** How the legend describes the drawing. */
	hint: string;
}

/** What the text says of an event, drawn apart from stance. */
export const BASIS_STYLE: Record<Basis, BasisStyle> = {
	mentioned: { fill: 'solid', alpha: 1, hint: 'solid' },
	implied: { fill: 'core', alpha: 1, hint: 'ring with a core' },
	context: { fill: 'ring', alpha: 1, hint: 'ring' },
	later: { fill: 'solid', alpha: 0.45, hint: 'faded' }
};

/** A core's size relative to its ring. */
export const CORE_SCALE = 0.45;

/** Opacity of a month or year band, of an interval's bar, and of either when selected or fuzzy. */
export const SPAN_ALPHA = { band: 0.18, bar: 0.32, emphasised: 0.5 } as const;

/** The dash of an approximate or uncertain span's outline. */
export const FUZZY_DASH: readonly number[] = [3, 2];

/** A symbol's outline: a circle, or a closed polygon through `points`. */
export type SymbolGeometry =
	| { kind: 'circle'; cx: number; cy: number; r: number }
	| { kind: 'polygon'; points: [number, number][] };

/** The outline of `shape` centred on (x, y), scaled by `scale` (1: the timeline's size). */
export function symbolGeometry(shape: MarkShape, x: number, y: number, scale = 1): SymbolGeometry {
	if (shape === 'circle') return { kind: 'circle', cx: x, cy: y, r: 5 * scale };
	const r = (shape === 'diamond' ? 6 : 4.5) * scale;
	const points: [number, number][] =
		shape === 'diamond'
			? [
					[x, y - r],
					[x + r, y],
					[x, y + r],
					[x - r, y]
				]
			: [
					[x - r, y - r],
					[x + r, y - r],
					[x + r, y + r],
					[x - r, y + r]
				];
	return { kind: 'polygon', points };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The SVG path data of a symbol outline. */
export function symbolPathData(g: SymbolGeometry): string {
	if (g.kind === 'polygon')
		return `M${g.points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
	const { cx, cy, r } = g;
	return `M${round(cx - r)},${round(cy)}A${round(r)},${round(r)} 0 1 0 ${round(cx + r)},${round(cy)}A${round(r)},${round(r)} 0 1 0 ${round(cx - r)},${round(cy)}Z`;
}
