import { describe, expect, it } from 'vitest';
import { STANCE_STYLE, symbolGeometry, symbolPathData } from '$lib/timeline/markStyles';
import { DEFAULT_PALETTE, paintFrame, type Frame, type PaintContext } from '$lib/timeline/paint';
import { markCenterY } from '$lib/timeline/scene';
import { escapeXml } from '$lib/timeline/svgFrame';
import { frameOf, frameSvg, makeEvents, measure6 } from './helpers';

const w = { startMs: Date.UTC(1999, 0, 1), endMs: Date.UTC(2001, 0, 1) };
const WIDTH = 1000;
const HOSTILE = 'Treaty <b>signed</b> & "kept" <script>alert(1)</script>';

function frame(): Frame {
	const events = makeEvents([
		['a', '1999-03-24', { title: HOSTILE, stance: 'friction' }],
		['b', '1999-09', { title: 'Month band', stance: 'cooperation', basis: 'implied' }],
		['c', '2000-05-15', { title: 'Mixed point', stance: 'mixed', basis: 'context' }],
		['d', '2000-01-01/2000-04-30', { title: 'An interval', stance: 'mixed', basis: 'later' }]
	]);
	events[0]!.links = [{ rel: 'led-to', event: 'c' }];
	return frameOf(events, w, WIDTH, {
		selected: events[0]!,
		measure: measure6,
		fontFamily: '"Liberation Sans", sans-serif'
	});
}

const svgOf = (f: Frame) => frameSvg(f, (text) => text.length * 6, 'A & B <timeline>');

/** The texts and the number of filled and stroked shapes a canvas gets for the same frame. */
function canvasCalls(f: Frame) {
	const texts: string[] = [];
	let fills = 0;
	let strokes = 0;
	const ctx = new Proxy({} as Record<string, unknown>, {
		get: (target, key: string) =>
			key in target
				? target[key]
				: (...args: unknown[]) => {
						if (key === 'measureText') return { width: String(args[0]).length * 6 };
						if (key === 'fillText') texts.push(String(args[0]));
						if (key === 'fill' || key === 'fillRect') fills++;
						if (key === 'stroke' || key === 'strokeRect') strokes++;
					},
		set: (target, key: string, value) => ((target[key] = value), true)
	}) as unknown as PaintContext;
	paintFrame(ctx, f);
	return { texts, fills, strokes };
}

/** Checks that `xml` is well formed: tags nest, text holds no raw < or stray &. */
function wellFormed(xml: string): void {
	const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
	const stack: string[] = [];
	const token = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
	let at = 0;
	for (let m = token.exec(body); m; m = token.exec(body)) {
		at = token.lastIndex;
		const [, close, name, attrs, selfClosing, text] = m;
		for (const part of [text ?? '', attrs ?? ''])
			expect(part.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/[&<]/);
		if (text !== undefined) continue;
		if (close) expect(stack.pop()).toBe(name);
		else if (!selfClosing) stack.push(name!);
	}
	expect(at).toBe(body.length);
	expect(stack).toEqual([]);
}

describe('drawingToSvg', () => {
	it('writes a well-formed SVG document of the frame’s size', () => {
		const f = frame();
		const svg = svgOf(f);
		wellFormed(svg);
		expect(svg).toContain(
			`width="${WIDTH}" height="${f.scene.heightPx}" viewBox="0 0 ${WIDTH} ${f.scene.heightPx}"`
		);
		expect(svg).toContain('<title>A &amp; B &lt;timeline&gt;</title>');
		// Fonts as attributes: a style attribute may be refused by a page's Content Security Policy.
		expect(svg).not.toContain('style=');
		expect(svg).toContain(
			'font-weight="700" font-size="12" font-family="&quot;Liberation Sans&quot;, sans-serif"'
		);
	});

	it('escapes every title from the data, and writes it as text', () => {
		const svg = svgOf(frame());
		expect(svg).toContain(`>${escapeXml(HOSTILE)}</text>`);
		expect(svg).not.toContain('<script>');
		expect(svg).not.toContain('<b>');
	});

	it('draws what the canvas draws: the same texts, fills and strokes', () => {
		const f = frame();
		const canvas = canvasCalls(f);
		const svg = svgOf(f);
		const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) =>
			m[1]!
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&quot;/g, '"')
				.replace(/&apos;/g, "'")
				.replace(/&amp;/g, '&')
		);
		expect(texts).toEqual(canvas.texts);
		expect(texts).toEqual(
			expect.arrayContaining([HOSTILE, 'Month band', 'Mixed point', 'Jan 1999'])
		);
		const shapes = [...svg.matchAll(/<(path|rect) [^>]*>/g)].map((m) => m[0]);
		expect(shapes.filter((s) => !s.includes('fill="none"'))).toHaveLength(canvas.fills);
		expect(shapes.filter((s) => s.includes('fill="none"'))).toHaveLength(canvas.strokes);
	});

	it('draws each stance with the shape of its mark style', () => {
		const f = frame();
		const svg = svgOf(f);
		const lane = f.scene.lanes[0]!;
		const mixed = lane.marks.find((m) => m.event.id === 'c')!;
		const x = (mixed.x0 + mixed.x1) / 2;
		const y = lane.y + markCenterY(mixed);
		const square = symbolPathData(symbolGeometry(STANCE_STYLE.mixed.shape, x, y));
		expect(svg).toContain(`<path d="${square}" fill="${DEFAULT_PALETTE.panel}"/>`);
		expect(svg).toContain(`<path d="${square}" fill="none" stroke="${DEFAULT_PALETTE.mixed}"`);
	});
});
