/**
 * The boxes a frame draws that links go round: each event's title and symbol (owned by the
 * event, so that its own links may leave through them), lane names, period names and counts.
 */
import { routeLinks, type Box, type LinkEnds, type LinkRoute } from './linkRoutes';
import { markCenterY, type Scene } from './scene';

/** The width in px of `text` at `px` px, bold or not, as the painter sets it. */
export type MeasureLabel = (text: string, px: number, bold: boolean) => number;

/** Half the width of an event's symbol and its outline. */
const SYMBOL_HALF_PX = 7;

/** The boxes of `scene`'s titles, symbols, names and counts, in px, as `paintFrame` draws them. */
export function labelBoxes(scene: Scene, measure: MeasureLabel): Box[] {
	const boxes: Box[] = [];
	for (const p of scene.periods)
		if (p.label) {
			const x = Math.max(p.x0, 0) + 4;
			boxes.push({ x: x - 2, y: p.y + 2, width: measure(p.label, 11, false) + 4, height: 14 });
		}
	for (const lane of scene.lanes) {
		const name = lane.label.toUpperCase();
		boxes.push({ x: 4, y: lane.y + 2, width: measure(name, 11, true) + 4, height: 14 });
		for (const agg of lane.aggregates)
			boxes.push({
				x: agg.x0 + 1.5,
				y: lane.y + 18.5,
				width: agg.x1 - agg.x0 - 2,
				height: lane.heightPx - 24
			});
		for (const mark of lane.marks) {
			const owner = mark.event.id;
			const cy = lane.y + markCenterY(mark);
			const symbolX = mark.kind === 'point' ? (mark.x0 + mark.x1) / 2 : Math.max(mark.x0, 0) + 7;
			boxes.push({
				x: symbolX - SYMBOL_HALF_PX,
				y: cy - SYMBOL_HALF_PX,
				width: 2 * SYMBOL_HALF_PX,
				height: 2 * SYMBOL_HALF_PX,
				owner
			});
		}
	}
	// The names the layout placed, a little wider than their text so that a line clears them.
	for (const b of scene.labelBoxes)
		boxes.push({ x: b.x - 2, y: b.y, width: b.width + 4, height: b.height, owner: b.id });
	return boxes;
}

/**
 * The frame's links routed round the boxes of its titles, marks, names and counts (see
 * `labelBoxes`), measured with `measure` as they are painted: `paintFrame`'s `routeLinks`, which
 * the timeline loads with this module once an event with links is selected.
 */
export function routeFrameLinks(
	links: readonly LinkEnds[],
	scene: Scene,
	measure: MeasureLabel,
	bounds: Box
): LinkRoute[] {
	return routeLinks(links, labelBoxes(scene, measure), bounds);
}
