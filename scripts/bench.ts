/**
 * npm run bench [-- --quick] [--rounds=3] [--only=app|vis|blank|busy] [--sizes=1000,10000]
 *                  [--skip-build] [--lighthouse] [--write-report] [--port=4180]
 *
 * Builds the app, writes generated datasets (scripts/bench-data.ts, seed 42) to build/bench/,
 * serves the build with `vite preview` on 127.0.0.1:4180 and measures in Chromium, for the app's
 * explorer (`/?data=…`) and for vis-timeline 8.5.4 on the same data (bench/vis-timeline.html),
 * the time to the first complete render, the longest main-thread task while loading, frame
 * intervals and per-step work during 30 wheel-zoom and 30 drag-pan steps, the CPU each gesture
 * costs including the work after its last frame, the DOM size, the JS heap and the JavaScript
 * and HTML bytes. Every gesture must change the view, or the run fails. The rows run in
 * interleaved rounds (every target and size once per round) and the table gives medians and
 * their spread. `--quick` is one round at 1,000 and 10,000 events without the calibration
 * rows; `--lighthouse` adds Lighthouse 12 on `/` (desktop and mobile, five runs each, through
 * npx). A full run (every target and size, three rounds or more), or any run with
 * `--write-report`, also writes BENCHMARKS.md, keeping its "## Notes" section. Raw numbers go
 * to bench-results/results.json.
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
import {
	chromium,
	type Browser,
	type BrowserContext,
	type CDPSession,
	type Page
} from '@playwright/test';
import ts from 'typescript';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { loadDatasetText } from '../src/lib/formats/load';
import { generateDataset } from './bench-data';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** `--port=N` serves the build elsewhere, so that two benches on one machine do not collide. */
const PORT = Number(
	process.argv.find((a) => a.startsWith('--port='))?.slice('--port='.length) ?? 4180
);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SEED = 42;
const ALL_SIZES = [1_000, 10_000, 100_000];
/** vis-timeline beyond this many events does not finish a phase in minutes: it is left out. */
const VIS_MAX_EVENTS = 10_000;
/** The calibration rows (blank page, busy page) measure the harness: one size is enough. */
const CALIBRATION_EVENTS = 1_000;
/** How long the work a gesture leaves behind is counted after its last step. */
const AFTER_MS = 500;
/** A main-thread task longer than this while loading is over budget (DESIGN.md). */
const LONG_TASK_BUDGET_MS = 200;
const VIS_LABEL = 'vis-timeline 8.5.4';
const APP_LABEL = 'chronotext';
const BLANK_LABEL = 'blank page (the floor)';
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
const quick = arg('quick') !== undefined;
const sizes = arg('sizes')
	? arg('sizes')!.split(',').map(Number)
	: quick
		? ALL_SIZES.filter((n) => n <= 10_000)
		: ALL_SIZES;
