import { expect, type Page } from '@playwright/test';
import { ready } from './fixtures';
import { EXPLORER_DATA, explorerDataset, serveExplorerData, test } from './explorerData';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const mark = (page: Page, title: string) =>
	timeline(page).getByRole('button', { name: new RegExp(`^${title},`) });

async function open(page: Page, query = '', dataset?: object) {
	await serveExplorerData(page, dataset);
	await page.goto(`/?data=${EXPLORER_DATA}${query}`);
	await ready(page);
	await expect(page.getByRole('banner')).toContainText('A test text and its events');
}

test.describe('the selected title near the right edge', () => {
	const longTitle = 'Operation Allied Force over the Federal Republic of Yugoslavia ends';
	const withLongTitle = {
		...explorerDataset,
		events: [
			...explorerDataset.events,
			{
				...explorerDataset.events.find((e) => e.id === 'council')!,
				id: 'late-long',
				title: longTitle,
				when: '2006-10-02',
				basis: 'context',
				mentions: []
			}
		]
	};

	test('is drawn whole inside the chart, measured at its bold weight', async ({ page }) => {
		await open(page, '&event=late-long', withLongTitle);
		const button = mark(page, longTitle);
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		const chart = (await page.getByRole('group', { name: /events drawn/ }).boundingBox())!;
		const box = (await button.boundingBox())!;
		const boldPx = await page.evaluate((title) => {
			const ctx = document.createElement('canvas').getContext('2d')!;
			ctx.font = `700 12px ${getComputedStyle(document.documentElement).fontFamily}`;
			return ctx.measureText(title).width;
		}, longTitle);
		// The button covers the mark and its painted label: the whole title, and inside the chart.
		expect(box.width).toBeGreaterThanOrEqual(boldPx);
		expect(box.x).toBeGreaterThanOrEqual(chart.x);
		expect(box.x + box.width).toBeLessThanOrEqual(chart.x + chart.width);
	});
});

test.describe('count boxes', () => {
	const count = (page: Page) => timeline(page).getByRole('button', { name: /^6 events, / });

	test('are named by how many events and their span, and explained in the legend', async ({
		page
	}) => {
		await open(page);
		await expect(count(page)).toHaveAccessibleName(
			'6 events, 2–7 January 1995; zoom in to show them'
		);
		await timeline(page).getByText('Legend and keys').click();
		await expect(
			timeline(page).getByText(/A box with a number: that many events too close to draw apart/)
		).toBeVisible();
	});

	test('Enter on a count zooms to its events, which are then drawn one by one', async ({
		page
	}) => {
		await open(page);
		await expect(mark(page, 'Cluster meeting 1')).toHaveCount(0);
		await count(page).focus();
		await expect(count(page)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(timeline(page).getByText(/^Showing /)).toHaveText(/^Showing .*January 1995$/);
		for (let n = 1; n <= 6; n++) await expect(mark(page, `Cluster meeting ${n}`)).toBeAttached();
		await expect(count(page)).toHaveCount(0);
	});

	test('Tab reaches a count', async ({ page }) => {
		await open(page);
		await mark(page, 'Arms treaty signed in Paris').focus();
		await page.keyboard.press('Shift+Tab');
		await expect(count(page)).toBeFocused();
	});
});

test.describe('keyboard path between the timeline and the text', () => {
	const sourceText = (page: Page) => page.getByRole('region', { name: 'Source text' });
	const foundingQuote = (page: Page) =>
		sourceText(page).getByRole('button', { name: /^“The Founding Act of 1997 opened a forum\.”/ });

	test('Tab from a selected event reaches "Show in text"; Escape in the text returns', async ({
		page
	}) => {
		await open(page);
		const founding = mark(page, 'Founding Act signed');
		await founding.focus();
		await page.keyboard.press('Enter');
		const details = page.getByRole('region', { name: 'Event details' });
		await expect(details.getByRole('heading', { level: 2 })).toHaveText('Founding Act signed');
		await expect(founding).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(details.getByRole('button', { name: 'Close details' })).toBeFocused();
		const showInText = details.getByRole('button', { name: 'Show in text' });
		let tabs = 1;
		while (tabs < 4 && !(await showInText.evaluate((el) => el === document.activeElement))) {
			await page.keyboard.press('Tab');
			tabs++;
		}
		await expect(showInText).toBeFocused();
		expect(tabs).toBeLessThanOrEqual(3);
		await page.keyboard.press('Enter');
		await expect(foundingQuote(page)).toBeFocused();
		await expect(foundingQuote(page)).toBeInViewport({ ratio: 1 });
		await page.keyboard.press('Escape');
		await expect(founding).toBeFocused();
		await expect(details.getByRole('heading', { level: 2 })).toHaveText('Founding Act signed');
	});

	test('T on an event shows its quote in the text, fully in view', async ({ page }) => {
		await open(page);
		const council = mark(page, 'Council of twenty founded in Rome');
		await council.focus();
		await page.keyboard.press('t');
		const quote = sourceText(page).getByRole('button', {
			name: /^“A council of twenty was formed in Rome”/
		});
		await expect(quote).toBeFocused();
		await expect(quote).toBeInViewport({ ratio: 1 });
		await expect(
			page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })
		).toHaveText('Council of twenty founded in Rome');
		await page.keyboard.press('Escape');
		await expect(council).toBeFocused();
		await expect(council).toHaveAttribute('aria-pressed', 'true');
	});

	test('T pressed before the text has loaded shows the quote once it arrives', async ({ page }) => {
		// The text panel's script is held back until the key has been pressed.
		let release = () => {};
		const released = new Promise<void>((resolve) => (release = resolve));
		let held = false;
		await page.route(
			(url) => url.pathname.startsWith('/_app/immutable/') && url.pathname.endsWith('.js'),
			async (route) => {
				const response = await route.fetch();
				const body = await response.text();
				if (body.includes('Highlight only the selected event')) {
					held = true;
					await released;
				}
				await route.fulfill({ response, body });
			}
		);
		await open(page);
		const council = mark(page, 'Council of twenty founded in Rome');
		await council.focus();
		await expect.poll(() => held).toBe(true);
		await page.keyboard.press('t');
		await expect(
			page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })
		).toHaveText('Council of twenty founded in Rome');
		release();
		const quote = sourceText(page).getByRole('button', {
			name: /^“A council of twenty was formed in Rome”/
		});
		await expect(quote).toBeFocused();
		await expect(quote).toBeInViewport({ ratio: 1 });
	});
});

