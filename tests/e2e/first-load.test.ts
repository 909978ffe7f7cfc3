import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { serveDataset, smallDataset } from './datasets';
import { ready } from './fixtures';
import { collectErrors } from './pageErrors';

const BUILT_IN_FILE = '/data/nato-russia-2006.json';
const BUILT_IN_TITLE = 'The NATO-Russia Partnership (2006): the chronology behind the text';

/** Every request the page makes for the built-in dataset's file. */
function builtInRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname === BUILT_IN_FILE) urls.push(request.url());
	});
	return urls;
}

/** V8's explicit compile hint, which vite.config.ts puts first in the files every visit runs. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The explorer's budget for JavaScript before its first render, gzip (DESIGN.md, Budgets). */
const FIRST_RENDER_JS_BUDGET = 60 * 1024;

/** Records the text of each script the page receives from now on, by address. */
function recordScripts(page: Page): Map<string, Promise<Buffer>> {
	const bodies = new Map<string, Promise<Buffer>>();
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script' || !response.ok()) return;
		const body = response.body();
		// A body still arriving when the page closes is never read.
		body.catch(() => {});
		bodies.set(response.url(), body);
	});
	return bodies;
}

/**
 * Starts recording the page's scripts; the returned function, called once the timeline has been
 * drawn, gives the text of each script requested before that first render, by path (a Web
 * Worker's script runs off the main thread and is left out).
 */
function scriptsBeforeFirstRender(page: Page): () => Promise<Map<string, Buffer>> {
	const bodies = recordScripts(page);
	return async () => {
		await page.waitForFunction(() => performance.getEntriesByName('timeline:rendered').length);
		const requested = await page.evaluate(() => {
			const rendered = performance.getEntriesByName('timeline:rendered')[0]!.startTime;
			return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
				.filter((entry) => entry.initiatorType !== 'fetch' && entry.startTime <= rendered)
				.map((entry) => entry.name);
		});
		const scripts = new Map<string, Buffer>();
		for (const url of requested) {
			const body = bodies.get(url);
			const path = new URL(url).pathname;
			if (body && !path.includes('/workers/')) scripts.set(path, await body);
		}
		return scripts;
	};
}

/** Opens the explorer at `path` (with a small dataset at /uploads/own.json) and waits for its timeline. */
async function openExplorer(page: Page, path: string): Promise<Map<string, Buffer>> {
	const scripts = scriptsBeforeFirstRender(page);
	await serveDataset(
		page,
		'/uploads/own.json',
		smallDataset('Our own', [{ id: 'only', title: 'The only event', when: '2001-09-11' }])
	);
	await page.goto(path);
	await ready(page);
	await expect(
		page.getByRole('region', { name: 'Timeline' }).getByRole('button').first()
	).toBeVisible();
	return scripts();
}

const EXPLORER_LOADS = [
	['the built-in dataset', '/'],
	['a ?data= load', '/?data=/uploads/own.json']
] as const;