const rounds = arg('rounds') ? Number(arg('rounds')) : quick ? 1 : 3;
if (!Number.isInteger(rounds) || rounds < 1) {
	console.error('--rounds takes a whole number of rounds, e.g. --rounds=3');
	process.exit(2);
}
if (!Number.isInteger(PORT) || PORT < 1 || PORT > 65535) {
	console.error('--port takes a TCP port, e.g. --port=4181');
	process.exit(2);
}
const lighthouse = arg('lighthouse') !== undefined;
/** Writes BENCHMARKS.md from a partial run too; its header then says which rounds and sizes ran. */
const writePartial = arg('write-report') !== undefined;
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
	console.error('--sizes takes a comma-separated list of event counts, e.g. --sizes=1000,10000');
	process.exit(2);
}
const skipBuild = arg('skip-build') !== undefined;
const fullRun = only === undefined && sizes.join() === ALL_SIZES.join() && rounds >= 3;

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
	/** Main-thread task time (CDP TaskDuration) from the first step to AFTER_MS after the last. */
	cpuMs: number;
	/** The part of cpuMs in the AFTER_MS after the last step: what the gesture left behind. */
	afterMs: number;
	/** The raw values, for bench-results/results.json. */
	raw: { frames: number[]; works: number[]; steps: number[]; inputLagMs: number[] };
}
interface Row {
	label: string;
	events: number;
	round: number;
	error?: string;
	parseToRenderMs?: number;
	navToRenderMs?: number;
	/** The longest main-thread task from navigation until the page settled after its render. */
	longestTaskMs?: number;
	/** Tasks over LONG_TASK_BUDGET_MS in that time. */
	longTasksOverBudget?: number;
	zoom?: Phase | string;
	pan?: Phase | string;
	domAfterRender?: number;
	domAfterZoom?: number;
	heapMB?: number;
	initialJsKB?: number;
	deferredJsKB?: number;
	/** The JavaScript before the first render of a `?data=` load. */
	dataJsKB?: number;
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
	console.log('Building the app (npm run build)…');
	const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
	if (result.status !== 0) {
		console.error(`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-40).join('\n'));
		throw new BenchError('npm run build failed (its output is above); no numbers written.');
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

/** Installed before the page's own scripts: every main-thread task over 50 ms, as it happens. */
const LONG_TASKS = `(() => {
	window.__longTasks = [];
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				window.__longTasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {}
})()`;

/**
 * What the page shows of time, as a string to compare before and after a gesture: the app's
 * "Showing …" line and its address (from=, to=), vis-timeline's window. The blank pages have none.
 */
const VIEW: Partial<Record<Target['kind'], string>> = {
	app: `(() => {
		const line = [...document.querySelectorAll('p')].find((p) => p.textContent.startsWith('Showing '));
		return (line ? line.textContent : '(no "Showing" line)') + ' ' + location.search;
	})()`,
	vis: `JSON.stringify(window.benchTimeline.getWindow())`
};

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
		label: BLANK_LABEL,
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
): Promise<{ kb: number; deferredKb: number; workerKb: number; files: Record<string, number> }> {
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
		let worker = 0;
		for (const [u, size] of scripts) {
			const bytes = await size;
			files[new URL(u).pathname] = bytes;
			// A Web Worker's script runs off the main thread: counted apart.
			if (new URL(u).pathname.includes('/workers/')) worker += bytes;
			else if ((loadedAt[u] ?? Infinity) <= renderedAt) before += bytes;
			else after += bytes;
		}
		if (before + after === 0)
			throw new BenchError(`${url} loaded no JavaScript: is the build served?`);
		return { kb: before / 1024, deferredKb: after / 1024, workerKb: worker / 1024, files };
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

/** Main-thread task time of the page so far (CDP Performance.getMetrics), in ms. */
async function taskMs(cdp: CDPSession): Promise<number> {
	const { metrics } = await cdp.send('Performance.getMetrics');
	return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
}

async function interact(
	page: Page,
	kind: 'zoom' | 'pan',
	centre: { x: number; y: number },
	cdp: CDPSession,
	view: (() => Promise<string>) | undefined,
	what: string
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
		const views = [await view?.()];
		const cpuAtStart = await taskMs(cdp);
		await page.evaluate(() => (window as unknown as BenchWindow).__bench.startFrames());
		if (kind === 'zoom') {
			for (let i = 0; i < STEPS; i++) {
				const dy = i < STEPS / 2 ? -WHEEL_DELTA : WHEEL_DELTA; // 15 in, then 15 out
				await step(() => page.mouse.wheel(0, dy), true);
				if (i === STEPS / 2 - 1) views.push(await view?.());
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
		// The work the gesture leaves behind: timers after a pause, the focusable marks, the URL.
		const cpuAtLastStep = await taskMs(cdp);
		await page.waitForTimeout(AFTER_MS);
		const cpuAfter = await taskMs(cdp);
		views.push(await view?.());
		if (view) {
			const unchanged =
				views[0] === views[1] ? views.slice(0, 2) : views[1] === views[2] ? views.slice(1) : [];
			if (unchanged.length)
				throw new BenchError(
					`${what}, ${kind}: the gesture did not change the view (${JSON.stringify(unchanged[0])} ` +
						`before and after); the steps did not reach the timeline, so no numbers were written.`
				);
		}
		return {
			frames: {
				p50: quantile(frames, 0.5),
				p95: quantile(frames, 0.95),
				over50: frames.filter((f) => f > 50).length,
				count: frames.length
			},
			work: { p50: quantile(works, 0.5), p95: quantile(works, 0.95) },
			steps: { p50: quantile(steps, 0.5), p95: quantile(steps, 0.95) },
			cpuMs: cpuAfter - cpuAtStart,
			afterMs: cpuAfter - cpuAtLastStep,
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
	js: Pick<Row, 'initialJsKB' | 'deferredJsKB' | 'dataJsKB'>,
	round: number
): Promise<Row> {
	const row: Row = { label: target.label, events: n, round, ...js };
	const context = await newContext(browser);
	const errors: string[] = [];
	try {
		const page = await context.newPage();
		await page.addInitScript(LONG_TASKS);
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
		const tasks = (await page.evaluate('window.__longTasks || []')) as {
			start: number;
			duration: number;
		}[];
		row.longestTaskMs = Math.max(0, ...tasks.map((t) => t.duration));
		row.longTasksOverBudget = tasks.filter((t) => t.duration > LONG_TASK_BUDGET_MS).length;

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
		await cdp.send('Performance.enable');
		const viewScript = VIEW[target.kind];
		const view = viewScript ? () => page.evaluate(viewScript) as Promise<string> : undefined;
		const what = `${target.label}, ${n} events`;

		await page.evaluate(INSTRUMENT);
		await page.mouse.move(centre.x, centre.y);
		await nextFrame(page);
		row.zoom = await interact(page, 'zoom', centre, cdp, view, what);
		if (typeof row.zoom === 'string') {
			row.pan = DNF;
			return row;
		}
		await nextFrame(page);
		row.domAfterZoom = await page.evaluate(() => document.getElementsByTagName('*').length);
		await page.mouse.move(centre.x, centre.y);
		await nextFrame(page);
		row.pan = await interact(page, 'pan', centre, cdp, view, what);
		await cdp.detach();
		if (errors.length) console.log(`    page errors: ${errors.slice(0, 3).join(' | ')}`);
		return row;
	} finally {
		await context.close().catch(() => undefined);
	}
}

// ── report ──────────────────────────────────────────────────────────────────────────────────────

const ms = (v: number | undefined) =>
	v === undefined || Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1);

interface Spread {
	median: number;
	min: number;
	max: number;
	n: number;
}

/** The median and range of a figure over the rows (rounds, or Lighthouse runs) that have it. */
function spread<T>(rows: T[], figure: (r: T) => number | undefined): Spread {
	const values = rows.map(figure).filter((v): v is number => v !== undefined && Number.isFinite(v));
	return {
		median: quantile(values, 0.5),
		min: values.length ? Math.min(...values) : NaN,
		max: values.length ? Math.max(...values) : NaN,
		n: values.length
	};
}

/** "12.3 (11.0–14.2)": the median, then the range when there was more than one round. */
const cell = (v: Spread) =>
	v.n === 0
		? '—'
		: v.n === 1 || v.min === v.max
			? ms(v.median)
			: `${ms(v.median)} (${ms(v.min)}–${ms(v.max)})`;

const phaseOf = (p: Phase | string | undefined) => (typeof p === 'object' ? p : undefined);

/** The figures of the table, each read from one row. */
const FIGURES: { title: string; read: (r: Row) => number | undefined }[] = [
	{ title: 'navigation → render (ms)', read: (r) => r.navToRenderMs },
	{ title: 'parse → render (ms)', read: (r) => r.parseToRenderMs },
	{ title: 'longest task while loading (ms)', read: (r) => r.longestTaskMs },
	{ title: 'zoom: frame work p95 (ms)', read: (r) => phaseOf(r.zoom)?.work.p95 },
	{ title: 'zoom: frames > 50 ms', read: (r) => phaseOf(r.zoom)?.frames.over50 },
	{
		title: 'zoom: CPU per wheel notch, with the work after (ms)',
		read: (r) => (phaseOf(r.zoom) ? phaseOf(r.zoom)!.cpuMs / STEPS : undefined)
	},
	{ title: `zoom: CPU in the ${AFTER_MS} ms after (ms)`, read: (r) => phaseOf(r.zoom)?.afterMs },
	{ title: 'pan: frame work p95 (ms)', read: (r) => phaseOf(r.pan)?.work.p95 },
	{
		title: 'pan: CPU per move, with the work after (ms)',
		read: (r) => (phaseOf(r.pan) ? phaseOf(r.pan)!.cpuMs / STEPS : undefined)
	},
	{ title: `pan: CPU in the ${AFTER_MS} ms after (ms)`, read: (r) => phaseOf(r.pan)?.afterMs },
	{ title: 'DOM nodes after render', read: (r) => r.domAfterRender },
	{ title: 'JS heap after GC (MB)', read: (r) => r.heapMB }
];

interface Group {
	label: string;
	events: number;
	rows: Row[];
}

/** The rows of each target and size together, in the order they were first measured. */
function groupRows(rows: Row[]): Group[] {
	const groups = new Map<string, Group>();
	for (const r of rows) {
		const key = `${r.label}|${r.events}`;
		if (!groups.has(key)) groups.set(key, { label: r.label, events: r.events, rows: [] });
		groups.get(key)!.rows.push(r);
	}
	return [...groups.values()];
}

function table(rows: Row[]): string {
	const header = [
		'implementation',
		'events',
		'runs',
		...FIGURES.map((f) => f.title),
		'JS before first render: `/` / `?data=` (KB gzip)'
	];
	const lines = groupRows(rows).map((g) => {
		const ok = g.rows.filter((r) => !r.error);
		const errors = [...new Set(g.rows.map((r) => r.error).filter(Boolean))];
		const first = g.rows[0]!;
		const js =
			first.initialJsKB === undefined
				? '—'
				: `${ms(first.initialJsKB)} / ${first.dataJsKB === undefined ? '—' : ms(first.dataJsKB)}`;
		return [
			g.label,
			g.events.toLocaleString('en-GB'),
			`${ok.length} of ${g.rows.length}${errors.length ? ` (${errors.join('; ')})` : ''}`,
			...FIGURES.map((f) => cell(spread(ok, f.read))),
			js
		];
	});
	return [header, header.map(() => '---'), ...lines].map((l) => `| ${l.join(' | ')} |`).join('\n');
}

interface PageBytes {
	htmlBytes: number;
	htmlGzipBytes: number;
	/** Bytes inside inline <script> and <style> elements (a dataset inlined by the build shows here). */
	inlineBytes: number;
}

/** The prerendered explorer page's size, and how much of it is inline script or style. */
async function pageBytes(url: string): Promise<PageBytes> {
	const html = Buffer.from(await (await fetch(url)).arrayBuffer());
	const text = html.toString('utf8');
	let inline = 0;
	for (const m of text.matchAll(/<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/g))
		if (!/\ssrc=/.test(m[2] ?? '')) inline += Buffer.byteLength(m[3] ?? '');
	return { htmlBytes: html.length, htmlGzipBytes: gzipSync(html).length, inlineBytes: inline };
}

/**
 * Lighthouse runs of each form factor, alternated: the budgets judge the median one. Five, not
 * three: three runs of one build here gave mobile scores as far apart as 0.80 and 0.91.
 */
const LIGHTHOUSE_RUNS = 5;

interface LighthouseResult {
	formFactor: 'desktop' | 'mobile';
	scores: Record<string, number>;
	cls?: number;
	lcpMs?: number;
	tbtMs?: number;
	/** How busy the machine's CPUs were in the seconds before the run, in %, when it can tell. */
	busyBefore?: number;
	error?: string;
}

/**
 * The share of CPU time, in %, that the machine spent busy over the next `ms` (from /proc/stat,
 * so on Linux only): Lighthouse's blocking time multiplies every task, and grows with the
 * machine's other work.
 */
async function cpuBusy(ms: number): Promise<number | undefined> {
	const sample = () => {
		try {
			const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
			const ticks = fields.slice(1).map(Number);
			// idle and iowait
			return { total: ticks.reduce((a, b) => a + b, 0), idle: ticks[3]! + (ticks[4] ?? 0) };
		} catch {
			return undefined;
		}
	};
	const before = sample();
	await new Promise((done) => setTimeout(done, ms));
	const after = sample();
	if (!before || !after || after.total <= before.total) return undefined;
	return 100 * (1 - (after.idle - before.idle) / (after.total - before.total));
}

/** Lighthouse 12 (through npx) on one URL, desktop or mobile; its scores and a few metrics. */
function runLighthouse(url: string, formFactor: 'desktop' | 'mobile'): LighthouseResult {
	const result = spawnSync(
		'npx',
		[
			'--yes',
			'lighthouse@12',
			url,
			'--output=json',
			'--output-path=stdout',
			'--quiet',
			'--only-categories=performance,accessibility,best-practices,seo',
			`--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
			...(formFactor === 'desktop' ? ['--preset=desktop'] : [])
		],
		{
			cwd: ROOT,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
			env: { ...process.env, CHROME_PATH: chromiumPath ?? process.env.CHROME_PATH }
		}
	);
	try {
		const report = JSON.parse(result.stdout);
		const scores: Record<string, number> = {};
		for (const [id, c] of Object.entries(report.categories as Record<string, { score: number }>))
			scores[id] = c.score;
		const audit = (id: string) => report.audits[id]?.numericValue as number | undefined;
		return {
			formFactor,
			scores,
			cls: audit('cumulative-layout-shift'),
			lcpMs: audit('largest-contentful-paint'),
			tbtMs: audit('total-blocking-time')
		};
	} catch {
		const why = `${result.stderr ?? ''}`.trim().split('\n').slice(-3).join(' ');
		return { formFactor, scores: {}, error: `Lighthouse did not run (${why || result.status})` };
	}
}

