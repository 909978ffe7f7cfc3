import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import EventDetails from '$lib/components/EventDetails.svelte';
import EventTable from '$lib/components/EventTable.svelte';
import LegendKey from '$lib/components/LegendKey.svelte';
import { indexDataset } from '$lib/model/dataset';
import type { Stance } from '$lib/model/schema';
import { validateDataset } from '$lib/model/validate';
import { buildLanes } from '$lib/timeline/lanes';
import { DEFAULT_LAYOUT } from '$lib/timeline/layout';
import {
	STANCE_STYLE,
	symbolGeometry,
	symbolPathData,
	type SymbolGeometry
} from '$lib/timeline/markStyles';
import { DEFAULT_PALETTE, paintFrame, type PaintContext } from '$lib/timeline/paint';
import { layoutScene, markCenterY } from '$lib/timeline/scene';
import { validDataset } from '../fixtures';
import { makeEvents, measure6 } from './helpers';

const STANCES: Stance[] = ['cooperation', 'friction', 'mixed'];
const w = { startMs: Date.UTC(1999, 0, 1), endMs: Date.UTC(2000, 0, 1) };

/** The outline the canvas painter draws for a lone point event of `stance`, and where. */
function paintedSymbol(stance: Stance): { geometry: SymbolGeometry; x: number; y: number } {
	const lanes = buildLanes(makeEvents([['a', '1999-06-15', { stance }]]), 'none', {
		actors: [{ id: 'a', label: 'A' }],
		themes: []
	});
	const scene = layoutScene(lanes, [], w, { ...DEFAULT_LAYOUT, widthPx: 1000, measure: measure6 });
	const mark = scene.lanes[0]!.marks[0]!;
	const path: { op: string; args: number[] }[] = [];
	let recording = false;
	const ctx = new Proxy({} as Record<string, unknown>, {
		get: (target, key: string) =>
			key in target
				? target[key]
				: (...args: number[]) => {
						if (key === 'measureText') return { width: 0 };
						// The symbol is the first path that starts on the mark's centre line after the lane.
						if (key === 'beginPath') recording = path.length === 0;
						else if (key === 'fill') recording = false;
						else if (recording && ['arc', 'moveTo', 'lineTo'].includes(key))
							path.push({ op: key, args });
					},
		set: (target, key: string, value) => ((target[key] = value), true)
	}) as unknown as PaintContext;
	paintFrame(ctx, {
		scene: { ...scene, lanes: scene.lanes.map((l) => ({ ...l, aggregates: [] })) },
		ticks: [],
		links: [],
		selectedId: undefined,
		widthPx: 1000,
		palette: DEFAULT_PALETTE,
		fontFamily: 'sans-serif'
	});
	const x = (mark.x0 + mark.x1) / 2;
	const y = markCenterY(mark);
	const geometry: SymbolGeometry =
		path[0]!.op === 'arc'
			? { kind: 'circle', cx: path[0]!.args[0]!, cy: path[0]!.args[1]!, r: path[0]!.args[2]! }
			: { kind: 'polygon', points: path.map((p) => [p.args[0]!, p.args[1]!]) };
	return { geometry, x, y };
}

/** What a painted outline looks like, told from its points alone. */
function shapeOf(g: SymbolGeometry): string {
	if (g.kind === 'circle') return 'circle';
	const axisAligned = g.points.every(([x, y], i) => {
		const [nx, ny] = g.points[(i + 1) % g.points.length]!;
		return x === nx || y === ny;
	});
	return g.points.length === 4 && axisAligned ? 'square' : 'diamond';
}

/** The character a reader takes for each shape. */
const GLYPH_OF_SHAPE: Record<string, string> = { circle: '●', diamond: '◆', square: '■' };

function indexed(stance: Stance) {
	const input = validDataset();
	input.events.forEach((e) => (e.stance = stance));
	const result = validateDataset(input, { default: 'mini.json' });
	if (!result.ok) throw new Error('fixture invalid');
	return indexDataset(result.dataset, result.dates);
}

describe('one table of mark styles', () => {
	it.each(STANCES)('paints %s with the shape of its table entry', (stance) => {
		const { geometry, x, y } = paintedSymbol(stance);
		expect(geometry).toEqual(symbolGeometry(STANCE_STYLE[stance].shape, x, y));
	});

	it.each(STANCES)('shows %s in the details with the glyph of the painted shape', (stance) => {
		const glyph = GLYPH_OF_SHAPE[shapeOf(paintedSymbol(stance).geometry)]!;
		const data = indexed(stance);
		const { body } = render(EventDetails, {
			props: { data, event: data.events[0], onSelect: () => undefined }
		});
		expect(body).toContain(`<span aria-hidden="true">${glyph}</span>`);
	});

	it.each(STANCES)('lists %s with the glyph of the painted shape', (stance) => {
		const glyph = GLYPH_OF_SHAPE[shapeOf(paintedSymbol(stance).geometry)]!;
		const data = indexed(stance);
		const { body } = render(EventTable, {
			props: { data, events: data.events, hrefOf: (id: string) => `/?event=${id}` }
		});
		expect(body).toContain(`<span aria-hidden="true">${glyph}</span>`);
	});

	it.each(STANCES)('draws %s in the legend as the painter draws it', (stance) => {
		const { geometry, x, y } = paintedSymbol(stance);
		// The legend draws the same outline centred in its 16 × 14 glyph.
		const moved =
			geometry.kind === 'circle'
				? { ...geometry, cx: geometry.cx - x + 8, cy: geometry.cy - y + 7 }
				: {
						...geometry,
						points: geometry.points.map(([px, py]) => [px - x + 8, py - y + 7] as [number, number])
					};
		// The key (loaded after the first render) draws the stances; the basis glyph is the
		// legend's own, passed in.
		const glyph = createRawSnippet(() => ({ render: () => '<span></span>' }));
		const { body } = render(LegendKey, { props: { glyph } });
		expect(body).toContain(
			`<path d="${symbolPathData(moved)}" fill="var(--${STANCE_STYLE[stance].colour})"`
		);
	});
});
