import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** Waits until the prerendered page has hydrated, so clicks reach Svelte's handlers. */
export async function ready(page: Page): Promise<void> {
	await expect(page.locator('body[data-hydrated]')).toBeAttached();
}

/** Waits until the timeline takes gestures (its d3-zoom code loads just after the first render). */
export async function gesturesReady(page: Page): Promise<void> {
	await page.waitForFunction(() => performance.getEntriesByName('timeline:interactive').length > 0);
}

/** axe violations on the page, as "rule: target" lines, so a failure says what to fix. */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.flatMap((v) =>
		v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${v.help}`)
	);
}

/** Drags a file over the page (the drop target shows) and drops it. */
export async function dropFile(page: Page, file: { name: string; type: string; text: string }) {
	const dataTransfer = await page.evaluateHandle(({ name, type, text }) => {
		const transfer = new DataTransfer();
		transfer.items.add(new File([text], name, { type }));
		return transfer;
	}, file);
	const main = page.getByRole('main');
	await main.dispatchEvent('dragenter', { dataTransfer });
	await main.dispatchEvent('dragover', { dataTransfer });
	await expect(
		page.getByRole('status').filter({ hasText: 'Drop the file to open it' })
	).toBeVisible();
	await main.dispatchEvent('drop', { dataTransfer });
	await expect(
		page.getByRole('status').filter({ hasText: 'Drop the file to open it' })
	).toHaveCount(0);
}

/** The colour painted under the middle of a mark's symbol (its left end, past the padding). */
export function colourPaintedUnder(mark: Locator) {
	return mark.evaluate((button) => {
		const canvas = button.closest('section')!.querySelector('canvas')!;
		const at = button.getBoundingClientRect();
		const box = canvas.getBoundingClientRect();
		const ratio = canvas.width / box.width;
		const [r, g, b] = canvas
			.getContext('2d')!
			.getImageData(
				(at.left + 8 - box.left) * ratio,
				(at.top + at.height / 2 - box.top) * ratio,
				1,
				1
			).data;
		return `rgb(${r}, ${g}, ${b})`;
	});
}

/** The page's colour in the custom property `name` (e.g. `--friction`), as the canvas paints it. */
export function cssColour(page: Page, name: string): Promise<string> {
	return page.evaluate((name) => {
		const ctx = document.createElement('canvas').getContext('2d')!;
		ctx.fillStyle = getComputedStyle(document.documentElement).getPropertyValue(name);
		ctx.fillRect(0, 0, 1, 1);
		const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
		return `rgb(${r}, ${g}, ${b})`;
	}, name);
}
