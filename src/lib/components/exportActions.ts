/**
 * The explorer's exports, loaded only when one is chosen: the current view as PNG (at twice the
 * screen's pixel density) or SVG, and the dataset in the formats that can hold it. Each ends in a
 * download named after the dataset's title; nothing leaves the browser.
 */
import { slugify } from '$lib/formats/ids';
import { FORMATS } from '$lib/formats/registry';
import { singleHtmlFile } from '$lib/state/singleHtmlFile';
import type { TimelineDrawing } from '$lib/timeline/paint';
import { drawingToSvg } from '$lib/timeline/svgFrame';
import type { ExportRequest } from './exportItems';

/** Pixels per CSS pixel in a PNG export. */
export const PNG_DENSITY = 2;

/** The file name for `dataset` with `extension`: its title made safe, or "timeline". */
export function exportFileName(title: string, extension: string): string {
	return `${slugify(title) || 'timeline'}.${extension}`;
}

function download(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.click();
	// After the browser has taken the download.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function drawingOf(request: ExportRequest): TimelineDrawing {
	if (!request.drawing) throw new Error('the timeline has not been drawn yet; try again');
	return request.drawing;
}

export async function exportPng(request: ExportRequest): Promise<void> {
	const drawing = drawingOf(request);
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(drawing.widthPx * PNG_DENSITY);
	canvas.height = Math.round(drawing.heightPx * PNG_DENSITY);
	const ctx = canvas.getContext('2d', { alpha: false });
	if (!ctx) throw new Error('this browser cannot draw images');
	ctx.scale(PNG_DENSITY, PNG_DENSITY);
	drawing.paint(ctx);
	const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
	if (!blob) throw new Error('this browser cannot write PNG images');
	download(blob, exportFileName(request.dataset.title, 'png'));
}

export async function exportSvg(request: ExportRequest): Promise<void> {
	const drawing = drawingOf(request);
	const ctx = document.createElement('canvas').getContext('2d');
	const measure = (text: string, font: string) => {
		if (!ctx) return text.length * 7;
		ctx.font = font;
		return ctx.measureText(text).width;
	};
	const svg = drawingToSvg(drawing, measure, request.dataset.title);
	download(
		new Blob([svg], { type: 'image/svg+xml' }),
		exportFileName(request.dataset.title, 'svg')
	);
}

/** Our JSON keeps the plain extension; TimelineJS JSON says what it is before it. */
const SUFFIX: Record<string, string> = { 'timelinejs-json': 'timelinejs.' };

/** Writes the dataset in the format with id `formatId`. */
export async function exportFormat(request: ExportRequest, formatId: string): Promise<void> {
	const format = FORMATS.find((f) => f.id === formatId);
	if (!format?.serialise) throw new Error(`no format “${formatId}” writes datasets`);
	const text = format.serialise(request.dataset);
	download(
		new Blob([text], { type: format.mediaType }),
		exportFileName(request.dataset.title, `${SUFFIX[format.id] ?? ''}${format.extension}`)
	);
}

/** The app and the dataset in one page that opens from disk (scripts/build-single.ts). */
export async function exportSingleHtml(request: ExportRequest): Promise<void> {
	const file = await singleHtmlFile(request.dataset);
	download(file, file.name);
}
