import { expect, test, type Page } from '@playwright/test';
import { axeViolations, ready } from './fixtures';

/**
 * Twelve text-linked events, one a year from 1990, so every set has exactly one right order; the
 * theme "Nineties" holds 1990–1999, actor "a" the even years, the tour "three" 1991, 1995 and 2000.
 */
function practiceDataset() {
	const years = Array.from({ length: 12 }, (_, i) => 1990 + i);
	return {
		format: 'chronotext-dataset',
		version: 1,
		id: 'practice-fixture',
		title: 'Practice fixture',
		source: {
			title: 'A year-by-year text',
			author: 'A. Author',
			published: '2006',
			publisher: 'A Press',
			sections: [
				{
					id: 'years',
					heading: 'Years',
					passages: [
						{ id: 'years-1', text: years.map((y) => `In ${y} thing ${y} happened.`).join(' ') }
					]
				}
			]
		},
		actors: [
			{ id: 'a', label: 'A' },
			{ id: 'b', label: 'B' }
		],
		themes: [
			{ id: 't', label: 'T' },
			{ id: 'nineties', label: 'Nineties' }
		],
		tours: [
			{
				id: 'three',
				title: 'Three things',
				steps: [1991, 1995, 2000].map((y) => ({ event: `thing-${y}`, caption: `Step ${y}` }))
			}
		],
		events: years.map((y) => ({
			id: `thing-${y}`,
			title: `Thing of ${y}`,
			when: String(y),
			summary: `Thing ${y}.`,
			actors: y % 2 === 0 ? ['a'] : ['b'],
			themes: y < 2000 ? ['t', 'nineties'] : ['t'],
			stance: 'mixed',
			basis: 'mentioned',
			mentions: [{ passage: 'years-1', quote: `thing ${y} happened` }],
			sources: [{ title: 'A page', url: `https://example.org/${y}` }]
		}))
	};
}

const DATA = 'data=/fixtures/practice.json';

/** Page errors and console errors seen by a page, as text. */
function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	return errors;
}

function cards(page: Page) {
	return page
		.getByRole('region', { name: 'Put these events in the order they happened' })
		.getByRole('listitem');
}

/** The card titles, once the fixture dataset has replaced the built-in one. */
async function fixtureTitles(page: Page, count: number): Promise<string[]> {
	await expect(page.getByRole('banner')).toContainText('Practice fixture');
	await expect(cards(page)).toHaveCount(count);
	await expect(cards(page).first()).toContainText('Thing of');
	return cards(page).locator('strong').allTextContents();
}

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

let errors: string[] = [];

test.beforeEach(async ({ page, context }) => {
	errors = watchErrors(page);
	await context.route(
		(url) => url.pathname === '/fixtures/practice.json',
		(route) => route.fulfill({ json: practiceDataset() })
	);
});

test.afterEach(() => {
	expect(errors).toEqual([]);
});

