/**
 * Routes for the links between events: orthogonal paths from mark to mark that go round the
 * boxes drawn in the frame (titles, counts, other marks) through the gaps between rows and lanes,
 * instead of straight through them. Plain numbers in, plain numbers out.
 *
 * The plot is cut into levels at every box's top and bottom: each cut line and each band between
 * two cuts is split along x into cells that are either free or inside boxes. Free cells that
 * touch are joined, so when any path avoids the boxes the cells connect its ends, and a route
 * drawn inside a chain of free cells crosses no box. A cheapest-first search over the cells (a
 * few thousand for a full frame) picks the chain; inside a band, routes run along its middle.
 */

/** A rectangle drawn this frame that links should not cross, in px. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
	/** The event whose title or mark this is: links to or from that event may cross it. */
	owner?: string | undefined;
}

/** A link to route: the events it joins and where their marks are. */
export interface LinkEnds {
	from: string;
	to: string;
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface Point {
	x: number;
	y: number;
}

export interface LinkRoute {
	/** From (x0, y0) to (x1, y1); each segment horizontal or vertical, no two in a row alike. */
	points: Point[];
	/** Length in px of the path inside boxes of other events: 0 for a clear route. */
	overlapPx: number;
}

export interface RouteOptions {
	/** How far a route keeps from boxes where the gaps allow it. */
	clearancePx: number;
	/** What a jog (two turns) costs, in px of length: higher gives straighter routes. */
	bendPx: number;
}

export const DEFAULT_ROUTE: RouteOptions = { clearancePx: 4, bendPx: 24 };

/** Cost per px inside another event's box: so high that any clear route costs less. */
const BLOCKED = 1e6;
/** Cost per px run along a box's edge or through a gap too narrow for the clearance. */
const TIGHT = 3;

/** Length of the segment (x0, y0)–(x1, y1), horizontal or vertical, inside the box's interior. */
function segmentInBox(x0: number, y0: number, x1: number, y1: number, b: Box): number {
	if (y0 === y1) {
		if (y0 <= b.y || y0 >= b.y + b.height) return 0;
		return Math.max(0, Math.min(Math.max(x0, x1), b.x + b.width) - Math.max(Math.min(x0, x1), b.x));
	}
	if (x0 <= b.x || x0 >= b.x + b.width) return 0;
	return Math.max(0, Math.min(Math.max(y0, y1), b.y + b.height) - Math.max(Math.min(y0, y1), b.y));
}

/** Length in px of `points` inside the boxes not owned by `from` or `to`. */
export function foreignOverlapPx(
	points: readonly Point[],
	boxes: readonly Box[],
	from: string,
	to: string
): number {
	let total = 0;
	for (const b of boxes) {
		if (b.owner !== undefined && (b.owner === from || b.owner === to)) continue;
		for (let k = 1; k < points.length; k++) {
			const p = points[k - 1]!;
			const q = points[k]!;
			total += segmentInBox(p.x, p.y, q.x, q.y, b);
		}
	}
	return total;
}

/** The first index whose value is at least `v`. */
function lowerBound(a: ArrayLike<number>, v: number): number {
	let lo = 0;
	let hi = a.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (a[mid]! < v) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** A binary min-heap of cell indexes keyed by cost. */
class Heap {
	keys: number[] = [];
	values: number[] = [];

	get size(): number {
		return this.keys.length;
	}

	push(key: number, value: number): void {
		let i = this.keys.length;
		this.keys.push(key);
		this.values.push(value);
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (this.keys[parent]! <= key) break;
			this.keys[i] = this.keys[parent]!;
			this.values[i] = this.values[parent]!;
			i = parent;
		}
		this.keys[i] = key;
		this.values[i] = value;
	}

	/** The smallest key, without removing it. */
	peek(): number {
		return this.keys[0]!;
	}

	/** Removes the smallest and returns its value. */
	pop(): number {
		const top = this.values[0]!;
		const key = this.keys.pop()!;
		const value = this.values.pop()!;
		const n = this.keys.length;
		if (n === 0) return top;
		let i = 0;
		for (;;) {
			let child = 2 * i + 1;
			if (child >= n) break;
			if (child + 1 < n && this.keys[child + 1]! < this.keys[child]!) child++;
			if (this.keys[child]! >= key) break;
			this.keys[i] = this.keys[child]!;
			this.values[i] = this.values[child]!;
			i = child;
		}
		this.keys[i] = key;
		this.values[i] = value;
		return top;
	}
}

/**
 * The levels of the plot from top to bottom: level 2k is the cut line at `ys[k]`, level 2k + 1
 * the open band between `ys[k]` and `ys[k + 1]`; with, for each, the boxes that cover it.
 */
interface Levels {
	ys: number[];
	left: number;
	right: number;
	covering: Box[][];
}

function buildLevels(links: readonly LinkEnds[], boxes: readonly Box[], bounds: Box): Levels {
	const ends = links.flatMap((l) => [
		{ x: l.x0, y: l.y0 },
		{ x: l.x1, y: l.y1 }
	]);
	const left = Math.min(bounds.x, ...ends.map((p) => p.x));
	const right = Math.max(bounds.x + bounds.width, ...ends.map((p) => p.x));
	const top = Math.min(bounds.y, ...ends.map((p) => p.y));
	const bottom = Math.max(bounds.y + bounds.height, ...ends.map((p) => p.y));
	const cuts = [top, bottom];
	for (const b of boxes)
		for (const y of [b.y, b.y + b.height]) if (y > top && y < bottom) cuts.push(y);
	const ys = [...new Set(cuts)].sort((a, b) => a - b);
	const covering: Box[][] = Array.from({ length: 2 * ys.length - 1 }, () => []);
	for (const b of boxes) {
		if (b.width <= 0 || b.height <= 0 || b.x >= right || b.x + b.width <= left) continue;
		// Lines strictly inside the box, and the bands between its top and bottom.
		const from = lowerBound(ys, b.y);
		const to = lowerBound(ys, b.y + b.height);
		const start = ys[from] === b.y ? 2 * from + 1 : 2 * from;
		for (let level = start; level < Math.min(2 * to, covering.length); level++)
			covering[level]!.push(b);
	}
	for (const list of covering) list.sort((a, b) => a.x - b.x);
	return { ys, left, right, covering };
}

/** A stretch of one level along x: free, or inside boxes of other events. */
interface Cell {
	level: number;
	x0: number;
	x1: number;
	blocked: boolean;
}

/** One level cut into free and blocked cells, left to right, leaving out the boxes `skip`. */
function cutLevel(levels: Levels, level: number, skip: (b: Box) => boolean): Cell[] {
	const { left, right } = levels;
	const cells: Cell[] = [];
	// The free stretch before the next box starts at x; a run of overlapping boxes ends at end.
	let x = left;
	let runStart = NaN;
	let end = -Infinity;
	const closeRun = () => {
		if (Number.isNaN(runStart)) return;
		cells.push({ level, x0: Math.max(runStart, left), x1: Math.min(end, right), blocked: true });
		x = end;
	};
	for (const b of levels.covering[level]!) {
		if (skip(b)) continue;
		if (b.x < end) {
			end = Math.max(end, b.x + b.width);
			continue;
		}
		closeRun();
		// Boxes that only touch leave a free line between them.
		if (b.x >= left) cells.push({ level, x0: x, x1: Math.min(b.x, right), blocked: false });
		runStart = b.x;
		end = b.x + b.width;
	}
	closeRun();
	if (x <= right) cells.push({ level, x0: Math.max(x, left), x1: right, blocked: false });
	return cells;
}

/**
 * Every level's cells in one list, with where each level's start (and the end after the last);
 * `shared` holds each level cut with every box, reused where no box is skipped.
 */
function cutCells(
	levels: Levels,
	shared: readonly Cell[][],
	skip: (b: Box) => boolean
): { cells: Cell[]; first: number[] } {
	const cells: Cell[] = [];
	const first: number[] = [];
	shared.forEach((levelCells, level) => {
		first.push(cells.length);
		const own = levels.covering[level]!.some(skip);
		for (const cell of own ? cutLevel(levels, level, skip) : levelCells) cells.push(cell);
	});
	first.push(cells.length);
	return { cells, first };
}

/**
 * The route of one link: a cheapest-first search over the cells, each entered once at the point
 * where the cheapest way reaches it (A*: by cost so far plus the distance left), then the path
 * through the chain of cells it found.
 */
function routeOne(
	levels: Levels,
	shared: readonly Cell[][],
	link: LinkEnds,
	o: RouteOptions
): Point[] {
	const { ys } = levels;
	const { cells, first } = cutCells(
		levels,
		shared,
		(b) => b.owner !== undefined && (b.owner === link.from || b.owner === link.to)
	);
	const levelOf = (y: number) => {
		const k = lowerBound(ys, y);
		return ys[k] === y ? 2 * k : 2 * k - 1;
	};
	const levelY = (level: number) =>
		level % 2 === 0 ? ys[level / 2]! : (ys[(level - 1) / 2]! + ys[(level + 1) / 2]!) / 2;
	const thin = (level: number) =>
		level % 2 === 0 || ys[(level + 1) / 2]! - ys[(level - 1) / 2]! < 2 * o.clearancePx;
	/** The cells whose closure holds (x, y): free ones where there are any. */
	const cellsAt = (x: number, y: number) => {
		const level = levelOf(y);
		const found: number[] = [];
		for (let c = first[level]!; c < first[level + 1]!; c++)
			if (cells[c]!.x0 <= x && x <= cells[c]!.x1) found.push(c);
		const free = found.filter((c) => !cells[c]!.blocked);
		return free.length ? free : found;
	};
	/** The cells of `level` whose closure shares some x with [x0, x1]. */
	const overlapping = (level: number, x0: number, x1: number) => {
		const found: number[] = [];
		// Cells of a level are in x order and do not overlap: find the first that reaches x0.
		let lo = first[level]!;
		let hi = first[level + 1]!;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (cells[mid]!.x1 < x0) lo = mid + 1;
			else hi = mid;
		}
		for (let b = lo; b < first[level + 1]! && cells[b]!.x0 <= x1; b++) found.push(b);
		return found;
	};
	const across = (c: number) => (cells[c]!.blocked ? BLOCKED : thin(cells[c]!.level) ? TIGHT : 1);
	const down = (c: number) => (cells[c]!.blocked ? BLOCKED : 1);

