import { expect, test, type Page } from '@playwright/test';
import { serveDataset, smallDataset } from './datasets';
import { ready } from './fixtures';
import { collectErrors } from './pageErrors';

const BUILT_IN_FILE = '/data/nato-russia-2006.json';
const BUILT_IN_TITLE = 'The NATO-Russia Partnership (2006): the chronology behind the text';

/** Every request the page makes for the built-in dataset's file. */
function builtInRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname === BUILT_IN_FILE) urls.push(request.url());
	});
	return urls;
}

test.describe('the first load', () => {
	test('the prerendered explorer names its dataset but does not carry its events', async ({
		request
	}) => {
		const html = await (await request.get('/')).text();
		expect(html.length).toBeLessThanOrEqual(60 * 1024);
		expect(html).toContain(`<title>${BUILT_IN_TITLE} · chronotext</title>`);
		expect(html).toMatch(/<meta name="description" content="Events that Stephen J\. Blank/);
		expect(html).toMatch(/<h1[^>]*>The NATO-Russia Partnership \(2006\)/);
		expect(html).not.toContain('NATO-Russia Founding Act signed in Paris');
	});

	test('the explorer fetches the built-in dataset once, preloaded', async ({ page }) => {
		const errors = collectErrors(page);
		const requests = builtInRequests(page);
		await page.goto('/');
		await ready(page);
		await expect(
			page
				.getByRole('region', { name: 'Timeline' })
				.getByRole('button', { name: /^NATO-Russia Founding Act signed in Paris, / })
		).toBeVisible();
		await expect(page.locator('link[rel="preload"]')).toHaveAttribute('href', /nato-russia-2006/);
		expect(requests).toHaveLength(1);
		expect(errors).toEqual([]);
	});

	test('a page asking for ?data= never fetches the built-in dataset', async ({ page }) => {
		const errors = collectErrors(page);
		const requests = builtInRequests(page);
		await serveDataset(
			page,
			'/uploads/own.json',
			smallDataset('Our own', [{ id: 'only', title: 'The only event', when: '2001-09-11' }])
		);
		await page.goto('/?data=/uploads/own.json');
		await ready(page);
		await expect(
			page
				.getByRole('region', { name: 'Timeline' })
				.getByRole('button', { name: /^The only event, 11 September 2001/ })
		).toBeVisible();
		await expect(page.getByRole('banner')).toContainText('Our own');
		await expect(page).toHaveTitle('Our own · chronotext');
		await expect(page.locator('link[rel="preload"]')).toHaveCount(0);
		expect(requests).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('the explorer appears without moving what was already on screen', async ({ page }) => {
		await page.addInitScript(() => {
			(window as unknown as { __shift: number }).__shift = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as unknown as { value: number }[])
					(window as unknown as { __shift: number }).__shift += entry.value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await page.goto('/');
		await ready(page);
		await expect(
			page.getByRole('region', { name: 'Timeline' }).getByRole('button').first()
		).toBeVisible();
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
		const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
		expect(shift).toBeLessThanOrEqual(0.02);
	});
});
