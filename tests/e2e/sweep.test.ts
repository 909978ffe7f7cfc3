import { expect as baseExpect, test, type APIRequestContext, type Page } from '@playwright/test';

/**
 * One sweep over every screen: direct loads with and without each URL parameter, bad values for
 * each, and each screen's main interactions. It fails on any uncaught exception or console error.
 */

// Dozens of page loads on a shared machine: each wait gets room.
const expect = baseExpect.configure({ timeout: 20_000 });

const FIXTURE = '/fixtures/sweep.json';
const MISSING = '/fixtures/missing.json';
const DATA = `data=${FIXTURE}`;

/** Events kept from the built-in dataset: linked ones, a period-long one and an open-ended one. */
const KEPT = [
	'russia-joins-partnership-for-peace',
	'nato-russia-founding-act',
	'operation-allied-force',
	'pristina-airport-dash',
	'russia-freezes-nato-ties-over-kosovo',
	'nrc-founded',
	'nato-russia-tmd-cpx-2004',
	'iraq-invasion',
	'putin-condemns-iraq-war',
	'full-scale-invasion'
];

/** A small dataset cut from the built-in one, so the sweep does not move with the shipped data. */
async function sweepDataset(request: APIRequestContext): Promise<object> {
	const dataset = await (await request.get('/data/nato-russia-2006.json')).json();
	const kept = new Set(KEPT);
	dataset.title = 'Sweep fixture';
	dataset.events = dataset.events
		.filter((e: { id: string }) => kept.has(e.id))
		.map((e: { links?: { event: string }[] }) => ({
			...e,
			links: (e.links ?? []).filter((link) => kept.has(link.event))
		}));
	expect(dataset.events).toHaveLength(KEPT.length);
	dataset.tours = [
		{
			id: 'sweep',
			title: 'Sweep tour',
			steps: KEPT.slice(0, 4).map((event) => ({ event, caption: `Step on ${event}.` }))
		}
	];
	return dataset;
}

