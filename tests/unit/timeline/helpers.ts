import { formatEdtf, toSpan } from '$lib/model/edtf';
import { parseEdtf } from '$lib/model/parseEdtf';
import { buildLanes } from '$lib/timeline/lanes';
import { DEFAULT_LAYOUT } from '$lib/timeline/layout';
import { DEFAULT_PALETTE, paintFrame, type Frame } from '$lib/timeline/paint';
import { layoutLinks, layoutScene } from '$lib/timeline/scene';
import { drawingToSvg } from '$lib/timeline/svgFrame';
import { timeScale } from '$lib/timeline/timeScale';
import type { TimelineEvent } from '$lib/model/dataset';
import type { Basis, Stance } from '$lib/model/schema';

/** A time-ordered list of events from [id, EDTF date] pairs, as indexDataset would make them. */
export function makeEvents(
	specs: [
		id: string,
		when: string,
		extra?: { actors?: string[]; stance?: Stance; title?: string; basis?: Basis; label?: string }
	][]
): TimelineEvent[] {
	return specs
		.map(([id, when, extra]) => {
			const parsed = parseEdtf(when);
			if (!parsed.ok) throw new Error(parsed.error);
			return {
				id,
				title: extra?.title ?? id,
				...(extra?.label ? { label: extra.label } : {}),
				when,
				summary: '',
				actors: extra?.actors ?? ['a'],
				themes: [],
				stance: extra?.stance ?? 'mixed',
				basis: extra?.basis ?? ('mentioned' as const),
				mentions: [],
				links: [],
				sources: [{ title: 's', url: 'https://example.org' }],
				span: toSpan(parsed.value),
				displayDate: formatEdtf(parsed.value)
			};
		})
		.sort((a, b) => a.span.startMs - b.span.startMs || a.span.endMs - b.span.endMs);
}

/** A fixed-width "font": 6 px per character. */
export const measure6 = (text: string) => text.length * 6;

/**
 * The frame the explorer would paint for `events` (one lane, actor "a") over `window` at
 * `widthPx`, with `selected` pinned and its links (and `responses` to it) laid out.
 */
export function frameOf(
	events: TimelineEvent[],
	window: { startMs: number; endMs: number },
	widthPx: number,
	options: {
		selected: TimelineEvent;
		measure: (text: string) => number;
		responses?: Parameters<typeof layoutLinks>[2];
		routeLinks?: Frame['routeLinks'];
		fontFamily: string;
	}
): Frame {
	const lanes = buildLanes(events, 'none', { actors: [{ id: 'a', label: 'A' }], themes: [] });
	const scene = layoutScene(lanes, [], window, {
		...DEFAULT_LAYOUT,
		widthPx,
		measure: options.measure,
		pinned: new Set([options.selected.id])
	});
	return {
		scene,
		ticks: timeScale(window, widthPx).ticks().ticks,
		links: layoutLinks(options.selected, scene.anchors, options.responses ?? []),
		...(options.routeLinks ? { routeLinks: options.routeLinks } : {}),
		selectedId: options.selected.id,
		widthPx,
		palette: DEFAULT_PALETTE,
		fontFamily: options.fontFamily
	};
}

/** `frame` written as SVG by the canvas painter, its text measured by `measure`. */
export const frameSvg = (
	frame: Frame,
	measure: (text: string, font: string) => number,
	label: string
) =>
	drawingToSvg(
		{
			widthPx: frame.widthPx,
			heightPx: frame.scene.heightPx,
			paint: (ctx) => paintFrame(ctx, frame)
		},
		measure,
		label
	);
