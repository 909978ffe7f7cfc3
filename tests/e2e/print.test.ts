import { expect, test } from '@playwright/test';
import { ready } from './fixtures';
import { collectErrors } from './pageErrors';

/** The page sizes of a PDF, in points, as `[width, height]` pairs. */
function pageSizes(pdf: Buffer): number[][] {
	return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
		(m) => [Number(m[1]), Number(m[2])]
	);
}

test.describe('Printing the timeline', () => {
	test('prints the current window on a landscape page, with the legend and no controls', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await page.goto('/?from=1997&to=2002');
		await ready(page);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await expect(timeline.getByText('Showing 1997–2002')).toBeVisible();

		await page.emulateMedia({ media: 'print' });
		await expect(timeline.getByText('Showing 1997–2002')).toBeVisible();
		await expect(
			timeline.getByRole('button', { name: /^NATO-Russia Founding Act signed in Paris/ })
		).toBeVisible();
		await expect(timeline.getByText('Legend and keys')).toBeVisible();
		await expect(
			timeline.getByRole('listitem').filter({ hasText: /^\s*Cooperation\s*$/ })
		).toBeVisible();
		for (const name of ['Zoom in', 'Zoom out', 'Show all'])
			await expect(timeline.getByRole('button', { name })).toBeHidden();
		await expect(page.getByRole('searchbox')).toBeHidden();
		await expect(page.getByRole('region', { name: 'Source text' })).toBeHidden();
		await expect(page.getByRole('banner')).toBeHidden();

		const sizes = pageSizes(await page.pdf({ preferCSSPageSize: true }));
		expect(sizes.length).toBeGreaterThan(0);
		for (const [width, height] of sizes) expect(width).toBeGreaterThan(height!);
		expect(errors).toEqual([]);
	});

	test('the event list still prints its handout upright', async ({ page }) => {
		await page.goto('/events/');
		await ready(page);
		await page.emulateMedia({ media: 'print' });
		const sizes = pageSizes(await page.pdf({ preferCSSPageSize: true }));
		expect(sizes.length).toBeGreaterThan(0);
		for (const [width, height] of sizes) expect(width).toBeLessThan(height!);
	});
});
