import { expect, test, type Page } from '@playwright/test';
import { serveDataset, smallDataset } from './datasets';
import { ready } from './fixtures';

const DATA = '/uploads/carried.json';

function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

test.describe('a dataset loaded with ?data=', () => {
	test('stays loaded when moving between screens and after a reload', async ({ page }) => {
		const errors = watchErrors(page);
		await serveDataset(
			page,
			DATA,
			smallDataset('Carried along', [{ id: 'only', title: 'The only event', when: '2001-09-11' }])
		);
		await page.goto(`/events/?data=${DATA}`);
		await ready(page);
		await expect(page.getByRole('banner')).toContainText('Carried along');
		const nav = page.getByRole('navigation', { name: 'Screens' });
		await nav.getByRole('link', { name: 'Explorer' }).click();
		await expect(page).toHaveURL(
			(url) => url.pathname === '/' && url.searchParams.get('data') === DATA
		);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await expect(
			timeline.getByRole('button', { name: /^The only event, 11 September 2001/ })
		).toBeVisible();
		await page.reload();
		await ready(page);
		await expect(page.getByRole('banner')).toContainText('Carried along');
		await nav.getByRole('link', { name: 'Present' }).click();
		await expect(page).toHaveURL(
			(url) => url.pathname === '/present/' && url.searchParams.get('data') === DATA
		);
		await page.getByRole('button', { name: 'Back to explorer (Esc)' }).click();
		await expect(page).toHaveURL(
			(url) => url.pathname === '/' && url.searchParams.get('data') === DATA
		);
		await expect(page.getByRole('banner')).toContainText('Carried along');
		expect(errors).toEqual([]);
	});
});
