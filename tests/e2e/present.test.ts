import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { generateDataset } from '../../scripts/bench-data';
import { presentDataset } from './datasets';
import { axeViolations, ready } from './fixtures';

const DATA = 'data=/fixtures/present.json';

/** Page errors and console errors seen by a page, as text. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	return errors;
}

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

async function fixtureLoaded(page: Page) {
	await ready(page);
	await expect(page).toHaveTitle(/· Present fixture ·/);
}

const progressOf = (page: Page) => page.getByText(/^Step \d+ of \d+$/);

let errors: string[] = [];

test.beforeEach(async ({ page, context }) => {
	errors = watchErrors(page);
	await context.route(
		(url) => url.pathname === '/fixtures/present.json',
		(route) => route.fulfill({ json: presentDataset() })
	);
});

test.afterEach(() => {
	expect(errors).toEqual([]);
});

test.describe('present, loaded directly', () => {
	test('without parameters shows the first tour and writes it into the URL', async ({ page }) => {
		await page.goto(`/present/?${DATA}`);
		await fixtureLoaded(page);
		await expect(page.getByText(/^Step \d+ of \d+$/)).toHaveText('Step 1 of 3');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Step of 1991');
		await expect.poll(() => param(page, 'tour')).toBe('short');
		expect(param(page, 'step')).toBe('1');
		await expect(page.getByRole('status')).toHaveCount(0);
	});

	test('with good parameters shows that step', async ({ page }) => {
		await page.goto(`/present/?${DATA}&tour=all&theme=even&step=2`);
		await fixtureLoaded(page);
		await expect(page.getByText(/^Step \d+ of \d+$/)).toHaveText('Step 2 of 2');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Step of 2000');
		await expect(page.getByRole('combobox', { name: 'Present' })).toHaveValue('theme:even');
		await expect(page.getByRole('status')).toHaveCount(0);
	});

	test('the built-in dataset, from the navigation', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await page
			.getByRole('navigation', { name: 'Screens' })
			.getByRole('link', { name: 'Present' })
			.click();
		await expect(page).toHaveURL(/\/present\//);
		await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
		await expect.poll(() => param(page, 'step')).toBe('1');
	});

	test('bad values show a notice, fall back, and the URL is fixed in place', async ({ page }) => {
		const entries = await page.evaluate(() => history.length);
		await page.goto(`/present/?${DATA}&tour=nope&theme=nope&step=99`);
		await fixtureLoaded(page);
		const notice = page.getByRole('status').filter({ hasText: 'tour=nope' });
		await expect(notice).toContainText(
			'“tour=nope” is not a tour in this dataset; showing “A short tour” instead.'
		);
		await expect(notice).toContainText(
			'“theme=nope” is not a theme in this dataset; showing “A short tour” instead.'
		);
		await expect(notice).toContainText(
			'“step=99” is not a step of “A short tour” (1 to 3); showing step 1 instead.'
		);
		await expect(page.getByText(/^Step \d+ of \d+$/)).toHaveText('Step 1 of 3');
		await expect.poll(() => param(page, 'tour')).toBe('short');
		expect(param(page, 'theme')).toBeNull();
		expect(param(page, 'step')).toBe('1');
		// Replaced, not pushed: Back would otherwise return to the bad address.
		expect(await page.evaluate(() => history.length)).toBe(entries + 1);
	});

	test('a step that is not a number shows a notice', async ({ page }) => {
		await page.goto(`/present/?${DATA}&tour=all&step=abc`);
		await fixtureLoaded(page);
		await expect(page.getByRole('status')).toHaveText(
			'“step=abc” is not a step of “All events in the text, in time order” (1 to 4); showing step 1 instead.'
		);
		await expect.poll(() => param(page, 'step')).toBe('1');
		expect(param(page, 'tour')).toBe('all');
	});
});

test.describe('present, keys whatever has focus', () => {
	test('after choosing in the picker, the arrow keys step and never change the picker', async ({
		page
	}) => {
		await page.goto(`/present/?${DATA}`);
		await fixtureLoaded(page);
		const picker = page.getByRole('combobox', { name: 'Present' });
		await picker.click();
		await picker.selectOption({ label: 'All events in the text, in time order' });
		await expect(progressOf(page)).toHaveText('Step 1 of 4');
		await expect(page.getByRole('article', { name: 'Step of 1991' })).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(progressOf(page)).toHaveText('Step 3 of 4');
		await expect(picker).toHaveValue('all');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Step of 1997');
	});

	test('every stepping key steps, even with the picker focused by keyboard', async ({ page }) => {
		await page.goto(`/present/?${DATA}&tour=all`);
		await fixtureLoaded(page);
		const picker = page.getByRole('combobox', { name: 'Present' });
		await picker.focus();
		await expect(picker).toBeFocused();
		const presses: [string, string][] = [
			['ArrowRight', 'Step 2 of 4'],
			['PageDown', 'Step 3 of 4'],
			['PageUp', 'Step 2 of 4'],
			['Space', 'Step 3 of 4'],
			['ArrowLeft', 'Step 2 of 4'],
			['End', 'Step 4 of 4'],
			['Home', 'Step 1 of 4']
		];
		for (const [key, progress] of presses) {
			await page.keyboard.press(key);
			await expect(progressOf(page), `after ${key}`).toHaveText(progress);
			await expect(picker, `after ${key}`).toHaveValue('all');
		}
	});
});

test.describe('present, on a 1920×1080 projector', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('hides the site header, fills the height, and shows the strip in large type with the current title whole', async ({
		page
	}) => {
		await page.goto(`/present/?${DATA}&tour=short&step=2`);
		await fixtureLoaded(page);
		await expect(page.getByRole('banner')).toHaveCount(0);
		await expect(page.getByRole('navigation', { name: 'Screens' })).toHaveCount(0);

		const strip = page.getByRole('region', { name: 'Timeline' });
		const current = strip.getByRole('button', { name: 'Step of 1997, 1997' });
		await expect(current).toHaveAttribute('aria-pressed', 'true');
		// The strip sits at the bottom of the screen: the slide takes the height above it.
		const box = (await strip.boundingBox())!;
		expect(box.y + box.height).toBeGreaterThan(1080 - 60);
		expect(box.y + box.height).toBeLessThanOrEqual(1080);

		const fontPx = (name: string) =>
			strip
				.getByRole('button', { name })
				.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		for (const name of ['Step of 1991, 1991', 'Step of 1997, 1997', 'Step of 2000, 2000'])
			expect(await fontPx(name)).toBeGreaterThanOrEqual(20);

		// The current event's title, in full, inside the screen and not cut short.
		const title = strip.getByText('Step of 1997', { exact: true });
		await expect(title).toBeVisible();
		const fit = await title.evaluate((el) => {
			const r = el.getBoundingClientRect();
			return {
				fontPx: parseFloat(getComputedStyle(el).fontSize),
				inside: r.left >= 0 && r.right <= innerWidth,
				whole: el.scrollWidth <= Math.ceil(r.width)
			};
		});
		expect(fit).toEqual({ fontPx: expect.any(Number), inside: true, whole: true });
		expect(fit.fontPx).toBeGreaterThanOrEqual(20);

		await page.keyboard.press('End');
		await expect(strip.getByText('Step of 2000', { exact: true })).toBeVisible();
		await expect(strip.getByRole('button', { name: 'Step of 2000, 2000' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
	});

	test('the strip keeps its last year label whole at the right edge', async ({ page }) => {
		// The last step sits where the axis ends just past 1 January 2025, the tick labelled "2025".
		const late = presentDataset();
		const dates = ['1999-03-24', '2008-08-08', '2024-01-10'];
		late.events = late.events.slice(0, 3).map((e, i) => ({ ...e, when: dates[i]! }));
		late.tours = [];
		await page.route(
			(url) => url.pathname === '/fixtures/present-late.json',
			(route) => route.fulfill({ json: late })
		);
		await page.goto('/present/?data=/fixtures/present-late.json&tour=all');
		await fixtureLoaded(page);
		const strip = page.getByRole('region', { name: 'Timeline' });
		const last = strip.getByText('2025', { exact: true });
		await expect(last).toBeVisible();
		const stripBox = (await strip.boundingBox())!;
		const labelBox = (await last.boundingBox())!;
		expect(labelBox.x).toBeGreaterThanOrEqual(stripBox.x);
		expect(labelBox.x + labelBox.width).toBeLessThanOrEqual(stripBox.x + stripBox.width);
	});

	test('a step marker in the strip shows that step', async ({ page }) => {
		await page.goto(`/present/?${DATA}&tour=short`);
		await fixtureLoaded(page);
		await page
			.getByRole('region', { name: 'Timeline' })
			.getByRole('button', { name: 'Step of 2000, 2000' })
			.click();
		await expect(progressOf(page)).toHaveText('Step 3 of 3');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Step of 2000');
		await expect.poll(() => param(page, 'step')).toBe('3');
	});
});

test.describe('present, with a presenter view', () => {
	test('the presenter view opens from a button and stays in step with the slides both ways', async ({
		page
	}) => {
		await page.goto(`/present/?${DATA}&tour=short&step=2`);
		await fixtureLoaded(page);
		const [presenter] = await Promise.all([
			page.waitForEvent('popup'),
			page.getByRole('button', { name: 'Open presenter view' }).click()
		]);
		const presenterErrors = watchErrors(presenter);
		await fixtureLoaded(presenter);
		expect(param(presenter, 'presenter')).toBe('1');

		const section = (name: string) => presenter.getByRole('region', { name });
		await expect(section('Current step')).toContainText('Step of 1997');
		await expect(section('Speaker notes')).toHaveText(/Caption 1997\./);
		await expect(section('Next step')).toContainText('Step of 2000');
		await expect(section('Clock')).toContainText(/\d\d:\d\d/);
		await expect(section('Clock')).toContainText(/Elapsed \d+:\d\d/);
		await expect(presenter.getByRole('button', { name: 'Open presenter view' })).toHaveCount(0);

		// Slides → presenter view.
		await page.keyboard.press('ArrowRight');
		await expect(progressOf(page)).toHaveText('Step 3 of 3');
		await expect(section('Current step')).toContainText('Step of 2000');
		await expect(section('Next step')).toContainText('End of the presentation.');
		await expect(progressOf(presenter)).toHaveText('Step 3 of 3');

		// Presenter view → slides, with a button and with a key.
		await presenter.getByRole('button', { name: '← Previous' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Step of 1997');
		await presenter.keyboard.press('Home');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Step of 1991');
		await expect(progressOf(page)).toHaveText('Step 1 of 3');
		await expect.poll(() => param(page, 'step')).toBe('1');

		// Another presentation chosen in one window is shown in the other.
		await presenter
			.getByRole('combobox', { name: 'Present' })
			.selectOption({ label: 'Theme: Even' });
		await expect(page.getByRole('combobox', { name: 'Present' })).toHaveValue('theme:even');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Step of 1994');
		expect(presenterErrors).toEqual([]);
	});

	test('a presenter view opened on its own takes the step the slides show', async ({
		page,
		context
	}) => {
		await page.goto(`/present/?${DATA}&tour=all&step=3`);
		await fixtureLoaded(page);
		const presenter = await context.newPage();
		const presenterErrors = watchErrors(presenter);
		await presenter.goto(`/present/?${DATA}&presenter=1`);
		await fixtureLoaded(presenter);
		await expect(presenter.getByRole('region', { name: 'Current step' })).toContainText(
			'Step of 1997'
		);
		await expect(progressOf(presenter)).toHaveText('Step 3 of 4');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Step of 1997');
		await expect.poll(() => param(presenter, 'step')).toBe('3');
		expect(presenterErrors).toEqual([]);
	});

	test('the presenter view has no axe violations', async ({ page }) => {
		await page.goto(`/present/?${DATA}&presenter=1`);
		await fixtureLoaded(page);
		await expect(page.getByRole('region', { name: 'Speaker notes' })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
});

test.describe('present, exported as slides', () => {
	test('the .pptx download has one slide per step, saying what each step says', async ({
		page
	}, testInfo) => {
		await page.goto(`/present/?${DATA}&tour=short`);
		await fixtureLoaded(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export slides (.pptx)' }).click()
		]);
		expect(download.suggestedFilename()).toBe('a-short-tour.pptx');
		const file = testInfo.outputPath('tour.pptx');
		await download.saveAs(file);
		const listing = execFileSync('unzip', ['-Z1', file]).toString().split('\n');
		const slides = listing.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
		expect(slides.sort()).toEqual([
			'ppt/slides/slide1.xml',
			'ppt/slides/slide2.xml',
			'ppt/slides/slide3.xml'
		]);
		const texts = [1, 2, 3].map((n) =>
			execFileSync('unzip', ['-p', file, `ppt/slides/slide${n}.xml`]).toString()
		);
		// Each slide draws the three steps as numbered circles on a timeline.
		for (const text of texts) {
			expect(text.match(/prst="ellipse"/g)).toHaveLength(3);
			expect(text).toContain('prst="line"');
		}
		[1991, 1997, 2000].forEach((year, i) => {
			for (const text of [
				`Step of ${year}`,
				`Caption ${year}.`,
				`step ${year} came`,
				'A. Author, '
			])
				expect(texts[i], `slide ${i + 1}`).toContain(text);
		});
	});
});

test.describe('present, a long tour', () => {
	test('the strip shows the page of steps around the current one, and turns the page with it', async ({
		page,
		context
	}) => {
		// 1,000 synthetic events, about a fifth of them quoting the text: all of those are steps.
		await context.route(
			(url) => url.pathname === '/fixtures/many.json',
			(route) => route.fulfill({ json: generateDataset(1000, 3) })
		);
		await page.goto('/present/?data=/fixtures/many.json&tour=all');
		await ready(page);
		await expect(progressOf(page)).toHaveText(/^Step 1 of \d{3}$/);
		const total = Number((await progressOf(page).textContent())!.split(' of ')[1]);
		const strip = page.getByRole('region', { name: 'Timeline' });
		const markers = strip.getByRole('list', { name: new RegExp(`^Steps 1–\\d+ of ${total}$`) });
		await expect(markers).toBeVisible();
		const last = Number((await markers.getAttribute('aria-label'))!.split(/[– ]/)[2]);
		await expect(markers.getByRole('button')).toHaveCount(last);
		expect(last).toBeLessThan(total);
		await expect(markers.getByRole('button').first()).toHaveAttribute('aria-pressed', 'true');
		// Stepping past the page's last marker shows the next page, the new step pressed.
		await page.goto(`/present/?data=/fixtures/many.json&tour=all&step=${last}`);
		await ready(page);
		await expect(progressOf(page)).toHaveText(`Step ${last} of ${total}`);
		await expect(markers.getByRole('button', { pressed: true })).toHaveText(String(last));
		await page.keyboard.press('ArrowRight');
		await expect(progressOf(page)).toHaveText(`Step ${last + 1} of ${total}`);
		const next = strip.getByRole('list', {
			name: new RegExp(`^Steps ${last + 1}–\\d+ of ${total}$`)
		});
		await expect(next.getByRole('button', { pressed: true })).toHaveText(String(last + 1));
		await page.keyboard.press('End');
		await expect(progressOf(page)).toHaveText(`Step ${total} of ${total}`);
		await expect(strip.getByRole('button', { pressed: true })).toHaveText(String(total));
	});
});
