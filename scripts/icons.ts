/**
 * Draws the installable app's PNG icons (static/icon-192.png, static/icon-512.png) from
 * static/icon.svg in headless Chromium. The PNGs are committed; run `npx tsx scripts/icons.ts`
 * again only when the SVG changes.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

const svg = readFileSync('static/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
try {
	for (const sizePx of [192, 512]) {
		const page = await browser.newPage({ viewport: { width: sizePx, height: sizePx } });
		await page.setContent(
			`<body style="margin:0">${svg.replace('<svg ', `<svg width="${sizePx}" height="${sizePx}" `)}</body>`
		);
		await page.screenshot({ path: `static/icon-${sizePx}.png` });
		await page.close();
	}
} finally {
	await browser.close();
}
