import { describe, expect, it } from 'vitest';
import { buildLanes } from '$lib/timeline/lanes';
import { DEFAULT_LAYOUT } from '$lib/timeline/layout';
import {
	DEFAULT_PALETTE,
	FORCED_COLORS_PALETTE,
	paintFrame,
	type Frame,
	type PaintContext
} from '$lib/timeline/paint';
import {
	layoutLinks,
	layoutScene,
	markCenterY,
	markHitBox,
	ROW_PX,
	type Scene
} from '$lib/timeline/scene';
import { timeScale } from '$lib/timeline/timeScale';
import { makeEvents, measure6 } from './helpers';

const vocab = { actors: [{ id: 'a', label: 'A' }], themes: [] };
const w = { startMs: Date.UTC(1999, 0, 1), endMs: Date.UTC(2000, 0, 1) };
const WIDTH = 1000;

function scene(
	specs: Parameters<typeof makeEvents>[0],
	maxPerBucket = DEFAULT_LAYOUT.maxPerBucket
): Scene {
	const lanes = buildLanes(makeEvents(specs), 'none', vocab);
	return layoutScene(lanes, [], w, {
		...DEFAULT_LAYOUT,
		maxPerBucket,
		widthPx: WIDTH,
		measure: measure6
	});
}

interface Call {
	op: string;
	args: unknown[];
	font: string;
	fillStyle: unknown;
	strokeStyle: unknown;
	globalAlpha: unknown;
}

/** A 2D context that records what is painted, with the font and colours in force at each call. */
function recorder(): { ctx: PaintContext; calls: Call[] } {
	const calls: Call[] = [];
	const state: Record<string, unknown> = {
		font: '',
		fillStyle: '',
		strokeStyle: '',
		globalAlpha: 1
	};
	const ctx = new Proxy(state, {
		get(target, key: string) {
			if (key in target) return target[key];
			return (...args: unknown[]) => {
				calls.push({
					op: key,
					args,
					font: String(target.font),
					fillStyle: target.fillStyle,
					strokeStyle: target.strokeStyle,
					globalAlpha: target.globalAlpha
				});
				if (key === 'measureText') return { width: String(args[0]).length * 6 };
			};
		},
		set(target, key: string, value) {
			target[key] = value;
			return true;
		}
	}) as unknown as PaintContext;
	return { ctx, calls };
}

function paint(s: Scene, extra: Partial<Frame> = {}) {
	const { ctx, calls } = recorder();
	paintFrame(ctx, {
		scene: s,
		ticks: timeScale(w, WIDTH).ticks().ticks,
		links: [],
		selectedId: undefined,
		widthPx: WIDTH,
		palette: DEFAULT_PALETTE,
		fontFamily: 'sans-serif',
		...extra
	});
	const texts = calls.filter((c) => c.op === 'fillText');
	return { calls, texts, text: (t: string) => texts.filter((c) => c.args[0] === t) };
}

