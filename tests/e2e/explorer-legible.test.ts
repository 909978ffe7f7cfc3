import { expect, type Page } from '@playwright/test';
import { paintedText, recordPaintedText } from '../../scripts/paintedText';
import { details, detailsHeading, mark, openExplorer as open, test } from './explorerData';

async function expectDetailsInView(page: Page, title: string) {
	await expect(detailsHeading(page)).toHaveText(title);
	await expect(detailsHeading(page)).toBeInViewport({ ratio: 1 });
}

test.describe('a selection is visible at once at 1280×720', () => {
	test('clicking an event shows its details without scrolling', async ({ page }) => {
		await open(page);
		await mark(page, 'Founding Act signed').click();
		await expectDetailsInView(page, 'Founding Act signed');
	});

	test('Enter on an event shows its details', async ({ page }) => {
		await open(page);
		await mark(page, 'Council of twenty founded in Rome').focus();
		await page.keyboard.press('Enter');
		await expectDetailsInView(page, 'Council of twenty founded in Rome');
	});

	test('a quote read further down the page shows its event beside it', async ({ page }) => {
		await open(page);
		const quote = page
			.getByRole('region', { name: 'Source text' })
			.getByRole('button', { name: /^“A council of twenty was formed in Rome”/ });
		await quote.scrollIntoViewIfNeeded();
		await quote.click();
		await expectDetailsInView(page, 'Council of twenty founded in Rome');
	});

	test('a related event opens in place', async ({ page }) => {
		await open(page, '&event=air-war');
		await expectDetailsInView(page, 'The air war over Kosovo and its long aftermath');
		await details(page)
			.getByRole('button', { name: /^Paratroopers reach the airport first/ })
			.click();
		await expectDetailsInView(page, 'Paratroopers reach the airport first');
	});

	test('?event= outside the default view shows the event and brings it into view', async ({
		page
	}) => {
		await open(page, '&event=invasion');
		await expectDetailsInView(page, 'A full-scale invasion');
		const chart = (await page.getByRole('group', { name: /events drawn/ }).boundingBox())!;
		const box = (await mark(page, 'A full-scale invasion').boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(chart.x);
		expect(box.x).toBeLessThan(chart.x + chart.width);
	});
});

test.describe('a selection on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

	test('opens the details in view and closes back to the timeline', async ({ page }) => {
		await open(page);
		await mark(page, 'Founding Act signed').tap();
		await expectDetailsInView(page, 'Founding Act signed');
		await details(page).getByRole('button', { name: 'Close details' }).click();
		await expect(detailsHeading(page)).toHaveCount(0);
		await expect(mark(page, 'Founding Act signed')).toBeFocused();
		await expect(mark(page, 'Founding Act signed')).toBeInViewport();
	});
});

test.describe("the text's own period", () => {
	test('is the default view; Show all still shows everything', async ({ page }) => {
		await open(page);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await expect(timeline.getByText(/^Showing /)).toHaveText('Showing 1990–2007');
		await expect(mark(page, 'Arms treaty signed in Paris')).toBeAttached();
		await expect(mark(page, 'Council of twenty founded in Rome')).toBeAttached();
		await expect(mark(page, 'A peninsula annexed')).toHaveCount(0);
		await expect(page).not.toHaveURL(/from=/);
		await timeline.getByRole('button', { name: 'Show all', exact: true }).click();
		await expect(timeline.getByText(/^Showing /)).toHaveText('Showing 1984–2023');
		await expect(mark(page, 'A peninsula annexed')).toBeAttached();
		await expect(mark(page, 'An early summit far before the text')).toBeAttached();
	});

	test('a labelled line marks when the text was published', async ({ page }) => {
		await open(page);
		const label = page
			.getByRole('region', { name: 'Timeline' })
			.getByText('Text published November 2006');
		await expect(label).toBeVisible();
		const chart = (await page.getByRole('group', { name: /events drawn/ }).boundingBox())!;
		// 1 November 2006 in a window from about February 1990 to September 2007: 91% across.
		const at = async () => {
			const box = (await label.boundingBox())!;
			return (box.x + box.width - chart.x) / chart.width;
		};
		expect(await at()).toBeCloseTo(0.91, 1);
		await page.getByRole('button', { name: 'Show all', exact: true }).click();
		// The whole span, 1984 to 2023: November 2006 is 58% across.
		await expect
			.poll(async () => ((await label.boundingBox())!.x - chart.x) / chart.width)
			.toBeCloseTo(0.58, 1);
	});

	test('the publication label covers no date of the axis', async ({ page }) => {
		// The axis labels are painted on the canvas: record where each frame paints them.
		await page.addInitScript(recordPaintedText);
		for (const width of [1280, 1920]) {
			await page.setViewportSize({ width, height: 720 });
			await open(page);
			const label = page
				.getByRole('region', { name: 'Timeline' })
				.getByText('Text published November 2006');
			await expect(label).toBeVisible();
			const canvasX = (await page.getByRole('group', { name: /events drawn/ }).boundingBox())!.x;
			const box = (await label.boundingBox())!;
			// Tick labels are the only text on the axis row's baseline.
			const dates = (await paintedText(page)).filter((t) => t.y === 14 && t.text);
			expect(dates.length).toBeGreaterThan(1);
			for (const d of dates) {
				const [from, to] = [canvasX + d.x, canvasX + d.x + d.width];
				expect(to <= box.x || from >= box.x + box.width, `${d.text} under the label`).toBe(true);
			}
		}
	});
});

