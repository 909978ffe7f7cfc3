/**
 * What the timeline's canvas paints, for scripts and tests that read a frame's text: an init
 * script for the page and the reader of its record.
 */
import type { Page } from '@playwright/test';

/** One `fillText` call of the last frame, with the font and width it was painted at. */
export interface PaintedText {
	text: string;
	x: number;
	y: number;
	font: string;
	width: number;
}

/**
 * Runs in the page before its scripts: records each `fillText` call, starting afresh with each
 * frame (a frame starts by filling the whole canvas from its top-left corner).
 */
export function recordPaintedText(): void {
	const proto = CanvasRenderingContext2D.prototype;
	const log: PaintedText[] = [];
	(window as unknown as { paintedText: PaintedText[] }).paintedText = log;
	const fillRect = proto.fillRect;
	proto.fillRect = function (x, y, w, h) {
		if (x === 0 && y === 0) log.length = 0;
		return fillRect.call(this, x, y, w, h);
	};
	const fillText = proto.fillText;
	proto.fillText = function (text, x, y, maxWidth) {
		log.push({ text, x, y, font: this.font, width: this.measureText(text).width });
		return fillText.call(this, text, x, y, maxWidth);
	};
}

/** The text of the last frame painted (after `page.addInitScript(recordPaintedText)`). */
export function paintedText(page: Page): Promise<PaintedText[]> {
	return page.evaluate(() => (window as unknown as { paintedText: PaintedText[] }).paintedText);
}
