import { sveltekit } from '@sveltejs/kit/vite';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { defineConfig } from 'vitest/config';

/** The names of the two files the client's code is cut into first (see clientChunks). */
const FRAMEWORK_FILE = 'framework';
const EXPLORER_FILE = 'explorer';

/** The framework every screen runs on: the Svelte runtime and SvelteKit's client. */
const FRAMEWORK =
	/node_modules[\\/](svelte|@sveltejs[\\/]kit|clsx|esm-env)[\\/]|vite[\\/]preload-helper/;
/** SvelteKit's generated modules for the root layout (node 0) and the explorer's page (node 2). */
const LAYOUT_NODE = /generated[\\/]client-optimized[\\/]nodes[\\/]0\.js$/;
const EXPLORER_NODE = /generated[\\/]client-optimized[\\/]nodes[\\/]2\.js$/;

/**
 * The modules a file of its own may start from that import `id`, directly or through others:
 * SvelteKit's nodes and entries, and the targets of dynamic `import()`s.
 */
function roots(
	id: string,
	ctx: Rolldown.ChunkingContext,
	memo: Map<string, Set<string>>
): Set<string> {
	const known = memo.get(id);
	if (known) return known;
	const found = new Set<string>();
	memo.set(id, found);
	const info = ctx.getModuleInfo(id);
	if (!info || info.importers.length === 0 || info.dynamicImporters.length > 0) found.add(id);
	for (const importer of info?.importers ?? [])
		for (const root of roots(importer, ctx, memo)) found.add(root);
	return found;
}

/** Whether `id` is an entry of the client: imported by no module, statically or dynamically. */
function isEntry(id: string, ctx: Rolldown.ChunkingContext): boolean {
	const info = ctx.getModuleInfo(id);
	return info !== null && info.importers.length === 0 && info.dynamicImporters.length === 0;
}

/**
 * How the client's code is cut into files (Rolldown's `output.codeSplitting.groups`). Left to
 * itself, Rolldown gives every set of importers a file of its own: the explorer's first render
 * took some thirty, which gzip worse apart than together. Here the framework is one file, and
 * the modules the explorer needs before its first render that the layout, other screens or later
 * chunks share are a second one; what only the explorer's page uses stays in the page's file,
 * and what it loads later keeps Rolldown's splitting. Other screens load the second file whole.
 */
function clientChunks(): Rolldown.CodeSplittingGroup[] {
	const memo = new Map<string, Set<string>>();
	return [
		{ name: FRAMEWORK_FILE, test: FRAMEWORK, priority: 2 },
		{
			name: (id, ctx) => {
				const from = [...roots(id, ctx, memo)];
				const explorer = from.some((root) => EXPLORER_NODE.test(root));
				const layout = from.some((root) => LAYOUT_NODE.test(root));
				const elsewhere = from.some((root) => !EXPLORER_NODE.test(root));
				// What the client's entry imports (its hooks) runs before any page.
				const entry = from.some((root) => root !== id && isEntry(root, ctx));
				return (explorer && elsewhere) || layout || entry ? EXPLORER_FILE : null;
			},
			priority: 1
		}
	];
}

/** The line of SvelteKit's client that takes two functions out of Svelte's whole namespace. */
const KIT_CLIENT = /@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/;
const KIT_DESTRUCTURE = 'const { onMount, tick } = svelte;';

/**
 * SvelteKit's client destructures `onMount` and `tick` from `import * as svelte`, which keeps the
 * namespace object and with it every export of Svelte (legacy lifecycle functions, snippets,
 * contexts, …) in the framework file. Read as two properties instead, the rest is tree-shaken.
 * Should the line change, the build goes on as before, only larger.
 */
function shakeKitClient(): Plugin {
	return {
		name: 'chronotext:shake-kit-client',
		enforce: 'pre',
		transform(code, id) {
			if (!KIT_CLIENT.test(id) || !code.includes(KIT_DESTRUCTURE)) return null;
			return {
				code: code.replace(KIT_DESTRUCTURE, 'const onMount = svelte.onMount, tick = svelte.tick;'),
				map: null
			};
		}
	};
}

