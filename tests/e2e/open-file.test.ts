import { expect, test, type Page } from '@playwright/test';
import { axeViolations, ready } from './fixtures';

const FIXTURES = 'tests/unit/formats/fixtures';

function failOnPageErrors(page: Page): Error[] {
	const errors: Error[] = [];
	page.on('pageerror', (error) => errors.push(error));
	return errors;
}

async function openFile(
	page: Page,
	file: { name: string; mimeType: string; buffer: Buffer } | string
) {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Open file…' }).click();
	await (await chooser).setFiles(file);
}

test.describe('Open file…', () => {
	test('opens a TimelineJS file: its events show in the timeline and the list', async ({
		page
	}) => {
		const errors = failOnPageErrors(page);
		await page.goto('/');
		await ready(page);
		await openFile(page, `${FIXTURES}/timelinejs.json`);
		await expect(page.getByRole('banner')).toContainText('Wars & Races');
		// An imported timeline has no source text, so there is no text panel.
		await expect(page.getByRole('region', { name: 'Source text' })).toHaveCount(0);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await timeline.getByRole('button', { name: 'Show all' }).click();
		await expect(timeline.getByRole('button', { name: /^Battle of Marathon/ })).toBeVisible();

		await page.getByRole('link', { name: 'Event list' }).click();
		const row = page.getByRole('row').filter({ hasText: 'Battle of Marathon' });
		await expect(row.getByRole('cell').first()).toHaveText('490 BCE');
		await expect(page.getByRole('row').filter({ hasText: 'Apollo 11 on the Moon' })).toHaveCount(1);
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('a file with problems lists them by row and keeps the dataset shown', async ({ page }) => {
		const errors = failOnPageErrors(page);
		await page.goto('/events/');
		await ready(page);
		const before = await page.getByRole('banner').textContent();
		await openFile(page, {
			name: 'broken.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(
				'id,title,when,summary,stance,basis,sources\nx,X,1999-13,S,mixed,context,https://example.org/x\n'
			)
		});
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('broken.csv › row 2 › when');
		await expect(page.getByRole('banner')).toHaveText(before ?? '');
		expect(errors).toEqual([]);
	});
});