	const starts = cellsAt(link.x0, link.y0);
	const goals = new Set(cellsAt(link.x1, link.y1));
	const cost = new Float64Array(cells.length).fill(Infinity);
	const prev = new Int32Array(cells.length).fill(-1);
	const entry: Point[] = [];
	/** Where the path leaves the cell for the next: the bend before the cut, if any. */
	const via: (Point | undefined)[] = [];
	const heap = new Heap();
	for (const c of starts) {
		cost[c] = 0;
		entry[c] = { x: link.x0, y: link.y0 };
		heap.push(Math.abs(link.x1 - link.x0) + Math.abs(link.y1 - link.y0), c);
	}
	const settled = new Uint8Array(cells.length);
	let best = Infinity;
	let bestCell = -1;
	const reach = (from: number, to: number, c: number, at: Point, bend?: Point) => {
		// A settled cell keeps the entry that the cells after it were reached from.
		if (settled[to] || c >= cost[to]!) return;
		cost[to] = c;
		prev[to] = from;
		entry[to] = at;
		via[to] = bend;
		heap.push(c + Math.abs(link.x1 - at.x) + Math.abs(link.y1 - at.y), to);
	};
	while (heap.size > 0 && heap.peek() < best) {
		const a = heap.pop();
		if (settled[a]) continue;
		settled[a] = 1;
		const cell = cells[a]!;
		const p = entry[a]!;
		const g = cost[a]!;
		const y = levelY(cell.level);
		if (goals.has(a)) {
			const total = g + Math.abs(link.x1 - p.x) * across(a) + Math.abs(link.y1 - p.y) * down(a);
			if (total < best) {
				best = total;
				bestCell = a;
			}
		}
		// Along the level to the cells either side.
		for (const b of [a - 1, a + 1]) {
			if (b < first[cell.level]! || b >= first[cell.level + 1]!) continue;
			const x = b < a ? cell.x0 : cell.x1;
			const c = g + Math.abs(y - p.y) * down(a) + Math.abs(x - p.x) * across(a);
			reach(a, b, c, { x, y }, { x: p.x, y });
		}
		/** Leaves cell a for cell b across the cut at `cutY`, somewhere in [lo, hi]. */
		const cross = (b: number, lo: number, hi: number, cutY: number) => {
			// Towards the far end as soon as the way there is open, else straight on.
			const aim = lo <= link.x1 && link.x1 <= hi ? link.x1 : p.x;
			const x =
				hi - lo >= 2 * o.clearancePx
					? Math.min(Math.max(aim, lo + o.clearancePx), hi - o.clearancePx)
					: (lo + hi) / 2;
			// Out of the first cell, the jog runs halfway between the mark and the cut.
			const jogY = starts.includes(a) ? (p.y + cutY) / 2 : y;
			const jog = Math.abs(x - p.x);
			const c =
				g +
				(Math.abs(jogY - p.y) + Math.abs(cutY - jogY)) * down(a) +
				jog * across(a) +
				(jog > 0 ? o.bendPx : 0);
			reach(a, b, c, { x, y: cutY }, jog > 0 ? { x: p.x, y: jogY } : undefined);
		};
		// Up and down to the cells of the next level that share some x with this one; from a
		// band, also straight across a free stretch of the next line into the band beyond, so
		// that a line is not the only way along.
		for (const step of [-1, 1]) {
			const level = cell.level + step;
			if (level < 0 || level >= first.length - 1) continue;
			const cutY = level % 2 === 0 ? ys[level / 2]! : ys[cell.level / 2]!;
			for (const b of overlapping(level, cell.x0, cell.x1)) {
				const next = cells[b]!;
				const lo = Math.max(cell.x0, next.x0);
				const hi = Math.min(cell.x1, next.x1);
				cross(b, lo, hi, cutY);
				if (level % 2 === 1 || next.blocked || level + step < 0 || level + step >= first.length - 1)
					continue;
				for (const beyond of overlapping(level + step, lo, hi)) {
					const far = cells[beyond]!;
					cross(beyond, Math.max(lo, far.x0), Math.min(hi, far.x1), cutY);
				}
			}
		}
	}

