import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { expect, test, type Download, type Page } from '@playwright/test';
import { serveDataset, smallDataset } from './datasets';
import { axeViolations, ready } from './fixtures';
import { collectErrors } from './pageErrors';

const TITLES = ['Kosovo <air> campaign', 'Talks & "summits"', 'Third event'];
const DATASET = smallDataset('Export test: treaties & talks', [
	{ id: 'kosovo', title: TITLES[0]!, when: '1999-03-24' },
	{ id: 'talks', title: TITLES[1]!, when: '2000-06-15' },
	{ id: 'third', title: TITLES[2]!, when: '2001-09-11' }
]);

async function open(page: Page) {
	await serveDataset(page, '/export-test.json', DATASET);
	await page.goto('/?data=/export-test.json');
	await ready(page);
	return showAll(page);
}

/** Shows the whole span and waits for every event's mark. */
async function showAll(page: Page) {
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await timeline.getByRole('button', { name: 'Show all', exact: true }).click();
	for (const title of TITLES)
		await expect(
			timeline.getByRole('button', { name: new RegExp(`^${escape(title)}`) })
		).toBeVisible();
	return timeline;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function exportAs(page: Page, item: string): Promise<Download> {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	await page.getByRole('menuitem', { name: item }).click();
	return download;
}

/** A PNG's size in px, from its IHDR chunk. */
function pngSize(bytes: Buffer) {
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Holds back the app's script whose text contains `marker` until `release()`; `served` resolves
 * once it has been handed to the page.
 */
async function holdScript(page: Page, marker: string) {
	let release!: () => void;
	const released = new Promise<void>((r) => (release = r));
	let served!: () => void;
	const done = new Promise<void>((r) => (served = r));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		const held = body.includes(marker);
		if (held) await released;
		await route.fulfill({ response, body });
		if (held) served();
	});
	return { release, served: done };
}

