/**
 * A slide deck as a PowerPoint file. pptxgenjs is large: import this module only when a deck is
 * asked for. Text is passed as text runs, never as markup.
 */
import PptxGenJS from 'pptxgenjs';
import type { SlideDeck } from './slides';

const INK = '1B1F24';
const ACCENT = '1D3557';
const SOFT = '4A525C';

/** The deck as a .pptx file (16:9, one slide per step). */
export async function writePptx(deck: SlideDeck): Promise<Blob> {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = deck.title;
	pptx.author = deck.author;
	for (const s of deck.slides) {
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
		slide.addText(s.caption, { x: 0.6, y: 2.5, w: 12, h: 1.9, fontSize: 24, color: INK });
		if (s.quote)
			slide.addText(
				[
					{ text: s.quote.text, options: { fontFace: 'Georgia', fontSize: 24, breakLine: true } },
					{ text: s.quote.attribution, options: { fontSize: 16, color: SOFT } }
				],
				{ x: 0.6, y: 4.6, w: 12, h: 2.2, color: INK, valign: 'top' }
			);
	}
	return (await pptx.write({ outputType: 'blob' })) as Blob;
}
