import { expect, test, type Page } from '@playwright/test';
import { serveDataset, smallDataset } from './datasets';
import { ready } from './fixtures';
import { collectErrors } from './pageErrors';

/**
 * The code that loads after the timeline's first render, when the connection drops before it
 * arrives: it is fetched again, and a part that never comes says so and offers to try again.
 */

const DATA = '/uploads/late.json';
const dataset = smallDataset('Late code', [
	{ id: 'first', title: 'The first event', when: '1999-03-24' },
	{ id: 'second', title: 'The second event', when: '2002-05-28' }
]);

/**
 * Refuses the app's scripts that contain `marker` while `refusing()` says so; returns how many
 * were refused.
 */
async function refuseScripts(page: Page, marker: string, refusing: () => boolean) {
	const refused = { count: 0 };
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (body.includes(marker) && refusing()) {
			refused.count++;
			return route.abort('internetdisconnected');
		}
		return route.fulfill({ response, body });
	});
	return refused;
}

/**
 * Opens the explorer on the test dataset, refusing the scripts that contain `marker` while
 * `refusing()` says so; returns how many were refused.
 */
async function openRefusing(page: Page, marker: string, refusing: () => boolean) {
	await serveDataset(page, DATA, dataset);
	const refused = await refuseScripts(page, marker, refusing);
	await page.goto(`/?data=${DATA}`);
	await ready(page);
	return refused;
}

/** Errors other than the refused fetches' own console lines and their failed imports. */
function unexpected(errors: string[]): string[] {
	return errors.filter(
		(e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch dynamically imported/.test(e)
	);
}

// Found in the overlay's code alone (the lanes' names), and in the column's (its last heading).
const OVERLAY = 'Lane: ';
const COLUMN = 'Reading order against time';

test.describe('code that arrives after the first render', () => {
	// Scripts still being fetched through the route when a test ends are let go.
	test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

	test('the event buttons come once a failed load of their code succeeds again', async ({
		page
	}) => {
		const errors = collectErrors(page);
		let failures = 1;
		const refused = await openRefusing(page, OVERLAY, () => failures-- > 0);
		await expect(page.getByRole('button', { name: /^The first event/ })).toBeVisible();
		expect(refused.count).toBe(1);
		await expect(page.getByRole('alert')).toHaveCount(0);
		expect(unexpected(errors)).toEqual([]);
	});

	test('when the event buttons never come, the timeline says so and can try again', async ({
		page
	}) => {
		const errors = collectErrors(page);
		let offline = true;
		const refused = await openRefusing(page, OVERLAY, () => offline);
		const alert = page.getByRole('alert').filter({ hasText: 'event buttons could not be loaded' });
		await expect(alert).toBeVisible({ timeout: 15_000 });
		// The first attempt and the two retries.
		expect(refused.count).toBe(3);
		expect(await page.getByRole('button', { name: /^The first event/ }).count()).toBe(0);
		offline = false;
		await alert.getByRole('button', { name: 'Try again' }).click();
		await expect(page.getByRole('button', { name: /^The first event/ })).toBeVisible();
		await expect(alert).toHaveCount(0);
		expect(unexpected(errors)).toEqual([]);
	});

	test('when the column beside the timeline never comes, the page says so and can try again', async ({
		page
	}) => {
		const errors = collectErrors(page);
		let offline = true;
		await openRefusing(page, COLUMN, () => offline);
		const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
		await expect(alert).toBeVisible({ timeout: 15_000 });
		await expect(page.getByRole('region', { name: 'Source text' })).toHaveCount(0);
		// The timeline works without it.
		await page.getByRole('button', { name: /^The first event/ }).click();
		offline = false;
		await alert.getByRole('button', { name: 'Try again' }).click();
		await expect(page.getByRole('region', { name: 'Source text' })).toContainText('Some words.');
		await expect(alert).toHaveCount(0);
		expect(unexpected(errors)).toEqual([]);
	});
});
