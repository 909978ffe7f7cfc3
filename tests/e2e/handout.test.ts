import { expect, test, type Page } from '@playwright/test';
import { axeViolations, ready } from './fixtures';
import { handoutDataset } from './handoutData';
import { collectErrors } from './pageErrors';

const DATA = 'data=/fixtures/handout.json';

/** The pages of a PDF, counted by their page objects. */
function pdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

async function fixtureLoaded(page: Page) {
	await ready(page);
	await expect(page).toHaveTitle(/Handout fixture/);
}

let errors: string[] = [];

test.beforeEach(async ({ page }) => {
	errors = collectErrors(page);
	await page.route(
		(url) => url.pathname === '/fixtures/handout.json',
		(route) => route.fulfill({ json: handoutDataset() })
	);
});

test.afterEach(() => {
	expect(errors).toEqual([]);
});

test('the handout of twenty events prints on at most two A4 pages, with a timeline on top', async ({
	page
}) => {
	// A long journey with axe and PDFs: slow on a busy machine.
	test.slow();
	await page.goto(`/events/?${DATA}&theme=energy`);
	await fixtureLoaded(page);
	await expect(page.getByText('Filtered to 20 of 30 events: Theme: Energy.')).toBeVisible();
	const layout = page.getByRole('group', { name: 'Print layout' });
	await expect(layout.getByRole('radio', { name: /^Full/ })).toBeChecked();
	// page.pdf() prints with the media emulated last: print, as a browser does.
	await page.emulateMedia({ media: 'print' });
	const full = pdfPages(await page.pdf({ format: 'A4' }));
	await page.emulateMedia({ media: 'screen' });

	await layout.getByRole('radio', { name: /^Handout/ }).check();
	expect(await axeViolations(page)).toEqual([]);
	await page.emulateMedia({ media: 'print' });
	const timeline = page.getByRole('img', {
		name: 'Timeline of the 20 events, numbered as in the list below'
	});
	await expect(timeline).toBeVisible();
	const handout = page.getByRole('region', { name: 'Handout' });
	await expect(handout.getByRole('listitem')).toHaveCount(20);
	await expect(handout.getByRole('listitem').first()).toContainText('In event 0 the alliance');
	await expect(page.getByRole('table')).toBeHidden();

	const handoutPages = pdfPages(await page.pdf({ format: 'A4' }));
	expect(handoutPages).toBeGreaterThanOrEqual(1);
	expect(handoutPages).toBeLessThanOrEqual(2);
	// The full layout, with sources and date notes, takes more.
	expect(full).toBeGreaterThan(handoutPages);
});

test('tour= lists only the tour’s steps, in its order', async ({ page }) => {
	await page.goto(`/events/?${DATA}&tour=three`);
	await fixtureLoaded(page);
	await expect(
		page.getByText('The 3 steps of the tour “Three steps”, in its order.')
	).toBeVisible();
	const titles = page.getByRole('table').getByRole('link', { name: /^Event \d+:/ });
	await expect(titles).toHaveText([/^Event 25:/, /^Event 3:/, /^Event 14:/]);
	await expect(page.getByRole('status').filter({ hasText: 'is not' })).toHaveCount(0);
});

test('an unknown tour= lists every event with a notice', async ({ page }) => {
	await page.goto(`/events/?${DATA}&tour=nope`);
	await fixtureLoaded(page);
	await expect(page.getByRole('status').filter({ hasText: 'tour=' })).toContainText(
		'“tour=nope” is not a tour in this dataset; listing every event instead.'
	);
	await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '31');
});
