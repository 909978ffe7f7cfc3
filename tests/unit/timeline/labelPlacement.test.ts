import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildLanes } from '$lib/timeline/lanes';
import { DEFAULT_LAYOUT, labelInset, layoutLane, type PlacedMark } from '$lib/timeline/layout';
import { layoutScene } from '$lib/timeline/scene';
import { makeEvents, measure6 } from './helpers';

const vocab = { actors: [{ id: 'a', label: 'A' }], themes: [] };
const year1999 = { startMs: Date.UTC(1999, 0, 1), endMs: Date.UTC(2000, 0, 1) };
const WIDTH = 1000;

function lay(specs: Parameters<typeof makeEvents>[0], extra: Partial<typeof DEFAULT_LAYOUT> = {}) {
	const [lane] = buildLanes(makeEvents(specs), 'none', vocab);
	return layoutLane(lane!, year1999, {
		...DEFAULT_LAYOUT,
		widthPx: WIDTH,
		measure: measure6,
		...extra
	});
}

/** From where to where a mark's name is drawn. */
function text(mark: PlacedMark): [number, number] {
	const start = mark.labelX + labelInset(mark.kind);
	return [start, start + measure6(mark.label)];
}

const LONG = 'Abcdefghijklmnopqrstuvwxyzabcdefghijklmn'; // 40 characters, 240 px, no space

describe('label placement', () => {
	it('puts a name whose right side is taken on the left of its point, whole', () => {
		const { marks } = lay(
			[
				['crowded', '1999-06-01', { title: 'Long enough title' }],
				['next', '1999-06-10', { title: 'Next' }]
			],
			{ maxRows: 1 }
		);
		const crowded = marks.find((m) => m.event.id === 'crowded')!;
		expect(crowded.label).toBe('Long enough title');
		expect(crowded.labelX + measure6(crowded.label)).toBeLessThan(crowded.x0);
	});

	it('keeps a name on the right where it fits', () => {
		const { marks } = lay([['alone', '1999-06-01', { title: 'Long enough title' }]]);
		expect(marks[0]!.labelX).toBeGreaterThan(marks[0]!.x1);
	});

	it('does not put a name on the left over the name before it', () => {
		const { marks } = lay(
			[
				['first', '1999-05-20', { title: 'A first title' }],
				['crowded', '1999-06-01', { title: 'Long enough title' }],
				['next', '1999-06-10', { title: 'Next' }]
			],
			{ maxRows: 1 }
		);
		const crowded = marks.find((m) => m.event.id === 'crowded')!;
		expect(crowded.label === '' || crowded.labelX > crowded.x1).toBe(true);
	});

	it('does not put a name on the left over a longer mark further back in its row', () => {
		const { marks } = lay(
			[
				['bar', '1999-01-01/1999-01-16', { title: 'Bar' }],
				['inside', '1999-01-03', { title: 'In' }],
				['first', '1999-01-26', { title: 'One' }],
				['second', '1999-01-26', { title: 'Two' }]
			],
			{ maxRows: 1 }
		);
		const bar = marks.find((m) => m.event.id === 'bar')!;
		for (const m of marks.filter((m) => m.label && m.labelX < m.x0))
			expect(m.labelX).toBeGreaterThanOrEqual(bar.x1);
	});

	it('shortens the name that keeps some characters rather than hide another one', () => {
		// Row 0: a bar whose text starts early; row 1: a point whose text starts later. The third
		// event goes after the bar, so that both keep a name, not after the point, hiding it.
		const { marks } = lay(
			[
				['bar', '1999-02-06/1999-02-28', { title: LONG }],
				['point', '1999-02-08', { title: LONG }],
				['third', '1999-03-07', { title: 'Third' }]
			],
			{ maxRows: 2 }
		);
		expect(marks.map((m) => [m.event.id, m.label !== ''])).toEqual([
			['bar', true],
			['point', true],
			['third', true]
		]);
	});

	const dates = fc
		.tuple(fc.integer({ min: 0, max: 360 }), fc.integer({ min: 0, max: 40 }), fc.boolean())
		.map(([day, length, interval]) => {
			const at = (d: number) => new Date(year1999.startMs + d * 86_400_000).toISOString();
			return interval
				? `${at(day).slice(0, 10)}/${at(day + length).slice(0, 10)}`
				: at(day).slice(0, 10);
		});
	test.prop([
		fc.array(fc.tuple(dates, fc.string({ minLength: 1, maxLength: 40 })), {
			minLength: 1,
			maxLength: 60
		}),
		fc.integer({ min: 1, max: 10 })
	])(
		'no name overlaps a mark, another name or a count in its row',
		(specs, maxRows) => {
			const { marks, aggregates } = lay(
				specs.map(([when, title], i) => [`e${i}`, when, { title: `${i} ${title}` }]),
				{ maxRows }
			);
			// Marks may collide when the rows run out; names overlap nothing else.
			const collide = (a: PlacedMark, b: PlacedMark) => a.x0 < b.x1 && b.x0 < a.x1;
			const named = marks.filter((m) => m.label);
			for (const m of named) {
				const [from, to] = text(m);
				expect(from).toBeGreaterThanOrEqual(0);
				expect(to).toBeLessThanOrEqual(WIDTH);
				for (const other of marks.filter((o) => o !== m && o.row === m.row && !collide(o, m))) {
					const spans = [[other.x0, other.x1], ...(other.label ? [text(other)] : [])];
					for (const [a, b] of spans) expect(to <= a! || from >= b!).toBe(true);
				}
				expect(to <= m.x0 || from >= m.x1 || m.kind !== 'point').toBe(true);
				for (const g of aggregates) expect(to <= g.x0 || from >= g.x1).toBe(true);
			}
		},
		// A hundred lanes of up to sixty events, slow on a busy machine.
		30_000
	);
});

describe('label boxes in the scene', () => {
	it('gives each drawn name its box in scene px, over its text and around its mark', () => {
		const lanes = buildLanes(
			makeEvents([
				['point', '1999-03-01', { title: 'A point' }],
				['band', '1999-06', { title: 'A band' }],
				['bare', '1999-03-02', { title: 'X'.repeat(200) }]
			]),
			'none',
			vocab
		);
		const scene = layoutScene(lanes, [], year1999, {
			...DEFAULT_LAYOUT,
			widthPx: WIDTH,
			measure: measure6,
			maxRows: 1
		});
		const marks = scene.lanes[0]!.marks;
		expect(scene.labelBoxes.map((b) => b.id).sort()).toEqual(
			marks
				.filter((m) => m.label)
				.map((m) => m.event.id)
				.sort()
		);
		for (const box of scene.labelBoxes) {
			const mark = marks.find((m) => m.event.id === box.id)!;
			expect([box.x, box.x + box.width]).toEqual(text(mark));
			const anchor = scene.anchors.get(box.id)!;
			expect(box.y).toBeLessThan(anchor.y);
			expect(box.y + box.height).toBeGreaterThan(anchor.y);
		}
	});
});
