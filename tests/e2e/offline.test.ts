import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { gesturesReady, ready } from './fixtures';
import { serveDataset, smallDataset } from './datasets';
import { collectErrors } from './pageErrors';
import { QUIET_MS } from '../../src/lib/state/serviceWorker';

test.use({ serviceWorkers: 'allow' });

/** Visits once, until the service worker has cached the app and controls the page. */
async function visitOnce(page: Page): Promise<void> {
	await page.goto('/');
	await ready(page);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	await ready(page);
	expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

/**
 * Cuts the network for the pages and for the service worker. Offline mode alone has not always
 * reached a service worker's own requests (microsoft/playwright#2311); the context's routes see
 * them, so nothing can quietly come from the server. Returns the refused addresses.
 */
async function goOffline(context: BrowserContext): Promise<string[]> {
	const refused: string[] = [];
	await context.setOffline(true);
	await context.route('**', (route) => {
		refused.push(route.request().url());
		return route.abort('internetdisconnected');
	});
	return refused;
}

const screens = [
	{
		path: '/',
		shows: async (page: Page) => {
			const timeline = page.getByRole('region', { name: 'Timeline' });
			await expect(timeline).toBeVisible();
			await timeline
				.getByRole('button', { name: /^NATO-Russia Founding Act signed in Paris, / })
				.click();
			await expect(
				page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })
			).toHaveText('NATO-Russia Founding Act signed in Paris');
			// The zoom code arrives after the first render, from the cache.
			await gesturesReady(page);
		}
	},
	{
		path: '/events/',
		shows: async (page: Page) => {
			await expect(page.getByRole('table')).toBeVisible();
			await expect(
				page.getByRole('row').filter({ hasText: 'NATO-Russia Founding Act signed in Paris' })
			).toHaveCount(1);
		}
	},
	{
		path: '/present/',
		shows: async (page: Page) => {
			await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
			await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
		}
	},
	{
		path: '/practice/',
		shows: async (page: Page) => {
			await expect(
				page.getByRole('heading', { name: 'Put these events in the order they happened' })
			).toBeVisible();
		}
	},
	{
		path: '/author/',
		shows: async (page: Page) => {
			// The date finder's worker comes from the cache too.
			await page.getByRole('textbox', { name: 'Text', exact: true }).fill('Signed in May 1997.');
			await page.getByRole('button', { name: 'Find dates' }).click();
			await expect(
				page.getByRole('list', { name: 'Date suggestions' }).getByRole('listitem')
			).toContainText('1997-05');
		}
	}
];

declare global {
	interface Window {
		__registeredAt?: number;
		__lastKeyAt?: number;
	}
}

/** Notes when the page asks for its service worker, and when a key was last pressed. */
async function watchRegistration(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
		navigator.serviceWorker.register = (...args) => {
			window.__registeredAt ??= performance.now();
			return register(...args);
		};
		addEventListener('keydown', () => (window.__lastKeyAt = performance.now()), true);
	});
}

test.describe('the offline cache on a first visit', () => {
	for (const [name, path] of [
		['the built-in dataset', '/'],
		['a ?data= file', '/?data=/uploads/small.json']
	] as const)
		test(`is set up only after the first render: ${name}`, async ({ page }) => {
			const errors = collectErrors(page);
			await serveDataset(
				page,
				'/uploads/small.json',
				smallDataset('Small', [{ id: 'a', title: 'An event', when: '1999-03-24' }])
			);
			await watchRegistration(page);
			await page.goto(path);
			await ready(page);
			await page.evaluate(() => navigator.serviceWorker.ready);
			const [registeredAt, renderedAt] = await page.evaluate(() => [
				window.__registeredAt,
				performance.getEntriesByName('timeline:rendered')[0]?.startTime
			]);
			expect(renderedAt).toBeDefined();
			expect(registeredAt).toBeGreaterThan(renderedAt!);
			expect(errors).toEqual([]);
		});
	test('waits while the visitor is busy, and comes once they pause', async ({ page }) => {
		const errors = collectErrors(page);
		await watchRegistration(page);
		await page.clock.install();
		await page.goto('/');
		await ready(page);
		await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
		// A key every second for five seconds: longer than the pause the page waits for.
		for (let i = 0; i < 5; i++) {
			await page.keyboard.press('Shift');
			await page.clock.runFor(1000);
			expect(await page.evaluate(() => window.__registeredAt)).toBeUndefined();
		}
		await page.clock.runFor(QUIET_MS + 3000);
		await page.evaluate(() => navigator.serviceWorker.ready);
		const [registeredAt, lastKeyAt] = await page.evaluate(() => [
			window.__registeredAt!,
			window.__lastKeyAt!
		]);
		expect(registeredAt - lastKeyAt).toBeGreaterThanOrEqual(QUIET_MS);
		expect(errors).toEqual([]);
	});
});

test.describe('offline after one visit', () => {
	for (const screen of screens) {
		test(`${screen.path} loads and reloads with the network off`, async ({ page, context }) => {
			const errors = collectErrors(page);
			await visitOnce(page);
			const refused = await goOffline(context);

			await page.goto(screen.path);
			await ready(page);
			await screen.shows(page);
			await page.reload();
			await ready(page);
			await screen.shows(page);

			expect(refused).toEqual([]);
			expect(errors).toEqual([]);
		});
	}

	test('moving between screens works with the network off', async ({ page, context }) => {
		const errors = collectErrors(page);
		await visitOnce(page);
		const refused = await goOffline(context);
		const nav = page.getByRole('navigation', { name: 'Screens' });
		await nav.getByRole('link', { name: 'Event list' }).click();
		await expect(page.getByRole('table')).toBeVisible();
		await nav.getByRole('link', { name: 'Present' }).click();
		await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
		// Presentation hides the site header: its own button goes back.
		await page.getByRole('button', { name: 'Back to explorer (Esc)' }).click();
		await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
		expect(refused).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('the app can be installed: a manifest with a name, a start page and icons', async ({
		page,
		request
	}) => {
		await page.goto('/');
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		const manifestUrl = new URL(href!, page.url());
		const manifest = await (await request.get(manifestUrl.href)).json();
		expect(manifest).toMatchObject({ name: 'chronotext', display: 'standalone' });
		expect(new URL(manifest.start_url, manifestUrl).pathname).toBe('/');
		const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
		expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
		for (const icon of manifest.icons) {
			const response = await request.get(new URL(icon.src, manifestUrl).href);
			expect(response.ok(), icon.src).toBe(true);
			expect(response.headers()['content-type']).toBe(icon.type);
		}
		await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute(
			'content',
			manifest.theme_color
		);
	});
});