describe('paintFrame', () => {
	it('paints each drawn label once, as text and at its laid-out place', () => {
		const s = scene([
			['summit', '1999-03-24', { title: 'Summit <b>in</b> Rome' }],
			['talks', '1999-09', { title: 'Talks' }]
		]);
		const { text } = paint(s);
		const summit = s.lanes[0]!.marks.find((m) => m.event.id === 'summit')!;
		expect(text('Summit <b>in</b> Rome')).toHaveLength(1);
		expect(text('Summit <b>in</b> Rome')[0]!.args[1]).toBe(summit.labelX);
		// A band's label sits inside it, after the stance symbol.
		const talks = s.lanes[0]!.marks.find((m) => m.event.id === 'talks')!;
		expect(text('Talks')[0]!.args[1]).toBe(talks.labelX + 10);
	});

	it('paints only the lanes and marks that reach into the band it is given', () => {
		// Two lanes of two rows each: events close in time stack.
		const lanes = buildLanes(
			makeEvents([
				['a1', '1999-03-01', { title: 'A one', actors: ['a'] }],
				['a2', '1999-03-02', { title: 'A two', actors: ['a'] }],
				['b1', '1999-03-01', { title: 'B one', actors: ['b'] }],
				['b2', '1999-03-02', { title: 'B two', actors: ['b'] }]
			]),
			'actor',
			{ actors: [...vocab.actors, { id: 'b', label: 'B' }], themes: [] }
		);
		const s = layoutScene(lanes, [], w, { ...DEFAULT_LAYOUT, widthPx: WIDTH, measure: measure6 });
		const [laneA, laneB] = s.lanes;
		expect(laneA!.rows).toBe(2);
		const rowCentre = (lane: typeof laneA, id: string) =>
			lane!.y + markCenterY(lane!.marks.find((m) => m.event.id === id)!);
		const all = paint(s);
		for (const t of ['A one', 'A two', 'B one', 'B two']) expect(all.text(t)).toHaveLength(1);

		// A band over lane B's second row alone: lane A is skipped whole, and so is B's first row.
		const b2 = rowCentre(laneB, 'b2');
		expect(b2 - rowCentre(laneB, 'b1')).toBe(ROW_PX);
		const banded = paint(s, { band: { topPx: b2 - 5, heightPx: 10 } });
		expect(banded.text('B two')).toHaveLength(1);
		for (const t of ['A one', 'A two', 'B one']) expect(banded.text(t)).toHaveLength(0);
		expect(banded.text('A')).toHaveLength(0);
		expect(banded.text('B')).toHaveLength(1);
		// A band that only grazes the foot of a mark still paints it (its label's descenders).
		const grazing = paint(s, { band: { topPx: rowCentre(laneB, 'b1') + 10, heightPx: 1 } });
		expect(grazing.text('B one')).toHaveLength(1);
	});

	it('paints the count of a dense region instead of its events', () => {
		const specs = Array.from(
			{ length: 8 },
			(_, i) =>
				[`e${i}`, `1999-05-0${i + 1}`, { title: `Event ${i}` }] as [
					string,
					string,
					{ title: string }
				]
		);
		const s = scene(specs, 3);
		const { text } = paint(s);
		const counts = s.lanes[0]!.aggregates.map((a) => String(a.count));
		expect(counts.length).toBeGreaterThan(0);
		for (const c of counts) expect(text(c).length).toBeGreaterThan(0);
		// Event 0 falls before the count and is drawn; the seven inside it are not.
		const drawn = new Set(s.lanes[0]!.marks.map((m) => m.event.title));
		for (const title of specs.map(([, , e]) => e.title).filter((t) => !drawn.has(t)))
			expect(text(title)).toHaveLength(0);
		expect(drawn.size).toBeLessThan(specs.length);
	});

	it('paints the selected label bold and rings only the focused mark', () => {
		const s = scene([
			['a', '1999-03-24', { title: 'Alpha' }],
			['b', '1999-09-01', { title: 'Beta' }]
		]);
		const { text, calls } = paint(s, { selectedId: 'a', ringId: 'b' });
		expect(text('Alpha')[0]!.font).toMatch(/^700 12px/);
		expect(text('Beta')[0]!.font).toMatch(/^12px/);
		const rings = calls.filter(
			(c) => c.op === 'roundRect' && c.args[4] === 4 && c.strokeStyle === DEFAULT_PALETTE.focus
		);
		expect(rings).toHaveLength(1);
		const beta = s.lanes[0]!.marks.find((m) => m.event.id === 'b')!;
		expect(rings[0]!.args[0]).toBe(markHitBox(beta, measure6).x - 2);
	});

	it('paints with system colours only when the user forces colours', () => {
		const specs = Array.from(
			{ length: 8 },
			(_, i) => [`e${i}`, `1999-05-0${i + 1}`] as [string, string]
		);
		const s = scene([...specs, ['bar', '1999-07-01/1999-09-01'], ['fuzzy', '1999-10~']], 3);
		const { calls } = paint(s, {
			palette: FORCED_COLORS_PALETTE,
			selectedId: 'bar',
			ringId: 'fuzzy'
		});
		const system = new Set(['Canvas', 'CanvasText', 'GrayText', 'Highlight']);
		const used = new Set(
			calls.flatMap((c) =>
				c.op === 'fill' || c.op === 'fillRect' || c.op === 'fillText'
					? [c.fillStyle]
					: c.op === 'stroke' || c.op === 'strokeRect'
						? [c.strokeStyle]
						: []
			)
		);
		expect(used.size).toBeGreaterThan(2);
		for (const colour of used) expect(system).toContain(colour);
	});

	it('labels the axis with the ticks of the window', () => {
		const { text } = paint(scene([['a', '1999-03-24']]));
		expect(text('Jan 1999')).toHaveLength(1);
		expect(text('Jul')).toHaveLength(1);
	});
});