test.describe('the first load', () => {
	test('the prerendered explorer names its dataset but does not carry its events', async ({
		request
	}) => {
		const html = await (await request.get('/')).text();
		expect(html.length).toBeLessThanOrEqual(60 * 1024);
		expect(html).toContain(`<title>${BUILT_IN_TITLE} · chronotext</title>`);
		expect(html).toMatch(/<meta name="description" content="Events that Stephen J\. Blank/);
		expect(html).toMatch(/<h1[^>]*>The NATO-Russia Partnership \(2006\)/);
		expect(html).not.toContain('NATO-Russia Founding Act signed in Paris');
	});

	test('every screen carries its styles inline, so its first paint waits for no stylesheet', async ({
		page
	}) => {
		const errors = collectErrors(page);
		for (const path of ['/', '/events/', '/present/', '/practice/', '/author/']) {
			const response = await page.goto(path);
			expect(await response!.text()).toMatch(/<style[^>]*>[\s\S]*?\.app-header\{/);
			await ready(page);
			const before = await page.evaluate(() => {
				const paint = performance.getEntriesByName('first-contentful-paint')[0]!.startTime;
				return performance
					.getEntriesByType('resource')
					.filter((entry) => entry.name.endsWith('.css') && entry.startTime <= paint)
					.map((entry) => entry.name);
			});
			expect(before, path).toEqual([]);
			// Styled from the start: the skip link waits off screen until it is focused.
			const skip = (await page.getByRole('link', { name: 'Skip to content' }).boundingBox())!;
			expect(skip.x + skip.width, path).toBeLessThanOrEqual(0);
		}
		expect(errors).toEqual([]);
	});

	test('the explorer requests no stylesheet later either: its text and tour panel come styled', async ({
		page
	}) => {
		const errors = collectErrors(page);
		const stylesheets: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
		});
		await page.goto('/');
		await ready(page);
		// The column beside the timeline, with the source text and the tour panel, has arrived.
		await expect(page.getByRole('region', { name: 'Source text' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'My tour', exact: true })).toBeVisible();
		await expect(page.locator('.source-text mark').first()).toHaveCSS(
			'text-decoration-line',
			'underline'
		);
		expect(stylesheets).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('the explorer fetches the built-in dataset once, preloaded', async ({ page }) => {
		const errors = collectErrors(page);
		const requests = builtInRequests(page);
		await page.goto('/');
		await ready(page);
		await expect(
			page
				.getByRole('region', { name: 'Timeline' })
				.getByRole('button', { name: /^NATO-Russia Founding Act signed in Paris, / })
		).toBeVisible();
		await expect(page.locator('link[rel="preload"]')).toHaveAttribute('href', /nato-russia-2006/);
		expect(requests).toHaveLength(1);
		expect(errors).toEqual([]);
	});

	test('a page asking for ?data= never fetches the built-in dataset', async ({ page }) => {
		const errors = collectErrors(page);
		const requests = builtInRequests(page);
		await serveDataset(
			page,
			'/uploads/own.json',
			smallDataset('Our own', [{ id: 'only', title: 'The only event', when: '2001-09-11' }])
		);
		await page.goto('/?data=/uploads/own.json');
		await ready(page);
		await expect(
			page
				.getByRole('region', { name: 'Timeline' })
				.getByRole('button', { name: /^The only event, 11 September 2001/ })
		).toBeVisible();
		await expect(page.getByRole('banner')).toContainText('Our own');
		await expect(page).toHaveTitle('Our own · chronotext');
		await expect(page.locator('link[rel="preload"]')).toHaveCount(0);
		expect(requests).toEqual([]);
		expect(errors).toEqual([]);
	});

	for (const [name, path] of EXPLORER_LOADS)
		test(`the explorer appears without moving what was already on screen: ${name}`, async ({
			page
		}) => {
			await page.addInitScript(() => {
				(window as unknown as { __shift: number }).__shift = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as unknown as { value: number }[])
						(window as unknown as { __shift: number }).__shift += entry.value;
				}).observe({ type: 'layout-shift', buffered: true });
			});
			// Slow enough that the notice of a ?data= load is on screen for a while.
			await page.route(
				(url) => url.pathname === '/uploads/own.json',
				async (route) => {
					await new Promise((resolve) => setTimeout(resolve, 800));
					await route.fulfill({
						json: smallDataset('Our own', [{ id: 'only', title: 'The only event', when: '2001' }])
					});
				}
			);
			await page.goto(path);
			await ready(page);
			if (path.includes('?data='))
				await expect(page.getByRole('region', { name: 'Loading a dataset' })).toBeVisible();
			await expect(
				page.getByRole('region', { name: 'Timeline' }).getByRole('button').first()
			).toBeVisible();
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
			const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
			expect(shift).toBeLessThanOrEqual(0.02);
		});

	for (const [name, path] of EXPLORER_LOADS) {
		test(`what the timeline does not need loads after its first render: ${name}`, async ({
			page
		}) => {
			const errors = collectErrors(page);
			const scripts = await openExplorer(page, path);
			// The framework's and the timeline's own code, at least, come before the first render.
			expect(scripts.size).toBeGreaterThan(5);
			// Tour building (the My tour panel and the tours kept in this browser) waits for it.
			const carriers = [...scripts].filter(([, body]) => body.includes('Present this tour'));
			expect(carriers.map(([file]) => file)).toEqual([]);
			// So do the details beside it and the text below it.
			const asides = [...scripts].filter(([, body]) => body.includes('Reading order against time'));
			expect(asides.map(([file]) => file)).toEqual([]);
			// The gestures' d3 modules wait for it too (dispatch's own error text is in their file).
			const gestures = [...scripts].filter(([, body]) => body.includes('illegal type: '));
			expect(gestures.map(([file]) => file)).toEqual([]);
			// The dataset's validator runs in its worker, never in the page.
			const validators = [...scripts].filter(([, body]) =>
				body.includes('each entry is listed once')
			);
			expect(validators.map(([file]) => file)).toEqual([]);
			expect(errors).toEqual([]);
		});

		test(`the files every visit runs ask V8 to compile them as they arrive, later ones do not: ${name}`, async ({
			page
		}) => {
			const errors = collectErrors(page);
			const scripts = recordScripts(page);
			const html = await (await page.goto(path))!.text();
			await ready(page);
			await expect(page.getByRole('region', { name: 'Source text' })).toBeVisible();
			const preloaded = [
				...html.matchAll(/<link href="\.(\/_app\/[^"]+\.js)" rel="modulepreload">/g)
			]
				.map((match) => match[1]!)
				.filter((file) => !file.includes('/workers/'));
			const bodies = new Map([...scripts].map(([url, body]) => [new URL(url).pathname, body]));
			const hinted = async (file: string) => {
				const body = (await bodies.get(file))!;
				return {
					file,
					hinted: body.toString('utf8', 0, COMPILE_HINT.length) === COMPILE_HINT,
					big: body.length >= 2048
				};
			};
			// The framework, the explorer's code and its page's module; SvelteKit's own files, of a
			// few lines, are left as they are.
			const first = await Promise.all(preloaded.map(hinted));
			expect(first.filter((f) => f.hinted).length).toBe(3);
			for (const f of first) if (f.hinted) expect(f.big, f.file).toBe(true);
			// What loads on demand (the column beside the timeline, at least) is compiled when called.
			const later = await Promise.all(
				[...bodies.keys()]
					.filter((file) => !preloaded.includes(file) && !file.includes('/workers/'))
					.map(hinted)
			);
			expect(later.length).toBeGreaterThan(0);
			for (const f of later) expect(f.hinted, f.file).toBe(false);
			expect(errors).toEqual([]);
		});

		test(`the explorer's JavaScript before its first render stays within budget: ${name}`, async ({
			page
		}) => {
			const scripts = await openExplorer(page, path);
			const sizes = [...scripts].map(([file, body]) => [file, gzipSync(body).length] as const);
			const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
			expect(total, JSON.stringify(Object.fromEntries(sizes), null, 1)).toBeLessThanOrEqual(
				FIRST_RENDER_JS_BUDGET
			);
		});
	}
});
