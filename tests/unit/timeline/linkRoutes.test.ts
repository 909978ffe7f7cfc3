import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeLinks, type Box, type LinkEnds, type Point } from '$lib/timeline/linkRoutes';

const BOUNDS: Box = { x: 0, y: 0, width: 400, height: 200 };

/** Length of `points` inside the open interior of `box`, measured here, apart from the router. */
function lengthInside(points: readonly Point[], box: Box): number {
	let total = 0;
	for (let k = 1; k < points.length; k++) {
		const p = points[k - 1]!;
		const q = points[k]!;
		// Sampled finely: what matters is whether any stretch runs inside, not its exact length.
		const steps = Math.max(1, Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) * 4));
		for (let s = 0; s < steps; s++) {
			const t = (s + 0.5) / steps;
			const x = p.x + (q.x - p.x) * t;
			const y = p.y + (q.y - p.y) * t;
			if (x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height)
				total += Math.hypot(q.x - p.x, q.y - p.y) / steps;
		}
	}
	return total;
}

function foreignBoxesCrossed(points: readonly Point[], boxes: readonly Box[], link: LinkEnds) {
	return boxes.filter(
		(b) => b.owner !== link.from && b.owner !== link.to && lengthInside(points, b) > 1e-6
	);
}

/** Every route starts and ends at its marks and turns only at right angles. */
function expectOrthogonal(points: readonly Point[], link: LinkEnds): void {
	expect(points[0]).toEqual({ x: link.x0, y: link.y0 });
	expect(points.at(-1)).toEqual({ x: link.x1, y: link.y1 });
	for (let k = 1; k < points.length; k++) {
		const p = points[k - 1]!;
		const q = points[k]!;
		expect(p.x === q.x || p.y === q.y).toBe(true);
	}
}

const link = (x0: number, y0: number, x1: number, y1: number): LinkEnds => ({
	from: 'a',
	to: 'b',
	x0,
	y0,
	x1,
	y1
});

/** A row of labels 18 px tall centred on `cy`, as the timeline draws them. */
const label = (x: number, cy: number, width: number, owner?: string): Box => ({
	x,
	y: cy - 9,
	width,
	height: 18,
	owner
});

