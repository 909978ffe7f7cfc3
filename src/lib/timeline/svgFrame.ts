/**
 * The timeline as SVG: the painter paints onto a context that writes SVG elements instead of
 * pixels, so the SVG export is the very drawing the canvas shows (same scene, same mark styles,
 * same `paintFrame`), vector, with its text as text. Every string from the data is escaped.
 */
import type { PaintContext, TimelineDrawing } from './paint';

/** The width in px of `text` set in `font` (a CSS font shorthand). */
export type MeasureFont = (text: string, font: string) => number;

interface DrawState {
	fillStyle: string;
	strokeStyle: string;
	lineWidth: number;
	font: string;
	textAlign: CanvasTextAlign;
	globalAlpha: number;
	dash: number[];
	dx: number;
	dy: number;
}

const ANCHOR: Partial<Record<CanvasTextAlign, string>> = {
	center: 'middle',
	end: 'end',
	right: 'end'
};

/** Text and attribute values made safe for XML. */
export function escapeXml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!
	);
}

/**
 * A canvas font shorthand (`700 12px "Liberation Sans", sans-serif`) as SVG presentation
 * attributes, not a style attribute, which a page's Content Security Policy may refuse.
 */
function fontAttributes(font: string): string {
	const m = /^(?:(\w+) )?(\d+(?:\.\d+)?)px (.+)$/.exec(font.trim());
	if (!m) return ` font-family="${escapeXml(font)}"`;
	const [, weight, size, family] = m;
	return (
		`${weight && weight !== 'normal' ? ` font-weight="${weight}"` : ''}` +
		` font-size="${size}" font-family="${escapeXml(family!)}"`
	);
}

const num = (n: number) => (Number.isFinite(n) ? String(Math.round(n * 100) / 100) : '0');

/** A context with the drawing calls `paintFrame` makes, recording them as SVG elements. */
class SvgContext {
	fillStyle = '#000';
	strokeStyle = '#000';
	lineWidth = 1;
	font = '10px sans-serif';
	textAlign: CanvasTextAlign = 'start';
	globalAlpha = 1;
	#dash: number[] = [];
	#dx = 0;
	#dy = 0;
	#stack: DrawState[] = [];
	#path = '';
	readonly elements: string[] = [];

	constructor(private readonly measure: MeasureFont) {}

