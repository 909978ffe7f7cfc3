import { expect, test, type Page } from '@playwright/test';
import { axeViolations, colourPaintedUnder, cssColour, gesturesReady, ready } from './fixtures';

function windowOf(page: Page) {
	const url = new URL(page.url());
	return { from: url.searchParams.get('from'), to: url.searchParams.get('to') };
}

function spanDays({ from, to }: { from: string | null; to: string | null }) {
	return (Date.parse(to!) - Date.parse(from!)) / 86_400_000;
}

test.describe('the timeline', () => {
	test('zooms with the buttons and shows all again', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		const showing = timeline.getByText(/^Showing /);
		// The default view is the text's own period, up to its publication in November 2006.
		await expect(showing).toHaveText('Showing 1986–2007');
		await timeline.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await timeline.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect(showing).toHaveText(/Showing (199\d|200\d)–(200\d|201\d)/);
		// Screen readers hear where the view came to rest.
		const heard = timeline.getByText(/^The timeline now shows /);
		await expect
			.poll(async () => `${await heard.textContent()} | ${await showing.textContent()}`)
			.toMatch(/^The timeline now shows (\S+) \| Showing \1$/);
		// Two steps in from 21 years: about 5¼. The URL holds where a move ends, never a frame on the way.
		await expect.poll(() => windowOf(page).from && spanDays(windowOf(page))).toBeLessThan(6 * 366);
		const zoomedIn = spanDays(windowOf(page));
		await timeline.getByRole('button', { name: 'Zoom out', exact: true }).click();
		await expect.poll(() => spanDays(windowOf(page))).toBeGreaterThan(zoomedIn * 1.5);
		await timeline.getByRole('button', { name: 'Show all', exact: true }).click();
		await expect(showing).toHaveText('Showing 1986–2026');
	});

	test('zooms in around the pointer with the wheel', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		const chart = page.getByRole('group', { name: /events drawn/ });
		const box = (await chart.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 120);
		await gesturesReady(page);
		for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
		await expect(page).toHaveURL(/from=/);
		await expect.poll(() => spanDays(windowOf(page))).toBeLessThan(30 * 365);
	});

	test('wheel turns made before the gesture code has arrived still zoom', async ({ page }) => {
		// Hold back the script that brings d3-zoom, as a slow network would.
		let release!: () => void;
		const released = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			const response = await route.fetch();
			if ((await response.text()).includes('wheel.zoom')) await released;
			await route.fulfill({ response });
		});
		await page.goto('/');
		await ready(page);
		const box = (await page.getByRole('group', { name: /events drawn/ }).boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + 120);
		for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -200);
		expect(new URL(page.url()).searchParams.get('from')).toBeNull();
		release();
		await gesturesReady(page);
		await expect(page).toHaveURL(/from=/);
		await expect.poll(() => spanDays(windowOf(page))).toBeLessThan(30 * 365);
	});

	test('zooms in on a double-click and pans on a drag', async ({ page }) => {
		await page.goto('/?from=1990&to=2010');
		await ready(page);
		const chart = (await page.getByRole('group', { name: /events drawn/ }).boundingBox())!;
		const x = chart.x + chart.width / 2;
		const y = chart.y + 10; // on the axis, where no event is
		await gesturesReady(page);
		await page.mouse.dblclick(x, y);
		// Twice as close once the zoom's short animation and the URL have settled: 1990 to the end
		// of 2010 is 7,670 days.
		await expect.poll(() => Math.abs(spanDays(windowOf(page)) - 7670 / 2)).toBeLessThan(2);
		const zoomed = windowOf(page);
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x + 200, y, { steps: 5 });
		await page.mouse.up();
		// Dragging right brings earlier dates into view, the span unchanged.
		await expect
			.poll(() => Date.parse(windowOf(page).from!))
			.toBeLessThan(Date.parse(zoomed.from!));
		expect(Math.round(spanDays(windowOf(page)))).toBe(Math.round(spanDays(zoomed)));
	});

	test('zooms with + and − and moves between events with the arrow keys', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		const first = page.getByRole('button', {
			name: /^INF Treaty signed by Reagan and Gorbachev, 8 December 1987, implied by the text$/
		});
		await first.focus();
		await page.keyboard.press('End');
		await expect(page.getByRole('button', { name: /, 7 March 2024, / })).toBeFocused();
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowRight');
		const second = page.locator(':focus');
		await expect(second).toHaveAttribute('aria-label', /, 19 November 1990, /);
		await page.keyboard.press('+');
		await page.keyboard.press('+');
		await expect.poll(() => windowOf(page).from && spanDays(windowOf(page))).toBeLessThan(6 * 366);
		const zoomed = spanDays(windowOf(page));
		await page.keyboard.press('-');
		await expect.poll(() => spanDays(windowOf(page))).toBeGreaterThan(zoomed * 1.5);
		await page.keyboard.press('Enter');
		await expect(
			page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })
		).toHaveText('CFE Treaty signed at the CSCE Paris summit');
		await page.keyboard.press('Escape');
		await expect(page).not.toHaveURL(/event=/);
	});

	test('selecting an event shows its details, puts it in the URL, and a reload restores the view', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		expect(windowOf(page).from).toBeNull();
		await page.getByRole('button', { name: 'Show all', exact: true }).click();
		// The URL takes the window only where a move ends: the mark is clicked once it is at rest,
		// not while the move to the whole span carries it (or redraws it) under the pointer.
		await expect(page).toHaveURL(/from=.*to=/);
		await page
			.getByRole('button', {
				name: /^NATO-Russia Founding Act signed in Paris, 27 May 1997, context$/
			})
			.click();
		const details = page.getByRole('region', { name: 'Event details' });
		await expect(details.getByRole('heading', { level: 2 })).toHaveText(
			'NATO-Russia Founding Act signed in Paris'
		);
		await expect(details).toContainText('27 May 1997');
		await expect(details.getByRole('link').first()).toHaveAttribute('href', /^https?:/);
		await expect(page).toHaveURL(/event=nato-russia-founding-act/);
		await expect(page).toHaveURL(/from=.*to=/);
		const all = spanDays(windowOf(page));
		await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		// Once the zoom's animation has ended: half the whole span.
		await expect.poll(() => Math.abs(spanDays(windowOf(page)) - all / 2)).toBeLessThan(2);
		const before = new URL(page.url()).search;

		await page.reload();
		await ready(page);
		expect(new URL(page.url()).search).toBe(before);
		await expect(details.getByRole('heading', { level: 2 })).toHaveText(
			'NATO-Russia Founding Act signed in Paris'
		);
		await expect(
			page.getByRole('button', { name: /Founding Act signed in Paris, 27 May 1997/ })
		).toHaveAttribute('aria-pressed', 'true');
		const { from, to } = windowOf(page);
		await expect(page.getByText(/^Showing /)).toHaveText(/Showing \d{4}–\d{4}/);
		expect(new URL(page.url()).searchParams.get('from')).toBe(from);
		expect(new URL(page.url()).searchParams.get('to')).toBe(to);
	});

	test('paints the rows in sight, those scrolled to, and all of them to print', async ({
		page
	}) => {
		// A short window: the lower lanes start below the fold.
		await page.setViewportSize({ width: 1280, height: 480 });
		await page.goto('/?from=2000&to=2005');
		await ready(page);
		const stage = page.getByRole('group', { name: /events drawn/ });
		const canvasHeight = () =>
			stage.evaluate((el) => el.querySelector('canvas')!.getBoundingClientRect().height);
		expect(await canvasHeight()).toBeLessThan((await stage.boundingBox())!.height);
		// A friction event the text mentions, drawn filled in the friction colour.
		const mark = stage
			.getByRole('group', { name: 'Lane: Friction' })
			.getByRole('button', { name: /, in the text$/ })
			.last();
		const friction = await cssColour(page, '--friction');
		await mark.evaluate((el) => el.scrollIntoView({ block: 'end' }));
		await expect.poll(() => colourPaintedUnder(mark)).toBe(friction);
		// Printing prints the canvas as it is: before it, every row is painted.
		await page.evaluate(() => window.scrollTo(0, 0));
		await expect.poll(canvasHeight).toBeLessThan((await stage.boundingBox())!.height);
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		expect(await canvasHeight()).toBe((await stage.boundingBox())!.height);
		await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
		await expect.poll(canvasHeight).toBeLessThan((await stage.boundingBox())!.height);
	});

	test('after a drag, each event button sits over its painted mark again', async ({ page }) => {
		await page.goto('/?from=2000&to=2005');
		await ready(page);
		// An event the text mentions is drawn filled, so the middle of its symbol has its colour.
		const mark = page.getByRole('button', {
			name: /^NATO-Russia Council founded at the Rome summit, 28 May 2002, in the text$/
		});
		const before = (await mark.boundingBox())!;
		const colourUnder = () => colourPaintedUnder(mark);
		const cooperation = 'rgb(23, 118, 111)';
		expect(await colourUnder()).toBe(cooperation);
		// Drag the timeline 150 px to the left, from the axis where no event is.
		const chart = (await page.getByRole('group', { name: /events drawn/ }).boundingBox())!;
		await gesturesReady(page);
		await page.mouse.move(chart.x + chart.width / 2, chart.y + 10);
		await page.mouse.down();
		await page.mouse.move(chart.x + chart.width / 2 - 150, chart.y + 10, { steps: 6 });
		await page.mouse.up();
		await expect
			.poll(async () => Math.abs((await mark.boundingBox())!.x - (before.x - 150)))
			.toBeLessThan(1);
		expect(await colourUnder()).toBe(cooperation);
	});

	test('related events are buttons that select them', async ({ page }) => {
		await page.goto('/?event=operation-allied-force');
		await ready(page);
		const details = page.getByRole('region', { name: 'Event details' });
		await details
			.getByRole('button', { name: /Russian paratroopers seize Pristina airport/ })
			.click();
		await expect(details.getByRole('heading', { level: 2 })).toHaveText(/Pristina airport/);
		await expect(page).toHaveURL(/event=pristina-airport-dash/);
	});

	test('ignores bad URL values with a visible notice', async ({ page }) => {
		await page.goto('/?event=no-such-event&from=soon&to=2003&lanes=colour');
		await ready(page);
		const notice = page.getByRole('status').filter({ hasText: 'no-such-event' });
		await expect(notice).toContainText('There is no event “no-such-event”');
		await expect(notice).toContainText('“lanes=colour” is not a grouping');
		await expect(page.getByText(/^Showing /)).toHaveText('Showing 1986–2007');
	});

	test('a broken ?data= file shows its problems and keeps the built-in dataset usable', async ({
		page
	}) => {
		await page.route(
			(url) => url.pathname === '/uploads/broken.json',
			(route) =>
				route.fulfill({
					contentType: 'application/json',
					body: JSON.stringify({
						format: 'chronotext-dataset',
						version: 1,
						id: 'broken',
						title: 'Broken',
						source: {
							title: 't',
							author: 'a',
							published: '2006',
							publisher: 'p',
							sections: [{ id: 's', heading: 'S', passages: [] }]
						},
						actors: [],
						themes: [],
						events: [
							{
								id: 'e',
								title: 'E',
								when: '2002-13-01',
								summary: 's',
								actors: [],
								themes: [],
								stance: 'mixed',
								basis: 'context',
								mentions: [],
								sources: [{ title: 'x', url: 'javascript:alert(1)' }]
							}
						]
					})
				})
		);
		await page.goto('/?data=/uploads/broken.json');
		await ready(page);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('could not be loaded');
		await expect(alert).toContainText(
			'/uploads/broken.json › event "e" › sources[0].url: "javascript:alert(1)" is not a web address'
		);
		await page
			.getByRole('button', {
				name: /^NATO-Russia Founding Act signed in Paris, 27 May 1997, context$/
			})
			.click();
		await expect(
			page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })
		).toHaveText('NATO-Russia Founding Act signed in Paris');
	});

	test('loads a valid dataset from ?data=', async ({ page, request }) => {
		const builtIn = await (await request.get('/data/nato-russia-2006.json')).json();
		builtIn.title = 'A copy with one event';
		builtIn.events = builtIn.events
			.filter((e: { id: string }) => e.id === 'nrc-founded')
			.map((e: object) => ({ ...e, links: [] }));
		builtIn.tours = [];
		await page.route(
			(url) => url.pathname === '/uploads/one.json',
			(route) => route.fulfill({ json: builtIn })
		);
		await page.goto('/?data=/uploads/one.json');
		await ready(page);
		await expect(page.getByRole('banner')).toContainText('A copy with one event');
		await expect(page.getByRole('button', { name: /, 28 May 2002, / })).toHaveCount(1);
	});

	test('groups lanes by actor, keeps the grouping in the URL and after a reload', async ({
		page
	}) => {
		await page.goto('/');
		await ready(page);
		const lane = (name: string) => page.getByRole('group', { name: `Lane: ${name}`, exact: true });
		await expect(lane('Cooperation')).toBeVisible();
		await page.getByRole('combobox', { name: 'Lanes by' }).selectOption('actor');
		await expect(page).toHaveURL(/lanes=actor/);
		await expect(lane('NATO')).toBeVisible();
		await expect(lane('Russia')).toBeVisible();
		await expect(lane('Cooperation')).toHaveCount(0);
		await page.reload();
		await ready(page);
		await expect(page.getByRole('combobox', { name: 'Lanes by' })).toHaveValue('actor');
		await expect(lane('NATO')).toBeVisible();
		await expect(lane('Cooperation')).toHaveCount(0);
	});

	test('dragging the overview window moves the main view', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		// From the whole span, so that the window sits in the middle of the strip.
		await page.getByRole('button', { name: 'Show all', exact: true }).click();
		for (let i = 0; i < 3; i++)
			await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
		// Three zoom-ins from 40 years: about five years across, once the animation has ended.
		await expect.poll(() => windowOf(page).from && spanDays(windowOf(page))).toBeLessThan(2000);
		const before = windowOf(page);
		// The strip is drawn for mouse users (keyboard users pan with Shift + arrows).
		const strip = page
			.getByText(/^Overview of /)
			.locator('xpath=..')
			.locator('svg');
		const box = (await strip.boundingBox())!;
		const x = box.x + box.width / 2;
		await gesturesReady(page); // the overview's d3-brush comes with the same code
		await strip.hover({ position: { x: box.width / 2, y: box.height / 2 } });
		await page.mouse.down();
		await page.mouse.move(x - 200, box.y + box.height / 2, { steps: 8 });
		await page.mouse.up();
		await expect.poll(() => windowOf(page).from).not.toBe(before.from);
		expect(Date.parse(windowOf(page).from!)).toBeLessThan(Date.parse(before.from!));
		expect(Math.round(spanDays(windowOf(page)))).toBe(Math.round(spanDays(before)));
	});

	test('has no axe violations, with an event selected', async ({ page }) => {
		await page.goto('/?event=nrc-founded');
		await ready(page);
		await expect(
			page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })
		).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
});