/** Each budget of DESIGN.md and issue 15 the run can judge: met, or not, with its figures. */
function budgets(rows: Row[], bytes: PageBytes, lh: LighthouseResult[]): string {
	const groups = groupRows(rows);
	const find = (label: string, n: number) =>
		groups.find((g) => g.label === label && g.events === n)?.rows.filter((r) => !r.error) ?? [];
	const lines: string[] = [];
	const judge = (ok: boolean | undefined, text: string) =>
		lines.push(`- ${ok === undefined ? 'not measured' : ok ? 'met' : '**not met**'}: ${text}`);
	const app1k = find(APP_LABEL, 1_000);
	const vis1k = find(VIS_LABEL, 1_000);
	const app10k = find(APP_LABEL, 10_000);
	const app100k = find(APP_LABEL, 100_000);
	const worst = (rs: Row[], f: (r: Row) => number | undefined) => spread(rs, f).max;
	const med = (rs: Row[], f: (r: Row) => number | undefined) => spread(rs, f).median;
	const has = (rs: Row[]) => (rs.length ? true : undefined);
	const nav = (r: Row) => r.navToRenderMs;
	const zoomCpu = (r: Row) => (phaseOf(r.zoom) ? phaseOf(r.zoom)!.cpuMs / STEPS : undefined);
	if (has(app1k) && has(vis1k)) {
		judge(
			med(app1k, nav) <= med(vis1k, nav),
			`1,000 events, navigation → render at or below vis-timeline's: ${ms(med(app1k, nav))} ms against ${ms(med(vis1k, nav))} ms (medians).`
		);
		judge(
			med(app1k, zoomCpu) <= med(vis1k, zoomCpu),
			`1,000 events, CPU per wheel notch with the work after it at most vis-timeline's: ${ms(med(app1k, zoomCpu))} ms against ${ms(med(vis1k, zoomCpu))} ms (medians).`
		);
	} else judge(undefined, '1,000 events against vis-timeline (both were not in this run).');
	const frame10k = Math.max(
		worst(app10k, (r) => phaseOf(r.zoom)?.work.p95),
		worst(app10k, (r) => phaseOf(r.pan)?.work.p95)
	);
	judge(
		has(app10k) && frame10k <= 16.7,
		`10,000 events, zoom and pan frame work p95 ≤ 16.7 ms in every run: worst ${ms(frame10k)} ms.`
	);
	const blank100k = find(BLANK_LABEL, 100_000);
	judge(
		has(app100k) && med(app100k, nav) <= 1500,
		`100,000 events, navigation → render ≤ 1,500 ms: ${ms(med(app100k, nav))} ms (median)` +
			(blank100k.length
				? `; the blank page, which only downloads the file and parses it, ${ms(med(blank100k, nav))} ms.`
				: '.')
	);
	const longest = worst(app100k, (r) => r.longestTaskMs);
	judge(
		has(app100k) && longest <= LONG_TASK_BUDGET_MS,
		`100,000 events, no main-thread task over ${LONG_TASK_BUDGET_MS} ms while loading: longest ${ms(longest)} ms.`
	);
	const heap = worst(app100k, (r) => r.heapMB);
	judge(has(app100k) && heap <= 60, `100,000 events, heap after GC ≤ 60 MB: ${ms(heap)} MB.`);
	const js = Math.max(app1k[0]?.initialJsKB ?? NaN, app1k[0]?.dataJsKB ?? NaN);
	judge(
		app1k.length ? js <= 60 : undefined,
		`explorer JavaScript before the first render ≤ 60 KB gzip, also on \`?data=\` loads: ${ms(app1k[0]?.initialJsKB)} KB on \`/\`, ${ms(app1k[0]?.dataJsKB)} KB on \`?data=\`.`
	);
	judge(
		bytes.htmlBytes <= 60 * 1024,
		`prerendered \`/\` ≤ 60 KB: ${ms(bytes.htmlBytes / 1024)} KB (${ms(bytes.htmlGzipBytes / 1024)} KB gzip), of which ${ms(bytes.inlineBytes / 1024)} KB inline script and style.`
	);
	for (const formFactor of ['desktop', 'mobile'] as const) {
		const runs = lh.filter((r) => r.formFactor === formFactor);
		if (!runs.length) continue;
		const failed = runs.find((r) => r.error);
		if (failed) {
			judge(undefined, `Lighthouse ${formFactor}: ${failed.error}.`);
			continue;
		}
		// Judged on the run of median performance (the middle one when sorted by score), with the
		// spread of all runs: one Lighthouse run's blocking time varies by a factor of two here.
		const sorted = [...runs].sort((a, b) => a.scores.performance! - b.scores.performance!);
		const r = sorted[(sorted.length - 1) >> 1]!;
		const perf = r.scores.performance!;
		const goal = formFactor === 'desktop' ? 0.98 : 0.9;
		/** " (low–high over the runs)" of a figure, when there was more than one run. */
		const range = (f: (r: LighthouseResult) => number | undefined, digits: number, unit = '') => {
			const { min, max, n } = spread(runs, f);
			return n > 1 ? ` (${min.toFixed(digits)}–${max.toFixed(digits)}${unit} over the runs)` : '';
		};
		judge(
			perf >= goal && (r.cls ?? Infinity) <= 0.02,
			`Lighthouse ${formFactor} performance ≥ ${goal} with CLS ≤ 0.02, the median of ${runs.length} run${runs.length > 1 ? 's' : ''}: ${perf}${range((x) => x.scores.performance, 2)}; in that run CLS ${r.cls?.toFixed(3)}, LCP ${ms(r.lcpMs)} ms, TBT ${ms(r.tbtMs)} ms${range((x) => x.tbtMs, 0, ' ms')}; ${busy(runs)}; accessibility ${r.scores.accessibility}, best practices ${r.scores['best-practices']}, SEO ${r.scores.seo}.`
		);
	}
	if (!lh.length) judge(undefined, 'Lighthouse (run with `--lighthouse`).');
	return lines.join('\n');
}

