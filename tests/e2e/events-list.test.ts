import { expect, test, type Locator, type Page } from '@playwright/test';
import { generateDataset } from '../../scripts/bench-data';
import { axeViolations, ready } from './fixtures';

/** Fetching, validating and indexing thousands of events takes a while on a busy machine. */
const LOADED = { timeout: 60_000 };

/** Serves a generated dataset of `n` events at /uploads/<name>.json; returns its events. */
async function serveGenerated(page: Page, name: string, n: number, seed: number) {
	const dataset = generateDataset(n, seed);
	await page.route(
		(url) => url.pathname === `/uploads/${name}.json`,
		(route) => route.fulfill({ json: dataset })
	);
	return dataset.events;
}

/** Fails the test on any uncaught error in the page. */
function failOnPageErrors(page: Page): Error[] {
	const errors: Error[] = [];
	page.on('pageerror', (error) => errors.push(error));
	return errors;
}

/** The drawn rows of the table body: their aria-rowindex and title (the first link), in order. */
async function drawnRows(table: Locator): Promise<{ index: number; title: string }[]> {
	return table.getByRole('row').evaluateAll((rows) =>
		rows.slice(1).map((row) => ({
			index: Number(row.getAttribute('aria-rowindex')),
			title: row.querySelector('a')?.textContent ?? ''
		}))
	);
}

/** The event ids of the rows, read from their "Benchmark source for <id>" links. */
async function listedIds(page: Page): Promise<string[]> {
	const names = await page
		.getByRole('link', { name: /^Benchmark source for / })
		.evaluateAll((links) => links.map((a) => a.textContent ?? ''));
	return names.map((n) => n.replace('Benchmark source for ', '')).sort();
}

test.describe('the event list', () => {
	test('shows the Kosovo air campaign with its dates, quote and sources', async ({ page }) => {
		await page.goto('/events/');
		await ready(page);
		const row = page.getByRole('row').filter({ hasText: 'Operation Allied Force' });
		await expect(row).toHaveCount(1);
		await expect(row.getByRole('cell').first()).toHaveText('24 March – 10 June 1999');
		await expect(row).toContainText('wars in Kosovo and Iraq');
		await expect(row.getByRole('cell').last().getByRole('link').first()).toHaveAttribute(
			'href',
			/^https?:\/\//
		);
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
		const titles = (await drawnRows(page.getByRole('table'))).map((r) => r.title);
		const rowCount = Number(await page.getByRole('table').getAttribute('aria-rowcount'));
		expect(titles).toHaveLength(rowCount - 1);
		expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
		expect(latest).not.toBe('');
	});

	test('has no axe violations', async ({ page }) => {
		await page.goto('/events/');
		await ready(page);
		expect(await axeViolations(page)).toEqual([]);
	});
});

