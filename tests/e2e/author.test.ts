import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { generateDataset } from '../../scripts/bench-data';
import { axeViolations, colourPaintedUnder, cssColour, dropFile, ready } from './fixtures';
import { collectErrors, cspViolations, recordCspViolations } from './pageErrors';

const TEXT = `# Origins

The Founding Act was signed in Paris on 27 May 1997. Two years later, NATO bombed Yugoslavia.

# Council

The NATO-Russia Council met for the first time in May 2002.`;

const SOURCE = {
	'Title of the text': 'A short history',
	Author: 'A. Writer',
	'Published (EDTF)': '2006-11',
	Publisher: 'A press',
	'Web address': 'https://example.org/history'
};

async function openAuthor(page: Page) {
	await page.goto('/author/');
	await ready(page);
	await expect(textBox(page)).toBeVisible();
}

const textBox = (page: Page) => page.getByRole('textbox', { name: 'Text', exact: true });
const suggestions = (page: Page) => page.getByRole('list', { name: 'Date suggestions' });
const eventGroup = (page: Page, n: number) =>
	page.getByRole('group', { name: new RegExp(`^Event ${n}\\b`) });
const saved = (page: Page) =>
	expect(page.getByText('All changes saved in this browser')).toBeVisible();

async function fillSource(page: Page) {
	for (const [name, value] of Object.entries(SOURCE))
		await page.getByRole('textbox', { name, exact: true }).fill(value);
}

async function confirm(page: Page, n: number, title: string) {
	const group = eventGroup(page, n);
	await group.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
	await group.getByRole('textbox', { name: 'Summary' }).fill(`About ${title}.`);
}

