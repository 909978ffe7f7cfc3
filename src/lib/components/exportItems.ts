/**
 * The items of the explorer's "Export" menu, in order. Each loads its code only when chosen, so
 * the explorer's first render carries none of it. Add a way out by adding an item here.
 */
import type { Dataset } from '$lib/model/schema';
import type { TimelineDrawing } from '$lib/timeline/paint';

/** What an export works from: the dataset shown, and the timeline as it is drawn now. */
export interface ExportRequest {
	dataset: Dataset;
	/** The timeline as drawn now; undefined until it has been drawn. */
	drawing: TimelineDrawing | undefined;
}

export interface ExportItem {
	/** The menu item's name. */
	label: string;
	/** Writes the file and hands it to the browser as a download. */
	run(request: ExportRequest): Promise<void>;
}

const actions = () => import('./exportActions');

export const EXPORT_ITEMS: ExportItem[] = [
	{ label: 'PNG image', run: async (r) => (await actions()).exportPng(r) },
	{ label: 'SVG image', run: async (r) => (await actions()).exportSvg(r) },
	{ label: 'CSV', run: async (r) => (await actions()).exportFormat(r, 'chronotext-csv') },
	{
		label: 'TimelineJS JSON',
		run: async (r) => (await actions()).exportFormat(r, 'timelinejs-json')
	},
	{ label: 'Dataset JSON', run: async (r) => (await actions()).exportFormat(r, 'chronotext-json') },
	{ label: 'Single HTML file', run: async (r) => (await actions()).exportSingleHtml(r) }
];
