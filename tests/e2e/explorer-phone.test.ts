import { expect, type Locator, type Page } from '@playwright/test';
import { axeViolations, gesturesReady } from './fixtures';
import { details, detailsHeading, mark, openExplorer, test } from './explorerData';

const closeButton = (page: Page) => details(page).getByRole('button', { name: 'Close details' });
const expandButton = (page: Page) => details(page).getByRole('button', { name: 'Expand details' });

async function open(page: Page, query = '') {
	await openExplorer(page, query);
	await gesturesReady(page);
}

/** Whether the middle and the four inner corners of `target` are what a tap there would reach. */
async function uncovered(target: Locator): Promise<boolean> {
	return target.evaluate((el) => {
		const b = el.getBoundingClientRect();
		const xs = [b.left + 2, b.left + b.width / 2, b.right - 2];
		const ys = [b.top + 2, b.top + b.height / 2, b.bottom - 2];
		return xs.every((x) => ys.every((y) => el.contains(document.elementFromPoint(x, y))));
	});
}

/**
 * The details of `title` are in view, and so is its mark on the timeline: whole, above the
 * details rather than under them, with the whole title in its name.
 */
async function expectSelectionInView(page: Page, title: string) {
	await expect(detailsHeading(page)).toHaveText(title);
	await expect(detailsHeading(page)).toBeInViewport({ ratio: 1 });
	await expect(closeButton(page)).toBeInViewport({ ratio: 1 });
	const event = mark(page, title);
	await expect(event).toHaveAttribute('aria-pressed', 'true');
	await expect(event).toBeInViewport({ ratio: 0.99 });
	await expect.poll(() => uncovered(event)).toBe(true);
	const box = (await event.boundingBox())!;
	const sheet = (await details(page).boundingBox())!;
	const overlaps =
		box.y < sheet.y + sheet.height &&
		sheet.y < box.y + box.height &&
		box.x < sheet.x + sheet.width &&
		sheet.x < box.x + box.width;
	expect(overlaps).toBe(false);
	expect(await event.getAttribute('aria-label')).toMatch(new RegExp(`^${title}, `));
}

test.describe('the explorer on a phone, 390×844', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

	test('a tap shows the details and keeps the event in view above them', async ({ page }) => {
		await open(page);
		await mark(page, 'Founding Act signed').tap();
		await expectSelectionInView(page, 'Founding Act signed');
		// The details take at most a little over half of the screen.
		const top = (await closeButton(page).boundingBox())!.y;
		expect(top).toBeGreaterThan(844 * 0.4);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('Enter on an event shows both', async ({ page }) => {
		await open(page);
		await mark(page, 'Council of twenty founded in Rome').focus();
		await page.keyboard.press('Enter');
		await expectSelectionInView(page, 'Council of twenty founded in Rome');
	});

	test('?event= outside the default view brings the event in, above the details', async ({
		page
	}) => {
		await open(page, '&event=invasion');
		await expectSelectionInView(page, 'A full-scale invasion');
	});

	test('Close details returns to the event on the timeline', async ({ page }) => {
		await open(page, '&event=air-war');
		await expectSelectionInView(page, 'The air war over Kosovo and its long aftermath');
		await closeButton(page).click();
		await expect(detailsHeading(page)).toHaveCount(0);
		const event = mark(page, 'The air war over Kosovo and its long aftermath');
		await expect(event).toBeFocused();
		await expect(event).toBeInViewport({ ratio: 0.99 });
		await expect(event).toHaveAttribute('aria-pressed', 'false');
	});

	test('Escape in the details closes them and returns to the event', async ({ page }) => {
		await open(page);
		await mark(page, 'Founding Act signed').tap();
		await expectSelectionInView(page, 'Founding Act signed');
		await closeButton(page).focus();
		await page.keyboard.press('Escape');
		await expect(detailsHeading(page)).toHaveCount(0);
		await expect(mark(page, 'Founding Act signed')).toBeFocused();
		await expect(page).not.toHaveURL(/event=/);
	});

	test('the details expand to the full height and back, by keyboard', async ({ page }) => {
		await open(page, '&event=founding-act');
		await expectSelectionInView(page, 'Founding Act signed');
		const expand = expandButton(page);
		await expect(expand).toHaveAttribute('aria-expanded', 'false');
		await expand.focus();
		await page.keyboard.press('Enter');
		await expect(expand).toHaveAttribute('aria-expanded', 'true');
		await expect.poll(async () => (await closeButton(page).boundingBox())!.y).toBeLessThan(100);
		await expect(closeButton(page)).toBeInViewport({ ratio: 1 });
		await page.keyboard.press('Enter');
		await expect(expand).toHaveAttribute('aria-expanded', 'false');
		await expectSelectionInView(page, 'Founding Act signed');
	});
});

for (const viewport of [
	{ width: 844, height: 390 },
	{ width: 768, height: 1024 }
]) {
	test.describe(`the explorer at ${viewport.width}×${viewport.height}`, () => {
		test.use({ viewport, hasTouch: true });

		test('?event= shows the details and the event together', async ({ page }) => {
			await open(page, '&event=council');
			await expectSelectionInView(page, 'Council of twenty founded in Rome');
			await closeButton(page).click();
			await expect(mark(page, 'Council of twenty founded in Rome')).toBeFocused();
		});
	});
}
