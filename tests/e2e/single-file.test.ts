import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { loadDatasetText } from '../../src/lib/formats/load';
import { embedDataset, SINGLE_FILE_TEMPLATE } from '../../src/lib/formats/singleHtml';
import { cspViolations, recordCspViolations } from './pageErrors';

const FIXTURE = 'tests/unit/formats/fixtures/timelinejs.json';

test.describe('Single HTML file', () => {
	test('opens from disk with no network and shows the timeline of the dataset inside', async ({
		page,
		context,
		request
	}, testInfo) => {
		const template = await (await request.get(`/${SINGLE_FILE_TEMPLATE}`)).text();
		const loaded = loadDatasetText(readFileSync(FIXTURE, 'utf8'), 'timelinejs.json');
		if (!loaded.ok) throw new Error('the fixture does not load');
		// Markup in the data stays data: it neither ends the block nor runs.
		const dataset = { ...loaded.dataset, title: 'Wars & Races </script><script>alert(1)</script>' };
		const file = testInfo.outputPath('wars-and-races.html');
		writeFileSync(file, embedDataset(template, dataset));

		const refused: string[] = [];
		await context.route('**', (route) => {
			if (route.request().url().startsWith('file:')) return route.continue();
			refused.push(route.request().url());
			return route.abort('internetdisconnected');
		});
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('dialog', (dialog) => errors.push(`dialog: ${dialog.message()}`));
		await recordCspViolations(page);

		await page.goto(pathToFileURL(file).href);
		await expect(page.getByRole('banner')).toContainText(dataset.title);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await timeline.getByRole('button', { name: 'Show all' }).click();
		await timeline.getByRole('button', { name: /^Battle of Marathon/ }).click();
		await expect(
			page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })
		).toHaveText('Battle of Marathon');

		await page.getByRole('link', { name: 'Event list' }).click();
		const row = page.getByRole('row').filter({ hasText: 'Battle of Marathon' });
		await expect(row.getByRole('cell').first()).toHaveText('490 BCE');

		// Another file opens in it too, read on the page (a page from disk starts no workers).
		const chooser = page.waitForEvent('filechooser');
		await page.getByRole('button', { name: 'Open file…' }).click();
		await (
			await chooser
		).setFiles({
			name: 'berlin-1989.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(
				'id,title,when,summary,stance,basis,sources\nwall-opens,Berlin Wall opens,1989-11-09,Crossings open.,cooperation,context,\n'
			)
		});
		await expect(page.getByRole('banner')).toContainText('berlin-1989');
		await expect(page.getByRole('row').filter({ hasText: 'Berlin Wall opens' })).toHaveCount(1);

		expect(await cspViolations(page)).toEqual([]);
		expect(refused).toEqual([]);
		expect(errors).toEqual([]);
	});
});
