import { expect, type Page } from '@playwright/test';
import { ready } from './fixtures';
import { EXPLORER_DATA, explorerDataset, serveExplorerData, test } from './explorerData';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const mark = (page: Page, title: string) =>
	timeline(page).getByRole('button', { name: new RegExp(`^${title},`) });

async function open(page: Page, query = '', dataset?: object) {
	await serveExplorerData(page, dataset);
	await page.goto(`/?data=${EXPLORER_DATA}${query}`);
	await ready(page);
	await expect(page.getByRole('banner')).toContainText('A test text and its events');
}

test.describe('the selected title near the right edge', () => {
	const longTitle = 'Operation Allied Force over the Federal Republic of Yugoslavia ends';
	const withLongTitle = {
		...explorerDataset,
		events: [
			...explorerDataset.events,
			{
				...explorerDataset.events.find((e) => e.id === 'council')!,
				id: 'late-long',
				title: longTitle,
				when: '2006-10-02',
				basis: 'context',
				mentions: []
			}
		]
	};

	test('is drawn whole inside the chart, measured at its bold weight', async ({ page }) => {
		await open(page, '&event=late-long', withLongTitle);
		const button = mark(page, longTitle);
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		const chart = (await page.getByRole('group', { name: /events drawn/ }).boundingBox())!;
		const box = (await button.boundingBox())!;
		const boldPx = await page.evaluate((title) => {
			const ctx = document.createElement('canvas').getContext('2d')!;
			ctx.font = `700 12px ${getComputedStyle(document.documentElement).fontFamily}`;
			return ctx.measureText(title).width;
		}, longTitle);
		// The button covers the mark and its painted label: the whole title, and inside the chart.
		expect(box.width).toBeGreaterThanOrEqual(boldPx);
		expect(box.x).toBeGreaterThanOrEqual(chart.x);
		expect(box.x + box.width).toBeLessThanOrEqual(chart.x + chart.width);
	});
});

test.describe('count boxes', () => {
	const count = (page: Page) => timeline(page).getByRole('button', { name: /^6 events, / });

	test('are named by how many events and their span, and explained in the legend', async ({
		page
	}) => {
		await open(page);
		await expect(count(page)).toHaveAccessibleName(
			'6 events, 2–7 January 1995; zoom in to show them'
		);
		await timeline(page).getByText('Legend and keys').click();
		await expect(
			timeline(page).getByText(/A box with a number: that many events too close to draw apart/)
		).toBeVisible();
	});

	test('Enter on a count zooms to its events, which are then drawn one by one', async ({
		page
	}) => {
		await open(page);
		await expect(mark(page, 'Cluster meeting 1')).toHaveCount(0);
		await count(page).focus();
		await expect(count(page)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(timeline(page).getByText(/^Showing /)).toHaveText(/^Showing .*January 1995$/);
		for (let n = 1; n <= 6; n++) await expect(mark(page, `Cluster meeting ${n}`)).toBeAttached();
		await expect(count(page)).toHaveCount(0);
	});

	test('Tab reaches a count', async ({ page }) => {
		await open(page);
		await mark(page, 'Arms treaty signed in Paris').focus();
		await page.keyboard.press('Shift+Tab');
		await expect(count(page)).toBeFocused();
	});
});
