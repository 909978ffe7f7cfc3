/** A presentation as slides: what each slide says, ready for any slide format to lay out. */
import type { IndexedDataset } from '../model/dataset';
import type { Presentation } from '../model/tours';
import { layoutStepStrip, stripTicks } from '../timeline/stepStrip';
import { slugify } from './ids';

/** Units across a slide's timeline strip, for the strip layout; a format scales them to its own. */
export const SLIDE_STRIP_UNITS = 1000;

export interface SlideText {
	title: string;
	/** The event's date as shown, never more precise than known. */
	date: string;
	/** The tour's caption, else the event's summary. */
	caption: string;
	/** The event's first quote from the text, with where it comes from. */
	quote?: { text: string; attribution: string };
}

/** The timeline of every step, drawn on each slide with that slide's step marked. */
export interface SlideStrip {
	/** Per step, in order: the centre across the strip (0 to 1) and its row from the axis. */
	markers: { x: number; row: number }[];
	rows: number;
	/** Axis labels, placed across the strip (0 to 1). */
	ticks: { x: number; label: string }[];
}

export interface SlideDeck {
	title: string;
	author: string;
	/** One per step, in order: slide i marks step i on the strip. */
	slides: SlideText[];
	strip: SlideStrip;
}

/** One slide per step of `presentation`, in order, with the first quote of each event. */
export function slideDeckFor(data: IndexedDataset, presentation: Presentation): SlideDeck {
	const author = data.dataset.source?.author ?? '';
	const strip = layoutStepStrip(
		presentation.steps.map((s) => s.event.span),
		SLIDE_STRIP_UNITS,
		{ markerPx: 32, gapPx: 4, maxRows: 2 }
	);
	return {
		title: presentation.title,
		author,
		strip: {
			markers: strip.markers.map((m) => ({ x: m.x / SLIDE_STRIP_UNITS, row: m.row })),
			rows: strip.rows,
			ticks: stripTicks(strip.window, SLIDE_STRIP_UNITS, 16).map((t) => ({
				x: t.x / SLIDE_STRIP_UNITS,
				label: t.label
			}))
		},
		slides: presentation.steps.map(({ event, caption }) => {
			const mention = event.mentions[0];
			const where = mention && data.passages.get(mention.passage)?.label;
			return {
				title: event.title,
				date: event.displayDate,
				caption: caption ?? event.summary,
				quote: mention && {
					text: `“${mention.quote}”`,
					attribution: where ? `${author}, ${where}` : author
				}
			};
		})
	};
}

/** A file name for the deck: its title in lower-case words joined by hyphens, then `.pptx`. */
export function slideFileName(title: string): string {
	return `${slugify(title) || 'tour'}.pptx`;
}
