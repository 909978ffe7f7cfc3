import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { ready } from './fixtures';
import { collectErrors, cspViolations, recordCspViolations } from './pageErrors';

/** The directive's sources in the page's CSP meta tag, e.g. ["'self'", "'sha256-…'"]. */
async function directive(page: Page, name: string): Promise<string[]> {
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy, 'the page carries a CSP meta tag').toBeTruthy();
	const found = policy!
		.split(';')
		.map((d) => d.trim().split(/\s+/))
		.find(([key]) => key === name);
	expect(found, `the CSP has ${name}`).toBeDefined();
	return found!.slice(1);
}

const screens = [
	{
		path: '/',
		shows: (page: Page) => page.getByRole('region', { name: 'Timeline' })
	},
	{ path: '/events/', shows: (page: Page) => page.getByRole('table') },
	{ path: '/present/', shows: (page: Page) => page.getByText(/^Step 1 of \d+$/) },
	{
		path: '/practice/',
		shows: (page: Page) => page.getByRole('heading', { name: 'Practice the chronology' })
	},
	{
		path: '/author/',
		shows: (page: Page) => page.getByRole('textbox', { name: 'Text', exact: true })
	}
];

test.describe('the Content Security Policy', () => {
	for (const screen of screens) {
		test(`${screen.path} is strict and nothing on it is blocked`, async ({ page, request }) => {
			const errors = collectErrors(page);
			await recordCspViolations(page);
			await page.goto(screen.path);
			await ready(page);
			await expect(screen.shows(page)).toBeVisible();

			for (const name of ['script-src', 'style-src']) {
				const sources = await directive(page, name);
				expect(sources).toContain("'self'");
				expect(sources).not.toContain("'unsafe-inline'");
				expect(sources).not.toContain("'unsafe-eval'");
			}
			// The page's stylesheets travel inline, in one <style> element allowed by its hash.
			const html = await (await request.get(screen.path)).text();
			const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(
				(m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`
			);
			expect(inline).toHaveLength(1);
			expect(await directive(page, 'style-src')).toContain(inline[0]);
			// Style attributes: only SvelteKit's route announcer, by the hash of its exact text
			// (SvelteKit lists the <style> element's hash here too, which matches no attribute).
			const attributes = await directive(page, 'style-src-attr');
			expect(attributes).not.toContain("'unsafe-inline'");
			const attributeHashes = attributes.filter((s) => s.startsWith("'sha256-"));
			expect(attributeHashes.filter((hash) => !inline.includes(hash))).toHaveLength(1);
			expect(await directive(page, 'default-src')).toEqual(["'self'"]);
			expect(await directive(page, 'object-src')).toEqual(["'none'"]);
			// What the server sent holds no style attribute for the policy to block.
			expect(html).not.toMatch(/<[^>]+\sstyle=/);

			expect(await cspViolations(page)).toEqual([]);
			expect(errors).toEqual([]);
		});
	}

	test('the timeline works under the policy, and moving between screens is not blocked', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await recordCspViolations(page);
		await page.goto('/');
		await ready(page);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await expect(
			timeline.getByRole('button', { name: /^NATO-Russia Founding Act signed in Paris, / })
		).toBeVisible();
		const showing = timeline.getByText(/^Showing /);
		const before = (await showing.textContent())!;
		await timeline.getByRole('button', { name: 'Zoom in', exact: true }).click();
		await expect(showing).not.toHaveText(before);
		await timeline
			.getByRole('button', { name: /^NATO-Russia Founding Act signed in Paris, / })
			.click();
		await expect(
			page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 })
		).toHaveText('NATO-Russia Founding Act signed in Paris');

		// Client-side navigation renders SvelteKit's route announcer and each screen's parts.
		const nav = page.getByRole('navigation', { name: 'Screens' });
		await nav.getByRole('link', { name: 'Event list' }).click();
		await expect(page.getByRole('table')).toBeVisible();
		await nav.getByRole('link', { name: 'Present' }).click();
		await expect(page.getByText(/^Step 1 of \d+$/)).toBeVisible();
		// Presentation hides the site header: its own button goes back.
		await page.getByRole('button', { name: 'Back to explorer (Esc)' }).click();
		await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();

		expect(await cspViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});

	for (const [scheme, address] of [
		[
			'data:',
			`data:application/json,${encodeURIComponent('{"format":"chronotext-dataset","version":1}')}`
		],
		['javascript:', 'javascript:alert(document.domain)']
	] as const)
		test(`?data= refuses a ${scheme} address by its scheme, before any fetch`, async ({ page }) => {
			await recordCspViolations(page);
			const errors = collectErrors(page);
			await page.goto(`/?data=${encodeURIComponent(address)}`);
			await ready(page);
			const alert = page.getByRole('alert');
			await expect(alert).toContainText(
				`${address}: is not a web address (?data= loads only http: and https: addresses), so it was not fetched.`
			);
			await expect(alert).toContainText('give ?data= an address that starts with https://');
			await expect(alert).not.toContainText('CORS');
			await expect(page.getByRole('banner')).toContainText('The NATO-Russia Partnership');
			// Refused before the fetch, so the policy never had to block it.
			expect(await cspViolations(page)).toEqual([]);
			expect(errors).toEqual([]);
		});
});
