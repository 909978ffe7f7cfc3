/**
 * Synthetic chronotext datasets for the benchmark (scripts/bench.ts): deterministic for a given
 * (n, seed), events clustered in time over 1950–2020, about a third of them intervals, mixed
 * precisions and qualifiers, uneven actors and themes, one source per event and a mention (a
 * verbatim quote of a passage) for about a fifth of them.
 *
 * Run directly (`npx tsx scripts/bench-data.ts [n] [seed]`) it generates a dataset, checks that
 * the same seed gives the same bytes and that the app's validator (loadDatasetText) accepts it,
 * prints a summary and exits 1 on any problem.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../src/lib/model/practice';
import type { DatasetInput } from '../src/lib/model/schema';

type Event = DatasetInput['events'][number];

const DAY_MS = 86_400_000;
const YEAR_MS = 365.2425 * DAY_MS;
const MIN_MS = Date.UTC(1950, 0, 1);
const MAX_MS = Date.UTC(2020, 11, 31);

const ACTORS = [
	{ id: 'nato', label: 'NATO' },
	{ id: 'russia', label: 'Russia' },
	{ id: 'united-states', label: 'United States' },
	{ id: 'european-union', label: 'European Union' },
	{ id: 'ukraine', label: 'Ukraine' },
	{ id: 'germany', label: 'Germany' }
];
const ACTOR_WEIGHTS = [0.3, 0.25, 0.17, 0.13, 0.09, 0.06];

const THEMES = [
	{ id: 'security', label: 'Security' },
	{ id: 'diplomacy', label: 'Diplomacy' },
	{ id: 'economy', label: 'Economy' },
	{ id: 'energy', label: 'Energy' },
	{ id: 'arms-control', label: 'Arms control' }
];
const THEME_WEIGHTS = [0.35, 0.25, 0.2, 0.12, 0.08];

/** Clusters of activity, in fractional years; the rest of the weight is uniform background. */
const CLUSTERS = [
	{ mu: 1956.8, sd: 1.2, w: 0.08 },
	{ mu: 1962.8, sd: 0.7, w: 0.1 },
	{ mu: 1979.9, sd: 2.5, w: 0.14 },
	{ mu: 1991.6, sd: 1.4, w: 0.2 },
	{ mu: 2003.5, sd: 3.0, w: 0.16 },
	{ mu: 2014.2, sd: 0.9, w: 0.12 }
];
const BACKGROUND_WEIGHT = 1 - CLUSTERS.reduce((s, c) => s + c.w, 0);

const PASSAGES = [
	{
		id: 'p1',
		text: 'In the first years the partners met often, signed declarations of intent and spoke of a common security space from the Atlantic to the Urals, while each side kept its own list of grievances and its own reading of what had been promised.'
	},
	{
		id: 'p2',
		text: 'Enlargement, energy supplies and the wars at the edges of the continent turned cooperation into bargaining; councils kept meeting, yet the agenda narrowed to crisis management and the exchange of complaints about broken commitments.'
	},
	{
		id: 'p3',
		text: 'By the end of the period observers disagreed about whether the relationship was a marriage of convenience or a troubled partnership, and every new summit was read as proof of both views at once.'
	}
];

const VERBS = [
	'signs',
	'rejects',
	'proposes',
	'suspends',
	'resumes',
	'announces',
	'debates',
	'ratifies',
	'protests',
	'hosts'
];
const OBJECTS = [
	'a framework agreement',
	'talks on missile defence',
	'a joint declaration',
	'a gas transit deal',
	'an observer mission',
	'new sanctions',
	'a summit',
	'troop withdrawals',
	'a trade protocol',
	'an arms control review'
];

function pickWeighted(rng: () => number, weights: readonly number[]): number {
	let r = rng() * weights.reduce((s, w) => s + w, 0);
	for (let i = 0; i < weights.length; i++) {
		r -= weights[i]!;
		if (r < 0) return i;
	}
	return weights.length - 1;
}