test.describe('highlights in the source text', () => {
	const sourceText = (page: Page) => page.getByRole('region', { name: 'Source text' });
	const quotes = (page: Page) => sourceText(page).getByRole('button', { name: /^“/ });
	const onlySelected = (page: Page) =>
		sourceText(page).getByRole('checkbox', { name: /^Highlight only the selected event/ });

	test('can be limited to the selected event, or to the filtered events', async ({ page }) => {
		await open(page);
		await expect(quotes(page)).toHaveCount(4);
		await onlySelected(page).check();
		// Nothing selected and no filter: every quote stays highlighted.
		await expect(quotes(page)).toHaveCount(4);
		await timeline(page)
			.getByRole('group', { name: 'Show only events by basis' })
			.getByRole('button', { name: 'In the text' })
			.click();
		await expect(quotes(page)).toHaveCount(3);
		await expect(quotes(page).filter({ hasText: 'The arms treaty of 1990' })).toHaveCount(0);
		await expect(sourceText(page)).toContainText('The arms treaty of 1990 set the scene.');
		await mark(page, 'Founding Act signed').click();
		await expect(quotes(page)).toHaveCount(1);
		await expect(quotes(page)).toHaveText('The Founding Act of 1997 opened a forum.');
		await onlySelected(page).uncheck();
		await expect(quotes(page)).toHaveCount(4);
	});

	test('the choice for a quote of several events opens at its top', async ({ page }) => {
		const shared = 'the words that several events share';
		const filler = 'A sentence that only fills the passage out. '.repeat(60);
		const dataset = {
			...explorerDataset,
			source: {
				...explorerDataset.source,
				sections: [
					{
						id: 'long',
						heading: 'A long section',
						passages: [
							{ id: 'long-1', text: `${filler}Here are ${shared}.` },
							{ id: 'long-2', text: filler }
						]
					}
				]
			},
			events: explorerDataset.events.map((e) =>
				e.mentions.length > 0 ? { ...e, mentions: [{ passage: 'long-1', quote: shared }] } : e
			)
		};
		await open(page, '', dataset);
		const quote = sourceText(page).getByRole('button', { name: new RegExp(`^“${shared}”`) });
		await quote.scrollIntoViewIfNeeded();
		await quote.click();
		const chooser = sourceText(page).getByRole('group', { name: /^Events for/ });
		const first = chooser.getByRole('button').first();
		await expect(first).toBeFocused();
		await expect(first).toHaveText(/^Arms treaty signed in Paris/);
		const panel = (await sourceText(page)
			.getByRole('heading', { level: 2 })
			.evaluate((h) => {
				const r = h.parentElement!.getBoundingClientRect();
				return { top: r.top, bottom: r.bottom };
			}))!;
		const box = (await chooser.boundingBox())!;
		const firstBox = (await first.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(panel.top);
		expect(firstBox.y + firstBox.height).toBeLessThanOrEqual(panel.bottom);
		await expect(first).toBeInViewport({ ratio: 1 });
	});
});

test.describe('reading order against time', () => {
	test('has text of at least 12 px and no date labels over one another', async ({ page }) => {
		// Thirty quotes: the founding act read again and again, and a line of other events.
		const sentences = Array.from({ length: 30 }, (_, i) => `Sentence number ${i + 1} is here.`);
		const dataset = {
			...explorerDataset,
			source: {
				...explorerDataset.source,
				sections: [
					...explorerDataset.source.sections,
					{
						id: 'more',
						heading: 'More',
						passages: [{ id: 'more-1', text: sentences.join(' ') }]
					}
				]
			},
			events: explorerDataset.events.map((e, i) =>
				e.mentions.length > 0 || e.basis === 'context'
					? {
							...e,
							basis: e.basis === 'context' ? 'implied' : e.basis,
							mentions: [
								...e.mentions,
								...sentences
									.filter((_, k) => k % explorerDataset.events.length === i)
									.map((quote) => ({ passage: 'more-1', quote }))
							]
						}
					: e
			)
		};
		await open(page, '', dataset);
		await page.getByText('Reading order against time').click();
		const chart = page.getByRole('group', { name: 'Quotes in reading order with their dates' });
		await expect(chart).toBeVisible();
		const labels = await chart.locator('text').evaluateAll((nodes) =>
			nodes.map((n) => {
				const r = n.getBoundingClientRect();
				return {
					text: n.textContent ?? '',
					px: parseFloat(getComputedStyle(n).fontSize) * (r.height > 0 ? 1 : 0),
					heightPx: r.height,
					box: { x: r.x, y: r.y, right: r.right, bottom: r.bottom }
				};
			})
		);
		expect(labels.length).toBeGreaterThan(30);
		for (const l of labels) expect(l.heightPx, l.text).toBeGreaterThanOrEqual(12);
		const dates = labels.filter((l) => /\d{4}$/.test(l.text) && !/^\d+\. /.test(l.text));
		expect(dates.length).toBeGreaterThan(3);
		for (let i = 0; i < dates.length; i++)
			for (let j = i + 1; j < dates.length; j++) {
				const a = dates[i]!.box;
				const b = dates[j]!.box;
				const overlap = a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom;
				expect(overlap, `${dates[i]!.text} over ${dates[j]!.text}`).toBe(false);
			}
	});
});

test.describe('clearing the selection with ?data=', () => {
	test('Close details removes event= from the URL and keeps data=', async ({ page }) => {
		await open(page, '&event=founding-act');
		await expect(
			page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })
		).toHaveText('Founding Act signed');
		await page
			.getByRole('region', { name: 'Event details' })
			.getByRole('button', { name: 'Close details' })
			.click();
		await expect(page).not.toHaveURL(/event=/);
		await expect(page).toHaveURL(/data=/);
	});

	test('Escape on the timeline removes event= from the URL', async ({ page }) => {
		await open(page);
		await mark(page, 'Founding Act signed').click();
		await expect(page).toHaveURL(/event=founding-act/);
		await page.keyboard.press('Escape');
		await expect(
			page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })
		).toHaveCount(0);
		await expect(page).not.toHaveURL(/event=/);
		await expect(page).toHaveURL(/data=/);
	});
});
