/**
 * Draws the site's PNG icons in headless Chromium: the installable app's (static/icon-192.png,
 * static/icon-512.png) from scripts/icons/icon.svg, and the page's (static/favicon.png, 32 px,
 * transparent round its corners) from scripts/icons/favicon.svg. The PNGs are committed; run
 * `npx tsx scripts/icons.ts` again only when an SVG changes.
 *
 * The site serves no SVG icon: the browser decodes a page's icon, and an installable app's, in
 * the page's main thread, and an SVG one there took 7–64 ms as the explorer loaded (a document
 * of its own is made for it); a PNG this size takes well under 1 ms.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

const ICONS = [
	{ from: 'icon.svg', sizePx: 192, to: 'icon-192.png' },
	{ from: 'icon.svg', sizePx: 512, to: 'icon-512.png' },
	{ from: 'favicon.svg', sizePx: 32, to: 'favicon.png', transparent: true }
];

const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
try {
	for (const { from, sizePx, to, transparent } of ICONS) {
		const svg = readFileSync(`scripts/icons/${from}`, 'utf8');
		const page = await browser.newPage({ viewport: { width: sizePx, height: sizePx } });
		await page.setContent(
			`<body style="margin:0">${svg.replace('<svg ', `<svg width="${sizePx}" height="${sizePx}" `)}</body>`
		);
		await page.screenshot({ path: `static/${to}`, omitBackground: transparent ?? false });
		await page.close();
	}
} finally {
	await browser.close();
}