	#pt(x: number, y: number): string {
		return `${num(x + this.#dx)},${num(y + this.#dy)}`;
	}

	#paint(): string {
		return this.globalAlpha < 1 ? ` opacity="${num(this.globalAlpha)}"` : '';
	}

	#stroke(): string {
		const dash = this.#dash.length ? ` stroke-dasharray="${this.#dash.map(num).join(' ')}"` : '';
		return ` stroke="${escapeXml(this.strokeStyle)}" stroke-width="${num(this.lineWidth)}"${dash}`;
	}

	save(): void {
		const { fillStyle, strokeStyle, lineWidth, font, textAlign, globalAlpha } = this;
		this.#stack.push({
			fillStyle,
			strokeStyle,
			lineWidth,
			font,
			textAlign,
			globalAlpha,
			dash: this.#dash,
			dx: this.#dx,
			dy: this.#dy
		});
	}

	restore(): void {
		const s = this.#stack.pop();
		if (!s) return;
		({
			fillStyle: this.fillStyle,
			strokeStyle: this.strokeStyle,
			lineWidth: this.lineWidth,
			font: this.font,
			textAlign: this.textAlign,
			globalAlpha: this.globalAlpha
		} = s);
		this.#dash = s.dash;
		this.#dx = s.dx;
		this.#dy = s.dy;
	}

	translate(x: number, y: number): void {
		this.#dx += x;
		this.#dy += y;
	}

	setLineDash(segments: number[]): void {
		this.#dash = [...segments];
	}

	beginPath(): void {
		this.#path = '';
	}

	moveTo(x: number, y: number): void {
		this.#path += `M${this.#pt(x, y)}`;
	}

	lineTo(x: number, y: number): void {
		this.#path += `L${this.#pt(x, y)}`;
	}

	bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number): void {
		this.#path += `C${this.#pt(x1, y1)} ${this.#pt(x2, y2)} ${this.#pt(x, y)}`;
	}

	closePath(): void {
		this.#path += 'Z';
	}

	/** A clockwise arc, as the canvas draws it, joined to the path by a line. */
	arc(x: number, y: number, r: number, startAngle: number, endAngle: number): void {
		const at = (a: number) => this.#pt(x + r * Math.cos(a), y + r * Math.sin(a));
		const sweep = endAngle - startAngle;
		this.#path += `${this.#path ? 'L' : 'M'}${at(startAngle)}`;
		if (sweep >= 2 * Math.PI - 1e-9) {
			// A whole circle is two half arcs: one SVG arc cannot end where it starts.
			const half = startAngle + Math.PI;
			this.#path += `A${num(r)},${num(r)} 0 1 1 ${at(half)}A${num(r)},${num(r)} 0 1 1 ${at(startAngle)}`;
		} else this.#path += `A${num(r)},${num(r)} 0 ${sweep > Math.PI ? 1 : 0} 1 ${at(endAngle)}`;
	}

	roundRect(x: number, y: number, w: number, h: number, radii?: number | DOMPointInit): void {
		if (w < 0) [x, w] = [x + w, -w];
		if (h < 0) [y, h] = [y + h, -h];
		const r = Math.min(typeof radii === 'number' ? radii : 0, w / 2, h / 2);
		const a = `A${num(r)},${num(r)} 0 0 1 `;
		this.#path +=
			`M${this.#pt(x + r, y)}L${this.#pt(x + w - r, y)}${a}${this.#pt(x + w, y + r)}` +
			`L${this.#pt(x + w, y + h - r)}${a}${this.#pt(x + w - r, y + h)}` +
			`L${this.#pt(x + r, y + h)}${a}${this.#pt(x, y + h - r)}` +
			`L${this.#pt(x, y + r)}${a}${this.#pt(x + r, y)}Z`;
	}

	fill(): void {
		if (!this.#path) return;
		this.elements.push(
			`<path d="${this.#path}" fill="${escapeXml(this.fillStyle)}"${this.#paint()}/>`
		);
	}

	stroke(): void {
		if (!this.#path) return;
		this.elements.push(`<path d="${this.#path}" fill="none"${this.#stroke()}${this.#paint()}/>`);
	}

	#rect(x: number, y: number, w: number, h: number): string {
		return `x="${num(x + this.#dx)}" y="${num(y + this.#dy)}" width="${num(Math.abs(w))}" height="${num(Math.abs(h))}"`;
	}

	fillRect(x: number, y: number, w: number, h: number): void {
		this.elements.push(
			`<rect ${this.#rect(x, y, w, h)} fill="${escapeXml(this.fillStyle)}"${this.#paint()}/>`
		);
	}

	strokeRect(x: number, y: number, w: number, h: number): void {
		this.elements.push(
			`<rect ${this.#rect(x, y, w, h)} fill="none"${this.#stroke()}${this.#paint()}/>`
		);
	}

	fillText(text: string, x: number, y: number): void {
		const anchor = ANCHOR[this.textAlign];
		this.elements.push(
			`<text x="${num(x + this.#dx)}" y="${num(y + this.#dy)}"${fontAttributes(this.font)}` +
				`${anchor ? ` text-anchor="${anchor}"` : ''} fill="${escapeXml(this.fillStyle)}"` +
				`${this.#paint()}>${escapeXml(text)}</text>`
		);
	}

	measureText(text: string): TextMetrics {
		return { width: this.measure(text, this.font) } as TextMetrics;
	}
}

/**
 * The drawing as a standalone SVG document of its size, titled `title`; `measure` sizes text as
 * the canvas would (pinned labels sit on a panel their width).
 */
export function drawingToSvg(
	drawing: TimelineDrawing,
	measure: MeasureFont,
	title: string
): string {
	const ctx = new SvgContext(measure);
	drawing.paint(ctx as unknown as PaintContext);
	const w = num(drawing.widthPx);
	const h = num(drawing.heightPx);
	return (
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">\n` +
		`<title>${escapeXml(title)}</title>\n${ctx.elements.join('\n')}\n</svg>\n`
	);
}