	const chain: number[] = [];
	for (let c = bestCell; c !== -1; c = prev[c]!) chain.push(c);
	chain.reverse();
	const points: Point[] = [];
	for (const c of chain) {
		const bend = via[c];
		const at = entry[c]!;
		const last = points.at(-1);
		if (bend) {
			points.push(bend);
			// From the bend, along the level to the cut or the next cell.
			if (bend.y === at.y) points.push(at);
			else points.push({ x: at.x, y: bend.y }, at);
		} else if (last && last.x !== at.x && last.y !== at.y) points.push({ x: last.x, y: at.y }, at);
		else points.push(at);
	}
	// Into the last cell and across to the mark halfway between, off the edges of boxes.
	const last = points.at(-1) ?? { x: link.x0, y: link.y0 };
	const midY = chain.length > 1 ? (last.y + link.y1) / 2 : last.y;
	points.push({ x: last.x, y: midY }, { x: link.x1, y: midY }, { x: link.x1, y: link.y1 });
	return simplify(points);
}

/** Drops repeated points and the middle of any three in a line. */
function simplify(points: Point[]): Point[] {
	const out: Point[] = [];
	for (const p of points) {
		const a = out[out.length - 2];
		const b = out[out.length - 1];
		if (b && b.x === p.x && b.y === p.y) continue;
		if (a && b && ((a.x === b.x && b.x === p.x) || (a.y === b.y && b.y === p.y))) out.pop();
		out.push(p);
	}
	return out;
}

