/** A presentation as slides: what each slide says, ready for any slide format to lay out. */
import type { IndexedDataset } from '../model/dataset';
import type { Presentation } from '../model/tours';

export interface SlideText {
	title: string;
	/** The event's date as shown, never more precise than known. */
	date: string;
	/** The tour's caption, else the event's summary. */
	caption: string;
	/** The event's first quote from the text, with where it comes from. */
	quote?: { text: string; attribution: string };
}

export interface SlideDeck {
	title: string;
	author: string;
	slides: SlideText[];
}

/** One slide per step of `presentation`, in order, with the first quote of each event. */
export function slideDeckFor(data: IndexedDataset, presentation: Presentation): SlideDeck {
	const author = data.dataset.source.author;
	return {
		title: presentation.title,
		author,
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
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `${slug || 'tour'}.pptx`;
}