test.describe('the Export menu', () => {
	test('is a menu button that the keyboard opens, moves through and closes', async ({ page }) => {
		const errors = collectErrors(page);
		await open(page);
		const button = page.getByRole('button', { name: 'Export', exact: true });
		await expect(button).toHaveAttribute('aria-haspopup', 'menu');
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		await button.focus();
		await page.keyboard.press('ArrowDown');
		const menu = page.getByRole('menu', { name: 'Export' });
		await expect(menu.getByRole('menuitem')).toHaveText([
			'PNG image',
			'SVG image',
			'CSV',
			'TimelineJS JSON',
			'Dataset JSON',
			'Single HTML file'
		]);
		await expect(menu.getByRole('menuitem', { name: 'PNG image' })).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await expect(menu.getByRole('menuitem', { name: 'Single HTML file' })).toBeFocused();
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowDown');
		await expect(menu.getByRole('menuitem', { name: 'SVG image' })).toBeFocused();
		expect(await axeViolations(page)).toEqual([]);
		await page.keyboard.press('Escape');
		await expect(menu).toHaveCount(0);
		await expect(button).toBeFocused();
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		// Enter on an item exports it.
		await page.keyboard.press('Enter');
		await page.keyboard.press('End');
		await page.keyboard.press('ArrowUp');
		const download = page.waitForEvent('download');
		await page.keyboard.press('Enter');
		expect((await download).suggestedFilename()).toBe('export-test-treaties-talks.json');
		await expect(button).toBeFocused();
		expect(errors).toEqual([]);
	});

	test('its button works before the menu has loaded: a key press opens it once loaded', async ({
		page
	}) => {
		const errors = collectErrors(page);
		const menuChunk = await holdScript(page, 'id="export-menu"');
		await open(page);
		const button = page.getByRole('button', { name: 'Export', exact: true });
		await expect(button).toHaveAttribute('aria-haspopup', 'menu');
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		await button.focus();
		await page.keyboard.press('ArrowUp');
		const menu = page.getByRole('menu', { name: 'Export' });
		await expect(menu).toHaveCount(0);
		menuChunk.release();
		await expect(menu.getByRole('menuitem', { name: 'Single HTML file' })).toBeFocused();
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await page.keyboard.press('Escape');
		await expect(button).toBeFocused();
		expect(errors).toEqual([]);
	});

	test('its button keeps the focus it had while the menu loads', async ({ page }) => {
		const errors = collectErrors(page);
		const menuChunk = await holdScript(page, 'id="export-menu"');
		await open(page);
		const button = page.getByRole('button', { name: 'Export', exact: true });
		await button.focus();
		menuChunk.release();
		await menuChunk.served;
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
		await expect(button).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(
			page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'PNG image' })
		).toBeFocused();
		expect(errors).toEqual([]);
	});

	test('exports the view as a PNG at twice its size and as an SVG with its titles', async ({
		page
	}) => {
		const errors = collectErrors(page);
		const timeline = await open(page);
		// Selected, the last event's title is drawn whole even at the right edge.
		await timeline.getByRole('button', { name: /^Third event/ }).click();
		const drawing = (await page.getByRole('group', { name: /events drawn/ }).boundingBox())!;

		const png = await exportAs(page, 'PNG image');
		expect(png.suggestedFilename()).toBe('export-test-treaties-talks.png');
		const size = pngSize(await readFile(await png.path()));
		expect(Math.abs(size.width - 2 * drawing.width)).toBeLessThanOrEqual(2);
		expect(Math.abs(size.height - 2 * drawing.height)).toBeLessThanOrEqual(2);

		const svg = await exportAs(page, 'SVG image');
		expect(svg.suggestedFilename()).toBe('export-test-treaties-talks.svg');
		const text = await readFile(await svg.path(), 'utf8');
		const parsed = await page.evaluate((source) => {
			const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
			return {
				errors: doc.getElementsByTagName('parsererror').length,
				root: doc.documentElement.localName,
				width: doc.documentElement.getAttribute('width'),
				texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent)
			};
		}, text);
		expect(parsed.errors).toBe(0);
		expect(parsed.root).toBe('svg');
		expect(Math.abs(Number(parsed.width) - drawing.width)).toBeLessThanOrEqual(1);
		expect(parsed.texts).toEqual(expect.arrayContaining(TITLES));
		expect(errors).toEqual([]);
	});

	// A CSV holds events only: the dataset takes its title from the file's name.
	for (const [item, fileName, title] of [
		['CSV', 'export-test-treaties-talks.csv', 'export-test-treaties-talks'],
		['TimelineJS JSON', 'export-test-treaties-talks.timelinejs.json', DATASET.title],
		['Dataset JSON', 'export-test-treaties-talks.json', DATASET.title]
	] as const)
		test(`exports ${item} that opens again with every event`, async ({ page }) => {
			const errors = collectErrors(page);
			await open(page);
			const download = await exportAs(page, item);
			expect(download.suggestedFilename()).toBe(fileName);
			const bytes = await readFile(await download.path());

			// Open the file with the built-in dataset shown: the validator reads it afresh.
			await page.goto('/');
			await ready(page);
			const chooser = page.waitForEvent('filechooser');
			await page.getByRole('button', { name: 'Open file…' }).click();
			await (await chooser).setFiles({ name: fileName, mimeType: 'text/plain', buffer: bytes });
			await expect(page.getByRole('banner')).toContainText(title);
			await page.getByRole('link', { name: 'Event list' }).click();
			for (const title of TITLES)
				await expect(page.getByRole('row').filter({ hasText: title })).toHaveCount(1);
			expect(errors).toEqual([]);
		});

	test('exports a single HTML file that opens from disk, offline, with the dataset inside', async ({
		page,
		context
	}, testInfo) => {
		const errors = collectErrors(page);
		await open(page);
		const download = await exportAs(page, 'Single HTML file');
		expect(download.suggestedFilename()).toBe('small.html');
		// Saved under its own name: a browser reads a file by its extension.
		const file = testInfo.outputPath(download.suggestedFilename());
		await download.saveAs(file);

		await context.route('**', (route) =>
			route.request().url().startsWith('file:') ? route.continue() : route.abort()
		);
		await page.goto(pathToFileURL(file).href);
		await expect(page.getByRole('banner')).toContainText(DATASET.title);
		await showAll(page);
		expect(errors).toEqual([]);
	});
});
