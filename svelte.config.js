import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The style attribute of SvelteKit's route announcer (core/sync/write_root.js), which it renders
 * after hydration (sveltejs/kit#11993). Allowed by its hash alone; if SvelteKit changes it, the
 * CSP end-to-end test reports the violation.
 */
const ANNOUNCER_STYLE =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';

/** A CSP hash source for the text: `sha256-<base64>`. */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * The inline script of src/app.html that preloads the built-in dataset: allowed by its hash,
 * taken from the file itself so that an edit cannot leave the policy behind.
 */
const PRELOAD_SCRIPT = /<script>([\s\S]*?)<\/script>/.exec(
	readFileSync(new URL('./src/app.html', import.meta.url), 'utf8')
)?.[1];
if (!PRELOAD_SCRIPT) throw new Error('src/app.html has lost its dataset preload script');

/**
 * The single-file build (scripts/build-single.ts): the whole app in one HTML page that opens
 * from disk, so routes live in the address's hash and scripts and styles are inlined.
 */
const single = process.env.CHRONOTEXT_SINGLE_FILE === '1';

/** Where the single-file build writes its page; the main build ships it as an asset. */
export const SINGLE_OUT = '.svelte-kit-single/page';
/** The screens' routes as links, without server routes (a hash-routed app has no server). */
export const SINGLE_ROUTES = '.svelte-kit-single/routes';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Svelte's version is not announced in the page (window.__svelte): bytes no visitor needs.
	compilerOptions: { discloseVersion: false },
	kit: {
		adapter: single
			? adapter({ pages: SINGLE_OUT, assets: SINGLE_OUT, fallback: 'index.html', strict: false })
			: adapter({ fallback: undefined, strict: true }),
		...(single && {
			// The same screens, without the server route that publishes datasets at build time; its
			// own output folder, so that the site's build (and vite preview) is left as it was.
			files: { routes: SINGLE_ROUTES },
			outDir: '.svelte-kit-single/kit',
			router: { type: 'hash' },
			// Links are `#/events/` in the page itself, whatever its file is called.
			paths: { relative: false },
			output: { bundleStrategy: 'inline' }
		}),
		// Registered by the app once the first dataset is shown (state/serviceWorker.ts), not as the
		// page loads, where its download of the whole build would slow the first render.
		serviceWorker: { register: false },
		// Each page carries its stylesheets (8–16 KB) in a <style> of its own, hashed into the
		// policy below by SvelteKit: the first paint waits for no stylesheet request. Under
		// Lighthouse's phone emulation the first frame came 1.2–2.3 s after navigation with the
		// seven stylesheets as files, and at 0.23–0.31 s inline (BENCHMARKS.md, round 8).
		inlineStyleThreshold: 16384,
		alias: { $data: 'data' },
		// The pages are prerendered, so the policy travels as a <meta> tag with the hashes of
		// SvelteKit's inline bootstrap script. A meta policy cannot carry frame-ancestors,
		// report-uri or sandbox (browsers ignore them there; SvelteKit leaves them out).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', sha256(PRELOAD_SCRIPT)],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', sha256(ANNOUNCER_STYLE)],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// ?data= may name any address the user asks for; nothing else leaves the origin. The
				// validator's worker fetches those files, and a worker does not inherit this <meta>
				// policy: the loader itself refuses an address that is not http(s) (fetchCapped.ts).
				'connect-src': ['self', 'https:', 'http:'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