/** SvelteKit's generated module for a layout or a page, and its line taking the universal module. */
const KIT_NODE = /generated[\\/]client-optimized[\\/]nodes[\\/]\d+\.js$/;
const KIT_UNIVERSAL = /import \* as universal from ("[^"]+");\nexport \{ universal \};/;

/**
 * SvelteKit's node modules hand on a `+layout.ts` or `+page.ts` as a namespace (`import * as`),
 * which the bundler builds with a helper of its runtime: the root layout's then fetches the
 * runtime's file before the first render. SvelteKit reads the namespace as a plain object (its
 * `load`, its options), so it is written as one, of the module's own exports. Should the line
 * change, or the exports be unknown, the build goes on as before.
 */
function plainUniversal(): Plugin {
	return {
		name: 'chronotext:plain-universal',
		async transform(code, id) {
			const line = KIT_NODE.test(id) ? KIT_UNIVERSAL.exec(code) : null;
			if (!line) return null;
			const resolved = await this.resolve(JSON.parse(line[1]!) as string, id);
			const exported = resolved ? (await this.load({ id: resolved.id })).exports : [];
			if (exported.length === 0 || exported.some((name) => !/^[A-Za-z_$][\w$]*$/.test(name)))
				return null;
			const names = exported.join(', ');
			return {
				code: code.replace(
					line[0],
					`import { ${names} } from ${line[1]};\nexport const universal = { ${names} };`
				),
				map: null
			};
		}
	};
}

/** V8's explicit compile hint: compile every function of the file as it streams in. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The least code a file needs for the hint to be worth its bytes (SvelteKit's own are smaller). */
const HINTED_MIN_BYTES = 2048;

/**
 * Whether a file of the client runs nearly whole as a screen starts: the framework and explorer
 * files above, and a page's own module.
 */
function runsOnLoad(chunk: Rolldown.OutputChunk): boolean {
	return (
		(chunk.name === FRAMEWORK_FILE ||
			chunk.name === EXPLORER_FILE ||
			KIT_NODE.test(chunk.facadeModuleId ?? '')) &&
		chunk.code.length >= HINTED_MIN_BYTES
	);
}

/**
 * Marks the files that run as a screen starts with V8's compile hint (Chrome 136 and later; a
 * comment elsewhere). Without it V8 compiles a function on the main thread when first called,
 * which on a first visit is most of the framework and the explorer, during the first render;
 * with it they are compiled on a background thread while the file streams in (BENCHMARKS.md,
 * round 14). Files loaded later on demand (the PDF reader, exports, gestures) are not marked:
 * only part of them runs, and compiling the rest would be wasted.
 */
function compileHints(): Plugin {
	return {
		name: 'chronotext:compile-hints',
		// Once written: Vite puts its own first line (the map of preloads) in some files last.
		writeBundle({ dir }, bundle) {
			for (const file of Object.values(bundle))
				if (file.type === 'chunk' && dir && runsOnLoad(file))
					writeFileSync(join(dir, file.fileName), COMPILE_HINT + file.code);
		}
	};
}

export default defineConfig(({ isSsrBuild }) => ({
	plugins: [
		shakeKitClient(),
		plainUniversal(),
		sveltekit(),
		// Not for the server, nor for the single HTML file, whose scripts are inlined in it.
		...(isSsrBuild || process.env.CHRONOTEXT_SINGLE_FILE === '1' ? [] : [compileHints()])
	],
	server: { fs: { allow: ['data'] } },
	// Module workers (both are started with type: 'module'), so that a worker's entry can be small
	// and load the rest on demand: the validator's worker starts its fetch before its loader arrives.
	worker: { format: 'es' },
	// The single HTML file has no service worker (svelte.config.js); the site registers its own.
	define: { __SERVICE_WORKER__: JSON.stringify(process.env.CHRONOTEXT_SINGLE_FILE !== '1') },
	build: {
		rolldownOptions: {
			// The server needs no such cut, and the single HTML file inlines everything.
			output:
				isSsrBuild || process.env.CHRONOTEXT_SINGLE_FILE === '1'
					? {}
					: { codeSplitting: { groups: clientChunks() } }
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
}));