/** How busy the CPUs were before the runs: "the CPUs busy 3–41% in the 3 s before each run". */
function busy(runs: LighthouseResult[]): string {
	const { min, max, n } = spread(runs, (r) => r.busyBefore);
	if (!n) return 'how busy the CPUs were before the runs is not known here';
	return `the CPUs busy ${min.toFixed(0)}–${max.toFixed(0)}% in the 3 s before each run`;
}

function machine(chromiumVersion: string, loads: string[]): string {
	const cpus = os.cpus();
	return [
		`- CPU: ${cpus[0]?.model.trim() ?? 'unknown'} × ${cpus.length}`,
		`- memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
		`- OS: ${os.type()} ${os.release()} (${os.arch()})`,
		`- Node ${process.version}, Chromium ${chromiumVersion} (headless, ${VIEWPORT.width}×${VIEWPORT.height})`,
		`- date: ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC; ${rounds} interleaved round(s)` +
			(fullRun ? '' : ` (a partial run: \`${args.join(' ')}\`)`),
		`- load average (1 min) at the start and after each round: ${loads.join(', ')}`
	].join('\n');
}

const HOW = `## How measured

\`npm run bench\` (scripts/bench.ts; \`-- --quick\` for one round at 1,000 and 10,000 events,
\`-- --rounds=N\`, \`-- --sizes=…\`, \`-- --only=app|vis|blank|busy\`, \`-- --lighthouse\`) builds
the app (\`npm run build\`), writes datasets of 1,000, 10,000 and 100,000 events generated by
scripts/bench-data.ts (seed 42: clustered in time over 1950–2020, a third intervals,
day/month/year precisions, six actors and five themes, every event with a source, a fifth with a
quote) to build/bench/, serves the build with \`vite preview\` on 127.0.0.1:${PORT} and drives
Chromium through Playwright, one fresh browser context per row. Each round measures every
target and size once, in the same order, so that a busy spell of the machine falls on all of
them; the table gives the median over the rounds and the range. vis-timeline runs up to
${VIS_MAX_EVENTS.toLocaleString('en-GB')} events (beyond, one phase takes minutes); the calibration page
at ${CALIBRATION_EVENTS.toLocaleString('en-GB')}. The blank page runs at every size: its navigation → render
is the floor of a load, the file downloaded and parsed with \`JSON.parse\` on the page and
nothing else. The vis-timeline rows load the same files in bench/vis-timeline.html: range
items for intervals, box items for the rest (at the span's start), one group per first actor,
default options but a height of 600 px.

- **navigation → render**: \`performance.mark('timeline:rendered')\` (recorded after the first
  complete render of the loaded dataset; for vis-timeline at its first \`changed\` event) from
  navigation start: fetch, parse, validation, indexing and layout. **parse → render**: the same
  mark minus \`performance.mark('dataset:parsed')\` (the text parsed and validated; for
  vis-timeline after \`JSON.parse\`).
- **longest task while loading**: a \`PerformanceObserver\` for \`longtask\` entries installed
  before the page's scripts; the longest main-thread task from navigation until the page settled
  after its render (animation frames for ${SETTLE_MS / 1000} s without a gap over 50 ms).
- **zoom**: the mouse over the centre of the region named "Timeline", 15 wheel steps in then 15
  out (\`mouse.wheel(0, ∓${WHEEL_DELTA})\`); **pan**: after ${PAN_ZOOM_IN} more wheel steps in (not
  counted), mouse down there, 30 moves of ${PAN_PX} px to the right, mouse up. Each step waits for
  its frame before the next.
- **the view must change**: the app's "Showing …" line and address, vis-timeline's window, are
  read before the zoom, after the 15 steps in, after the 15 out, and before and after the pan;
  a gesture that leaves them as they were fails the whole run.
- **frame work p95**: for each frame of an in-page \`requestAnimationFrame\` loop, from its start
  (the vsync timestamp) to the first task after it (a message posted from its rAF callback):
  input, rAF callbacks, style, layout, paint, commit. The budget of 16.7 ms is read against it.
  **frames > 50 ms** counts intervals between frames over 50 ms.
- **CPU per step, with the work after**: the renderer's main-thread task time (CDP
  \`Performance.getMetrics\` TaskDuration) from just before the first step until ${AFTER_MS} ms
  after the last, divided by the 30 steps; **CPU in the ${AFTER_MS} ms after** is its part after
  the last step (what a pause leaves to do: timers, the focusable marks, the address). The
  harness's own rAF loop and probes are in it: the blank page's row is that floor.
- **calibration**: the blank page made to work ${BUSY_MS} ms on every wheel and mouse-move event:
  its frame work must come out over 16.7 ms.
- **DOM nodes**: \`document.getElementsByTagName('*').length\` after the first render (settled).
- **JS heap after GC**: \`Runtime.getHeapUsage\` after \`HeapProfiler.collectGarbage\` (CDP), after
  the first render (settled).
- **JS before first render**: the gzip sizes (node:zlib) of the scripts that arrived before the
  \`timeline:rendered\` mark, on a plain visit to \`/\` and on a \`?data=\` load of the smallest
  dataset; a Web Worker's script (the \`?data=\` validator) runs off the main thread and is
  counted apart (bench-results/results.json lists every file).
- **prerendered HTML**: the bytes of \`/\` as served, and of its inline scripts and styles.
- **Lighthouse** (\`--lighthouse\`): \`npx lighthouse@12\` on \`/\` with CHROME_PATH set to the
  same Chromium, \`--preset=desktop\` and the default (mobile) settings, ${LIGHTHOUSE_RUNS} runs of
  each, alternated; the budgets judge the run of median performance score and show the range,
  and how busy the machine's CPUs were (/proc/stat) in the 3 s before each run.
- A render or an interaction phase that takes over ${LIMIT_MS / 1000} s is recorded as "${DNF}".
- The machine is shared: the load average at the start and after each round is printed above
  the figures.
`;

