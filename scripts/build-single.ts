/**
 * Builds the single-file page: the whole app in one HTML file (scripts and styles inlined,
 * routes in the address's hash) that opens from disk. The app's routes are linked into
 * .svelte-kit-single/routes without the server route that publishes datasets, and the root
 * load reads the dataset inside the page (src/single/+layout.ts). The page is written to
 * static/single-file.html, so that the site's build that follows serves it; "Single HTML file"
 * writes the current dataset into a copy of it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SINGLE_OUT, SINGLE_ROUTES } from '../svelte.config.js';
import { SINGLE_FILE_TEMPLATE } from '../src/lib/formats/singleHtml';

const ROUTES = 'src/routes';
/** Server routes and the root load, which the single-file page replaces. */
const LEFT_OUT = new Set(['data', '+layout.ts']);

rmSync('.svelte-kit-single', { recursive: true, force: true });
mkdirSync(SINGLE_ROUTES, { recursive: true });
for (const name of readdirSync(ROUTES)) {
	if (!LEFT_OUT.has(name)) symlinkSync(resolve(ROUTES, name), join(SINGLE_ROUTES, name));
}
symlinkSync(resolve('src/single/+layout.ts'), join(SINGLE_ROUTES, '+layout.ts'));

execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
	stdio: 'inherit',
	env: { ...process.env, CHRONOTEXT_SINGLE_FILE: '1' }
});

/** `from` replaced once in `html`; the build fails when app.html no longer holds it. */
function replaceOnce(html: string, from: string, to: string): string {
	if (!html.includes(from)) throw new Error(`the single-file page has no ${from}`);
	return html.replace(from, () => to);
}

// A page on disk has no site around it: the icon travels inside it, and there is no manifest.
const icon = readFileSync('static/favicon.png').toString('base64');
let page = readFileSync(join(SINGLE_OUT, 'index.html'), 'utf8');
page = replaceOnce(page, 'href="/favicon.png"', `href="data:image/png;base64,${icon}"`);
page = replaceOnce(page, '<link rel="manifest" href="/manifest.webmanifest" />', '');
writeFileSync(join('static', SINGLE_FILE_TEMPLATE), page);