test.describe('a long event list', () => {
	test('keeps only the rows near the viewport in the DOM and reaches the last event', async ({
		page
	}) => {
		const errors = failOnPageErrors(page);
		await serveGenerated(page, 'big', 5000, 11);
		await page.goto('/events/?data=/uploads/big.json');
		await ready(page);
		const table = page.getByRole('table');
		await expect(table).toHaveAttribute('aria-rowcount', '5001', LOADED);
		await expect(page.getByRole('link', { name: 'Benchmark source for ev-00001' })).toBeVisible();
		expect(await table.getByRole('row').count()).toBeLessThan(200);
		const first = await drawnRows(table);
		expect(first[0]!.index).toBe(2);

		const last = page.getByRole('link', { name: 'Benchmark source for ev-05000' });
		// Rows are measured as they appear, so the end can move once or twice on the way there.
		await expect(async () => {
			await page.keyboard.press('End');
			await expect(last).toBeInViewport({ timeout: 1000 });
		}).toPass();
		await expect(page.getByRole('row').filter({ has: last })).toHaveAttribute(
			'aria-rowindex',
			'5001'
		);
		expect(await table.getByRole('row').count()).toBeLessThan(200);
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('sorts every row by title, not only the drawn ones, and scrolls through them', async ({
		page
	}) => {
		const errors = failOnPageErrors(page);
		const events = await serveGenerated(page, 'big', 5000, 11);
		const sortedTitles = events.map((e) => e.title).sort((a, b) => a.localeCompare(b, 'en'));
		await page.goto('/events/?data=/uploads/big.json');
		await ready(page);
		const table = page.getByRole('table');
		await expect(table).toHaveAttribute('aria-rowcount', '5001', LOADED);
		await page.getByRole('button', { name: /^Event/ }).click();
		await expect(page.getByRole('columnheader', { name: /Event/ })).toHaveAttribute(
			'aria-sort',
			'ascending'
		);
		await expect(table.getByRole('row').nth(1).getByRole('link').first()).toHaveText(
			sortedTitles[0]!
		);

		// Halfway down, then at the end: the drawn rows are the right slice of the sorted whole.
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
		await expect(async () => {
			const drawn = await drawnRows(table);
			expect(drawn[0]!.index).toBeGreaterThan(1000);
			expect(drawn.map((r) => r.title)).toEqual(
				sortedTitles.slice(drawn[0]!.index - 2, drawn[0]!.index - 2 + drawn.length)
			);
		}).toPass();
		const lastTitle = table.getByRole('row').filter({ hasText: sortedTitles.at(-1)! });
		await expect(async () => {
			await page.keyboard.press('End');
			const drawn = await drawnRows(table);
			expect(drawn.at(-1)).toEqual({ index: 5001, title: sortedTitles.at(-1) });
			await expect(lastTitle.last()).toBeInViewport({ timeout: 1000 });
		}).toPass();
		expect(await table.getByRole('row').count()).toBeLessThan(200);
		expect(errors).toEqual([]);
	});

	test('prints every event that passes the filters, then draws a window again', async ({
		page
	}) => {
		const errors = failOnPageErrors(page);
		const events = await serveGenerated(page, 'big', 5000, 11);
		const energy = events.filter((e) => e.themes.includes('energy'));
		expect(energy.length).toBeGreaterThan(300);
		await page.goto('/events/?data=/uploads/big.json&theme=energy');
		await ready(page);
		const table = page.getByRole('table');
		await expect(table).toHaveAttribute('aria-rowcount', String(energy.length + 1), LOADED);
		expect(await table.getByRole('row').count()).toBeLessThan(200);

		await page.emulateMedia({ media: 'print' });
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		await expect(table.getByRole('row')).toHaveCount(energy.length + 1);
		expect(await listedIds(page)).toEqual(energy.map((e) => e.id).sort());
		await expect(page.getByText(/^Filtered to \d+ of 5000 events: Theme: Energy\.$/)).toBeVisible();

		await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
		await page.emulateMedia({ media: 'screen' });
		await expect(async () =>
			expect(await table.getByRole('row').count()).toBeLessThan(200)
		).toPass();
		expect(errors).toEqual([]);
	});
});

test.describe('the event list with the explorer’s filters', () => {
	test('shows only the events of a theme, says so, clears it, and links back to the explorer', async ({
		page
	}) => {
		const errors = failOnPageErrors(page);
		const events = await serveGenerated(page, 'small', 60, 3);
		const energy = events.filter((e) => e.themes.includes('energy'));
		expect(energy.length).toBeGreaterThan(2);
		expect(energy.length).toBeLessThan(events.length);
		await page.goto('/events/?data=/uploads/small.json&theme=energy');
		await ready(page);
		await expect(page.getByRole('table')).toHaveAttribute(
			'aria-rowcount',
			String(energy.length + 1),
			LOADED
		);
		expect(await listedIds(page)).toEqual(energy.map((e) => e.id).sort());
		await expect(
			page.getByText(`Filtered to ${energy.length} of 60 events: Theme: Energy.`)
		).toBeVisible();
		await page.getByText('Filter by stance, basis, actor, theme').click();
		await expect(page.getByRole('checkbox', { name: 'Energy' })).toBeChecked();

		const chosen = energy[1]!;
		const row = page.getByRole('row').filter({
			has: page.getByRole('link', { name: `Benchmark source for ${chosen.id}` })
		});
		await row.getByRole('link', { name: chosen.title }).click();
		await expect(page).toHaveURL(
			(url) =>
				url.pathname === '/' &&
				url.searchParams.get('event') === chosen.id &&
				url.searchParams.get('theme') === 'energy' &&
				url.searchParams.get('data') === '/uploads/small.json'
		);
		await expect(
			page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })
		).toHaveText(chosen.title);
		await expect(page.getByRole('banner')).toContainText('Benchmark: 60 synthetic events');

		await page.goBack();
		await ready(page);
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '61');
		await expect(page.getByText(/^Filtered to/)).toHaveCount(0);
		await expect(page).not.toHaveURL(/theme=/);
		await expect(page).toHaveURL(/data=/);
		expect(errors).toEqual([]);
	});

	test('searches with q and ignores an unknown theme with a notice', async ({ page }) => {
		const errors = failOnPageErrors(page);
		await page.goto('/events/?q=Allied%20Force&theme=no-such-theme');
		await ready(page);
		await expect(page.getByRole('status').filter({ hasText: 'no-such-theme' })).toContainText(
			'“theme=no-such-theme” is not in this dataset and was ignored.'
		);
		await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('Allied Force');
		await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '2');
		await expect(page.getByRole('row').filter({ hasText: 'Operation Allied Force' })).toHaveCount(
			1
		);
		await expect(
			page.getByText(/^Filtered to 1 of \d+ events: Search: “Allied Force”\.$/)
		).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});
});
