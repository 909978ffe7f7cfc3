import { expect, test, type Page } from '@playwright/test';
import { axeViolations, ready } from './fixtures';

const stepOf = (page: Page) => new URL(page.url()).searchParams.get('step');

test.describe('present', () => {
	test('steps through the tour with the keyboard, keeps the step in the URL, and Escape returns to the explorer', async ({
		page
	}) => {
		await page.goto('/present/');
		await ready(page);
		const progress = page.getByText(/^Step \d+ of \d+$/);
		await expect(progress).toHaveText(/^Step 1 of 1[2-9]|^Step 1 of 20/);
		const firstTitle = await page.getByRole('heading', { level: 1 }).textContent();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('PageDown');
		await page.keyboard.press(' ');
		await expect(progress).toHaveText(/^Step 4 of/);
		await expect.poll(() => stepOf(page)).toBe('4');
		await page.keyboard.press('PageUp');
		await expect(progress).toHaveText(/^Step 3 of/);
		await expect.poll(() => stepOf(page)).toBe('3');
		const title = await page.getByRole('heading', { level: 1 }).textContent();
		expect(title).not.toBe(firstTitle);
		await expect(
			page.getByRole('button', { name: new RegExp(`^${title!.replace(/[()]/g, '\\$&')}, `) })
		).toHaveAttribute('aria-pressed', 'true');

		await page.reload();
		await ready(page);
		await expect(progress).toHaveText(/^Step 3 of/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);

		await page.keyboard.press('End');
		await expect(progress).toHaveText(/^Step (\d+) of \1$/);
		await page.keyboard.press('Home');
		await expect(progress).toHaveText(/^Step 1 of/);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		const third = await page.getByRole('heading', { level: 1 }).textContent();
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/\?event=/);
		await ready(page);
		await expect(
			page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })
		).toHaveText(third!);
	});

	test('falls back to all text-linked events by theme, and has no axe violations', async ({
		page
	}) => {
		await page.goto('/present/?tour=all&theme=missile-defense&step=2');
		await ready(page);
		await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();
		await expect(page.getByRole('combobox', { name: 'Present' })).toHaveValue(
			'theme:missile-defense'
		);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('a step that does not exist falls back to step 1 with a notice', async ({ page }) => {
		await page.goto('/present/?step=999');
		await ready(page);
		await expect(
			page.getByRole('status').filter({ hasText: '“step=999” is not a step of' })
		).toBeVisible();
		await expect(page.getByText(/^Step 1 of/)).toBeVisible();
	});
});

test.describe('practice', () => {
	async function rightOrder(page: Page, titles: string[]): Promise<string[]> {
		const dataset = await (await page.request.get('/data/nato-russia-2006.json')).json();
		const order = new Map<string, number>();
		const sorted = [...dataset.events].sort(
			(a: { when: string }, b: { when: string }) =>
				Date.parse(a.when.split('/')[0] ?? '') - Date.parse(b.when.split('/')[0] ?? '')
		);
		sorted.forEach((e: { title: string }, i: number) => order.set(e.title, i));
		return [...titles].sort((a, b) => order.get(a)! - order.get(b)!);
	}

	function cards(page: Page) {
		return page
			.getByRole('region', { name: 'Put these events in the order they happened' })
			.getByRole('listitem');
	}

	test('an ordering solved with the keyboard only scores as correct', async ({ page }) => {
		await page.goto('/practice/?mode=order&size=5&level=easy&seed=4242');
		await ready(page);
		const titles = await cards(page).locator('strong').allTextContents();
		const target = await rightOrder(page, titles);
		// Selection sort with the Move up buttons, pressed with the keyboard.
		for (let i = 0; i < target.length; i++) {
			let current = await cards(page).locator('strong').allTextContents();
			let at = current.indexOf(target[i]!);
			while (at > i) {
				await page.getByRole('button', { name: `Move up: ${target[i]}` }).focus();
				await page.keyboard.press('Enter');
				current = await cards(page).locator('strong').allTextContents();
				at = current.indexOf(target[i]!);
			}
		}
		expect(await cards(page).locator('strong').allTextContents()).toEqual(target);
		await page.getByRole('button', { name: 'Check' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'in the right order' })).toHaveText(
			'10 of 10 pairs in the right order. All 5 events in the right order. Well done!'
		);
		await expect(page.getByText('✓ In order', { exact: false })).toHaveCount(5);
		await expect(page.getByText(/Orderings solved: 1 of 1 checked/)).toBeVisible();
	});

	test('a wrong order scores as wrong and shows the true dates', async ({ page }) => {
		await page.goto('/practice/?mode=order&size=5&level=easy&seed=4242');
		await ready(page);
		const titles = await cards(page).locator('strong').allTextContents();
		const target = await rightOrder(page, titles);
		// Put the latest event first: then the first position is certainly wrong.
		const latest = target[target.length - 1]!;
		while ((await cards(page).locator('strong').first().textContent()) !== latest)
			await page.getByRole('button', { name: `Move up: ${latest}` }).click();
		await page.getByRole('button', { name: 'Check' }).click();
		// The latest at the top is out of order with each of the other four, at least.
		await expect(page.getByRole('status').filter({ hasText: 'pairs' })).toContainText(
			/^[0-6] of 10 pairs in the right order\. The right order:/
		);
		await expect(cards(page).first()).toContainText('✗ In a swapped pair');
		await expect(page.getByRole('list', { name: 'Swapped pairs' })).toBeVisible();
	});

	test('the same seed gives the same set; placement gives feedback in years and months', async ({
		page
	}) => {
		await page.goto('/practice/?mode=order&size=6&level=hard&seed=777');
		await ready(page);
		const first = await cards(page).locator('strong').allTextContents();
		await page.reload();
		await ready(page);
		expect(await cards(page).locator('strong').allTextContents()).toEqual(first);

		await page.getByRole('button', { name: 'Place an event on the timeline' }).click();
		await expect(page).toHaveURL(/mode=place/);
		const slider = page.getByRole('slider');
		await slider.focus();
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
		await page.getByRole('button', { name: 'Place it here' }).click();
		await expect(page.getByRole('status')).toContainText(/too early|too late|Right on/);
		await expect(page.getByRole('status')).toContainText('It happened');
	});

	test('has no axe violations, and progress can be reset', async ({ page }) => {
		await page.goto('/practice/?mode=order&size=4&level=easy&seed=11');
		await ready(page);
		await page.getByRole('button', { name: 'Check' }).click();
		expect(await axeViolations(page)).toEqual([]);
		await expect(page.getByText(/Orderings solved: \d of 1 checked/)).toBeVisible();
		await page.getByRole('button', { name: 'Reset progress' }).click();
		await expect(page.getByText(/Orderings solved: 0 of 0 checked/)).toBeVisible();
	});
});
