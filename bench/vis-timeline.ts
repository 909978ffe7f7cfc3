/**
 * The comparison page of the benchmark (scripts/bench.ts): vis-timeline 8.5.4 (its standalone
 * UMD build, global `vis`) showing the same generated dataset as the app, loaded with
 * `?data=<url>`. It records the same marks as the app: `dataset:parsed` after JSON.parse and
 * `timeline:rendered` when vis-timeline's 'changed' event fires the first time.
 *
 * A classic script, not a module: scripts/bench.ts strips the types with TypeScript's
 * transpileModule and copies it to build/bench/vis-timeline.js.
 */
declare const vis: typeof import('vis-timeline') & { DataSet: typeof import('vis-data').DataSet };

interface BenchEvent {
	id: string;
	title: string;
	when: string;
	actors: string[];
}

interface BenchDataset {
	actors: { id: string; label: string }[];
	events: BenchEvent[];
}

const EDTF_DATE = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[?~%]?$/;

/** [start, end) of one EDTF date in UTC ms, at its precision (a year covers the whole year). */
function dateRange(text: string): [number, number] | undefined {
	const m = EDTF_DATE.exec(text);
	if (!m) return undefined;
	const year = Number(m[1]);
	if (m[3] !== undefined) {
		const start = Date.UTC(year, Number(m[2]) - 1, Number(m[3]));
		return [start, start + 86_400_000];
	}
	if (m[2] !== undefined)
		return [Date.UTC(year, Number(m[2]) - 1, 1), Date.UTC(year, Number(m[2]), 1)];
	return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
}

/** The span of an EDTF value as chronotext reads it; an open or unknown end takes the other's. */
function span(when: string): { start: number; end: number; interval: boolean } | undefined {
	const parts = when.split('/');
	if (parts.length === 1) {
		const r = dateRange(when);
		return r && { start: r[0], end: r[1], interval: false };
	}
	const a = dateRange(parts[0] ?? '');
	const b = dateRange(parts[1] ?? '');
	if (!a && !b) return undefined;
	return { start: (a ?? b)![0], end: (b ?? a)![1], interval: true };
}

async function main(): Promise<void> {
	const status = document.getElementById('status')!;
	const container = document.getElementById('timeline')!;
	const url = new URLSearchParams(location.search).get('data');
	if (!url) {
		status.textContent = 'Add ?data=<url of a chronotext dataset>.';
		return;
	}
	const response = await fetch(url);
	if (!response.ok) {
		status.textContent = `${url}: the server answered ${response.status}`;
		return;
	}
	const dataset = JSON.parse(await response.text()) as BenchDataset;
	performance.mark('dataset:parsed');

	const groups = dataset.actors.map((a) => ({ id: a.id, content: a.label }));
	const items = [];
	for (const e of dataset.events) {
		const s = span(e.when);
		if (!s) continue;
		items.push(
			s.interval
				? {
						id: e.id,
						group: e.actors[0],
						content: e.title,
						start: new Date(s.start),
						end: new Date(s.end),
						type: 'range'
					}
				: { id: e.id, group: e.actors[0], content: e.title, start: new Date(s.start), type: 'box' }
		);
	}

	const changed: number[] = [];
	const timeline = new vis.Timeline(container, new vis.DataSet(items), new vis.DataSet(groups), {
		height: '600px'
	});
	timeline.on('changed', () => {
		changed.push(performance.now());
		if (changed.length === 1) {
			performance.mark('timeline:rendered');
			status.textContent = `vis-timeline shows ${items.length} items.`;
		}
	});
	Object.assign(window, { benchTimeline: timeline, benchChanged: changed });
}

main().catch((error: unknown) => {
	document.getElementById('status')!.textContent = `Failed: ${String(error)}`;
	throw error;
});
