import { expect, test, type Page } from '@playwright/test';
import { ready } from './fixtures';

/** Twelve text-linked events, one a year from 1990, so every set has exactly one right order. */
function practiceDataset() {
	const years = Array.from({ length: 12 }, (_, i) => 1990 + i);
	return {
		format: 'chronotext-dataset',
		version: 1,
		id: 'practice-fixture',
		title: 'Practice fixture',
		source: {
			title: 'A year-by-year text',
			author: 'A. Author',
			published: '2006',
			publisher: 'A Press',
			sections: [
				{
					id: 'years',
					heading: 'Years',
					passages: [
						{ id: 'years-1', text: years.map((y) => `In ${y} thing ${y} happened.`).join(' ') }
					]
				}
			]
		},
		actors: [{ id: 'a', label: 'A' }],
		themes: [{ id: 't', label: 'T' }],
		events: years.map((y) => ({
			id: `thing-${y}`,
			title: `Thing of ${y}`,
			when: String(y),
			summary: `Thing ${y}.`,
			actors: ['a'],
			themes: ['t'],
			stance: 'mixed',
			basis: 'mentioned',
			mentions: [{ passage: 'years-1', quote: `thing ${y} happened` }],
			sources: [{ title: 'A page', url: `https://example.org/${y}` }]
		}))
	};
}

const DATA = 'data=/fixtures/practice.json';

/** Page errors and console errors seen by a page, as text. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	return errors;
}

function cards(page: Page) {
	return page
		.getByRole('region', { name: 'Put these events in the order they happened' })
		.getByRole('listitem');
}

/** The card titles, once the fixture dataset has replaced the built-in one. */
async function fixtureTitles(page: Page, count: number): Promise<string[]> {
	await expect(page.getByRole('banner')).toContainText('Practice fixture');
	await expect(cards(page)).toHaveCount(count);
	await expect(cards(page).first()).toContainText('Thing of');
	return cards(page).locator('strong').allTextContents();
}

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

let errors: string[] = [];

test.beforeEach(async ({ page, context }) => {
	errors = watchErrors(page);
	await context.route(
		(url) => url.pathname === '/fixtures/practice.json',
		(route) => route.fulfill({ json: practiceDataset() })
	);
});

test.afterEach(() => {
	expect(errors).toEqual([]);
});

