import { execFileSync } from 'node:child_process';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { presentDataset } from './datasets';
import { axeViolations, ready } from './fixtures';
import { collectErrors } from './pageErrors';

/** Four text-linked events, a few years apart, and no tours of its own. */
function tourDataset() {
	return { ...presentDataset(), id: 'tour-fixture', title: 'Tour fixture', tours: [] };
}

const FIXTURE = '/fixtures/tour.json';

async function serveFixture(context: BrowserContext) {
	await context.route(
		(url) => url.pathname === FIXTURE,
		(route) => route.fulfill({ json: tourDataset() })
	);
}

async function fixtureLoaded(page: Page) {
	await ready(page);
	await expect(page).toHaveTitle(/Tour fixture/);
}

const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const myTour = (page: Page) => page.getByRole('region', { name: 'My tour' });
const progressOf = (page: Page) => page.getByText(/^Step \d+ of \d+$/);

/** Selects the event `year` on the timeline and adds it to the tour with `caption`. */
async function addStep(page: Page, year: number, caption: string) {
	await page
		.getByRole('region', { name: 'Timeline' })
		.getByRole('button', { name: new RegExp(`^Step of ${year},`) })
		.click();
	await expect(details(page).getByRole('heading', { name: `Step of ${year}` })).toBeVisible();
	await details(page).getByRole('button', { name: 'Add to tour' }).click();
	await expect(details(page).getByRole('button', { name: 'Add to tour' })).toBeDisabled();
	await myTour(page)
		.getByRole('textbox', { name: `Caption: Step of ${year}` })
		.fill(caption);
}

/** The steps of the tour being built, as "title | caption" lines in order. */
async function listedSteps(page: Page): Promise<string[]> {
	const items = myTour(page).getByRole('listitem');
	const out: string[] = [];
	for (let i = 0; i < (await items.count()); i++) {
		const item = items.nth(i);
		const title = await item.getByRole('strong').textContent();
		const caption = await item.getByRole('textbox').inputValue();
		out.push(`${title} | ${caption}`);
	}
	return out;
}

let errors: string[] = [];

test.beforeEach(async ({ page, context }) => {
	errors = collectErrors(page);
	await serveFixture(context);
});

test.afterEach(() => {
	expect(errors).toEqual([]);
});

