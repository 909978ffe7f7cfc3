import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { safeHref } from '$lib/model/safeHref';
import { isWebAddress, WEB_PATTERN } from '$lib/model/webAddress';

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

describe('isWebAddress', () => {
	/** The old check: the start, then a URL parsed. */
	const parsed = (url: string) => WEB_PATTERN.test(url) && safeHref(url) !== undefined;

	it.each([
		['https://example.org/bench/e1', true],
		['http://a', true],
		['http://1.2.3.4/', true],
		['http://example.org:8080/', true],
		['http://Example.org/', true],
		['http://a.0xzz/', true],
		['http://a.1/', false],
		['http://a.0x10/', false],
		['http://999999999999/', false],
		['http://xn--zz/', false],
		['http://ex ample.org/', false],
		['http://', false],
		['http://example.org:99999/', false],
		['https:/example.org', false],
		['HTTPS://example.org', false],
		['javascript:alert(1)', false]
	])('answers %j as the URL parser does (%j)', (url, verdict) => {
		expect(parsed(url)).toBe(verdict);
		expect(isWebAddress(url)).toBe(verdict);
	});

	const piece = fc.constantFrom(
		'a',
		'z',
		'Q',
		'0',
		'9',
		'-',
		'.',
		'..',
		'xn--',
		'xn--zz',
		'org',
		'0x1f',
		'255',
		'999999',
		':',
		':80',
		':99999',
		'@',
		'%',
		'%41',
		'%zz',
		'[',
		'[::1]',
		']',
		'/',
		'//',
		'\\',
		'?',
		'#',
		' ',
		'\t',
		'\n',
		'<',
		'"',
		'|',
		'^',
		'`',
		'{',
		'é',
		'ß',
		'\u00ad',
		'\u200b',
		'ｅ',
		'。',
		'_',
		'~'
	);
	const nearAddress = fc
		.tuple(
			fc.constantFrom('http://', 'https://', 'http:/', 'HTTP://', 'https:', ''),
			fc.array(piece, { maxLength: 12 })
		)
		.map(([start, pieces]) => start + pieces.join(''));

	test.prop(
		[
			fc.oneof(
				{ arbitrary: nearAddress, weight: 8 },
				fc.webUrl({
					validSchemes: ['http', 'https'],
					withQueryParameters: true,
					withFragments: true
				}),
				fc.string()
			)
		],
		{ numRuns: 10000 }
	)('gives the same answer as parsing the URL', (url) => {
		expect(isWebAddress(url)).toBe(parsed(url));
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