/** How far apart routes that run along the same line are drawn. */
const SEPARATION_PX = 3;

/**
 * Moves apart the stretches of different routes that run along the same line, so that each can
 * be followed: a stretch moves sideways with the ends of the stretches either side of it, which
 * keeps every route orthogonal. The first and last stretches stay on their marks.
 */
function separate(routes: Point[][]): Point[][] {
	const out = routes.map((points) => points.map((p) => ({ ...p })));
	for (const horizontal of [true, false]) {
		const lines = new Map<number, { route: number; k: number; lo: number; hi: number }[]>();
		routes.forEach((points, route) => {
			for (let k = 1; k + 2 < points.length; k++) {
				const p = points[k]!;
				const q = points[k + 1]!;
				if (horizontal !== (p.y === q.y)) continue;
				const at = horizontal ? p.y : p.x;
				const [lo, hi] = horizontal ? [p.x, q.x] : [p.y, q.y];
				const line = lines.get(at) ?? [];
				line.push({ route, k, lo: Math.min(lo, hi), hi: Math.max(lo, hi) });
				lines.set(at, line);
			}
		});
		for (const line of lines.values()) {
			line.sort((a, b) => a.lo - b.lo);
			for (let i = 0; i < line.length;) {
				// A cluster: stretches that overlap one another along the line.
				let j = i + 1;
				let hi = line[i]!.hi;
				while (j < line.length && line[j]!.lo < hi) hi = Math.max(hi, line[j++]!.hi);
				const cluster = line.slice(i, j);
				const routesIn = [...new Set(cluster.map((s) => s.route))];
				for (const s of cluster) {
					const offset = (routesIn.indexOf(s.route) - (routesIn.length - 1) / 2) * SEPARATION_PX;
					for (const p of [out[s.route]![s.k]!, out[s.route]![s.k + 1]!])
						if (horizontal) p.y += offset;
						else p.x += offset;
				}
				i = j;
			}
		}
	}
	return out;
}