test.describe('practice', () => {
	test('loads without parameters, puts a seed in the URL, and a reload shows the same set', async ({
		page
	}) => {
		await page.goto(`/practice/?${DATA}`);
		await ready(page);
		const titles = await fixtureTitles(page, 5);
		await expect.poll(() => param(page, 'seed')).toMatch(/^\d+$/);
		const seed = param(page, 'seed')!;
		expect([...new URL(page.url()).searchParams]).toEqual([
			['data', '/fixtures/practice.json'],
			['mode', 'order'],
			['size', '5'],
			['level', 'easy'],
			['seed', seed]
		]);
		await expect(page.getByText(`Set #${seed}`, { exact: true })).toBeVisible();
		await page.reload();
		await ready(page);
		expect(await fixtureTitles(page, 5)).toEqual(titles);
	});

	test('the built-in dataset loads without parameters too', async ({ page }) => {
		await page.goto('/practice/');
		await ready(page);
		await expect(cards(page)).toHaveCount(5);
		await expect.poll(() => param(page, 'seed')).toMatch(/^\d+$/);
	});

	test('opens from the navigation', async ({ page }) => {
		await page.goto('/');
		await ready(page);
		await page
			.getByRole('navigation', { name: 'Screens' })
			.getByRole('link', { name: 'Practice' })
			.click();
		await expect(page).toHaveURL(/\/practice\//);
		await expect(cards(page)).toHaveCount(5);
		await expect.poll(() => param(page, 'seed')).toMatch(/^\d+$/);
		await expect(page.getByRole('button', { name: 'New set' })).toBeVisible();
	});

	test('the same address gives the same set on two pages', async ({ page, context }) => {
		const url = `/practice/?${DATA}&seed=7&size=5&mode=order`;
		await page.goto(url);
		await ready(page);
		const first = await fixtureTitles(page, 5);
		await expect(page.getByText('Set #7', { exact: true })).toBeVisible();

		const other = await context.newPage();
		const otherErrors = watchErrors(other);
		await other.goto(url);
		await ready(other);
		expect(await fixtureTitles(other, 5)).toEqual(first);
		expect(otherErrors).toEqual([]);
	});

	test('size, difficulty, mode and New set change the set and the URL; a reload restores it', async ({
		page
	}) => {
		await page.goto(`/practice/?${DATA}&seed=7&size=5&mode=order&level=easy`);
		await ready(page);
		const easy5 = await fixtureTitles(page, 5);

		await page.getByRole('combobox', { name: 'Events' }).selectOption('8');
		await expect(page).toHaveURL(/size=8/);
		const easy8 = await fixtureTitles(page, 8);

		await page.getByRole('combobox', { name: 'Difficulty' }).selectOption('hard');
		await expect(page).toHaveURL(/level=hard/);
		await expect.poll(() => cards(page).locator('strong').allTextContents()).not.toEqual(easy8);
		const hard8 = await fixtureTitles(page, 8);

		await page.reload();
		await ready(page);
		expect(await fixtureTitles(page, 8)).toEqual(hard8);
		await expect(page.getByRole('combobox', { name: 'Events' })).toHaveValue('8');
		await expect(page.getByRole('combobox', { name: 'Difficulty' })).toHaveValue('hard');

		await page.getByRole('button', { name: 'Place an event on the timeline' }).click();
		await expect(page).toHaveURL(/mode=place/);
		await expect(page.getByRole('heading', { name: 'When did this happen?' })).toBeVisible();
		await expect(cards(page)).toHaveCount(0);
		await page.getByRole('button', { name: 'Put events in order' }).click();
		await expect(page).toHaveURL(/mode=order/);
		expect(await fixtureTitles(page, 8)).toEqual(hard8);

		await page.getByRole('combobox', { name: 'Events' }).selectOption('5');
		await page.getByRole('combobox', { name: 'Difficulty' }).selectOption('easy');
		await expect(page).toHaveURL(/size=5/);
		await expect(page).toHaveURL(/level=easy/);
		expect(await fixtureTitles(page, 5)).toEqual(easy5);

		await page.getByRole('button', { name: 'New set' }).click();
		await expect.poll(() => param(page, 'seed')).not.toBe('7');
		const seed = param(page, 'seed')!;
		await expect(page.getByText(`Set #${seed}`, { exact: true })).toBeVisible();
		const fresh = await fixtureTitles(page, 5);
		expect(fresh).not.toEqual(easy5);
		await page.reload();
		await ready(page);
		expect(await fixtureTitles(page, 5)).toEqual(fresh);
	});

	test('bad values show a notice, fall back, and the URL is fixed in place', async ({ page }) => {
		const entries = await page.evaluate(() => history.length);
		await page.goto(`/practice/?${DATA}&seed=abc&size=1000&level=expert&mode=draw`);
		await ready(page);
		const notice = page.getByRole('status').filter({ hasText: 'seed=abc' });
		await expect(notice).toContainText('“mode=draw” is not an exercise');
		await expect(notice).toContainText('using order instead');
		await expect(notice).toContainText('“size=1000” is not a set size');
		await expect(notice).toContainText('using 5 instead');
		await expect(notice).toContainText('“level=expert” is not a difficulty');
		await expect(notice).toContainText('using easy instead');
		await expect(notice).toContainText(/“seed=abc” is not a set number.*using set #\d+ instead/);
		await fixtureTitles(page, 5);
		await expect.poll(() => param(page, 'seed')).toMatch(/^\d+$/);
		expect(param(page, 'size')).toBe('5');
		expect(param(page, 'level')).toBe('easy');
		expect(param(page, 'mode')).toBe('order');
		const seed = param(page, 'seed')!;
		await expect(notice).toContainText(`using set #${seed} instead`);
		await expect(page.getByText(`Set #${seed}`, { exact: true })).toBeVisible();
		// Replaced, not pushed: Back would otherwise return to the bad address.
		expect(await page.evaluate(() => history.length)).toBe(entries + 1);
	});

	for (const [name, stored] of [
		[
			'strings',
			'{"orderingAttempts":"3","orderingSolved":"1","placements":"2","placementErrorMonths":"7"}'
		],
		[
			'infinities',
			'{"orderingAttempts":1e999,"orderingSolved":0,"placements":1,"placementErrorMonths":-1e999}'
		],
		['missing counts', '{"placements":2}'],
		['not JSON', '{orderingAttempts: 1'],
		['an array', '[1,2,3]']
	] as const) {
		test(`corrupt stored progress (${name}) starts afresh`, async ({ page }) => {
			await page.addInitScript((value) => {
				localStorage.setItem('chronotext:progress:nato-russia-2006', value);
			}, stored);
			await page.goto('/practice/?seed=11&size=4');
			await ready(page);
			const progress = page.getByRole('region', { name: 'Your progress in this browser' });
			await expect(progress).toContainText('Orderings solved: 0 of 0 checked. Placements: 0.');
			await expect(progress).not.toContainText(/NaN|Infinity|undefined/);
			await page.getByRole('button', { name: 'Check' }).click();
			await expect(progress).toContainText(/Orderings solved: [01] of 1 checked\./);
		});
	}

	test('a theme in the URL limits the set to that theme, and the Theme control changes it', async ({
		page
	}) => {
		const nineties = Array.from({ length: 10 }, (_, i) => `Thing of ${1990 + i}`);
		for (const seed of [1, 2, 3]) {
			await page.goto(`/practice/?${DATA}&seed=${seed}&size=8&theme=nineties`);
			await ready(page);
			const titles = await fixtureTitles(page, 8);
			expect(titles.every((t) => nineties.includes(t))).toBe(true);
		}
		await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('nineties');
		await expect(page.getByText('10 events to draw from')).toBeVisible();

		await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'All themes' });
		await expect.poll(() => param(page, 'theme')).toBeNull();
		await expect(page.getByText('12 events to draw from')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Nineties' });
		await expect.poll(() => param(page, 'theme')).toBe('nineties');
		await page.reload();
		await ready(page);
		expect((await fixtureTitles(page, 8)).every((t) => nineties.includes(t))).toBe(true);
	});

	test('placement questions come from the chosen period, actor and tour only', async ({ page }) => {
		for (const [query, allowed] of [
			['from=1995&to=1997', [1995, 1996, 1997]],
			['actor=a&from=1990&to=1995', [1990, 1992, 1994]],
			['tour=three', [1991, 1995, 2000]]
		] as const) {
			await page.goto(`/practice/?${DATA}&seed=3&size=4&mode=place&${query}`);
			await ready(page);
			await expect(page.getByRole('banner')).toContainText('Practice fixture');
			await expect(page.getByText(`${allowed.length} events to draw from`)).toBeVisible();
			const region = page.getByRole('region', { name: 'When did this happen?' });
			for (let i = 1; i <= allowed.length; i++) {
				await expect(region).toContainText(`Question ${i} of ${allowed.length}`);
				const title = await region.getByText(/^Thing of \d{4}$/).textContent();
				expect(allowed.map((y) => `Thing of ${y}`)).toContain(title);
				await page.getByRole('button', { name: 'Place it here' }).click();
				if (i < allowed.length) await page.getByRole('button', { name: 'Next' }).click();
			}
		}
	});

	test('the period is chosen with From and To, and bad scope values get notices', async ({
		page
	}) => {
		await page.goto(`/practice/?${DATA}&seed=5&size=4&theme=weather&tour=nope&from=spring&to=1999`);
		await ready(page);
		await expect(page.getByRole('banner')).toContainText('Practice fixture');
		const notice = page.getByRole('status').filter({ hasText: 'theme=weather' });
		await expect(notice).toContainText('“theme=weather” is not in this dataset and was ignored.');
		await expect(notice).toContainText('“tour=nope” is not a tour in this dataset');
		await expect(notice).toContainText('The window “from=spring&to=1999” needs two dates');
		await expect.poll(() => param(page, 'theme')).toBeNull();
		expect(param(page, 'tour')).toBeNull();
		expect(param(page, 'from')).toBeNull();
		expect(param(page, 'seed')).toBe('5');

		const period = page.getByRole('form', { name: 'Period' });
		await period.getByRole('textbox', { name: 'From' }).fill('2000');
		await period.getByRole('textbox', { name: 'To' }).fill('2001-06');
		await period.getByRole('button', { name: 'Apply period' }).click();
		await expect.poll(() => param(page, 'from')).toBe('2000');
		expect(param(page, 'to')).toBe('2001-06');
		await expect(page.getByText('2 events to draw from')).toBeVisible();
		expect((await fixtureTitles(page, 2)).sort()).toEqual(['Thing of 2000', 'Thing of 2001']);
		await expect(page.getByRole('status').filter({ hasText: 'theme=weather' })).toHaveCount(0);
	});

	test('ordering gives partial credit and names the swapped pair', async ({ page }) => {
		await page.goto(`/practice/?${DATA}&seed=7&size=5`);
		await ready(page);
		const titles = await fixtureTitles(page, 5);
		const years = titles.map((t) => Number(t.slice(-4)));
		// Sort with the buttons, then swap the middle two: one pair of ten out of order.
		const sorted = [...years].sort((a, b) => a - b);
		for (let target = 0; target < sorted.length; target++) {
			let at = (await cards(page).locator('strong').allTextContents()).indexOf(
				`Thing of ${sorted[target]}`
			);
			while (at > target) {
				await page.getByRole('button', { name: `Move up: Thing of ${sorted[target]}` }).click();
				at--;
			}
		}
		await page.getByRole('button', { name: `Move up: Thing of ${sorted[3]}` }).click();
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'pairs' })).toContainText(
			'9 of 10 pairs in the right order.'
		);
		await expect(
			page.getByRole('list', { name: 'Swapped pairs' }).getByRole('listitem')
		).toHaveText([
			`“Thing of ${sorted[2]}” (${sorted[2]}) happened before “Thing of ${sorted[3]}” (${sorted[3]}).`
		]);

		expect(await axeViolations(page)).toEqual([]);

		await page.getByRole('button', { name: `Move down: Thing of ${sorted[3]}` }).click();
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'pairs' })).toContainText(
			'10 of 10 pairs in the right order. All 5 events in the right order. Well done!'
		);
		await expect(page.getByRole('list', { name: 'Swapped pairs' })).toHaveCount(0);
	});

	test('placement asks the set size in questions, with Next, and gives a final score', async ({
		page
	}) => {
		await page.goto(`/practice/?${DATA}&seed=9&size=4&mode=place`);
		await ready(page);
		await expect(page.getByRole('banner')).toContainText('Practice fixture');
		const region = page.getByRole('region', { name: 'When did this happen?' });
		const seen = new Set<string>();
		for (let i = 1; i <= 4; i++) {
			await expect(region).toContainText(`Question ${i} of 4`);
			seen.add((await region.getByText(/^Thing of \d{4}$/).textContent())!);
			await expect(page.getByRole('region', { name: 'Final score' })).toHaveCount(0);
			await page.getByRole('button', { name: 'Place it here' }).click();
			if (i < 4) {
				await page.getByRole('button', { name: 'Next' }).click();
				await expect(page.getByRole('slider')).toBeFocused();
			}
		}
		expect(seen.size).toBe(4);
		await expect(page.getByRole('button', { name: 'Next' })).toHaveCount(0);
		await expect(page.getByRole('region', { name: 'Final score' })).toContainText(
			/\d of 4 placed within the event’s dates; off by \d+ months? on average\./
		);
		await expect(page.getByRole('region', { name: 'Your progress in this browser' })).toContainText(
			'Placements: 4'
		);
		expect(await axeViolations(page)).toEqual([]);
	});

	for (const mode of ['order', 'place'] as const) {
		test(`"Print class set" prints the ${mode} set with space to answer and an answer key`, async ({
			page
		}) => {
			await page.addInitScript(() => {
				(window as unknown as { printed: number }).printed = 0;
				window.print = () => {
					(window as unknown as { printed: number }).printed++;
				};
			});
			await page.goto(`/practice/?${DATA}&seed=4&size=6&mode=${mode}&theme=nineties`);
			await ready(page);
			await expect(page.getByRole('banner')).toContainText('Practice fixture');
			await expect(page.getByText('10 events to draw from')).toBeVisible();
			await expect(page.getByRole('region', { name: /^Class set/ })).toBeHidden();
			await page.getByRole('button', { name: 'Print class set' }).click();
			expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

			await page.emulateMedia({ media: 'print' });
			const set = page.getByRole('region', { name: 'Class set #4: Practice fixture · Nineties' });
			await expect(set).toBeVisible();
			await expect(page.getByRole('button', { name: 'Check' })).toBeHidden();
			const questions = set.getByRole('list', { name: 'Questions' }).getByRole('listitem');
			await expect(questions).toHaveCount(6);
			await expect(questions).toContainText(
				Array(6).fill(mode === 'order' ? 'Position:' : 'When:')
			);
			const asked = (await questions.locator('strong').allTextContents()).map((t) =>
				Number(t.slice(-4))
			);
			expect(asked.every((y) => y >= 1990 && y <= 1999)).toBe(true);
			const key = set.getByRole('region', { name: 'Answer key: class set #4' });
			const expected = (mode === 'order' ? [...asked].sort((a, b) => a - b) : asked).map(
				(y) => `Thing of ${y}: ${y}`
			);
			await expect(key.getByRole('list', { name: 'Answers' }).getByRole('listitem')).toHaveText(
				expected
			);
			if (mode === 'order') {
				await page.emulateMedia({ media: 'screen' });
				expect(await fixtureTitles(page, 6)).toEqual(asked.map((y) => `Thing of ${y}`));
			}
		});
	}
});
