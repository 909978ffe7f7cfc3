import { expect, test, type Page, type APIRequestContext } from '@playwright/test';
import { ready } from './fixtures';

type Json = Record<string, unknown> & { events: Record<string, unknown>[] };

/** The built-in dataset, cut to two events, as a base to break. */
async function smallDataset(request: APIRequestContext): Promise<Json> {
	const ds = await (await request.get('/data/nato-russia-2006.json')).json();
	ds.title = 'A hostile copy';
	ds.events = ds.events
		.filter((e: { id: string }) => e.id === 'nrc-founded' || e.id === 'nato-russia-founding-act')
		.map((e: object) => ({ ...e, links: [] }));
	ds.tours = [];
	return ds;
}

/** Serves `dataset` at /uploads/<name> and fails the test on any page error. */
async function serve(page: Page, name: string, dataset: unknown): Promise<string[]> {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.route(
		(url) => url.pathname === `/uploads/${name}`,
		(route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) })
	);
	return errors;
}

test.describe('hostile datasets from ?data=', () => {
	test('a javascript: source URL is refused with its record and field, and nothing links to it', async ({
		page,
		request
	}) => {
		const ds = await smallDataset(request);
		ds.events[0]!.sources = [{ title: 'Click me', url: 'javascript:alert(document.domain)' }];
		const errors = await serve(page, 'script.json', ds);
		await page.goto(`/?data=/uploads/script.json&event=${ds.events[0]!.id}`);
		await ready(page);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(
			`/uploads/script.json › event "${ds.events[0]!.id}" › sources[0].url: "javascript:alert(document.domain)" is not a web address`
		);
		await expect(page.getByRole('banner')).not.toContainText('A hostile copy');
		await expect(page.getByRole('link', { name: 'Click me' })).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('a repeated source URL is refused, naming the record and the index, without a crash', async ({
		page,
		request
	}) => {
		const ds = await smallDataset(request);
		const event = ds.events[0]!;
		const [first] = event.sources as object[];
		event.sources = [first, first];
		const errors = await serve(page, 'repeat.json', ds);
		await page.goto(`/?data=/uploads/repeat.json&event=${event.id}`);
		await ready(page);
		await expect(page.getByRole('alert')).toContainText(
			`event "${event.id}" › sources[1]: repeats sources[0]`
		);
		await expect(
			page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })
		).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('a year beyond what a date can hold is refused with the supported range', async ({
		page,
		request
	}) => {
		const ds = await smallDataset(request);
		ds.events[1]!.when = 'Y170000002';
		const errors = await serve(page, 'far.json', ds);
		await page.goto('/?data=/uploads/far.json');
		await ready(page);
		await expect(page.getByRole('alert')).toContainText(
			'the year 170000002 is outside the years chronotext can show (-250000 to 250000'
		);
		expect(errors).toEqual([]);
	});

	test('thousands of broken events show 50 problems and how many more', async ({
		page,
		request
	}) => {
		const ds = await smallDataset(request);
		const event = ds.events[0]!;
		ds.events = Array.from({ length: 1000 }, (_, i) => ({ ...event, id: `e-${i}`, stance: 'x' }));
		const errors = await serve(page, 'many.json', ds);
		await page.goto('/?data=/uploads/many.json');
		await ready(page);
		const alert = page.getByRole('alert');
		await expect(alert.getByRole('listitem')).toHaveCount(51);
		await expect(alert.getByRole('listitem').last()).toHaveText(
			/\/uploads\/many\.json: and 950 more problems not listed here\. Fix: /
		);
		expect(errors).toEqual([]);
	});
});
