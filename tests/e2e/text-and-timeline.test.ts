import { expect, test } from '@playwright/test';
import { axeViolations, ready } from './fixtures';

test.describe('text and timeline, linked both ways', () => {
	test('a highlighted quote selects its event, brings it into view and shows the quote', async ({
		page
	}) => {
		// Zoomed to 2005–2007: November 2003 is out of view.
		await page.goto('/?from=2005-01-01&to=2007-12-31');
		await ready(page);
		const text = page.getByRole('region', { name: 'Source text' });
		await text
			.getByRole('button', { name: /^“its demands for a 20-year base there”: event: Kozak/ })
			.click();
		const details = page.getByRole('region', { name: 'Event details' });
		await expect(details.getByRole('heading', { level: 2 })).toHaveText(/Kozak/);
		await expect(details).toContainText('its demands for a 20-year base there');
		await expect(page).toHaveURL(/event=kozak-memorandum/);
		const mark = page.getByRole('button', { name: /^Kozak Memorandum.*, November 2003, / });
		await expect(mark).toBeAttached();
		await expect
			.poll(() => {
				const url = new URL(page.url());
				return [url.searchParams.get('from')! < '2003-11', url.searchParams.get('to')! > '2003-12'];
			})
			.toEqual([true, true]);
		// The view moves there in an animation that may still run when the address has changed.
		const chart = page.getByRole('group', { name: /events drawn/ });
		await expect
			.poll(async () => {
				const [markBox, chartBox] = [(await mark.boundingBox())!, (await chart.boundingBox())!];
				return markBox.x >= chartBox.x && markBox.x <= chartBox.x + chartBox.width;
			})
			.toBe(true);
	});

	test('a quote linked to several events offers the choice', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		const text = page.getByRole('region', { name: 'Source text' });
		const shared = text.getByRole('button', { name: /events: / }).first();
		await shared.click();
		const chooser = text.getByRole('group', { name: /Events for/ });
		await expect(chooser).toBeVisible();
		const choices = chooser.getByRole('button').filter({ hasNotText: 'Close' });
		expect(await choices.count()).toBeGreaterThan(1);
		await expect(choices.first()).toBeFocused();
		const title = (await choices.nth(1).textContent())!.replace(/\s*\(.*\)$/, '').trim();
		await choices.nth(1).click();
		await expect(
			page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })
		).toHaveText(title);
	});

	test('selecting an event emphasises its quote and scrolls it into view', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await page
			.getByRole('button', { name: /^NATO's Riga summit.*, 28–29 November 2006, / })
			.click();
		const text = page.getByRole('region', { name: 'Source text' });
		const active = text.locator('[aria-current="true"]').first();
		await expect(active).toHaveAccessibleName(/Riga summit/);
		// The text panel scrolls itself, not the page: where the panel sits in the window depends on
		// how far the click scrolled the page (and whether the panel had loaded by then).
		await expect.poll(() => active.evaluate(shownInItsScroller)).toBe(true);
		await page
			.getByRole('region', { name: 'Event details' })
			.getByRole('button', { name: 'Show in text' })
			.first()
			.click();
		await expect(text.getByRole('button', { name: /Riga summit/ }).first()).toBeFocused();
	});

	test('filters and search change what is shown and survive a reload', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		const total = (await (await page.request.get('/data/nato-russia-2006.json')).json()).events
			.length as number;
		const all = `${total} of ${total} events match`;
		const count = page.getByText(new RegExp(` of ${total} events match$`));
		await expect(count).toHaveText(all);
		await page.getByText('Filter by stance, basis, actor, theme').click();
		await page
			.getByRole('group', { name: 'Stance' })
			.getByRole('checkbox', { name: 'Friction' })
			.check();
		await expect(count).not.toHaveText(all);
		await expect(
			page.getByRole('button', { name: /^NATO-Russia Founding Act signed in Paris/ })
		).toHaveCount(0);
		await page.getByRole('searchbox', { name: 'Search' }).fill('Kosovo');
		await expect(page).toHaveURL(/stance=friction/);
		await expect(page).toHaveURL(/q=Kosovo/);
		const filtered = await count.textContent();
		const text = page.getByRole('region', { name: 'Source text' });
		await expect(
			text.getByRole('button', { name: /hidden by the filters$/ }).first()
		).toBeVisible();
		await expect(
			text.getByRole('button', { name: /Operation Allied Force/ }).first()
		).not.toHaveAccessibleName(/hidden by the filters$/);

		await page.reload();
		await ready(page);
		await expect(count).toHaveText(filtered!);
		await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('Kosovo');
		await expect(
			page.getByRole('button', { name: /^NATO air campaign against Yugoslavia/ })
		).toBeVisible();
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(count).toHaveText(all);
	});

	test('keyboard only: text → event → related event', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		const text = page.getByRole('region', { name: 'Source text' });
		const quote = text.getByRole('button', { name: /Kosovo and Iraq”: 5 events/ });
		await quote.focus();
		await page.keyboard.press('Enter');
		const chooser = text.getByRole('group', { name: /Events for/ });
		await expect(chooser.getByRole('button').first()).toBeFocused();
		while (
			!(await page.evaluate(() => document.activeElement?.textContent ?? '')).includes(
				'Operation Allied Force'
			)
		)
			await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		const details = page.getByRole('region', { name: 'Event details' });
		await expect(details.getByRole('heading', { level: 2 })).toHaveText(/Operation Allied Force/);
		const related = details.getByRole('button', { name: /Pristina airport/ });
		await related.focus();
		await page.keyboard.press('Enter');
		await expect(details.getByRole('heading', { level: 2 })).toHaveText(/Pristina airport/);
		await expect(page).toHaveURL(/event=pristina-airport-dash/);
	});

	test('has no axe violations with filters open and the reading order shown', async ({ page }) => {
		await page.goto('/?event=kozak-memorandum');
		await ready(page);
		await page.getByText('Filter by stance, basis, actor, theme').click();
		await page.getByText('Reading order against time').click();
		await expect(
			page.getByRole('group', { name: 'Quotes in reading order with their dates' })
		).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
});

/** Whether `el` lies wholly inside the visible part of the nearest ancestor that scrolls. */
function shownInItsScroller(el: Element): boolean {
	let box = el.parentElement;
	while (box && !/auto|scroll/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
	if (!box) return false;
	const r = el.getBoundingClientRect();
	const port = box.getBoundingClientRect();
	return r.top >= port.top && r.bottom <= port.bottom;
}
