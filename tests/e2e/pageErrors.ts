import type { Page } from '@playwright/test';

declare global {
	interface Window {
		__cspViolations?: string[];
	}
}

/**
 * Starts collecting the page's errors (uncaught exceptions and console errors, CSP reports
 * included) and returns the live list, one readable line per error.
 */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
	});
	return errors;
}

/** Records every Content Security Policy violation of every document the page loads. */
export async function recordCspViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			window.__cspViolations!.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`
			);
		});
	});
}

/** The violations the current document has recorded so far. */
export function cspViolations(page: Page): Promise<string[]> {
	return page.evaluate(() => window.__cspViolations ?? []);
}