/**
 * An orthogonal route for each link, in order, inside `bounds` (widened to take in the ends):
 * one that crosses no box but those of the events it joins whenever such a route exists, keeping
 * `clearancePx` from boxes where the gaps allow, short and with few turns, and drawn a little
 * apart from the other routes where they share a line. Where every route crosses another event's
 * box it falls back to one with little length inside such boxes (the least, up to how the search
 * enters each cell once), and says so with a non-zero `overlapPx`.
 */
export function routeLinks(
	links: readonly LinkEnds[],
	boxes: readonly Box[],
	bounds: Box,
	options: RouteOptions = DEFAULT_ROUTE
): LinkRoute[] {
	if (links.length === 0) return [];
	const levels = buildLevels(links, boxes, bounds);
	const shared = levels.covering.map((_, level) => cutLevel(levels, level, () => false));
	const routed = links.map((link) => routeOne(levels, shared, link, options));
	const apart = separate(routed);
	return links.map((link, i) => {
		const overlapPx = foreignOverlapPx(routed[i]!, boxes, link.from, link.to);
		const moved = foreignOverlapPx(apart[i]!, boxes, link.from, link.to);
		// A route kept where moving it aside would take it into a box.
		return moved <= overlapPx
			? { points: apart[i]!, overlapPx: moved }
			: { points: routed[i]!, overlapPx };
	});
}