test.describe('practice', () => {
	test('loads without parameters, puts a seed in the URL, and a reload shows the same set', async ({
		page
	}) => {
		await page.goto(`/practice/?${DATA}`);
		await ready(page);
		const titles = await fixtureTitles(page, 5);
		await expect.poll(() => param(page, 'seed')).toMatch(/^\d+$/);
		const seed = param(page, 'seed')!;
		expect([...new URL(page.url()).searchParams]).toEqual([
			['data', '/fixtures/practice.json'],
			['mode', 'order'],
			['size', '5'],
			['level', 'easy'],
			['seed', seed]
		]);
		await expect(page.getByText(`Set #${seed}`, { exact: true })).toBeVisible();
		await page.reload();
		await ready(page);
		expect(await fixtureTitles(page, 5)).toEqual(titles);
	});

	test('the built-in dataset loads without parameters too', async ({ page }) => {
		await page.goto('/practice/');
		await ready(page);
		await expect(cards(page)).toHaveCount(5);
		await expect.poll(() => param(page, 'seed')).toMatch(/^\d+$/);
	});

	test('opens from the navigation', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await page
			.getByRole('navigation', { name: 'Screens' })
			.getByRole('link', { name: 'Practice' })
			.click();
		await expect(page).toHaveURL(/\/practice\//);
		await expect(cards(page)).toHaveCount(5);
		await expect.poll(() => param(page, 'seed')).toMatch(/^\d+$/);
		await expect(page.getByRole('button', { name: 'New set' })).toBeVisible();
	});

	test('the same address gives the same set on two pages', async ({ page, context }) => {
		const url = `/practice/?${DATA}&seed=7&size=5&mode=order`;
		await page.goto(url);
		await ready(page);
		const first = await fixtureTitles(page, 5);
		await expect(page.getByText('Set #7', { exact: true })).toBeVisible();

		const other = await context.newPage();
		const otherErrors = watchErrors(other);
		await other.goto(url);
		await ready(other);
		expect(await fixtureTitles(other, 5)).toEqual(first);
		expect(otherErrors).toEqual([]);
	});

	test('size, difficulty, mode and New set change the set and the URL; a reload restores it', async ({
		page
	}) => {
		await page.goto(`/practice/?${DATA}&seed=7&size=5&mode=order&level=easy`);
		await ready(page);
		const easy5 = await fixtureTitles(page, 5);

		await page.getByRole('combobox', { name: 'Events' }).selectOption('8');
		await expect(page).toHaveURL(/size=8/);
		const easy8 = await fixtureTitles(page, 8);

		await page.getByRole('combobox', { name: 'Difficulty' }).selectOption('hard');
		await expect(page).toHaveURL(/level=hard/);
		await expect.poll(() => cards(page).locator('strong').allTextContents()).not.toEqual(easy8);
		const hard8 = await fixtureTitles(page, 8);

		await page.reload();
		await ready(page);
		expect(await fixtureTitles(page, 8)).toEqual(hard8);
		await expect(page.getByRole('combobox', { name: 'Events' })).toHaveValue('8');
		await expect(page.getByRole('combobox', { name: 'Difficulty' })).toHaveValue('hard');

		await page.getByRole('button', { name: 'Place an event on the timeline' }).click();
		await expect(page).toHaveURL(/mode=place/);
		await expect(page.getByRole('heading', { name: 'When did this happen?' })).toBeVisible();
		await expect(cards(page)).toHaveCount(0);
		await page.getByRole('button', { name: 'Put events in order' }).click();
		await expect(page).toHaveURL(/mode=order/);
		expect(await fixtureTitles(page, 8)).toEqual(hard8);

		await page.getByRole('combobox', { name: 'Events' }).selectOption('5');
		await page.getByRole('combobox', { name: 'Difficulty' }).selectOption('easy');
		await expect(page).toHaveURL(/size=5/);
		await expect(page).toHaveURL(/level=easy/);
		expect(await fixtureTitles(page, 5)).toEqual(easy5);

		await page.getByRole('button', { name: 'New set' }).click();
		await expect.poll(() => param(page, 'seed')).not.toBe('7');
		const seed = param(page, 'seed')!;
		await expect(page.getByText(`Set #${seed}`, { exact: true })).toBeVisible();
		const fresh = await fixtureTitles(page, 5);
		expect(fresh).not.toEqual(easy5);
		await page.reload();
		await ready(page);
		expect(await fixtureTitles(page, 5)).toEqual(fresh);
	});

	test('bad values show a notice, fall back, and the URL is fixed in place', async ({ page }) => {
		const entries = await page.evaluate(() => history.length);
		await page.goto(`/practice/?${DATA}&seed=abc&size=1000&level=expert&mode=draw`);
		await ready(page);
		const notice = page.getByRole('status').filter({ hasText: 'seed=abc' });
		await expect(notice).toContainText('“mode=draw” is not an exercise');
		await expect(notice).toContainText('using order instead');
		await expect(notice).toContainText('“size=1000” is not a set size');
		await expect(notice).toContainText('using 5 instead');
		await expect(notice).toContainText('“level=expert” is not a difficulty');
		await expect(notice).toContainText('using easy instead');
		await expect(notice).toContainText(/“seed=abc” is not a set number.*using set #\d+ instead/);
		await fixtureTitles(page, 5);
		await expect.poll(() => param(page, 'seed')).toMatch(/^\d+$/);
		expect(param(page, 'size')).toBe('5');
		expect(param(page, 'level')).toBe('easy');
		expect(param(page, 'mode')).toBe('order');
		const seed = param(page, 'seed')!;
		await expect(notice).toContainText(`using set #${seed} instead`);
		await expect(page.getByText(`Set #${seed}`, { exact: true })).toBeVisible();
		// Replaced, not pushed: Back would otherwise return to the bad address.
		expect(await page.evaluate(() => history.length)).toBe(entries + 1);
	});

	for (const [name, stored] of [
		[
			'strings',
			'{"orderingAttempts":"3","orderingSolved":"1","placements":"2","placementErrorMonths":"7"}'
		],
		[
			'infinities',
			'{"orderingAttempts":1e999,"orderingSolved":0,"placements":1,"placementErrorMonths":-1e999}'
		],
		['missing counts', '{"placements":2}'],
		['not JSON', '{orderingAttempts: 1'],
		['an array', '[1,2,3]']
	] as const) {
		test(`corrupt stored progress (${name}) starts afresh`, async ({ page }) => {
			await page.addInitScript((value) => {
				localStorage.setItem('chronotext:progress:nato-russia-2006', value);
			}, stored);
			await page.goto('/practice/?seed=11&size=4');
			await ready(page);
			const progress = page.getByRole('region', { name: 'Your progress in this browser' });
			await expect(progress).toContainText('Orderings solved: 0 of 0 checked. Placements: 0.');
			await expect(progress).not.toContainText(/NaN|Infinity|undefined/);
			await page.getByRole('button', { name: 'Check' }).click();
			await expect(progress).toContainText(/Orderings solved: [01] of 1 checked\./);
		});
	}
});