/** Errors of the page, each tagged with the address it was on. */
function watch(page: Page): string[] {
	const errors: string[] = [];
	const where = () => new URL(page.url()).pathname + new URL(page.url()).search;
	page.on('pageerror', (error) => errors.push(`${where()}: page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		// The browser reports the failed request for a ?data= file that does not exist; the app's
		// own message about it is checked on the page.
		const data = new URL(page.url()).searchParams.get('data');
		const failed = message.location().url;
		if (failed.endsWith(MISSING) || (data && failed === new URL(data, page.url()).href)) return;
		errors.push(`${where()}: console error: ${message.text()}`);
	});
	return errors;
}

test.beforeEach(async ({ context, request }) => {
	const dataset = await sweepDataset(request);
	await context.route(
		(url) => url.pathname === FIXTURE,
		(route) => route.fulfill({ json: dataset })
	);
	await context.route(
		(url) => url.pathname === MISSING,
		(route) => route.fulfill({ status: 404, body: 'not found' })
	);
});

/** Waits until the prerendered page has hydrated, so clicks reach Svelte's handlers. */
async function hydrated(page: Page): Promise<void> {
	await expect(page.locator('body[data-hydrated]')).toBeAttached();
}

/** Loads the address directly and waits for the screen and, with ?data=, the fixture. */
async function load(page: Page, address: string, main: (page: Page) => Promise<void>) {
	await page.goto(address);
	await hydrated(page);
	const search = new URL(address, 'http://x').searchParams;
	// Presentation hides the site header; its title names the dataset instead.
	if (search.get('data') === FIXTURE && new URL(address, 'http://x').pathname === '/present/')
		await expect(page).toHaveTitle(/· Sweep fixture ·/);
	else if (search.get('data') === FIXTURE)
		await expect(page.getByRole('banner')).toContainText('Sweep fixture');
	if (search.get('data') === MISSING)
		await expect(page.getByRole('alert')).toContainText('could not be loaded');
	await main(page);
}

const explorerShown = async (page: Page) => {
	await expect(page.getByRole('region', { name: 'Timeline' }).getByText(/^Showing /)).toBeVisible();
	await expect(page.getByText(/^Showing NaN/)).toHaveCount(0);
};
const tableShown = async (page: Page) => {
	await expect(page.getByRole('table')).toBeVisible();
};
const slideShown = async (page: Page) => {
	await expect(page.getByText(/^Step \d+ of \d+$/)).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
};
const exerciseShown = async (page: Page) => {
	await expect(page.getByRole('group', { name: 'Exercise' })).toBeVisible();
};

interface Case {
	address: string;
	main: (page: Page) => Promise<void>;
}

const directLoads: Case[] = [
	...[
		'/',
		`/?${DATA}`,
		`/?${DATA}&event=nrc-founded`,
		`/?${DATA}&from=1995&to=2005`,
		`/?${DATA}&from=2002-05&to=2002-06`,
		`/?${DATA}&from=1999-03-24`,
		`/?${DATA}&to=2003`,
		`/?${DATA}&lanes=actor`,
		`/?${DATA}&lanes=theme`,
		`/?${DATA}&lanes=stance`,
		`/?${DATA}&lanes=none`,
		`/?${DATA}&actor=nato,russia`,
		`/?${DATA}&theme=institutions`,
		`/?${DATA}&basis=mentioned,context`,
		`/?${DATA}&stance=friction`,
		`/?${DATA}&q=council`,
		`/?${DATA}&event=nrc-founded&from=1995&to=2005&lanes=actor&actor=nato&q=nato`,
		`/?${DATA}&event=full-scale-invasion`,
		'/?event=nrc-founded&from=2000&to=2004&lanes=theme',
		// bad values
		`/?${DATA}&event=no-such-event`,
		`/?${DATA}&from=soon&to=later`,
		`/?${DATA}&from=2005&to=1995`,
		`/?${DATA}&from=2002-13-45&to=-99999`,
		`/?${DATA}&lanes=colour`,
		`/?${DATA}&actor=nobody,,nato`,
		`/?${DATA}&theme=%3Cscript%3E`,
		`/?${DATA}&basis=rumour`,
		`/?${DATA}&stance=hostile`,
		`/?${DATA}&q=${'x'.repeat(2000)}`,
		`/?${DATA}&q=%E2%80%9C%5B(`,
		`/?data=${MISSING}`,
		'/?data=',
		'/?data=not a url at all'
	].map((address) => ({ address, main: explorerShown })),
	...[
		'/events/',
		`/events/?${DATA}`,
		`/events/?${DATA}&actor=nato&theme=institutions&basis=mentioned&stance=cooperation&q=nato`,
		`/events/?${DATA}&actor=nobody&stance=hostile&q=%5B`,
		`/events/?data=${MISSING}`
	].map((address) => ({ address, main: tableShown })),
	...[
		'/present/',
		`/present/?${DATA}`,
		`/present/?${DATA}&tour=sweep`,
		`/present/?${DATA}&tour=sweep&step=3`,
		`/present/?${DATA}&tour=all`,
		`/present/?${DATA}&tour=all&theme=institutions`,
		`/present/?${DATA}&theme=conflicts&step=2`,
		`/present/?${DATA}&tour=no-such-tour`,
		`/present/?${DATA}&step=abc`,
		`/present/?${DATA}&step=1000`,
		`/present/?${DATA}&step=-1`,
		`/present/?${DATA}&theme=no-such-theme`,
		`/present/?data=${MISSING}`
	].map((address) => ({ address, main: slideShown })),
	...[
		'/practice/',
		`/practice/?${DATA}`,
		`/practice/?${DATA}&mode=order&size=5&level=hard&seed=42`,
		`/practice/?${DATA}&mode=place&seed=7`,
		`/practice/?${DATA}&size=4`,
		`/practice/?${DATA}&level=easy`,
		`/practice/?${DATA}&seed=123`,
		`/practice/?${DATA}&mode=guess`,
		`/practice/?${DATA}&size=1000`,
		`/practice/?${DATA}&level=impossible`,
		`/practice/?${DATA}&seed=abc`,
		`/practice/?data=${MISSING}`
	].map((address) => ({ address, main: exerciseShown }))
];

test.describe('no errors on a direct load', () => {
	for (const { address, main } of directLoads) {
		test(address.length > 90 ? `${address.slice(0, 90)}…` : address, async ({ page }) => {
			const errors = watch(page);
			await load(page, address, main);
			expect(errors).toEqual([]);
		});
	}
});

test.describe('no errors while using', () => {
	test('the explorer: zoom and lanes', async ({ page }) => {
		const errors = watch(page);
		await load(page, `/?${DATA}`, explorerShown);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		for (const name of ['Zoom in', 'Zoom in', 'Zoom out', 'Show all'])
			await timeline.getByRole('button', { name, exact: true }).click();
		const lanes = timeline.getByRole('combobox', { name: 'Lanes by' });
		for (const grouping of ['actor', 'theme', 'none', 'stance']) await lanes.selectOption(grouping);
		expect(errors).toEqual([]);
	});

	test('the explorer: selecting, the details and the text', async ({ page }) => {
		const errors = watch(page);
		await load(page, `/?${DATA}`, explorerShown);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await timeline.getByRole('button', { name: /^NATO-Russia Council founded/ }).click();
		const details = page.getByRole('region', { name: 'Event details' });
		await expect(details.getByRole('heading', { level: 2 })).toHaveText(/NATO-Russia Council/);
		await details
			.getByRole('button', { name: /Show in text/ })
			.first()
			.click();
		await page.getByText('Reading order against time').click();
		await expect(
			page.getByRole('group', { name: 'Quotes in reading order with their dates' })
		).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('the explorer: keys on the timeline', async ({ page }) => {
		const errors = watch(page);
		await load(page, `/?${DATA}&from=1995&to=2005`, explorerShown);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await timeline.getByRole('button', { name: /^NATO-Russia Council founded/ }).focus();
		for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'Enter', '+', '-', 'Escape'])
			await page.keyboard.press(key);
		expect(errors).toEqual([]);
	});

	test('the explorer: End brings the open-ended last event into view', async ({ page }) => {
		const errors = watch(page);
		await load(page, `/?${DATA}&from=1995&to=2005`, explorerShown);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await timeline.getByRole('button', { name: /^NATO-Russia Council founded/ }).focus();
		await page.keyboard.press('End');
		await page.keyboard.press('Enter');
		await expect(timeline.getByText(/^Showing NaN/)).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('the explorer: search and filters', async ({ page }) => {
		const errors = watch(page);
		await load(page, `/?${DATA}`, explorerShown);
		await page.getByRole('searchbox', { name: 'Search' }).fill('kosovo');
		await expect(page.getByText(/^\d+ of 10 events match$/)).not.toHaveText(
			'10 of 10 events match'
		);
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await page.getByText('Filter by stance, basis, actor, theme').click();
		await page.getByRole('checkbox', { name: 'Friction' }).check();
		await page.getByRole('checkbox', { name: 'Friction' }).uncheck();
		expect(errors).toEqual([]);
	});

	test('the event list: sorting', async ({ page }) => {
		const errors = watch(page);
		await load(page, `/events/?${DATA}`, tableShown);
		for (const name of ['Date', 'Date', 'Event', 'Event', 'Basis', 'Basis'])
			await page.getByRole('button', { name, exact: true }).click();
		expect(errors).toEqual([]);
	});

	test('present: steps, choices and back to the explorer', async ({ page }) => {
		const errors = watch(page);
		await load(page, `/present/?${DATA}&tour=sweep`, slideShown);
		await page.getByRole('button', { name: 'Next →' }).click();
		await page.getByRole('button', { name: '← Previous' }).click();
		for (const key of ['ArrowRight', 'PageDown', ' ', 'End', 'PageUp', 'ArrowLeft', 'Home'])
			await page.keyboard.press(key);
		const choice = page.getByRole('combobox', { name: 'Present' });
		await choice.selectOption('theme:institutions');
		await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
		await choice.selectOption('sweep');
		await page.getByRole('button', { name: 'Back to explorer (Esc)' }).click();
		await expect(page).toHaveURL(/\/\?(?:.*&)?event=/);
		await hydrated(page);
		expect(errors).toEqual([]);
	});

	test('practice: exercises and settings', async ({ page }) => {
		const errors = watch(page);
		await load(page, `/practice/?${DATA}&seed=42`, exerciseShown);
		await page
			.getByRole('button', { name: /^Move down: / })
			.first()
			.click();
		await page
			.getByRole('button', { name: /^Move up: / })
			.last()
			.click();
		await page.getByRole('button', { name: 'Check' }).click();
		await page.getByRole('combobox', { name: 'Events' }).selectOption({ index: 0 });
		await page.getByRole('combobox', { name: 'Difficulty' }).selectOption('hard');
		await page.getByRole('button', { name: 'New set' }).click();
		await page.getByRole('button', { name: 'Place an event on the timeline' }).click();
		await expect(page.getByRole('heading', { name: 'When did this happen?' })).toBeVisible();
		await page.getByRole('button', { name: 'Put events in order' }).click();
		await page.getByRole('button', { name: 'Reset progress' }).click();
		expect(errors).toEqual([]);
	});
});
