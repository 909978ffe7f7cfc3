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

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
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
				// ?data= may name any address the user asks for; nothing else leaves the origin.
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