test.describe('basis', () => {
	test('is said in each event button and filtered in one click', async ({ page }) => {
		await open(page);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await expect(
			timeline.getByRole('button', { name: 'Founding Act signed, 27 May 1997, in the text' })
		).toBeAttached();
		await expect(
			timeline.getByRole('button', {
				name: 'Arms treaty signed in Paris, 19 November 1990, implied by the text'
			})
		).toBeAttached();
		await expect(
			timeline.getByRole('button', {
				name: 'Paratroopers reach the airport first, 12 June 1999, context'
			})
		).toBeAttached();
		await timeline.getByRole('button', { name: 'Show all', exact: true }).click();
		await expect(
			timeline.getByRole('button', {
				name: 'A peninsula annexed, 18 March 2014, after publication'
			})
		).toBeAttached();

		const onlyInText = timeline
			.getByRole('group', { name: 'Show only events by basis' })
			.getByRole('button', { name: 'In the text' });
		await onlyInText.click();
		await expect(onlyInText).toHaveAttribute('aria-pressed', 'true');
		await expect(page).toHaveURL(/basis=mentioned/);
		await expect(mark(page, 'Founding Act signed')).toBeAttached();
		await expect(mark(page, 'Council of twenty founded in Rome')).toBeAttached();
		await expect(mark(page, 'Arms treaty signed in Paris')).toHaveCount(0);
		await expect(mark(page, 'A peninsula annexed')).toHaveCount(0);
		await onlyInText.click();
		await expect(mark(page, 'A peninsula annexed')).toBeAttached();
	});

	test('is explained in the legend', async ({ page }) => {
		await open(page);
		await page.getByText('Legend and keys').click();
		const legend = page.getByRole('region', { name: 'Timeline' });
		for (const line of [
			'Solid: in the text',
			'Ring with a core: implied by the text',
			'Ring: context',
			'Faded: after publication',
			'A dashed line: when the text was published'
		])
			await expect(legend.getByText(line)).toBeVisible();
	});
});

test.describe('names', () => {
	test('hovering a mark shows its title and date, a count the titles inside', async ({ page }) => {
		await open(page);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await mark(page, 'Council of twenty founded in Rome').hover();
		await expect(timeline.getByRole('tooltip')).toHaveText(
			'Council of twenty founded in Rome, 28 May 2002'
		);
		const count = timeline.getByRole('button', { name: /^6 events, / });
		await expect(count).toHaveAccessibleName('6 events, 2–7 January 1995; zoom in to show them');
		await count.hover();
		const tip = timeline.getByRole('tooltip');
		for (let n = 1; n <= 6; n++)
			await expect(tip).toContainText(`Cluster meeting ${n}, ${n + 1} January 1995`);
		await count.click();
		await expect(timeline.getByText(/^Showing /)).toHaveText(/^Showing .*January 1995$/);
	});
});
