import { describe, expect, it } from 'vitest';
import { labelBoxes, routeFrameLinks } from '$lib/timeline/labelBoxes';
import type { Frame } from '$lib/timeline/paint';
import { frameOf, frameSvg, makeEvents } from './helpers';

const w = { startMs: Date.UTC(1999, 0, 1), endMs: Date.UTC(2000, 0, 1) };
const WIDTH = 800;
/** 6 px a character at 12 px, in proportion at other sizes. */
const measure = (text: string, font: string) =>
	(text.length * 6 * Number(/(\d+)px/.exec(font)?.[1] ?? 12)) / 12;

/**
 * "Start" links to "End" on the same row, with a long title between them, and "Reply" (on the
 * row below, under that title) answers "Start": straight lines would run through the title.
 */
function frame(): Frame {
	const events = makeEvents([
		['start', '1999-03-01', { title: 'Start' }],
		['between', '1999-05-01', { title: 'A long title that runs on past the end' }],
		['reply', '1999-05-20', { title: 'Reply' }],
		['end', '1999-09-01', { title: 'End' }]
	]);
	events[0]!.links = [{ rel: 'led-to', event: 'end' }];
	return frameOf(events, w, WIDTH, {
		selected: events[0]!,
		measure: (text) => measure(text, '12px'),
		responses: [{ event: 'reply', rel: 'response-to' }],
		routeLinks: routeFrameLinks,
		fontFamily: 'sans-serif'
	});
}

const svgOf = (f: Frame) => frameSvg(f, measure, 'Timeline');

type Pt = { x: number; y: number };

/** The points along an SVG path's M, L and C commands, curves sampled. */
function pathPoints(d: string): Pt[] {
	const out: Pt[] = [];
	for (const [, op, args] of d.matchAll(/([MLC])([^MLCZ]*)/g)) {
		const n = args!.split(/[ ,]+/).filter(Boolean).map(Number);
		if (op !== 'C') {
			out.push({ x: n[0]!, y: n[1]! });
			continue;
		}
		const p0 = out.at(-1)!;
		const [x1, y1, x2, y2, x, y] = n as [number, number, number, number, number, number];
		for (let t = 0.1; t <= 1.0001; t += 0.1) {
			const u = 1 - t;
			out.push({
				x: u * u * u * p0.x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x,
				y: u * u * u * p0.y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y
			});
		}
	}
	return out;
}

/** Whether the polyline through `points` enters the box (sampled every half px). */
function enters(points: Pt[], b: { x: number; y: number; width: number; height: number }) {
	for (let k = 1; k < points.length; k++) {
		const p = points[k - 1]!;
		const q = points[k]!;
		const steps = Math.max(1, Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) * 2));
		for (let s = 0; s <= steps; s++) {
			const x = p.x + ((q.x - p.x) * s) / steps;
			const y = p.y + ((q.y - p.y) * s) / steps;
			if (x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height) return true;
		}
	}
	return false;
}

describe('labelBoxes', () => {
	it('holds every title the frame paints, owned by its event', () => {
		const f = frame();
		const boxes = labelBoxes(f.scene, (text, px) => measure(text, `${px}px`));
		const svg = svgOf(f);
		const titles = new Map(f.scene.lanes[0]!.marks.map((m) => [m.label, m.event.id]));
		for (const [, x, y, size, text] of svg.matchAll(
			/<text x="([\d.]+)" y="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g
		)) {
			const owner = titles.get(text!);
			if (!owner) continue;
			const left = Number(x);
			const right = left + measure(text!, `${size}px`);
			expect(
				boxes.some(
					(b) =>
						b.owner === owner &&
						b.x <= left &&
						b.x + b.width >= right &&
						b.y <= Number(y) - 10 &&
						b.y + b.height >= Number(y) + 2
				),
				text
			).toBe(true);
		}
	});
});

describe('the painted links', () => {
	it('miss every title but those of the events they join, in the SVG export', () => {
		const f = frame();
		expect(f.links.map((l) => [l.from, l.to])).toEqual([
			['start', 'end'],
			['reply', 'start']
		]);
		const svg = svgOf(f);
		const links = [...svg.matchAll(/<path d="([^"]+)" fill="none" stroke="#c2410c"/g)].map((m) =>
			pathPoints(m[1]!)
		);
		expect(links).toHaveLength(2);
		const texts = [
			...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*font-size="12"[^>]*>([^<]*)<\/text>/g)
		].map(([, x, y, text]) => ({
			text: text!,
			box: { x: Number(x), y: Number(y) - 10, width: measure(text!, '12px'), height: 12 }
		}));
		const between = texts.find((t) => t.text.startsWith('A long title'));
		expect(between).toBeDefined();
		const own = [
			['Start', 'End'],
			['Reply', 'Start']
		];
		links.forEach((points, i) => {
			for (const t of texts)
				if (!own[i]!.includes(t.text)) expect(enters(points, t.box), t.text).toBe(false);
		});
	});
});
