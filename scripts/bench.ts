/**
 * npm run bench [-- --only=app|vis|blank|busy] [--sizes=1000,10000] [--skip-build]
 *
 * Builds the app, writes generated datasets (scripts/bench-data.ts, seed 42) to build/bench/,
 * serves the build with `vite preview` on 127.0.0.1:4180 and measures in Chromium, for the app's
 * explorer (`/?data=…`) and for vis-timeline 8.5.4 on the same data (bench/vis-timeline.html),
 * the time to the first complete render, frame intervals and per-step work during 30 wheel-zoom
 * and 30 drag-pan steps, the DOM size, the JS heap and the initial JavaScript. Prints a Markdown
 * table; a full run (both implementations, every size) also writes BENCHMARKS.md, keeping its
 * "## Notes" section. Raw numbers go to bench-results/results.json.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	lstatSync,
	mkdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import ts from 'typescript';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { loadDatasetText } from '../src/lib/formats/load';
import { generateDataset } from './bench-data';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 4180;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SEED = 42;
const ALL_SIZES = [1_000, 10_000, 50_000];
const VIS_LABEL = 'vis-timeline 8.5.4';
const APP_LABEL = 'chronotext';
/** The longest a first render, or one interaction phase, may take before it counts as not finished. */
const LIMIT_MS = 120_000;
const DNF = `did not finish in ${LIMIT_MS / 1000} s`;
const STEPS = 30;
const WHEEL_DELTA = 100;
const PAN_PX = 20;
/** Wheel steps in before the pan phase, so that both timelines have somewhere to pan to. */
const PAN_ZOOM_IN = 8;
/** The calibration row's work per input event. */
const BUSY_MS = 20;
const VIEWPORT = { width: 1280, height: 720 };
const BENCH_ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];

// ── options ────────────────────────────────────────────────────────────────────────────────────

const args = process.argv.slice(2);
const arg = (name: string) =>
	args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ??
	(args.includes(`--${name}`) ? '' : undefined);
const only = arg('only');
if (only !== undefined && !['app', 'vis', 'blank', 'busy'].includes(only)) {
	console.error('--only takes app, vis, blank or busy');
	process.exit(2);
}
const sizes = arg('sizes') ? arg('sizes')!.split(',').map(Number) : ALL_SIZES;
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
	console.error('--sizes takes a comma-separated list of event counts, e.g. --sizes=1000,10000');
	process.exit(2);
}
const skipBuild = arg('skip-build') !== undefined;
const fullRun = only === undefined && sizes.join() === ALL_SIZES.join();

// ── results ────────────────────────────────────────────────────────────────────────────────────

interface Stats {
	p50: number;
	p95: number;
}
interface Phase {
	/** Intervals between the frame timestamps of an in-page rAF loop while the phase ran. */
	frames: Stats & { over50: number; count: number };
	/** Per frame: from its start (vsync) to the first task after its rendering. */
	work: Stats;
	/** Per step: input event → next animation frame → the setTimeout(0) after it. */
	steps: Stats;
	/** The raw values, for bench-results/results.json. */
	raw: { frames: number[]; works: number[]; steps: number[]; inputLagMs: number[] };
}
interface Row {
	label: string;
	events: number;
	error?: string;
	parseToRenderMs?: number;
	navToRenderMs?: number;
	zoom?: Phase | string;
	pan?: Phase | string;
	domAfterRender?: number;
	domAfterZoom?: number;
	heapMB?: number;
	initialJsKB?: number;
	deferredJsKB?: number;
}

class BenchError extends Error {}

