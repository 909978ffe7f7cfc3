/**
 * npx tsx scripts/profile-load.ts [--events=100000] [--runs=1] [--out=bench-results/load.cpuprofile]
 *   [--build=build] [--heap] [--waterfall]
 *
 * After `npm run build`: serves build/ (or `--build=DIR`, e.g. a copy of an earlier build to
 * compare with) from a local static server, opens the explorer on a
 * generated `?data=` dataset (scripts/bench-data.ts, seed 42) in Chromium with the CDP sampling
 * profiler running on the page's main thread, and prints, per run, navigation → parsed → render,
 * the long tasks while loading, the JS heap after a forced GC (CDP `HeapProfiler.collectGarbage`
 * then `Runtime.getHeapUsage`) and the functions with the most self time. The last run's profile
 * is written for DevTools.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { generateDataset } from './bench-data';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) =>
	args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const BUILD = resolve(ROOT, arg('build', 'build'));
const events = Number(arg('events', '100000'));
const runs = Number(arg('runs', '1'));
const out = resolve(ROOT, arg('out', 'bench-results/load.cpuprofile'));
/** `--heap`: also a heap snapshot after the render, summarised by kind and constructor. */
const heapSnapshot = args.includes('--heap');
/** `--waterfall`: also every file the page fetched and every mark, in time order. */
const waterfall = args.includes('--waterfall');

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json'
};

/** build/ as adapter-static wrote it: a folder's index.html for a path ending in "/". */
function serve(): Promise<{ server: Server; origin: string }> {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = normalize(join(BUILD, path));
		if (!file.startsWith(BUILD)) return void response.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return void response.writeHead(404).end();
		response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		response.end(readFileSync(file));
	});
	return new Promise((done) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			done({ server, origin: `http://127.0.0.1:${port}` });
		})
	);
}

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	startTime: number;
	endTime: number;
	samples: number[];
	timeDeltas: number[];
}

