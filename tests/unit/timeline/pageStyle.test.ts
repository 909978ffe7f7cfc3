import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PALETTE, PAGE_FONT, type Palette } from '$lib/timeline/paint';

/** The custom properties src/app.css gives :root. */
function rootProperties(): Map<string, string> {
	const css = readFileSync('src/app.css', 'utf8');
	const root = /^:root\s*{([^}]*)}/m.exec(css)?.[1] ?? '';
	return new Map([...root.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('the canvas paints in the page’s style without reading it', () => {
	const properties = rootProperties();

	it('in the font of the page', () => {
		expect(properties.get('--font')).toBe(PAGE_FONT);
	});

	it.each([
		['panel', '--panel'],
		['ink', '--ink'],
		['inkSoft', '--ink-soft'],
		['accent', '--accent'],
		['cooperation', '--cooperation'],
		['friction', '--friction'],
		['mixed', '--mixed'],
		['focus', '--focus']
	] satisfies [keyof Palette, string][])('in the page’s %s colour, its %s', (key, property) => {
		expect(properties.get(property)).toBe(DEFAULT_PALETTE[key]);
	});
});
