import { expect, test, type Page } from '@playwright/test';
import { serveDataset, smallDataset } from './datasets';
import { DATA_MAX_BYTES, DATA_TIMEOUT_MS } from '../../src/lib/state/dataLimits';
import { axeViolations, ready } from './fixtures';
import { cspViolations, recordCspViolations } from './pageErrors';

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
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		await page.goto(`/events/?data=${DATA}`);
		await ready(page);
		await expect(page.getByRole('banner')).toContainText('Carried along');
		// Parsed and validated off the main thread.
		expect(workers).toEqual([expect.stringMatching(/load\.worker/)]);
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

	test('is fetched by the validator, not by the page, and shown', async ({ page }) => {
		const errors = watchErrors(page);
		await serveDataset(
			page,
			DATA,
			smallDataset('Fetched off the page', [{ id: 'only', title: 'The only event', when: '2001' }])
		);
		let requests = 0;
		page.on('request', (request) => {
			if (new URL(request.url()).pathname === DATA) requests++;
		});
		await page.goto(`/?data=${DATA}`);
		await ready(page);
		await expect(page.getByRole('banner')).toContainText('Fetched off the page');
		await expect(page.getByRole('button', { name: /^The only event, 2001/ })).toBeVisible();
		expect(requests).toBe(1);
		// The page's own timeline lists what the page fetched; a worker's fetches are its own.
		const fetchedByPage = await page.evaluate(() =>
			performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname)
		);
		expect(fetchedByPage).not.toContain(DATA);
		expect(fetchedByPage.some((path) => path.includes('load.worker'))).toBe(true);
		expect(errors).toEqual([]);
	});

	test("is requested from the page's head, before the app's scripts arrive", async ({ page }) => {
		const errors = watchErrors(page);
		// The worker is started by an inline script, which the policy allows by its hash.
		await recordCspViolations(page);
		await serveDataset(
			page,
			DATA,
			smallDataset('Fetched early', [{ id: 'only', title: 'The only event', when: '2001' }])
		);
		const order: string[] = [];
		let dataRequested: () => void = () => {};
		const requested = new Promise<void>((resolve) => (dataRequested = resolve));
		page.on('request', (request) => {
			if (new URL(request.url()).pathname === DATA) {
				order.push('data');
				dataRequested();
			}
		});
		// The app's scripts are held until the file is asked for (or 5 s have passed): only a
		// worker started by the page's own HTML can ask for it in the meantime.
		await page.route('**/_app/immutable/entry/**', async (route) => {
			await Promise.race([requested, new Promise((r) => setTimeout(r, 5000))]);
			order.push('app');
			await route.continue();
		});
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		await page.goto(`/?data=${DATA}`);
		await ready(page);
		await expect(page.getByRole('button', { name: /^The only event, 2001/ })).toBeVisible();
		expect(order[0]).toBe('data');
		// One worker, the one the HTML names, and the app's own scripts start the same file when
		// they start one (the server's build and the client's must agree on its name).
		const named = await page
			.locator('meta[name="chronotext-load-worker"]')
			.evaluate((meta: HTMLMetaElement) => new URL(meta.content, location.href).href);
		expect(named).toMatch(/\/_app\/immutable\/workers\/load\.worker-[\w-]+\.js$/);
		expect(workers).toEqual([named]);
		const fileName = new URL(named).pathname.split('/').pop()!;
		const scriptsNaming = await page.evaluate(async (fileName) => {
			const scripts = performance
				.getEntriesByType('resource')
				.map((entry) => entry.name)
				.filter((name) => /\/_app\/immutable\/.*\.js$/.test(name) && !name.includes('/workers/'));
			const texts = await Promise.all(scripts.map((url) => fetch(url).then((r) => r.text())));
			return texts.filter((text) => text.includes(fileName)).length;
		}, fileName);
		expect(scriptsNaming).toBeGreaterThan(0);
		expect(await cspViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});

	test("a file the server does not have is named with the server's answer", async ({ page }) => {
		const errors = watchErrors(page);
		await page.route(
			(url) => url.pathname === '/uploads/missing.json',
			(route) => route.fulfill({ status: 404, body: 'Not here' })
		);
		await page.goto('/?data=/uploads/missing.json');
		await ready(page);
		await expect(page.getByRole('alert')).toContainText(
			'/uploads/missing.json: could not be fetched (the server answered 404'
		);
		await expect(page.getByRole('banner')).toContainText('The NATO-Russia');
		expect(errors).toEqual([]);
	});

	test('a large file is read as it arrives, and one that fails the last checks is named', async ({
		page
	}) => {
		const errors = watchErrors(page);
		// From another site, so that the loader reads it as it streams in (a file of this site
		// whose length is known is read at once); more events than several slices hold.
		const events = Array.from({ length: 9000 }, (_, i) => ({
			id: `e-${i}`,
			title: `Event ${i}`,
			when: `${1900 + (i % 100)}-0${1 + (i % 9)}`
		}));
		const serve = (url: string, dataset: object) =>
			page.route(url, (route) =>
				route.fulfill({ json: dataset, headers: { 'access-control-allow-origin': '*' } })
			);
		const LARGE = 'https://data.example.org/large.json';
		const BROKEN = 'https://data.example.org/broken.json';
		await serve(LARGE, smallDataset('Nine thousand', events));
		// Every event passes the checks of one record; one names an actor the file does not list.
		const broken = smallDataset('Broken at the end', events);
		broken.events[8765]!.actors = ['nobody'];
		await serve(BROKEN, broken);

		await page.goto(`/events/?data=${encodeURIComponent(LARGE)}`);
		await ready(page);
		await expect(page.getByRole('banner')).toContainText('Nine thousand');
		await expect(page.getByRole('status')).toContainText('9000 of 9000 events match');

		await page.goto(`/?data=${encodeURIComponent(BROKEN)}`);
		await ready(page);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(BROKEN);
		await expect(alert).toContainText('event "e-8765"');
		await expect(alert).toContainText('there is no actor "nobody"');
		// None of its events is shown: the built-in dataset stays.
		await expect(page.getByRole('banner')).toContainText('The NATO-Russia');
		expect(errors).toEqual([]);
	});

	test('a file larger than the cap is refused, and the dataset stays', async ({ page }) => {
		const errors = watchErrors(page);
		// A body that never ends: the loader stops reading once it passes the cap.
		const chunk = 'x'.repeat(1 << 20);
		await page.route(
			(url) => url.pathname === '/uploads/huge.json',
			(route) => route.fulfill({ body: chunk.repeat(DATA_MAX_BYTES / (1 << 20) + 2) })
		);
		await page.goto('/?data=/uploads/huge.json');
		await ready(page);
		await expect(page.getByRole('alert')).toContainText('/uploads/huge.json: is larger than 50 MB');
		await expect(page.getByRole('banner')).toContainText('The NATO-Russia');
		expect(errors).toEqual([]);
	});

	test('says what it is doing while it loads, then shows the dataset', async ({ page }) => {
		const errors = watchErrors(page);
		let answer!: () => void;
		const answered = new Promise<void>((resolve) => (answer = resolve));
		const body = JSON.stringify(
			smallDataset('Worth the wait', [{ id: 'only', title: 'The only event', when: '1999' }])
		);
		await page.route(
			(url) => url.pathname === '/uploads/slow.json',
			async (route) => {
				await answered;
				await route.fulfill({ body, contentType: 'application/json' });
			}
		);
		await page.goto('/?data=/uploads/slow.json');
		await ready(page);
		const status = page.getByRole('status').filter({ hasText: 'Downloading the dataset…' });
		await expect(status).toBeVisible();
		// A bar of unknown length while nothing has arrived, named by the stage.
		const bar = page.getByRole('progressbar', { name: 'Downloading the dataset…' });
		await expect(bar).toBeVisible();
		expect(await bar.evaluate((el: HTMLProgressElement) => el.position)).toBe(-1);
		// The file asked for is named while it loads, not the built-in dataset.
		await expect(page.getByRole('banner')).toContainText('slow.json');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('slow.json');
		await expect(page.getByRole('main')).toContainText(/From http:\/\/[^/]+\/uploads\/slow\.json/);
		await expect(page).toHaveTitle('slow.json · chronotext');
		expect(await axeViolations(page)).toEqual([]);
		answer();
		await expect(page.getByRole('banner')).toContainText('Worth the wait');
		await expect(
			page
				.getByRole('region', { name: 'Timeline' })
				.getByRole('button', { name: /^The only event, 1999/ })
		).toBeVisible();
		await expect(page.getByRole('progressbar')).toHaveCount(0);
		await expect(page.getByRole('status').filter({ hasText: 'the dataset…' })).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('before the app runs, the page asking for ?data= does not name the built-in dataset', async ({
		page
	}) => {
		// The app's scripts never arrive: what shows is the prerendered page and its head script.
		await page.route(
			(url) => url.pathname.startsWith('/_app/immutable/'),
			(route) => route.abort()
		);
		await page.goto('/?data=/uploads/never.json', { waitUntil: 'domcontentloaded' });
		await expect(page.getByText('Loading the timeline…')).toBeVisible();
		const builtIn = page.getByText('The NATO-Russia Partnership', { exact: false });
		await expect(builtIn.first()).toBeAttached();
		for (const shown of await builtIn.all()) await expect(shown).toBeHidden();
		// Without ?data=, the same prerendered page names it.
		await page.goto('/', { waitUntil: 'domcontentloaded' });
		await expect(page.getByRole('banner')).toContainText('The NATO-Russia Partnership');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});

	test('can be cancelled while the server does not answer, keeping the dataset', async ({
		page
	}) => {
		const errors = watchErrors(page);
		// The server takes the request and never answers.
		await page.route(
			(url) => url.pathname === '/uploads/silent.json',
			() => new Promise<void>(() => {})
		);
		await page.goto('/?data=/uploads/silent.json');
		await ready(page);
		await expect(
			page.getByRole('status').filter({ hasText: 'Downloading the dataset…' })
		).toBeVisible();
		await page.getByRole('button', { name: 'Cancel', exact: true }).click();
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('could not be loaded; still showing “The NATO-Russia');
		await expect(alert).toContainText(
			'/uploads/silent.json: was not loaded: loading was cancelled.'
		);
		await expect(page.getByRole('progressbar')).toHaveCount(0);
		await page
			.getByRole('button', { name: /^NATO-Russia Founding Act signed in Paris, 27 May 1997, / })
			.click();
		await expect(
			page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })
		).toHaveText('NATO-Russia Founding Act signed in Paris');
		expect(errors).toEqual([]);
	});

	test('is given up after the time limit when the server does not answer', async ({ page }) => {
		const errors = watchErrors(page);
		await page.clock.install();
		let requested!: () => void;
		const request = new Promise<void>((resolve) => (requested = resolve));
		await page.route(
			(url) => url.pathname === '/uploads/silent.json',
			() => {
				requested();
				return new Promise<void>(() => {});
			}
		);
		await page.goto('/?data=/uploads/silent.json');
		await ready(page);
		await expect(page.getByText('Downloading the dataset…')).toBeVisible();
		await request;
		await page.clock.fastForward(DATA_TIMEOUT_MS);
		await expect(page.getByRole('alert')).toContainText(
			`/uploads/silent.json: did not arrive within ${DATA_TIMEOUT_MS / 1000} seconds.`
		);
		await expect(page.getByRole('progressbar')).toHaveCount(0);
		await expect(page.getByRole('banner')).toContainText('The NATO-Russia');
		expect(errors).toEqual([]);
	});
});