function quantile(values: number[], q: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const i = (sorted.length - 1) * q;
	const lo = Math.floor(i);
	const hi = Math.ceil(i);
	return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

// ── build, data, server ─────────────────────────────────────────────────────────────────────────

function build(): void {
	const t0 = performance.now();
	console.log('Building the app (npx vite build)…');
	const result = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, encoding: 'utf8' });
	if (result.status !== 0) {
		console.error(`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-40).join('\n'));
		throw new BenchError('npx vite build failed (its output is above); no numbers written.');
	}
	console.log(`  built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

function writeBenchFiles(): Map<number, string> {
	const dir = join(ROOT, 'build', 'bench');
	if (!existsSync(join(ROOT, 'build', 'index.html')))
		throw new BenchError('build/index.html is missing: run without --skip-build.');
	mkdirSync(dir, { recursive: true });
	const files = new Map<number, string>();
	for (const n of sizes) {
		const t0 = performance.now();
		const text = JSON.stringify(generateDataset(n, SEED));
		const result = loadDatasetText(text, `bench-${n}.json`);
		if (!result.ok)
			throw new BenchError(
				`the generated dataset of ${n} events is invalid (scripts/bench-data.ts):\n` +
					result.problems
						.slice(0, 10)
						.map((p) => `  ${JSON.stringify(p)}`)
						.join('\n')
			);
		const file = `bench-${n}.json`;
		writeFileSync(join(dir, file), text);
		files.set(n, file);
		console.log(
			`  build/bench/${file}: ${n} events, ${(text.length / 1e6).toFixed(1)} MB, valid (${((performance.now() - t0) / 1000).toFixed(1)} s)`
		);
	}
	// The comparison page: its HTML, its script without types, vis-timeline's standalone build.
	copyFileSync(join(ROOT, 'bench', 'vis-timeline.html'), join(dir, 'vis-timeline.html'));
	const source = readFileSync(join(ROOT, 'bench', 'vis-timeline.ts'), 'utf8');
	const js = ts.transpileModule(source, {
		compilerOptions: { target: ts.ScriptTarget.ES2022 },
		fileName: 'vis-timeline.ts'
	}).outputText;
	writeFileSync(join(dir, 'vis-timeline.js'), js);
	copyFileSync(join(ROOT, 'bench', 'blank.html'), join(dir, 'blank.html'));
	copyFileSync(
		join(ROOT, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'),
		join(dir, 'vis-timeline-graph2d.min.js')
	);
	// SvelteKit's `vite preview` serves the build's pages and assets from .svelte-kit/output (the
	// same files adapter-static copied to build/), so build/bench/ is linked into its client folder.
	const client = join(ROOT, '.svelte-kit', 'output', 'client');
	if (!existsSync(client))
		throw new BenchError(`${client} is missing: vite preview would have nothing to serve.`);
	const link = join(client, 'bench');
	if (existsSync(link) || isSymlink(link)) rmSync(link, { recursive: true, force: true });
	symlinkSync(dir, link, 'dir');
	return files;
}

function isSymlink(path: string): boolean {
	try {
		return lstatSync(path).isSymbolicLink();
	} catch {
		return false;
	}
}

async function startPreview(): Promise<ChildProcess> {
	const child = spawn(
		'npx',
		['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
		{ cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let output = '';
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null)
			throw new BenchError(
				`vite preview exited (${child.exitCode}); is port ${PORT} taken?\n${output.trim()}`
			);
		try {
			const response = await fetch(`${ORIGIN}/bench/vis-timeline.html`);
			if (response.ok) return child;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	stopPreview(child);
	throw new BenchError(`vite preview did not serve ${ORIGIN}/ within 30 s.\n${output.trim()}`);
}

function stopPreview(child: ChildProcess | undefined): void {
	if (!child?.pid || child.exitCode !== null) return;
	try {
		process.kill(-child.pid, 'SIGTERM'); // its own process group: npx and the vite it started
	} catch {
		// already gone
	}
}

// ── in-page instrumentation ─────────────────────────────────────────────────────────────────────

interface BenchWindow {
	__bench: {
		startFrames(): void;
		stopFrames(): { intervals: number[]; works: number[] };
		arm(): void;
		wait(timeoutMs: number): Promise<StepTiming | null>;
	};
}
interface StepTiming {
	type: string;
	inputAt: number;
	eventStamp: number;
	rafAt: number;
	doneAt: number;
}

/**
 * Installed after the first render: a rAF loop for frame intervals and an input-to-frame probe.
 * Plain JavaScript in a string: tsx would add helpers to a function passed to page.evaluate.
 */
const INSTRUMENT = `(() => {
	let frames = null;
	let works = null;
	let last = 0;
	let step = null;
	// The first task after a frame's rendering: a message posted from its rAF callback.
	const after = new MessageChannel();
	const started = [];
	after.port1.onmessage = () => {
		const frameStart = started.shift();
		if (works) works.push(performance.now() - frameStart);
	};
	// The callback's argument is the frame's start time (its vsync), not the moment the callback
	// runs: input handled earlier in the same frame does not shift it, a missed frame does.
	const loop = (frameStart) => {
		if (!frames) return;
		if (last) frames.push(frameStart - last);
		last = frameStart;
		started.push(frameStart);
		after.port2.postMessage(0);
		requestAnimationFrame(loop);
	};
	const onInput = (event) => {
		const s = step;
		if (!s || s.inputAt !== undefined) return;
		s.inputAt = performance.now();
		s.eventStamp = event.timeStamp;
		s.type = event.type;
		// The next frame after the input, then the task after that frame's rendering.
		requestAnimationFrame(() => {
			s.rafAt = performance.now();
			setTimeout(() => {
				s.doneAt = performance.now();
				s.resolve();
			}, 0);
		});
	};
	for (const type of ['wheel', 'pointerdown', 'pointermove', 'pointerup', 'mousedown', 'mousemove'])
		window.addEventListener(type, onInput, { capture: true, passive: true });
	window.__bench = {
		startFrames() {
			frames = [];
			works = [];
			last = 0;
			requestAnimationFrame(loop);
		},
		stopFrames() {
			const f = { intervals: frames || [], works: works || [] };
			frames = null;
			works = null;
			return f;
		},
		arm() {
			const s = {};
			s.done = new Promise((r) => (s.resolve = r));
			step = s;
		},
		async wait(timeoutMs) {
			const s = step;
			const ok = await Promise.race([
				s.done.then(() => true),
				new Promise((r) => setTimeout(() => r(false), timeoutMs))
			]);
			step = null;
			return ok ? { type: s.type, inputAt: s.inputAt, eventStamp: s.eventStamp, rafAt: s.rafAt, doneAt: s.doneAt } : null;
		}
	};
})()`;

/**
 * Resolves once animation frames have come without a gap over 50 ms for `quietMs` (deferred work
 * after the first render, such as vis-timeline's resize check a second after it starts, is done).
 */
const SETTLE = `(quietMs) => new Promise((resolve) => {
	let last = performance.now();
	let quietSince = last;
	const tick = () => {
		const now = performance.now();
		if (now - last > 50) quietSince = now;
		last = now;
		if (now - quietSince >= quietMs) resolve(now);
		else requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})`;
const SETTLE_MS = 1500;

/** Resolves after the next frame and the task after it. */
const nextFrame = (page: Page) =>
	page.evaluate(
		() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(() => r(), 0)))
	);

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout;
	return Promise.race([
		promise,
		new Promise<T>((_, reject) => {
			timer = setTimeout(() => reject(new TimeoutError(what)), ms);
		})
	]).finally(() => clearTimeout(timer));
}
class TimeoutError extends Error {}

// ── one measurement ─────────────────────────────────────────────────────────────────────────────

interface Target {
	label: string;
	kind: 'app' | 'vis' | 'blank' | 'busy';
	url(file: string): string;
	/** The page whose first visit's JavaScript is counted. */
	plainUrl: string;
}

const TARGETS: Target[] = [
	{
		label: APP_LABEL,
		kind: 'app',
		url: (file) => `${ORIGIN}/?data=/bench/${file}`,
		plainUrl: `${ORIGIN}/`
	},
	{
		label: VIS_LABEL,
		kind: 'vis',
		url: (file) => `${ORIGIN}/bench/vis-timeline.html?data=/bench/${file}`,
		plainUrl: `${ORIGIN}/bench/vis-timeline.html`
	},
	{
		label: 'blank page (the floor)',
		kind: 'blank',
		url: (file) => `${ORIGIN}/bench/blank.html?data=/bench/${file}`,
		plainUrl: `${ORIGIN}/bench/blank.html`
	},
	{
		// Shows that the frame figures catch a page too slow for its input: 20 ms per event.
		label: `calibration: blank page + ${BUSY_MS} ms per input`,
		kind: 'busy',
		url: (file) => `${ORIGIN}/bench/blank.html?busy=${BUSY_MS}&data=/bench/${file}`,
		plainUrl: `${ORIGIN}/bench/blank.html`
	}
];

async function newContext(browser: Browser): Promise<BrowserContext> {
	return browser.newContext({ viewport: VIEWPORT, timezoneId: 'UTC', locale: 'en-GB' });
}

/**
 * The scripts a plain first visit loads, each with its gzip size in bytes: `kb` counts those
 * that arrived before the first complete render (the `timeline:rendered` mark), `deferredKb` those
 * loaded after it (the app's d3 gesture chunk, loaded when the browser is idle).
 */
async function initialJs(
	browser: Browser,
	url: string
): Promise<{ kb: number; deferredKb: number; files: Record<string, number> }> {
	const context = await newContext(browser);
	try {
		const page = await context.newPage();
		const scripts = new Map<string, Promise<number>>();
		page.on('response', (response) => {
			const isScript =
				response.request().resourceType() === 'script' ||
				/\.m?js$/.test(new URL(response.url()).pathname);
			if (isScript && response.ok() && !scripts.has(response.url())) {
				scripts.set(
					response.url(),
					response.body().then(
						(b) => gzipSync(b).length,
						() => 0
					)
				);
			}
		});
		await page.goto(url, { waitUntil: 'networkidle' });
		await page.waitForTimeout(2000);
		// The page's own clock: when each script finished arriving, and when the first render ended.
		const { renderedAt, loadedAt } = await page.evaluate(() => {
			const mark = performance.getEntriesByName('timeline:rendered')[0];
			const loaded: Record<string, number> = {};
			for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[])
				loaded[entry.name] = entry.responseEnd;
			return { renderedAt: mark ? mark.startTime : Infinity, loadedAt: loaded };
		});
		const files: Record<string, number> = {};
		let before = 0;
		let after = 0;
		for (const [u, size] of scripts) {
			const bytes = await size;
			files[new URL(u).pathname] = bytes;
			if ((loadedAt[u] ?? Infinity) <= renderedAt) before += bytes;
			else after += bytes;
		}
		if (before + after === 0)
			throw new BenchError(`${url} loaded no JavaScript: is the build served?`);
		return { kb: before / 1024, deferredKb: after / 1024, files };
	} finally {
		await context.close();
	}
}

/** A readable account of the page, for a failure message. */
async function diagnose(page: Page, errors: string[]): Promise<string> {
	const facts: string[] = [];
	try {
		const state = await withTimeout(
			page.evaluate(() => ({
				parsed: performance.getEntriesByName('dataset:parsed').length,
				rendered: performance.getEntriesByName('timeline:rendered').length,
				alert: [...document.querySelectorAll('[role="alert"], [role="status"], .problems')]
					.map((e) => e.textContent?.trim())
					.filter(Boolean)
					.join(' | ')
					.slice(0, 400)
			})),
			5000,
			'diagnose'
		);
		facts.push(
			state.parsed
				? `performance.mark('dataset:parsed') recorded ${state.parsed}×`
				: "no performance.mark('dataset:parsed') (to be recorded when the ?data= text is parsed and validated)",
			state.rendered === 0
				? "no performance.mark('timeline:rendered')"
				: state.parsed
					? `performance.mark('timeline:rendered') recorded ${state.rendered}×, none after 'dataset:parsed'`
					: `performance.mark('timeline:rendered') recorded ${state.rendered}×`
		);
		if (state.alert) facts.push(`the page says: ${state.alert}`);
	} catch {
		facts.push('the page did not answer within 5 s (its main thread is busy)');
	}
	try {
		const regions = await withTimeout(
			page.getByRole('region', { name: 'Timeline', exact: true }).count(),
			5000,
			'count'
		);
		facts.push(
			regions === 0
				? 'no element with role="region" named "Timeline"'
				: `${regions} element(s) with role="region" named "Timeline"`
		);
	} catch {
		// busy
	}
	if (errors.length) facts.push(`page errors: ${errors.slice(0, 3).join(' | ')}`);
	return facts.join('; ');
}

async function interact(
	page: Page,
	kind: 'zoom' | 'pan',
	centre: { x: number; y: number }
): Promise<Phase | string> {
	const start = Date.now();
	const remaining = () => LIMIT_MS - (Date.now() - start);
	const steps: number[] = [];
	const inputLagMs: number[] = [];
	/** One input, then wait until the frame after it has been rendered. */
	const step = async (input: () => Promise<void>, counted: boolean) => {
		if (remaining() <= 0) throw new TimeoutError(kind);
		await withTimeout(
			page.evaluate(() => (window as unknown as BenchWindow).__bench.arm()),
			remaining(),
			kind
		);
		await withTimeout(input(), remaining(), kind);
		const timing = await withTimeout(
			page.evaluate(
				(ms) => (window as unknown as BenchWindow).__bench.wait(ms),
				Math.max(1, Math.min(remaining(), 30_000))
			),
			remaining() + 1000,
			kind
		);
		if (!timing)
			throw new BenchError(
				`${kind}: the input reached no listener on the page, or no frame followed it within 30 s`
			);
		// From the input event (its timestamp, when the browser created it) to the post-frame task.
		const from =
			timing.eventStamp > 0 && timing.eventStamp <= timing.inputAt
				? timing.eventStamp
				: timing.inputAt;
		if (counted) {
			steps.push(timing.doneAt - from);
			inputLagMs.push(timing.inputAt - from);
		}
	};

	try {
		// Fully zoomed out there may be nothing to pan to: zoom in first (not measured).
		if (kind === 'pan')
			for (let i = 0; i < PAN_ZOOM_IN; i++)
				await step(() => page.mouse.wheel(0, -WHEEL_DELTA), false);
		await page.evaluate(() => (window as unknown as BenchWindow).__bench.startFrames());
		if (kind === 'zoom') {
			for (let i = 0; i < STEPS; i++) {
				const dy = i < STEPS / 2 ? -WHEEL_DELTA : WHEEL_DELTA; // 15 in, then 15 out
				await step(() => page.mouse.wheel(0, dy), true);
			}
		} else {
			await step(() => page.mouse.down(), false);
			for (let i = 1; i <= STEPS; i++)
				await step(() => page.mouse.move(centre.x + i * PAN_PX, centre.y), true);
			await step(() => page.mouse.up(), false);
		}
		const { intervals: frames, works } = await withTimeout(
			page.evaluate(() => (window as unknown as BenchWindow).__bench.stopFrames()),
			remaining() + 1000,
			kind
		);
		return {
			frames: {
				p50: quantile(frames, 0.5),
				p95: quantile(frames, 0.95),
				over50: frames.filter((f) => f > 50).length,
				count: frames.length
			},
			work: { p50: quantile(works, 0.5), p95: quantile(works, 0.95) },
			steps: { p50: quantile(steps, 0.5), p95: quantile(steps, 0.95) },
			raw: { frames, works, steps, inputLagMs }
		};
	} catch (error) {
		if (error instanceof TimeoutError) return DNF;
		throw error;
	}
}

async function measure(
	browser: Browser,
	target: Target,
	n: number,
	file: string,
	jsKB: number,
	deferredJsKB: number
): Promise<Row> {
	const row: Row = { label: target.label, events: n, initialJsKB: jsKB, deferredJsKB };
	const context = await newContext(browser);
	const errors: string[] = [];
	try {
		const page = await context.newPage();
		page.on('pageerror', (e) => errors.push(e.message));
		const url = target.url(file);
		process.stdout.write(`  ${target.label}, ${n} events: ${url}\n`);
		await page.goto(url, { waitUntil: 'commit' });

		// First complete render: the first 'timeline:rendered' mark after 'dataset:parsed'. The app's
		// smallest dataset is the check that its timeline is there at all: it gets 30 s.
		const preflight = target.kind === 'app' && n === Math.min(...sizes) && n <= 10_000;
		const limit = preflight ? 30_000 : LIMIT_MS;
		let marks: { parsed: number; rendered: number };
		try {
			const handle = await page.waitForFunction(
				() => {
					const parsed = performance.getEntriesByName('dataset:parsed').at(-1);
					if (!parsed) return false;
					const rendered = performance
						.getEntriesByName('timeline:rendered')
						.find((m) => m.startTime >= parsed.startTime);
					return rendered ? { parsed: parsed.startTime, rendered: rendered.startTime } : false;
				},
				undefined,
				{ timeout: limit, polling: 100 }
			);
			marks = (await handle.jsonValue()) as { parsed: number; rendered: number };
		} catch (error) {
			if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
			const why = await diagnose(page, errors);
			if (preflight)
				throw new BenchError(
					`the app's timeline is not ready for the benchmark: ${url} did not record ` +
						`performance.mark('timeline:rendered') after performance.mark('dataset:parsed') ` +
						`within ${limit / 1000} s (${why}). No numbers were written. ` +
						'Measure vis-timeline alone with: npm run bench -- --only=vis'
				);
			console.log(`    ${DNF} (${why})`);
			return { ...row, error: DNF };
		}
		row.parseToRenderMs = marks.rendered - marks.parsed;
		row.navToRenderMs = marks.rendered; // mark times are relative to navigation start
		await withTimeout(page.evaluate(`(${SETTLE})(${SETTLE_MS})`), 30_000, 'settle').catch(() =>
			console.log('    the page did not settle within 30 s; measuring anyway')
		);

		const region = page.getByRole('region', { name: 'Timeline', exact: true }).first();
		if ((await region.count()) === 0)
			throw new BenchError(
				`${target.label}: ${url} rendered but has no element with role="region" named "Timeline" ` +
					`to zoom and pan; no numbers were written.`
			);
		await region.scrollIntoViewIfNeeded();
		const box = await region.boundingBox();
		if (!box || box.width < 50 || box.height < 50)
			throw new BenchError(
				`${target.label}: the "Timeline" region is not visible (${JSON.stringify(box)}).`
			);
		const top = Math.max(0, box.y);
		const bottom = Math.min(VIEWPORT.height, box.y + box.height);
		const left = Math.max(0, box.x);
		const right = Math.min(VIEWPORT.width, box.x + box.width);
		const centre = { x: Math.round((left + right) / 2), y: Math.round((top + bottom) / 2) };

		row.domAfterRender = await page.evaluate(() => document.getElementsByTagName('*').length);
		const cdp = await context.newCDPSession(page);
		await cdp.send('HeapProfiler.collectGarbage');
		const heap = await cdp.send('Runtime.getHeapUsage');
		row.heapMB = heap.usedSize / 1024 / 1024;
		await cdp.detach();

		await page.evaluate(INSTRUMENT);
		await page.mouse.move(centre.x, centre.y);
		await nextFrame(page);
		row.zoom = await interact(page, 'zoom', centre);
		if (typeof row.zoom === 'string') {
			row.pan = DNF;
			return row;
		}
		await page.waitForTimeout(500); // let deferred work after the last step settle
		await nextFrame(page);
		row.domAfterZoom = await page.evaluate(() => document.getElementsByTagName('*').length);
		await page.mouse.move(centre.x, centre.y);
		await nextFrame(page);
		row.pan = await interact(page, 'pan', centre);
		if (errors.length) console.log(`    page errors: ${errors.slice(0, 3).join(' | ')}`);
		return row;
	} finally {
		await context.close().catch(() => undefined);
	}
}

// ── report ──────────────────────────────────────────────────────────────────────────────────────

const ms = (v: number | undefined) =>
	v === undefined || Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1);
const pair = (s: Stats) => `${ms(s.p50)} / ${ms(s.p95)}`;

function table(rows: Row[]): string {
	const header = [
		'implementation',
		'events',
		'parse → render (ms)',
		'navigation → render (ms)',
		'zoom: frame interval p50 / p95 (ms)',
		'zoom: frame work p50 / p95 (ms)',
		'zoom: frames > 50 ms',
		'zoom: step p50 / p95 (ms)',
		'pan: frame interval p50 / p95 (ms)',
		'pan: frame work p50 / p95 (ms)',
		'pan: frames > 50 ms',
		'pan: step p50 / p95 (ms)',
		'DOM nodes: render / after zoom',
		'JS heap (MB)',
		'JS before first render + after (KB gzip)'
	];
	const js = (r: Row) => `${ms(r.initialJsKB)} + ${ms(r.deferredJsKB)}`;
	const phase = (p: Phase | string | undefined) =>
		p === undefined
			? ['—', '—', '—', '—']
			: typeof p === 'string'
				? [p, '—', '—', '—']
				: [pair(p.frames), pair(p.work), `${p.frames.over50} of ${p.frames.count}`, pair(p.steps)];
	const lines = rows.map((r) =>
		r.error
			? [r.label, r.events.toLocaleString('en-GB'), r.error, ...Array(11).fill('—'), js(r)]
			: [
					r.label,
					r.events.toLocaleString('en-GB'),
					ms(r.parseToRenderMs),
					ms(r.navToRenderMs),
					...phase(r.zoom),
					...phase(r.pan),
					`${r.domAfterRender?.toLocaleString('en-GB') ?? '—'} / ${r.domAfterZoom?.toLocaleString('en-GB') ?? '—'}`,
					ms(r.heapMB),
					js(r)
				]
	);
	return [header, header.map(() => '---'), ...lines].map((l) => `| ${l.join(' | ')} |`).join('\n');
}

function machine(chromiumVersion: string): string {
	const cpus = os.cpus();
	return [
		`- CPU: ${cpus[0]?.model.trim() ?? 'unknown'} × ${cpus.length}`,
		`- memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
		`- OS: ${os.type()} ${os.release()} (${os.arch()})`,
		`- Node ${process.version}, Chromium ${chromiumVersion} (headless, ${VIEWPORT.width}×${VIEWPORT.height})`,
		`- date: ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC; load average at the start ${loadAtStart}`
	].join('\n');
}

const HOW = `## How measured

\`npm run bench\` (scripts/bench.ts) builds the app (\`npx vite build\`), writes datasets of
1,000, 10,000 and 50,000 events generated by scripts/bench-data.ts (seed 42: clustered in time
over 1950–2020, a third intervals, day/month/year precisions, six actors and five themes,
every event with a source, a fifth with a quote) to build/bench/, serves the build with
\`vite preview\` on 127.0.0.1:${PORT} and drives Chromium through Playwright, one fresh browser
context per row. The vis-timeline rows load the same files in bench/vis-timeline.html: range
items for intervals, box items for the rest (at the span's start), one group per first actor,
default options but a height of 600 px.

- **parse → render**: \`performance.mark('timeline:rendered')\` (recorded after the first complete
  render of the loaded dataset; for vis-timeline at its first \`changed\` event) minus
  \`performance.mark('dataset:parsed')\` (the text parsed and validated; for vis-timeline after
  \`JSON.parse\`). **navigation → render**: the same mark from navigation start (fetch, parse and
  validation included). The pages record both marks themselves; painting is not included.
  vis-timeline redraws once more about a second after it starts (its resize check); that
  redraw is not in its render time but happens before anything else is measured (below).
- **zoom**: the mouse over the centre of the element with role \`region\` named "Timeline", 15 wheel
  steps in then 15 out (\`mouse.wheel(0, ∓${WHEEL_DELTA})\`); **pan**: after ${PAN_ZOOM_IN} more wheel steps in
  (not measured; fully zoomed out, a timeline may have nowhere to pan), mouse down there, 30 moves
  of ${PAN_PX} px to the right, mouse up. Each step waits for its frame before the next.
- **frame interval p50 / p95, frames > 50 ms**: intervals between the frames of an in-page
  \`requestAnimationFrame\` loop running through the phase, read from the timestamp each callback
  receives (the start of its frame, on the display's 60 Hz clock): 16.7 ms (16.6–16.8 with timer
  rounding) for each frame begun on time, 33.3 ms or more where the browser skipped one.
- **frame work p50 / p95**: for each frame of that loop, from its start (the timestamp) to the
  first task after it, a message posted from its rAF callback: input handled at the start of
  the frame or just before it, the rAF callbacks, style, layout, paint and the commit to the
  compositor. A frame whose work passes 16.7 ms is not ready for its vsync. This is the figure
  the budget of 16.7 ms at p95 is read against; the interval alone misses work that delays a
  frame without the browser skipping it (the calibration row shows such a page).
- **calibration**: the blank page again, made to work ${BUSY_MS} ms on every wheel and mouse-move
  event: a page too slow for its input, so its frame work must come out over 16.7 ms.
- **step p50 / p95**: for each counted step (the wheel steps, the 30 moves), from the input
  event's \`timeStamp\` to the \`setTimeout(0)\` task queued by the first animation frame after
  the event reached the page: the wait until the page handles it (Chromium delivers wheel and
  mouse-move events aligned to frames, so up to a frame even on an idle page), the handlers,
  that frame's rAF callbacks, style, layout and paint. Raw values, and the wait before the
  first listener, are in bench-results/results.json.
- After the render mark the page is left to settle (until animation frames have come for
  ${SETTLE_MS / 1000} s without a gap over 50 ms, at most 30 s) before anything else is measured.
- **DOM nodes**: \`document.getElementsByTagName('*').length\` after the first render (settled), and
  after the zoom steps (plus 500 ms).
- **JS heap**: \`Runtime.getHeapUsage\` used size after \`HeapProfiler.collectGarbage\` (CDP), after
  the first render (settled).
- **JS**: the gzip sizes (node:zlib) of the scripts a plain first visit loads: \`/\` for
  the app, bench/vis-timeline.html (vis-timeline's standalone build with moment, plus the page's
  script) for vis-timeline; split into those that arrived before the \`timeline:rendered\` mark
  and those loaded after it (the app loads its d3 zoom/brush chunk when the browser is idle after
  the first render, or when the pointer, a finger or focus reaches the timeline). The dataset is
  not counted.
- A render or an interaction phase that takes over ${LIMIT_MS / 1000} s is recorded as "${DNF}".
- The numbers come from one run on a shared machine: other load skews them (the load average
  at the start is printed above the table).
`;

const NOTES_PLACEHOLDER = `## Notes

Add observations here: \`npm run bench\` keeps this section when it rewrites the file.
`;

function writeReport(rows: Row[], chromiumVersion: string): void {
	const path = join(ROOT, 'BENCHMARKS.md');
	let notes = NOTES_PLACEHOLDER;
	if (existsSync(path)) {
		const old = readFileSync(path, 'utf8');
		const m = /^## Notes[ \t]*\n[\s\S]*?(?=^## |(?![\s\S]))/m.exec(old);
		if (m) notes = m[0].trimEnd() + '\n';
	}
	const text = `# Benchmarks

Written by \`npm run bench\` (scripts/bench.ts); do not edit above the Notes section, it is regenerated.

${machine(chromiumVersion)}

${table(rows)}

${notes}
${HOW}`;
	writeFileSync(path, text);
	console.log(`\nWrote BENCHMARKS.md`);
}

// ── main ────────────────────────────────────────────────────────────────────────────────────────

/** The 1-minute load average when the bench started: other work on the machine skews the numbers. */
const loadAtStart = os.loadavg()[0]!.toFixed(2);

async function main(): Promise<number> {
	const started = performance.now();
	if (Number(loadAtStart) > os.cpus().length / 2)
		console.warn(
			`Warning: the load average is ${loadAtStart} on ${os.cpus().length} CPUs; other work (a build, a test run) skews the numbers and may rebuild build/ under the bench.`
		);
	if (!skipBuild) build();
	console.log('Writing the datasets and the vis-timeline page to build/bench/…');
	const files = writeBenchFiles();
	let preview: ChildProcess | undefined;
	let browser: Browser | undefined;
	const stop = () => {
		stopPreview(preview);
		process.exit(130);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	try {
		preview = await startPreview();
		browser = await chromium.launch({ executablePath: chromiumPath, args: BENCH_ARGS });
		const chromiumVersion = browser.version();
		const rows: Row[] = [];
		const scripts: Record<string, Record<string, number>> = {};
		for (const target of TARGETS) {
			if (only && target.kind !== only) continue;
			console.log(`Measuring ${target.label}…`);
			// The blank page has no script files to weigh.
			const js =
				target.kind === 'blank' || target.kind === 'busy'
					? { kb: 0, deferredKb: 0, files: {} }
					: await initialJs(browser, target.plainUrl);
			scripts[target.label] = js.files;
			console.log(
				`  JS before first render: ${js.kb.toFixed(1)} KB gzip, loaded after it: ${js.deferredKb.toFixed(1)} KB (${Object.keys(js.files).length} files)`
			);
			for (const n of sizes) {
				const row = await measure(browser, target, n, files.get(n)!, js.kb, js.deferredKb);
				rows.push(row);
				console.log(`    ${table([row]).split('\n')[2]}`);
			}
		}
		console.log(`\n${table(rows)}\n`);
		mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
		writeFileSync(
			join(ROOT, 'bench-results', 'results.json'),
			JSON.stringify(
				{ date: new Date().toISOString(), chromium: chromiumVersion, scripts, rows },
				null,
				'\t'
			)
		);
		if (fullRun) writeReport(rows, chromiumVersion);
		else
			console.log(
				'A partial run (--only or --sizes): BENCHMARKS.md left as it was; raw numbers in bench-results/results.json.'
			);
		console.log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
		return 0;
	} finally {
		await browser?.close().catch(() => undefined);
		stopPreview(preview);
	}
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		if (error instanceof BenchError) console.error(`\nbench: ${error.message}`);
		else {
			console.error(error);
			console.error(
				'\nbench: failed. If another build or test run was going on in this work tree, it may have replaced build/ and .svelte-kit/output under the bench: run it again when the tree is quiet.'
			);
		}
		process.exit(1);
	}
);