const NOTES_PLACEHOLDER = `## Notes

Add observations here: \`npm run bench\` keeps this section when it rewrites the file.
`;

/** The whole report: machine, budgets, table; the Notes of BENCHMARKS.md are kept by writeReport. */
function report(
	rows: Row[],
	chromiumVersion: string,
	loads: string[],
	bytes: PageBytes,
	lh: LighthouseResult[]
): string {
	return `${machine(chromiumVersion, loads)}

### Budgets

${budgets(rows, bytes, lh)}

### Figures

Medians over the rounds, with their range in brackets.

${table(rows)}
`;
}

function writeReport(text: string): void {
	const path = join(ROOT, 'BENCHMARKS.md');
	let notes = NOTES_PLACEHOLDER;
	if (existsSync(path)) {
		const old = readFileSync(path, 'utf8');
		const m = /^## Notes[ \t]*\n[\s\S]*?(?=^## |(?![\s\S]))/m.exec(old);
		if (m) notes = m[0].trimEnd() + '\n';
	}
	writeFileSync(
		path,
		`# Benchmarks

Written by \`npm run bench\` (scripts/bench.ts); do not edit above the Notes section, it is regenerated.

${text}
${notes}
${HOW}`
	);
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
		const loads = [loadAtStart];
		// A quick run leaves out the calibration rows, which measure the harness, not the app.
		const targets = TARGETS.filter((t) =>
			only ? t.kind === only : !quick || (t.kind !== 'blank' && t.kind !== 'busy')
		);
		// The JavaScript each target loads, once: a plain visit and, for the app, a ?data= load.
		const weights = new Map<Target, Pick<Row, 'initialJsKB' | 'deferredJsKB' | 'dataJsKB'>>();
		for (const target of targets) {
			if (target.kind === 'blank' || target.kind === 'busy') {
				weights.set(target, {});
				continue;
			}
			const plain = await initialJs(browser, target.plainUrl);
			scripts[target.label] = plain.files;
			const data =
				target.kind === 'app'
					? await initialJs(browser, target.url(files.get(Math.min(...sizes))!))
					: undefined;
			if (data) scripts[`${target.label} ?data=`] = data.files;
			weights.set(target, {
				initialJsKB: plain.kb,
				deferredJsKB: plain.deferredKb,
				dataJsKB: data?.kb
			});
			console.log(
				`${target.label}: JS before first render ${plain.kb.toFixed(1)} KB gzip` +
					(data
						? `, on ?data= ${data.kb.toFixed(1)} KB (+ ${data.workerKb.toFixed(1)} KB in the worker)`
						: '') +
					`; loaded after it ${plain.deferredKb.toFixed(1)} KB`
			);
		}
		const bytes = await pageBytes(`${ORIGIN}/`);
		console.log(
			`/: ${bytes.htmlBytes} bytes of HTML (${bytes.htmlGzipBytes} gzip), ${bytes.inlineBytes} inline`
		);
		for (let round = 1; round <= rounds; round++) {
			console.log(`Round ${round} of ${rounds} (load average ${os.loadavg()[0]!.toFixed(2)})…`);
			for (const target of targets)
				for (const n of sizes) {
					if (target.kind === 'vis' && n > VIS_MAX_EVENTS) continue;
					// The blank page runs at every size: its navigation → render is the floor, what the
					// browser needs to download the file and JSON.parse it with no app at all.
					if (target.kind === 'busy' && n !== CALIBRATION_EVENTS) continue;
					const row = await measure(browser, target, n, files.get(n)!, weights.get(target)!, round);
					rows.push(row);
					console.log(`    ${table([row]).split('\n')[2]}`);
				}
			loads.push(os.loadavg()[0]!.toFixed(2));
		}
		const lh: LighthouseResult[] = [];
		if (lighthouse)
			for (let run = 1; run <= LIGHTHOUSE_RUNS; run++)
				for (const formFactor of ['desktop', 'mobile'] as const) {
					console.log(
						`Lighthouse 12, ${formFactor}, on ${ORIGIN}/, run ${run} of ${LIGHTHOUSE_RUNS} …`
					);
					const busyBefore = await cpuBusy(3000);
					lh.push({ ...runLighthouse(`${ORIGIN}/`, formFactor), busyBefore });
				}
		const text = report(rows, chromiumVersion, loads, bytes, lh);
		console.log(`\n${text}`);
		mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
		writeFileSync(
			join(ROOT, 'bench-results', 'results.json'),
			JSON.stringify(
				{
					date: new Date().toISOString(),
					chromium: chromiumVersion,
					loadAverages: loads,
					page: bytes,
					lighthouse: lh,
					scripts,
					rows
				},
				null,
				'\t'
			)
		);
		if (fullRun || writePartial) writeReport(text);
		else
			console.log(
				'A partial run (--quick, --only, --sizes or fewer than 3 rounds): BENCHMARKS.md left as it was; raw numbers in bench-results/results.json.'
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