test.describe('/author/', () => {
	test('a text becomes a dataset: suggest, accept, preview, reload, export, explore', async ({
		page
	}) => {
		test.setTimeout(240_000);
		const errors = collectErrors(page);
		await openAuthor(page);
		expect(await axeViolations(page)).toEqual([]);

		await fillSource(page);
		await textBox(page).fill(TEXT);
		await page.getByRole('button', { name: 'Find dates' }).click();
		const list = suggestions(page);
		await expect(list.getByRole('listitem')).toHaveCount(3);
		await expect(list.getByRole('listitem').first()).toContainText('“27 May 1997”');
		await expect(list.getByRole('listitem').first()).toContainText('1997-05-27');
		await expect(list.getByRole('listitem').nth(1)).toContainText('reckoned from “27 May 1997”');
		expect(await axeViolations(page)).toEqual([]);

		await list.getByRole('button', { name: /^Accept “27 May 1997”/ }).click();
		await list.getByRole('button', { name: /^Accept “May 2002”/ }).click();
		await expect(eventGroup(page, 2).getByRole('textbox', { name: 'Quote' })).toHaveValue(
			'The NATO-Russia Council met for the first time in May 2002.'
		);
		await confirm(page, 1, 'Founding Act signed');
		await confirm(page, 2, 'First Council meeting');

		const timeline = page.getByRole('region', { name: 'Timeline' });
		await expect(
			timeline.getByRole('button', { name: /^Founding Act signed, 27 May 1997/ })
		).toBeVisible();
		await expect(
			timeline.getByRole('button', { name: /^First Council meeting, May 2002/ })
		).toBeVisible();
		await expect(page.getByRole('button', { name: 'Export dataset' })).toBeEnabled();
		expect(await axeViolations(page)).toEqual([]);

		await saved(page);
		await page.reload();
		await ready(page);
		await expect(textBox(page)).toHaveValue(TEXT);
		await expect(page.getByRole('textbox', { name: 'Title of the text' })).toHaveValue(
			'A short history'
		);
		await expect(
			eventGroup(page, 1).getByRole('textbox', { name: 'Title', exact: true })
		).toHaveValue('Founding Act signed');
		await expect(
			eventGroup(page, 2).getByRole('textbox', { name: 'Title', exact: true })
		).toHaveValue('First Council meeting');
		await expect(timeline.getByRole('button', { name: /^First Council meeting/ })).toBeVisible();

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export dataset' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('a-short-history.json');
		const exported = JSON.parse(await readFile((await file.path())!, 'utf8'));
		expect(exported.events.map((e: { title: string; when: string }) => [e.title, e.when])).toEqual([
			['Founding Act signed', '1997-05-27'],
			['First Council meeting', '2002-05']
		]);

		// Opened again in /author/, it becomes a new draft to keep working on.
		const chooser = page.waitForEvent('filechooser');
		await page.getByRole('button', { name: 'Open dataset…' }).click();
		await (await chooser).setFiles((await file.path())!);
		await expect(page.getByRole('textbox', { name: 'Draft name' })).toHaveValue('A short history');
		await expect(textBox(page)).toHaveValue(TEXT);
		await expect(
			eventGroup(page, 2).getByRole('textbox', { name: 'Title', exact: true })
		).toHaveValue('First Council meeting');

		await page.route('https://example.org/export.json', (route) =>
			route.fulfill({ json: exported, headers: { 'access-control-allow-origin': '*' } })
		);
		await page.goto(`/?data=${encodeURIComponent('https://example.org/export.json')}`);
		await ready(page);
		await expect(page.getByRole('banner')).toContainText('A short history');
		const text = page.getByRole('region', { name: 'Source text' });
		await expect(
			text.getByRole('button', {
				name: /^“The Founding Act was signed in Paris on 27 May 1997\.”: event: Founding Act signed/
			})
		).toBeVisible();
		await expect(text.getByRole('button', { name: /First Council meeting/ })).toBeVisible();
		await page.getByRole('link', { name: 'Present' }).click();
		await expect(page.getByText('Founding Act signed').first()).toBeVisible();
		await page.goto(`/practice/?data=${encodeURIComponent('https://example.org/export.json')}`);
		await ready(page);
		await expect(page.getByRole('heading', { name: 'Practice the chronology' })).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('the preview paints the rows its own scroll brings into view', async ({ page }) => {
		// On a wide screen the preview keeps beside the editor and scrolls on its own.
		await page.setViewportSize({ width: 1280, height: 600 });
		const errors = collectErrors(page);
		await openAuthor(page);
		const chooser = page.waitForEvent('filechooser');
		await page.getByRole('button', { name: 'Open dataset…' }).click();
		const dataset = JSON.stringify(generateDataset(300, 7));
		await (
			await chooser
		).setFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(dataset) });
		const preview = page.getByRole('region', { name: '4. Preview' });
		await expect(preview.getByRole('group', { name: 'Lane: Mixed' })).toBeAttached();
		// The editors come a few per task after the first ones: in the end, every event has one.
		await expect(page.locator('[data-draft-event]')).toHaveCount(300);
		/** Whether the canvas covers the part of the timeline that is in sight. */
		const paintedInSight = () =>
			preview.evaluate((section) => {
				const canvas = section.querySelector('canvas')!.getBoundingClientRect();
				const stage = section.querySelector('canvas')!.parentElement!.getBoundingClientRect();
				const top = Math.max(stage.top, 0);
				const bottom = Math.min(stage.bottom, innerHeight);
				return canvas.top <= top && canvas.bottom >= bottom && canvas.height < stage.height;
			});
		// The page scrolls until the preview keeps at the top, then the preview scrolls by itself.
		await preview.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + scrollY));
		await expect.poll(paintedInSight).toBe(true);
		const scrolled = await preview.evaluate((el) => {
			el.scrollTop = el.scrollHeight;
			return el.scrollTop;
		});
		expect(scrolled).toBeGreaterThan(300);
		await expect.poll(paintedInSight).toBe(true);
		const mark = preview
			.getByRole('group', { name: 'Lane: Mixed' })
			.getByRole('button', { name: /, in the text$/ })
			.last();
		await expect.poll(() => colourPaintedUnder(mark)).toBe(await cssColour(page, '--mixed'));
		expect(errors).toEqual([]);
	});

	test('keyboard only: find dates, accept one, write its title', async ({ page }) => {
		const errors = collectErrors(page);
		await openAuthor(page);
		await textBox(page).focus();
		await page.keyboard.insertText(TEXT);
		await tabTo(page, page.getByRole('button', { name: 'Find dates' }));
		await page.keyboard.press('Enter');
		const accept = suggestions(page).getByRole('button', { name: /^Accept “May 2002”/ });
		await expect(accept).toBeVisible();
		await tabTo(page, accept);
		await page.keyboard.press('Enter');
		// Accepting takes the author to the new event's title.
		const title = eventGroup(page, 1).getByRole('textbox', { name: 'Title', exact: true });
		await expect(title).toBeFocused();
		await page.keyboard.type('Council meets');
		await page.keyboard.press('Tab');
		await expect(eventGroup(page, 1).getByRole('textbox', { name: 'Date (EDTF)' })).toBeFocused();
		await page.keyboard.press('End');
		await page.keyboard.type('-28');
		await expect(eventGroup(page, 1)).toContainText('28 May 2002');
		await expect(
			page
				.getByRole('region', { name: 'Timeline' })
				.getByRole('button', { name: /^Council meets, 28 May 2002/ })
		).toBeVisible();
		await expect(suggestions(page).getByRole('listitem').last()).toContainText('Accepted');
		expect(errors).toEqual([]);
	});

	test('an invalid date is named beside its field as it is typed', async ({ page }) => {
		const errors = collectErrors(page);
		await openAuthor(page);
		await textBox(page).fill(TEXT);
		await page.getByRole('button', { name: 'Find dates' }).click();
		await suggestions(page)
			.getByRole('button', { name: /^Accept “May 2002”/ })
			.click();
		const when = eventGroup(page, 1).getByRole('textbox', { name: 'Date (EDTF)' });
		await when.fill('2002-13');
		await expect(when).toHaveAttribute('aria-invalid', 'true');
		await expect(when).toHaveAccessibleDescription(/month/i);
		const quote = eventGroup(page, 1).getByRole('textbox', { name: 'Quote' });
		await quote.fill('The Council met for the first time');
		await expect(quote).toHaveAccessibleDescription(/exact words/);
		await quote.fill('met for the first time');
		await expect(quote).toHaveAttribute('aria-invalid', 'false');
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});

	for (const [file, words] of [
		['treaty.pdf', 'May 1997'],
		['council.docx', 'August 2008']
	] as const)
		test(`opens ${file} as the text, its reader allowed by the CSP`, async ({ page }) => {
			const errors = collectErrors(page);
			await recordCspViolations(page);
			await openAuthor(page);
			const chooser = page.waitForEvent('filechooser');
			await page.getByRole('button', { name: 'Open text file…' }).click();
			await (await chooser).setFiles(`tests/fixtures/author-files/${file}`);
			await expect(textBox(page)).toHaveValue(new RegExp(words));
			await expect(page.getByRole('textbox', { name: 'Title of the text' })).toHaveValue(
				file.replace(/\.\w+$/, '')
			);
			await expect(
				suggestions(page).getByRole('button', { name: new RegExp(`^Accept “${words}”`) })
			).toBeVisible();
			expect(await cspViolations(page)).toEqual([]);
			expect(errors).toEqual([]);
		});

	test('offers one way to open a file: into a draft, not the header\'s "Open file…"', async ({
		page
	}) => {
		await openAuthor(page);
		await expect(page.getByRole('button', { name: 'Open dataset…' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Open file…' })).toHaveCount(0);
		// The other screens keep it.
		await page
			.getByRole('navigation', { name: 'Screens' })
			.getByRole('link', { name: 'Explorer' })
			.click();
		await expect(
			page.getByRole('banner').getByRole('button', { name: 'Open file…' })
		).toBeVisible();
	});

	test('a text file dropped on the screen opens into the draft, not as the dataset', async ({
		page
	}) => {
		await openAuthor(page);
		const text = 'In 1997 a forum was opened. In 2002 a council followed it.';
		await dropFile(page, { name: 'notes.txt', type: 'text/plain', text });
		await expect(textBox(page)).toHaveValue(text);
		await expect(page.getByRole('status').filter({ hasText: 'notes.txt' })).toHaveCount(0);
	});

	test('drafts are listed, duplicated, renamed and deleted', async ({ page }) => {
		const errors = collectErrors(page);
		await openAuthor(page);
		await page.getByRole('textbox', { name: 'Draft name' }).fill('Lesson one');
		await textBox(page).fill('In 1997 a treaty.');
		await saved(page);
		await page.getByText(/^Drafts in this browser/).click();
		const drafts = page.getByRole('list', { name: 'Drafts' });
		await drafts.getByRole('button', { name: 'Duplicate draft “Lesson one”' }).click();
		await expect(page.getByRole('textbox', { name: 'Draft name' })).toHaveValue(
			'Lesson one (copy)'
		);
		await expect(textBox(page)).toHaveValue('In 1997 a treaty.');
		await page.getByRole('textbox', { name: 'Draft name' }).fill('Lesson two');
		await textBox(page).fill('In 2004 another.');
		await saved(page);
		await drafts.getByRole('button', { name: 'Open draft “Lesson one”' }).click();
		await expect(textBox(page)).toHaveValue('In 1997 a treaty.');
		await drafts.getByRole('button', { name: 'Delete draft “Lesson two”' }).click();
		await expect(drafts.getByRole('listitem')).toHaveCount(1);
		await page.reload();
		await ready(page);
		await expect(page.getByRole('textbox', { name: 'Draft name' })).toHaveValue('Lesson one');
		expect(errors).toEqual([]);
	});
});

/** Presses Tab until `target` has focus (at most 60 times). */
async function tabTo(page: Page, target: Locator) {
	for (let i = 0; i < 60; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}