/** Self time per function (name, file and line), most first, in ms. */
function selfTimes(profile: Profile): { name: string; ms: number }[] {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const totals = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
		const file = url.split('/').pop() ?? '';
		const key = `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
		// A sample's time is the delta to the next one.
		const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		totals.set(key, (totals.get(key) ?? 0) + dt);
	});
	return [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

// Plain JavaScript in strings: tsx would add helpers to a function passed to the page.
/** Installed before the page's scripts: every main-thread task over 50 ms. */
const LONG_TASKS = `window.__longTasks = [];
new PerformanceObserver((list) => {
	for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });`;
/** Settled: animation frames for 1.5 s without a gap over 50 ms. */
const SETTLE = `new Promise((done) => {
	let last = performance.now();
	let quiet = last;
	const tick = () => {
		const now = performance.now();
		if (now - last > 50) quiet = now;
		last = now;
		if (now - quiet >= 1500) done();
		else requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})`;

/** Self size by node type and name (constructor, or "(string)"), most first, in MB. */
function heapSummary(snapshot: {
	snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
	nodes: number[];
	strings: string[];
}): { name: string; mb: number; count: number }[] {
	const fields = snapshot.snapshot.meta.node_fields;
	const types = snapshot.snapshot.meta.node_types[0];
	const width = fields.length;
	const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
	const totals = new Map<string, { mb: number; count: number }>();
	for (let i = 0; i < snapshot.nodes.length; i += width) {
		const type = types[snapshot.nodes[i + typeAt!]!]!;
		const name =
			type === 'object' || type === 'closure'
				? `${type} ${snapshot.strings[snapshot.nodes[i + nameAt!]!]}`
				: `(${type})`;
		const entry = totals.get(name) ?? { mb: 0, count: 0 };
		entry.mb += snapshot.nodes[i + sizeAt!]! / 2 ** 20;
		entry.count++;
		totals.set(name, entry);
	}
	return [...totals].map(([name, t]) => ({ name, ...t })).sort((a, b) => b.mb - a.mb);
}

async function main(): Promise<void> {
	if (!existsSync(join(BUILD, 'index.html'))) throw new Error('build/ is missing: npm run build');
	const file = `profile-${events}.json`;
	mkdirSync(join(BUILD, 'bench'), { recursive: true });
	writeFileSync(join(BUILD, 'bench', file), JSON.stringify(generateDataset(events, 42)));
	const { server, origin } = await serve();
	const browser = await chromium.launch({
		executablePath: chromiumPath,
		args: [...CHROMIUM_ARGS, '--enable-precise-memory-info']
	});
	try {
		for (let run = 1; run <= runs; run++) {
			const context = await browser.newContext({
				viewport: { width: 1280, height: 720 },
				timezoneId: 'UTC',
				locale: 'en-GB'
			});
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.addInitScript(LONG_TASKS);
			const cdp = await context.newCDPSession(page);
			await cdp.send('Profiler.enable');
			await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
			await cdp.send('Profiler.start');
			const load = os.loadavg()[0]!.toFixed(2);
			await page.goto(`${origin}/?data=/bench/${file}`, { waitUntil: 'commit' });
			const marks = (await (
				await page.waitForFunction(
					() => {
						const parsed = performance.getEntriesByName('dataset:parsed').at(-1);
						const rendered =
							parsed &&
							performance
								.getEntriesByName('timeline:rendered')
								.find((m) => m.startTime >= parsed.startTime);
						return rendered ? { parsed: parsed.startTime, rendered: rendered.startTime } : false;
					},
					undefined,
					{ timeout: 180_000, polling: 100 }
				)
			).jsonValue()) as { parsed: number; rendered: number };
			await page.evaluate(SETTLE);
			const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
			const tasks = (await page.evaluate('window.__longTasks')) as {
				start: number;
				duration: number;
			}[];
			const measures = await page.evaluate(() =>
				performance
					.getEntriesByType('measure')
					.map((m) => `${m.name} ${m.startTime.toFixed(0)}+${m.duration.toFixed(0)}`)
			);
			await cdp.send('HeapProfiler.collectGarbage');
			const heap = await cdp.send('Runtime.getHeapUsage');
			console.log(
				`run ${run} (load average ${load}): navigation → parsed ${marks.parsed.toFixed(0)} ms, → render ${marks.rendered.toFixed(0)} ms; heap after GC ${(heap.usedSize / 2 ** 20).toFixed(1)} MB (Runtime.getHeapUsage)`
			);
			console.log(
				`  long tasks: ${tasks.map((t) => `${t.duration.toFixed(0)} ms at ${t.start.toFixed(0)}`).join(', ') || 'none'}`
			);
			if (measures.length) console.log(`  measures: ${measures.join('; ')}`);
			if (waterfall)
				console.log(
					(
						await page.evaluate(() =>
							[
								...performance.getEntriesByType('resource').map((r) => ({
									at: r.startTime,
									text: `${r.startTime.toFixed(0)}–${(r as PerformanceResourceTiming).responseEnd.toFixed(0)} ms ${r.name.replace(location.origin, '')}`
								})),
								...performance.getEntriesByType('mark').map((m) => ({
									at: m.startTime,
									text: `${m.startTime.toFixed(0)} ms mark ${m.name}`
								}))
							]
								.sort((a, b) => a.at - b.at)
								.map((e) => `    ${e.text}`)
						)
					).join('\n')
				);
			if (errors.length) console.log(`  page errors: ${errors.join(' | ')}`);
			if (heapSnapshot) {
				const chunks: string[] = [];
				cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
				await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
				console.log('  heap snapshot, self size by kind:');
				for (const { name, mb, count } of heapSummary(JSON.parse(chunks.join(''))).slice(0, 25))
					console.log(`    ${mb.toFixed(1).padStart(6)} MB  ${String(count).padStart(8)}  ${name}`);
			}
			const total = (profile.endTime - profile.startTime) / 1000;
			console.log(`  self time, top 25 of ${total.toFixed(0)} ms profiled:`);
			for (const { name, ms } of selfTimes(profile).slice(0, 25))
				console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${name}`);
			mkdirSync(dirname(out), { recursive: true });
			writeFileSync(out, JSON.stringify(profile));
			await context.close();
		}
	} finally {
		await browser.close();
		server.close();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