describe('markHitBox', () => {
	it('covers a point and its label, and is at least 16 px wide', () => {
		const s = scene([['a', '1999-03-24', { title: 'Alpha' }]]);
		const mark = s.lanes[0]!.marks[0]!;
		const box = markHitBox(mark, measure6);
		expect(box.x).toBeLessThan(mark.x0);
		expect(box.x + box.width).toBeGreaterThanOrEqual(mark.labelX + 'Alpha'.length * 6);
		const unlabelled = markHitBox({ ...mark, label: '' }, measure6);
		expect(unlabelled.width).toBe(16);
	});

	it('covers a label flipped to the left of its point', () => {
		const s = scene([['a', '1999-03-24', { title: 'Alpha' }]]);
		const mark = s.lanes[0]!.marks[0]!;
		const flipped = { ...mark, labelX: mark.x0 - 4 - 30 };
		const box = markHitBox(flipped, measure6);
		expect(box.x).toBeLessThanOrEqual(flipped.labelX);
		expect(box.x + box.width).toBeGreaterThanOrEqual(mark.x1);
	});
});

describe('layoutLinks', () => {
	it('links the selected event to what it names and to what names it, if drawn', () => {
		const events = makeEvents([
			['a', '1999-03-24'],
			['b', '1999-06-10'],
			['c', '1999-09-01']
		]);
		const [a] = events;
		a!.links = [{ rel: 'led-to', event: 'b' }];
		const anchors = new Map([
			['a', { x: 100, y: 50 }],
			['b', { x: 160, y: 80 }],
			['c', { x: 700, y: 50 }]
		]);
		const links = layoutLinks(a, anchors, [{ event: 'c', rel: 'response-to' }]);
		expect(links).toEqual([
			{ rel: 'led-to', from: 'a', to: 'b', x0: 100, y0: 50, x1: 160, y1: 80 },
			{ rel: 'response-to', from: 'c', to: 'a', x0: 700, y0: 50, x1: 100, y1: 50 }
		]);
		anchors.delete('b');
		expect(layoutLinks(a, anchors, []).length).toBe(0);
		expect(layoutLinks(undefined, anchors, [])).toEqual([]);
	});
});

describe('the publication line', () => {
	const published = { startMs: Date.UTC(1999, 5, 1), endMs: Date.UTC(1999, 6, 1) };
	const lanes = () => buildLanes(makeEvents([['a', '1999-03-01']]), 'none', vocab);
	const options = { ...DEFAULT_LAYOUT, widthPx: WIDTH, measure: measure6 };

	it('is placed at the publication date when it is in view', () => {
		const s = layoutScene(lanes(), [], w, options, published);
		expect(s.publication!.x0).toBeCloseTo((151 / 365) * WIDTH, 5);
		expect(s.publication!.x1).toBeCloseTo((181 / 365) * WIDTH, 5);
	});

	it('is left out when the publication is outside the window', () => {
		const later = { startMs: Date.UTC(2001, 0, 1), endMs: Date.UTC(2002, 0, 1) };
		expect(layoutScene(lanes(), [], w, options, later).publication).toBeUndefined();
	});

	it('is painted as a vertical line from the axis to the foot of the timeline', () => {
		const s = layoutScene(lanes(), [], w, options, published);
		const { calls } = paint(s);
		const x = Math.round(s.publication!.x0);
		const move = calls.findIndex((c) => c.op === 'moveTo' && c.args[0] === x && c.args[1] === 20);
		expect(move).toBeGreaterThan(-1);
		expect(calls[move + 1]).toMatchObject({ op: 'lineTo', args: [x, s.heightPx] });
	});
});

describe('basis on the timeline', () => {
	/** The fills of the one point mark's symbol (after the lane tints and the period bands). */
	function symbolFills(basis: 'mentioned' | 'implied' | 'context' | 'later') {
		const s = scene([['a', '1999-06-15', { basis, stance: 'cooperation' }]]);
		const { calls } = paint(s);
		const arc = calls.findIndex((c) => c.op === 'arc');
		return calls
			.slice(arc)
			.filter((c) => c.op === 'fill')
			.map((c) => ({ fill: c.fillStyle, alpha: c.globalAlpha }));
	}
	const { cooperation, panel } = DEFAULT_PALETTE;

	it('draws an event in the text solid', () => {
		expect(symbolFills('mentioned')).toEqual([{ fill: cooperation, alpha: 1 }]);
	});

	it('draws an implied event as a ring around a core', () => {
		expect(symbolFills('implied')).toEqual([
			{ fill: panel, alpha: 1 },
			{ fill: cooperation, alpha: 1 }
		]);
	});

	it('draws context as a ring alone', () => {
		expect(symbolFills('context')).toEqual([{ fill: panel, alpha: 1 }]);
	});

	it('fades what happened after publication', () => {
		expect(symbolFills('later')).toEqual([{ fill: cooperation, alpha: 0.45 }]);
	});
});