test.describe('the timeline on a touch screen', () => {
	test.use({ hasTouch: true });

	test('zooms in when two fingers spread apart, and a tap selects an event', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		const chart = (await page.getByRole('group', { name: /events drawn/ }).boundingBox())!;
		const cdp = await page.context().newCDPSession(page);
		const x = chart.x + chart.width / 2;
		const y = chart.y + 10;
		const fingers = (type: 'touchStart' | 'touchMove' | 'touchEnd', apartPx: number) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints:
					type === 'touchEnd'
						? []
						: [
								{ x: x - apartPx / 2, y, id: 0 },
								{ x: x + apartPx / 2, y, id: 1 }
							]
			});
		await gesturesReady(page);
		await fingers('touchStart', 40);
		for (const apart of [80, 120, 160, 200, 240]) await fingers('touchMove', apart);
		await fingers('touchEnd', 0);
		await expect(page).toHaveURL(/from=/);
		await expect.poll(() => spanDays(windowOf(page))).toBeLessThan(40 * 365 * 0.5);
		// A tap on an event in the zoomed view selects it, once the view has come to rest (a mark
		// still moving can leave another under the finger).
		const timeline = page.getByRole('region', { name: 'Timeline' });
		const heard = timeline.getByText(/^The timeline now shows /);
		const showing = timeline.getByText(/^Showing /);
		await expect
			.poll(async () => `${await heard.textContent()} | ${await showing.textContent()}`)
			.toMatch(/^The timeline now shows (\S+) \| Showing \1$/);
		const event = timeline
			.getByRole('button', { pressed: false, name: /, \d{1,2} [A-Z][a-z]+ \d{4}, / })
			.first();
		const name = (await event.getAttribute('aria-label'))!;
		await event.tap();
		await expect(page).toHaveURL(/event=/);
		await expect(
			page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })
		).toHaveText(name.slice(0, name.search(/, \d{1,2} [A-Z][a-z]+ \d{4}, /)));
	});
});
