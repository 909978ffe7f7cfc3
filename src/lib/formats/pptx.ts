/**
 * A slide deck as a PowerPoint file. pptxgenjs is large: import this module only when a deck is
 * asked for. Text is passed as text runs, never as markup.
 */
import PptxGenJS from 'pptxgenjs';
import type { SlideDeck } from './slides';

const INK = '1B1F24';
const ACCENT = '1D3557';
const SOFT = '4A525C';
const WHITE = 'FFFFFF';

// The strip's place on a 13.33 × 7.5 in slide, in inches: below the quote, across the width.
const STRIP = { x: 0.6, widthIn: 12.1, axisY: 6.95, markerIn: 0.38, rowIn: 0.44 };

/** The deck as a .pptx file (16:9, one slide per step). */
export async function writePptx(deck: SlideDeck): Promise<Blob> {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = deck.title;
	pptx.author = deck.author;
	deck.slides.forEach((s, step) => {
		const slide = pptx.addSlide();
		slide.addText(s.date, {
			x: 0.6,
			y: 0.4,
			w: 12,
			h: 0.6,
			fontSize: 24,
			bold: true,
			color: ACCENT
		});
		slide.addText(s.title, { x: 0.6, y: 1.0, w: 12, h: 1.4, fontSize: 40, bold: true, color: INK });
		slide.addText(s.caption, { x: 0.6, y: 2.4, w: 12, h: 1.9, fontSize: 24, color: INK });
		if (s.quote)
			slide.addText(
				[
					{ text: s.quote.text, options: { fontFace: 'Georgia', fontSize: 24, breakLine: true } },
					{ text: s.quote.attribution, options: { fontSize: 16, color: SOFT } }
				],
				{ x: 0.6, y: 4.4, w: 12, h: 1.5, color: INK, valign: 'top' }
			);
		drawStrip(pptx, slide, deck, step);
	});
	return (await pptx.write({ outputType: 'blob' })) as Blob;
}

/** The timeline of the deck's steps, numbered, with `step` filled. */
function drawStrip(pptx: PptxGenJS, slide: PptxGenJS.Slide, deck: SlideDeck, step: number) {
	const { x, widthIn, axisY, markerIn, rowIn } = STRIP;
	const across = (fraction: number) => x + fraction * widthIn;
	slide.addShape(pptx.ShapeType.line, {
		x,
		y: axisY,
		w: widthIn,
		h: 0,
		line: { color: SOFT, width: 2 }
	});
	for (const t of deck.strip.ticks)
		slide.addText(t.label, {
			x: across(t.x) - 0.6,
			y: axisY + 0.02,
			w: 1.2,
			h: 0.36,
			fontSize: 14,
			color: SOFT,
			align: 'center'
		});
	deck.strip.markers.forEach((m, i) => {
		const current = i === step;
		slide.addText(String(i + 1), {
			shape: pptx.ShapeType.ellipse,
			x: across(m.x) - markerIn / 2,
			y: axisY - 0.04 - markerIn - m.row * rowIn,
			w: markerIn,
			h: markerIn,
			fill: { color: current ? ACCENT : WHITE },
			line: { color: ACCENT, width: 1.5 },
			color: current ? WHITE : ACCENT,
			fontSize: 12,
			bold: true,
			align: 'center',
			valign: 'middle',
			margin: 0
		});
	});
}
