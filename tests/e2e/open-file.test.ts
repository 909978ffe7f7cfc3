import { expect, test, type Page } from '@playwright/test';
import { axeViolations, dropFile, ready } from './fixtures';

const FIXTURES = 'tests/unit/formats/fixtures';

function failOnPageErrors(page: Page): Error[] {
	const errors: Error[] = [];
	page.on('pageerror', (error) => errors.push(error));
	return errors;
}

type FileSpec = { name: string; mimeType: string; buffer: Buffer };

async function openFile(page: Page, file: FileSpec | string) {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Open file…' }).click();
	await (await chooser).setFiles(file);
}

/** A TimelineJS file written for this test: title slide, eras, groups, BCE, display dates, no media. */
const SCHOOL_TIMELINE = {
	title: {
		text: { headline: 'Greek wars for class 7', text: '<p>Our <b>unit</b> on Greece.</p>' }
	},
	events: [
		{
			start_date: { year: -490, month: 9 },
			display_date: 'Late summer, 490 BC',
			text: { headline: 'Marathon', text: 'Athens wins.' },
			group: 'Persian Wars'
		},
		{
			start_date: { year: '-480' },
			text: { headline: 'Salamis', text: 'A battle at sea.' },
			group: 'Persian Wars',
			media: { url: 'https://www.britannica.com/event/Battle-of-Salamis', credit: 'Britannica' }
		},
		{
			start_date: { year: -431 },
			end_date: { year: -404 },
			text: { headline: 'Peloponnesian War', text: 'Athens against Sparta.' },
			group: 'Greek against Greek'
		}
	],
	eras: [
		{
			start_date: { year: -499 },
			end_date: { year: -449 },
			text: { headline: 'Persian Wars era', text: '' }
		}
	]
};

const schoolFile = (): FileSpec => ({
	name: 'greek-wars.json',
	mimeType: 'application/json',
	buffer: Buffer.from(JSON.stringify(SCHOOL_TIMELINE))
});

test.describe('Open file…', () => {
	test('opens a TimelineJS file: its events show in the timeline and the list', async ({
		page
	}) => {
		const errors = failOnPageErrors(page);
		await page.goto('/');
		await ready(page);
		await openFile(page, `${FIXTURES}/timelinejs.json`);
		await expect(page.getByRole('banner')).toContainText('Wars & Races');
		// An imported timeline has no source text, so there is no text panel.
		await expect(page.getByRole('region', { name: 'Source text' })).toHaveCount(0);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await timeline.getByRole('button', { name: 'Show all' }).click();
		await expect(timeline.getByRole('button', { name: /^Battle of Marathon/ })).toBeVisible();

		await page.getByRole('link', { name: 'Event list' }).click();
		const row = page.getByRole('row').filter({ hasText: 'Battle of Marathon' });
		await expect(row.getByRole('cell').first()).toHaveText('490 BCE');
		await expect(page.getByRole('row').filter({ hasText: 'Apollo 11 on the Moon' })).toHaveCount(1);
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('opens a TimelineJS file without media: events without a source say so', async ({
		page
	}) => {
		const errors = failOnPageErrors(page);
		await page.goto('/');
		await ready(page);
		await openFile(page, schoolFile());
		await expect(page.getByRole('banner')).toContainText('Greek wars for class 7');
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await timeline.getByRole('button', { name: 'Show all' }).click();
		await timeline.getByRole('button', { name: /^Marathon, September 490 BCE/ }).click();
		const details = page.getByRole('region', { name: 'Event details' });
		await expect(details.getByRole('heading', { level: 2 })).toHaveText('Marathon');
		await expect(details).toContainText('Late summer, 490 BC');
		await expect(details).toContainText('No source is given for this date.');

		await page.getByRole('link', { name: 'Event list' }).click();
		const salamis = page.getByRole('row').filter({ hasText: 'Salamis' });
		await expect(salamis.getByRole('cell').first()).toHaveText('480 BCE');
		await expect(salamis.getByRole('link', { name: 'Britannica' })).toBeVisible();
		await expect(page.getByRole('row').filter({ hasText: 'Peloponnesian War' })).toHaveCount(1);
		expect(errors).toEqual([]);
	});

	test('opens a file from the presentation, whose header is hidden', async ({ page }) => {
		const errors = failOnPageErrors(page);
		await page.goto('/present/');
		await ready(page);
		await expect(page.getByRole('banner')).toBeHidden();
		await openFile(page, schoolFile());
		await expect(page.getByRole('combobox', { name: 'Present' })).toHaveValue('all');
		await expect(page.getByRole('heading', { name: 'Marathon', level: 1 })).toBeVisible();
		await expect(page.getByText(/^Step 1 of 3$/)).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('a file with problems lists them by row and keeps the dataset shown', async ({ page }) => {
		const errors = failOnPageErrors(page);
		await page.goto('/events/');
		await ready(page);
		const before = await page.getByRole('banner').textContent();
		await openFile(page, {
			name: 'broken.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(
				'id,title,when,summary,stance,basis,sources\nx,X,1999-13,S,mixed,context,https://example.org/x\n'
			)
		});
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('broken.csv › row 2 › when');
		await expect(page.getByRole('banner')).toHaveText(before ?? '');
		expect(errors).toEqual([]);
	});
});

test.describe('Dropping a file on the page', () => {
	const CSV = [
		'id,title,when,summary,stance,basis,sources',
		'wall-opens,Berlin Wall opens,1989-11-09,Crossings open at night.,cooperation,context,',
		'germany-unified,Germany unified,1990-10-03,One state again.,cooperation,context,Bundestag | https://www.bundestag.de/'
	].join('\n');

	test('loads a dropped CSV like Open file…', async ({ page }) => {
		const errors = failOnPageErrors(page);
		await page.goto('/');
		await ready(page);
		await dropFile(page, { name: 'berlin-1989.csv', type: 'text/csv', text: CSV });
		await expect(page.getByRole('banner')).toContainText('berlin-1989');
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await timeline.getByRole('button', { name: 'Show all' }).click();
		await expect(timeline.getByRole('button', { name: /^Berlin Wall opens/ })).toBeVisible();
		await expect(timeline.getByRole('button', { name: /^Germany unified/ })).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('a dropped file that is not a dataset is named in the error; the dataset stays', async ({
		page
	}) => {
		const errors = failOnPageErrors(page);
		await page.goto('/');
		await ready(page);
		const before = await page.getByRole('banner').textContent();
		await dropFile(page, { name: 'shopping.txt', type: 'text/plain', text: 'milk\neggs\n' });
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('shopping.txt: is not a format chronotext reads');
		await expect(alert).toContainText('could not be loaded; still showing');
		await expect(page.getByRole('banner')).toHaveText(before ?? '');
		expect(errors).toEqual([]);
	});
});
