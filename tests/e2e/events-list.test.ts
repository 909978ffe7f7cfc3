import { expect, test } from '@playwright/test';
import { axeViolations, ready } from './fixtures';

test.describe('the event list', () => {
	test('shows the Kosovo air campaign with its dates, quote and sources', async ({ page }) => {
		await page.goto('/events/');
		await ready(page);
		const row = page.getByRole('row').filter({ hasText: 'Operation Allied Force' });
		await expect(row).toHaveCount(1);
		await expect(row.getByRole('cell').first()).toHaveText('24 March – 10 June 1999');
		await expect(row).toContainText('wars in Kosovo and Iraq');
		await expect(row.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
	});

	test('sorts by title and back to time order', async ({ page }) => {
		await page.goto('/events/');
		await ready(page);
		const firstDate = page.getByRole('row').nth(1).getByRole('cell').first();
		const sortByDate = page.getByRole('button', { name: /^Date/ });
		await expect(page.getByRole('columnheader', { name: /Date/ })).toHaveAttribute(
			'aria-sort',
			'ascending'
		);
		await sortByDate.click();
		await expect(page.getByRole('columnheader', { name: /Date/ })).toHaveAttribute(
			'aria-sort',
			'descending'
		);
		const latest = await firstDate.textContent();
		await page.getByRole('button', { name: /^Event/ }).click();
		await expect(page.getByRole('columnheader', { name: /Event/ })).toHaveAttribute(
			'aria-sort',
			'ascending'
		);
		const titles = await page.getByRole('row').locator('td:nth-child(2) strong').allTextContents();
		expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
		expect(latest).not.toBe('');
	});

	test('has no axe violations', async ({ page }) => {
		await page.goto('/events/');
		await ready(page);
		expect(await axeViolations(page)).toEqual([]);
	});
});
