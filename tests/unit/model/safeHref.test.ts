import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeHref } from '$lib/model/safeHref';

describe('safeHref', () => {
	it.each([
		['https://example.org/page', 'https://example.org/page'],
		['http://example.org', 'http://example.org/'],
		['HTTPS://Example.org/a?b=c#d', 'https://example.org/a?b=c#d']
	])('gives an http(s) address %j as the href %j', (url, href) => {
		expect(safeHref(url)).toBe(href);
	});

	it.each([
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		'  javascript:alert(1)',
		'\tjava\nscript:alert(1)',
		'\u0001javascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'file:///etc/passwd',
		'blob:https://example.org/uuid',
		'//example.org/page',
		'/events/',
		'example.org',
		'',
		undefined
	])('gives no href for %j', (url) => {
		expect(safeHref(url)).toBeUndefined();
	});
});

/** Every Svelte file under a folder. */
function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return svelteFiles(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});
}

describe('links in the screens', () => {
	// A link's address comes from the dataset unless it is an app route or a fragment: resolve()d,
	// a nav item, link() (an app route keeping ?data=) or hrefOf() (the explorer route of an event).
	const SAFE_HREF =
		/^href=(?:\{item\.href\}|\{resolve\(|\{link\((?:resolve\(|item\.href)|\{hrefOf\(|"#)|^\{href\}$/;

	it.each(svelteFiles('src'))('%s makes links only through safeHref or app routes', (file) => {
		const text = readFileSync(file, 'utf8');
		const hrefs = text.match(/href=(?:\{[^}]*\}|"[^"]*")|\{href\}/g) ?? [];
		for (const href of hrefs) expect(href).toMatch(SAFE_HREF);
		if (hrefs.some((h) => h === '{href}')) expect(text).toContain('safeHref(');
	});
});