test('a tour built in the explorer survives a reload and presents elsewhere from its link', async ({
	page,
	browser
}, testInfo) => {
	// A long journey with axe and PDFs: slow on a busy machine.
	test.slow();
	await page.goto(`/?data=${FIXTURE}`);
	await fixtureLoaded(page);
	await expect(myTour(page)).toContainText('press “Add to tour”');

	await addStep(page, 1997, 'Kosovo changes everything.');
	await addStep(page, 1991, 'Where it starts.');
	await addStep(page, 2000, 'What follows.');
	// 1991 goes first: it moves up once.
	await myTour(page).getByRole('button', { name: 'Move up: Step of 1991' }).click();
	await myTour(page).getByRole('textbox', { name: 'Tour title' }).fill('Kosovo lesson');
	const built = [
		'Step of 1991 | Where it starts.',
		'Step of 1997 | Kosovo changes everything.',
		'Step of 2000 | What follows.'
	];
	expect(await listedSteps(page)).toEqual(built);
	expect(await axeViolations(page)).toEqual([]);

	await page.reload();
	await fixtureLoaded(page);
	await expect(myTour(page).getByRole('listitem')).toHaveCount(3);
	expect(await listedSteps(page)).toEqual(built);
	await expect(myTour(page).getByRole('textbox', { name: 'Tour title' })).toHaveValue(
		'Kosovo lesson'
	);

	// Another machine: a fresh browser context, with nothing stored.
	const href = await myTour(page)
		.getByRole('link', { name: 'Present this tour' })
		.getAttribute('href');
	const elsewhere = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	await serveFixture(elsewhere);
	const slides = await elsewhere.newPage();
	const slideErrors = collectErrors(slides);
	await slides.goto(new URL(href!, page.url()).href);
	await fixtureLoaded(slides);
	await expect(slides).toHaveTitle(/Present · Kosovo lesson/);
	await expect(progressOf(slides)).toHaveText('Step 1 of 3');
	await expect(slides.getByRole('status')).toHaveCount(0);

	// The picker: away to another presentation and back; then the keys step, the picker keeps.
	const picker = slides.getByRole('combobox', { name: 'Present' });
	await picker.selectOption({ label: 'All events in the text, in time order' });
	await expect(progressOf(slides)).toHaveText('Step 1 of 4');
	await picker.selectOption({ label: 'My tour: Kosovo lesson' });
	await expect(progressOf(slides)).toHaveText('Step 1 of 3');
	const seen: string[] = [];
	for (let i = 0; i < 3; i++) {
		if (i > 0) await slides.keyboard.press('ArrowRight');
		await expect(progressOf(slides)).toHaveText(`Step ${i + 1} of 3`);
		const title = await slides.getByRole('heading', { level: 1 }).textContent();
		const caption = await slides.getByRole('article').getByText(/\.$/).first().textContent();
		seen.push(`${title} | ${caption}`);
	}
	expect(seen).toEqual(built);
	await expect(picker).toHaveValue(/^my-/);

	// The presenter view keeps in step, with the captions as speaker notes.
	await slides.keyboard.press('Home');
	const [presenter] = await Promise.all([
		slides.waitForEvent('popup'),
		slides.getByRole('button', { name: 'Open presenter view' }).click()
	]);
	const presenterErrors = collectErrors(presenter);
	await fixtureLoaded(presenter);
	const notes = presenter.getByRole('region', { name: 'Speaker notes' });
	await expect(notes).toHaveText(/Where it starts\./);
	await slides.keyboard.press('PageDown');
	await expect(notes).toHaveText(/Kosovo changes everything\./);
	await expect(progressOf(presenter)).toHaveText('Step 2 of 3');
	await presenter.keyboard.press('ArrowRight');
	await expect(slides.getByRole('heading', { level: 1 })).toHaveText('Step of 2000');

	// One slide per step of the tour.
	const [download] = await Promise.all([
		slides.waitForEvent('download'),
		slides.getByRole('button', { name: 'Export slides (.pptx)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('kosovo-lesson.pptx');
	const file = testInfo.outputPath('my-tour.pptx');
	await download.saveAs(file);
	const listing = execFileSync('unzip', ['-Z1', file]).toString().split('\n');
	expect(listing.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(3);
	const first = execFileSync('unzip', ['-p', file, 'ppt/slides/slide1.xml']).toString();
	expect(first).toContain('Where it starts.');

	expect([...slideErrors, ...presenterErrors]).toEqual([]);
	await elsewhere.close();
});

test('several tours are kept, renamed, chosen and deleted', async ({ page }) => {
	await page.goto(`/?data=${FIXTURE}&event=step-1994`);
	await fixtureLoaded(page);
	await details(page).getByRole('button', { name: 'Add to tour' }).click();
	await myTour(page).getByRole('textbox', { name: 'Tour title' }).fill('First');
	await myTour(page).getByRole('button', { name: 'New tour' }).click();
	await expect(myTour(page).getByRole('textbox', { name: 'Tour title' })).toHaveValue('My tour');
	await myTour(page).getByRole('textbox', { name: 'Tour title' }).fill('Second');
	// The new tour is empty: the selected event can be added to it too.
	await details(page).getByRole('button', { name: 'Add to tour' }).click();
	await myTour(page).getByRole('button', { name: 'Remove: Step of 1994' }).click();
	await expect(myTour(page).getByRole('listitem')).toHaveCount(0);

	const chooser = myTour(page).getByRole('combobox', { name: 'Tour', exact: true });
	await expect(chooser.getByRole('option')).toHaveText(['First (1)', 'Second (0)']);
	await chooser.selectOption({ label: 'First (1)' });
	await expect(myTour(page).getByRole('listitem')).toHaveCount(1);
	expect(await axeViolations(page)).toEqual([]);

	await page.reload();
	await fixtureLoaded(page);
	await expect(myTour(page).getByRole('textbox', { name: 'Tour title' })).toHaveValue('First');
	await myTour(page).getByRole('button', { name: 'Delete tour' }).click();
	await expect(myTour(page).getByRole('textbox', { name: 'Tour title' })).toHaveValue('Second');
	await expect(myTour(page).getByRole('combobox', { name: 'Tour', exact: true })).toHaveCount(0);
});

test('a damaged tour link shows a notice and the dataset’s presentation', async ({ page }) => {
	await page.goto(`/present/?data=${FIXTURE}&tour=my-abc&tourdata=not-a-tour`);
	await fixtureLoaded(page);
	await expect(page.getByRole('status')).toContainText(
		'“tourdata” does not hold a tour made in the explorer'
	);
	await expect(progressOf(page)).toHaveText('Step 1 of 4');
	await expect.poll(() => new URL(page.url()).searchParams.get('tour')).toBe('all');
	expect(new URL(page.url()).searchParams.get('tourdata')).toBeNull();
});