describe('routeLinks', () => {
	const cases: { name: string; ends: LinkEnds; boxes: Box[] }[] = [
		{
			name: 'goes round a title right between two marks on one row',
			ends: link(50, 100, 350, 100),
			boxes: [label(150, 100, 100)]
		},
		{
			name: 'takes the gap between two rows of titles',
			ends: link(20, 50, 380, 76),
			boxes: [
				label(30, 50, 160),
				label(200, 50, 170),
				label(10, 76, 160),
				label(180, 76, 190),
				// A third row below and one above close the other ways round.
				label(0, 102, 400),
				label(0, 24, 400)
			]
		},
		{
			name: 'leaves its own titles, which it may cross, but no other',
			ends: link(60, 100, 300, 40),
			boxes: [
				label(40, 100, 120, 'a'),
				label(250, 40, 120, 'b'),
				label(170, 100, 200),
				label(40, 40, 200),
				label(100, 70, 120)
			]
		},
		{
			name: 'crosses a whole lane of titles through the one gap in it',
			ends: link(200, 30, 200, 170),
			boxes: [label(0, 100, 290), label(296, 100, 104), label(120, 80, 160)]
		}
	];

	it.each(cases)('$name', ({ ends, boxes }) => {
		const [route] = routeLinks([ends], boxes, BOUNDS);
		expectOrthogonal(route!.points, ends);
		expect(foreignBoxesCrossed(route!.points, boxes, ends)).toEqual([]);
		expect(route!.overlapPx).toBe(0);
	});

	it('keeps its distance from titles where the gap allows', () => {
		const ends = link(50, 100, 350, 100);
		const [route] = routeLinks([ends], [label(150, 100, 100)], BOUNDS);
		const widened = { x: 146, y: 87, width: 108, height: 26 };
		expect(lengthInside(route!.points, widened)).toBe(0);
	});

	it('with no clear route, crosses the least it can and says by how much', () => {
		// The end is walled in: 20 px of title on three sides, 6 px on the fourth.
		const ends = link(20, 100, 200, 100);
		const boxes: Box[] = [
			{ x: 160, y: 60, width: 80, height: 22 },
			{ x: 160, y: 118, width: 80, height: 22 },
			{ x: 220, y: 78, width: 20, height: 44 },
			{ x: 160, y: 78, width: 6, height: 44 }
		];
		const [route] = routeLinks([ends], boxes, BOUNDS);
		expectOrthogonal(route!.points, ends);
		expect(route!.overlapPx).toBeCloseTo(6, 6);
		expect(lengthInside(route!.points, boxes[3]!)).toBeCloseTo(6, 1);
	});

	it('draws routes that share a gap side by side, not on top of one another', () => {
		const boxes = [label(0, 100, 190), label(210, 100, 190)];
		const ends = [link(20, 40, 380, 160), { ...link(40, 40, 360, 160), from: 'c', to: 'd' }];
		const routes = routeLinks(ends, boxes, BOUNDS);
		const throughGap = routes.map((r) => {
			const k = r.points.findIndex((p, i) => {
				const q = r.points[i + 1];
				return q && p.x === q.x && Math.min(p.y, q.y) < 91 && Math.max(p.y, q.y) > 109;
			});
			return r.points[k]!.x;
		});
		expect(Math.abs(throughGap[0]! - throughGap[1]!)).toBeGreaterThanOrEqual(3);
		routes.forEach((r, i) => {
			expectOrthogonal(r.points, ends[i]!);
			expect(foreignBoxesCrossed(r.points, boxes, ends[i]!)).toEqual([]);
		});
	});

	it('routes each link in order and returns nothing for no links', () => {
		const ends = [link(50, 100, 350, 100), { ...link(350, 150, 50, 150), from: 'c' }];
		const routes = routeLinks(ends, [label(150, 100, 100), label(150, 150, 100)], BOUNDS);
		expect(routes.map((r) => [r.points[0], r.points.at(-1)])).toEqual([
			[
				{ x: 50, y: 100 },
				{ x: 350, y: 100 }
			],
			[
				{ x: 350, y: 150 },
				{ x: 50, y: 150 }
			]
		]);
		expect(routeLinks([], [label(150, 100, 100)], BOUNDS)).toEqual([]);
	});

	/** Whether a path on the 1 px lattice joins the ends without entering a foreign box. */
	function clearPathExists(ends: LinkEnds, boxes: readonly Box[]): boolean {
		const w = BOUNDS.width + 1;
		const h = BOUNDS.height + 1;
		// Unit steps right from (x, y) and down from (x, y) that run inside a box (whole coordinates).
		const right = new Uint8Array(w * h);
		const down = new Uint8Array(w * h);
		for (const b of boxes) {
			if (b.owner === ends.from || b.owner === ends.to) continue;
			for (let y = b.y; y <= b.y + b.height; y++)
				for (let x = b.x; x <= b.x + b.width; x++) {
					if (y > b.y && y < b.y + b.height && x < b.x + b.width) right[y * w + x] = 1;
					if (x > b.x && x < b.x + b.width && y < b.y + b.height) down[y * w + x] = 1;
				}
		}
		const seen = new Uint8Array(w * h);
		const queue = [ends.y0 * w + ends.x0];
		seen[queue[0]!] = 1;
		const visit = (m: number) => {
			if (seen[m]) return;
			seen[m] = 1;
			queue.push(m);
		};
		while (queue.length) {
			const n = queue.pop()!;
			const x = n % w;
			const y = (n - x) / w;
			if (x === ends.x1 && y === ends.y1) return true;
			if (x + 1 < w && !right[n]) visit(n + 1);
			if (x > 0 && !right[n - 1]) visit(n - 1);
			if (y + 1 < h && !down[n]) visit(n + w);
			if (y > 0 && !down[n - w]) visit(n - w);
		}
		return false;
	}

	const box = (owner?: string) =>
		fc
			.record({
				x: fc.integer({ min: 0, max: 380 }),
				row: fc.integer({ min: 0, max: 6 }),
				width: fc.integer({ min: 4, max: 160 }),
				halfHeight: fc.integer({ min: 5, max: 11 })
			})
			.map(({ x, row, width, halfHeight }): Box => ({
				x,
				y: 20 + row * 26 - halfHeight,
				width: Math.min(width, BOUNDS.width - x),
				height: 2 * halfHeight,
				owner
			}));
	const point = fc.record({
		x: fc.integer({ min: 0, max: BOUNDS.width }),
		y: fc.integer({ min: 0, max: BOUNDS.height })
	});

	it('crosses no other box whenever a clear route exists', () => {
		let clear = 0;
		fc.assert(
			fc.property(
				fc.array(box(), { minLength: 1, maxLength: 40 }),
				fc.array(fc.oneof(box('a'), box('b')), { maxLength: 4 }),
				point,
				point,
				(others, own, p, q) => {
					const ends: LinkEnds = { from: 'a', to: 'b', x0: p.x, y0: p.y, x1: q.x, y1: q.y };
					const boxes = [...others, ...own];
					const [route] = routeLinks([ends], boxes, BOUNDS);
					expectOrthogonal(route!.points, ends);
					if (!clearPathExists(ends, boxes)) {
						expect(route!.overlapPx).toBeGreaterThan(0);
						return;
					}
					clear++;
					expect(foreignBoxesCrossed(route!.points, boxes, ends)).toEqual([]);
					expect(route!.overlapPx).toBe(0);
				}
			),
			{ numRuns: 200 }
		);
		// Most generated layouts must have a clear route, or the property says little.
		expect(clear).toBeGreaterThan(100);
	}, 30_000);
});
