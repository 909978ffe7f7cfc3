/**
 * How long routing the links of one frame takes: 20 links across a frame of 1280 px with five
 * lanes of six rows of titles (about 600 boxes), the most the explorer routes at once.
 *
 *   npx tsx scripts/bench-link-routes.ts
 */
import { routeLinks, type Box, type LinkEnds } from '../src/lib/timeline/linkRoutes';

let seed = 1;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const boxes: Box[] = [];
const marks: { id: string; x: number; y: number }[] = [];
let laneY = 60;
for (let lane = 0; lane < 5; lane++) {
	for (let row = 0; row < 6; row++) {
		const cy = laneY + 18 + row * 26 + 13;
		for (let x = random() * 40; x < 1240;) {
			const id = `e${marks.length}`;
			const titlePx = 40 + random() * 120;
			boxes.push({ x: x - 6, y: cy - 6, width: 12, height: 12, owner: id });
			boxes.push({ x: x + 8, y: cy - 9, width: titlePx, height: 18, owner: id });
			marks.push({ id, x, y: cy });
			x += titlePx + 20 + random() * 30;
		}
	}
	laneY += 18 + 6 * 26 + 6;
}
const links: LinkEnds[] = Array.from({ length: 20 }, () => {
	const a = marks[Math.floor(random() * marks.length)]!;
	const b = marks[Math.floor(random() * marks.length)]!;
	return { from: a.id, to: b.id, x0: a.x, y0: a.y, x1: b.x, y1: b.y };
});
const bounds = { x: 0, y: 20, width: 1280, height: laneY - 20 };

const ROUNDS = 20;
for (let r = 0; r < 3; r++) routeLinks(links, boxes, bounds);
const cpu = process.cpuUsage();
const t0 = performance.now();
let blocked = 0;
for (let r = 0; r < ROUNDS; r++)
	blocked = routeLinks(links, boxes, bounds).filter((route) => route.overlapPx > 0).length;
const wallMs = (performance.now() - t0) / ROUNDS;
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000 / ROUNDS;
console.log(
	`${boxes.length} boxes, ${links.length} links (${blocked} without a clear route): ` +
		`${wallMs.toFixed(1)} ms a frame (${cpuMs.toFixed(1)} ms CPU)`
);
