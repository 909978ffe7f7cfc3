/**
 * The README's pictures: the explorer of the built site with Operation Allied Force selected,
 * at 1280×720 (docs/explorer.png), 390×844 and 1920×1080. Run after `npm run build`:
 *
 *   npx tsx scripts/screenshots.ts
 */
import { withBuiltSite } from './preview';

const SHOTS = [
	{ width: 1280, height: 720, file: 'docs/explorer.png' },
	{ width: 390, height: 844, file: 'docs/explorer-390x844.png' },
	{ width: 1920, height: 1080, file: 'docs/explorer-1920x1080.png' }
];

await withBuiltSite(async (browser, origin) => {
	for (const shot of SHOTS) {
		const page = await browser.newPage({
			viewport: { width: shot.width, height: shot.height },
			timezoneId: 'UTC',
			locale: 'en-GB',
			reducedMotion: 'reduce'
		});
		await page.goto(`${origin}/?event=operation-allied-force`);
		await page.waitForFunction(() => performance.getEntriesByName('timeline:rendered').length);
		await page
			.getByRole('region', { name: 'Event details' })
			.getByRole('heading', { level: 2 })
			.waitFor();
		// Let the timeline settle on the selected event, then take the next frame.
		await page.waitForFunction(
			() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => r(true)), 800))
		);
		await page.screenshot({ path: shot.file });
		console.log(`${shot.file}: ${shot.width}×${shot.height}`);
		await page.close();
	}
});