function gaussian(rng: () => number): number {
	const u = 1 - rng(); // (0, 1]: log(0) never happens
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

type Precision = 'day' | 'month' | 'year';

function formatAt(ms: number, precision: Precision): string {
	const d = new Date(ms);
	const y = pad(d.getUTCFullYear(), 4);
	if (precision === 'year') return y;
	const m = `${y}-${pad(d.getUTCMonth() + 1)}`;
	return precision === 'month' ? m : `${m}-${pad(d.getUTCDate())}`;
}

function qualifier(rng: () => number): string {
	const r = rng();
	return r < 0.07 ? '~' : r < 0.11 ? '?' : '';
}

/** Distinct indices: the first by weight, then `count - 1` more by weight. */
function pickDistinct(rng: () => number, weights: readonly number[], count: number): number[] {
	const chosen: number[] = [];
	while (chosen.length < count) {
		const i = pickWeighted(rng, weights);
		if (!chosen.includes(i)) chosen.push(i);
	}
	return chosen;
}

/** A word-aligned substring of 2–7 words of the text: always verbatim. */
function quoteOf(rng: () => number, text: string): string {
	const words = text.split(' ');
	const len = 2 + Math.floor(rng() * 6);
	const start = Math.floor(rng() * (words.length - len));
	return words.slice(start, start + len).join(' ');
}

/** A valid single-file chronotext dataset with `n` synthetic events, the same for the same seed. */
export function generateDataset(n: number, seed: number): DatasetInput {
	const rng = seededRandom(seed);
	const drafts: { startMs: number; event: Omit<Event, 'id' | 'sources'> }[] = [];
	const idWidth = Math.max(5, String(n).length);

	for (let i = 0; i < n; i++) {
		// When: a cluster or the uniform background.
		const c = pickWeighted(rng, [...CLUSTERS.map((k) => k.w), BACKGROUND_WEIGHT]);
		const cluster = CLUSTERS[c];
		const year = cluster ? cluster.mu + cluster.sd * gaussian(rng) : 1950 + rng() * 71;
		const startMs = Math.min(MAX_MS, Math.max(MIN_MS, MIN_MS + (year - 1950) * YEAR_MS));

		let when: string;
		if (rng() < 1 / 3) {
			// Interval: log-normal duration, median two months, from a day to about four years.
			const days = Math.min(
				1500,
				Math.max(1, Math.round(Math.exp(Math.log(60) + 1.6 * gaussian(rng))))
			);
			const endMs = Math.min(MAX_MS, startMs + days * DAY_MS);
			const r = rng();
			// A short interval written at year precision would collapse to one year: keep it fine.
			const precision: Precision =
				days < 62
					? 'day'
					: days < 730
						? r < 0.6
							? 'day'
							: 'month'
						: r < 0.5
							? 'day'
							: r < 0.8
								? 'month'
								: 'year';
			const q = qualifier(rng);
			const onStart = rng() < 0.5;
			when = `${formatAt(startMs, precision)}${onStart ? q : ''}/${formatAt(endMs, precision)}${onStart ? '' : q}`;
		} else {
			const r = rng();
			const precision: Precision = r < 0.55 ? 'day' : r < 0.85 ? 'month' : 'year';
			when = `${formatAt(startMs, precision)}${qualifier(rng)}`;
		}

		const actors = pickDistinct(rng, ACTOR_WEIGHTS, 1 + pickWeighted(rng, [0.5, 0.35, 0.15])).map(
			(a) => ACTORS[a]!.id
		);
		const themes = pickDistinct(rng, THEME_WEIGHTS, 1 + pickWeighted(rng, [0.7, 0.3])).map(
			(t) => THEMES[t]!.id
		);
		const stance = (['cooperation', 'friction', 'mixed'] as const)[
			pickWeighted(rng, [0.45, 0.4, 0.15])
		]!;

		const mentioned = rng() < 0.2;
		let basis: Event['basis'];
		const mentions: Event['mentions'] = [];
		if (mentioned) {
			basis = rng() < 0.6 ? 'mentioned' : 'implied';
			const passage = PASSAGES[Math.floor(rng() * PASSAGES.length)]!;
			mentions.push({ passage: passage.id, quote: quoteOf(rng, passage.text) });
		} else basis = startMs >= Date.UTC(2007, 0, 1) ? 'later' : 'context';

		const actor = ACTORS.find((a) => a.id === actors[0])!.label;
		const title = `${actor} ${VERBS[Math.floor(rng() * VERBS.length)]} ${OBJECTS[Math.floor(rng() * OBJECTS.length)]}`;
		drafts.push({
			startMs,
			event: {
				title,
				when,
				summary: `A synthetic ${stance} event about ${themes.join(' and ')}, generated for the benchmark.`,
				actors,
				themes,
				stance,
				basis,
				mentions
			}
		});
	}

	// Chronological ids, as an author would roughly write them; ties keep generation order.
	drafts.sort((a, b) => a.startMs - b.startMs);
	const events: Event[] = drafts.map(({ event }, i) => {
		const id = `ev-${pad(i + 1, idWidth)}`;
		return {
			id,
			...event,
			sources: [{ title: `Benchmark source for ${id}`, url: `https://example.org/bench/${id}` }]
		};
	});

	return {
		format: 'chronotext-dataset',
		version: 1,
		id: `bench-${n}`,
		title: `Benchmark: ${n.toLocaleString('en-GB')} synthetic events`,
		description: `Generated by scripts/bench-data.ts with seed ${seed}; not real history.`,
		source: {
			title: 'A synthetic text for the benchmark',
			author: 'chronotext benchmark',
			published: '2006-11',
			publisher: 'chronotext',
			url: 'https://example.org/bench/source',
			sections: [{ id: 'bench', heading: 'Synthetic passages', passages: PASSAGES }]
		},
		actors: ACTORS,
		themes: THEMES,
		events
	};
}

async function selfCheck(): Promise<void> {
	const n = Number(process.argv[2] ?? 1000);
	const seed = Number(process.argv[3] ?? 42);
	if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
		console.error('usage: tsx scripts/bench-data.ts [n ≥ 1] [integer seed]');
		process.exit(2);
	}
	const { loadDatasetText } = await import('../src/lib/formats/load');
	const t0 = performance.now();
	const text = JSON.stringify(generateDataset(n, seed));
	const t1 = performance.now();
	if (JSON.stringify(generateDataset(n, seed)) !== text) {
		console.error('✗ not deterministic: the same seed gave different datasets');
		process.exit(1);
	}
	const result = loadDatasetText(text, `bench-${n}.json`);
	const t2 = performance.now();
	if (!result.ok) {
		console.error(`✗ bench-${n}.json (seed ${seed}): ${result.problems.length} problems`);
		for (const p of result.problems.slice(0, 20)) console.error('  ', JSON.stringify(p));
		process.exit(1);
	}
	const events = result.dataset.events;
	const share = (f: (e: (typeof events)[number]) => boolean) =>
		`${((100 * events.filter(f).length) / events.length).toFixed(1)}%`;
	const count = (key: (e: (typeof events)[number]) => string[]) => {
		const m = new Map<string, number>();
		for (const e of events) for (const k of key(e)) m.set(k, (m.get(k) ?? 0) + 1);
		return [...m].map(([k, v]) => `${k} ${v}`).join(', ');
	};
	const decades = new Map<string, number>();
	for (const e of events) {
		const d = `${e.when.slice(0, 3)}0s`;
		decades.set(d, (decades.get(d) ?? 0) + 1);
	}
	console.log(
		`✓ bench-${n}.json (seed ${seed}) is valid: ${events.length} events, ${(text.length / 1e6).toFixed(2)} MB, generated in ${(t1 - t0).toFixed(0)} ms, validated in ${(t2 - t1).toFixed(0)} ms`
	);
	console.log(
		`  intervals ${share((e) => e.when.includes('/'))}, ~ ${share((e) => e.when.includes('~'))}, ? ${share((e) => e.when.includes('?'))}, with a mention ${share((e) => e.mentions.length > 0)}`
	);
	console.log(
		`  year-only ${share((e) => /^\d{4}[?~]?(\/|$)/.test(e.when))}, month ${share((e) => /^\d{4}-\d{2}[?~]?(\/|$)/.test(e.when))}, day ${share((e) => /^\d{4}-\d{2}-\d{2}/.test(e.when))}`
	);
	console.log(
		`  decades: ${[...decades]
			.sort()
			.map(([d, c]) => `${d} ${c}`)
			.join(', ')}`
	);
	console.log(`  actors: ${count((e) => e.actors)}`);
	console.log(`  themes: ${count((e) => e.themes)}`);
	console.log(`  stance: ${count((e) => [e.stance])}; basis: ${count((e) => [e.basis])}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
	await selfCheck();
