/**
 * npm run eval:dates
 *
 * Scores `findDates` against the hand-annotated texts in tests/fixtures/author/: precision and
 * recall for explicit and for relative expressions (a suggestion counts when its words, at the
 * annotated place, and its EDTF value are both right), every miss and every wrong suggestion, and
 * the time to analyse a 1,000-word text and a 100,000-word text made by repeating the test texts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findDates, type DateSuggestion } from '../src/lib/author/findDates';

interface Annotation {
	words: string;
	edtf: string;
	kind: 'explicit' | 'relative';
}

interface Placed extends Annotation {
	start: number;
	end: number;
}

const DIR = 'tests/fixtures/author';

/** Places each annotation in the text, in reading order; throws when one is not found. */
function place(text: string, annotations: Annotation[], name: string): Placed[] {
	let from = 0;
	return annotations.map((a) => {
		const start = text.indexOf(a.words, from);
		if (start < 0)
			throw new Error(`${name}.json: "${a.words}" is not in ${name}.txt after offset ${from}`);
		from = start + 1;
		return { ...a, start, end: start + a.words.length };
	});
}

const same = (g: Placed, s: DateSuggestion) =>
	g.start === s.start && g.end === s.end && g.edtf === s.edtf;

interface Tally {
	gold: number;
	found: number;
	goldHit: number;
	foundHit: number;
}

/**
 * Texts annotated after the rules were written and never used to change them: scored apart, as
 * the fairer estimate of how the engine does on text it has not seen. (space-race and penicillin
 * were held out too, until their misses led to new rules; BENCHMARKS.md keeps their first runs.)
 */
const HELD_OUT = new Set(['elmford-bridge']);

const tally = (): Tally => ({ gold: 0, found: 0, goldHit: 0, foundHit: 0 });
const sets = {
	'used to write the rules': { explicit: tally(), relative: tally() },
	'held out': { explicit: tally(), relative: tally() }
};
const misses: string[] = [];
const wrong: string[] = [];
const texts: string[] = [];

for (const file of readdirSync(DIR)
	.filter((f) => f.endsWith('.txt'))
	.sort()) {
	const name = file.replace(/\.txt$/, '');
	const text = readFileSync(join(DIR, file), 'utf8');
	texts.push(text);
	const gold = place(text, JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')), name);
	const suggestions = findDates(text);
	const tallies = sets[HELD_OUT.has(name) ? 'held out' : 'used to write the rules'];
	for (const g of gold) {
		tallies[g.kind].gold++;
		if (suggestions.some((s) => same(g, s))) tallies[g.kind].goldHit++;
		else {
			const near = suggestions.find((s) => s.start < g.end && g.start < s.end);
			misses.push(
				`${name}: ${g.kind} "${g.words}" = ${g.edtf}` +
					(near
						? `  (found "${near.words}" = ${near.edtf}${near.anchor ? `, from "${near.anchor.words}"` : ''})`
						: '  (not found)')
			);
		}
	}
	for (const s of suggestions) {
		tallies[s.kind].found++;
		if (gold.some((g) => same(g, s))) tallies[s.kind].foundHit++;
		else if (!gold.some((g) => g.start < s.end && s.start < g.end))
			wrong.push(`${name}: ${s.kind} "${s.words}" = ${s.edtf} (not a date expression)`);
	}
}

const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
console.log('quality (words and EDTF value both right)');
for (const [set, tallies] of Object.entries(sets))
	for (const [kind, t] of Object.entries(tallies))
		console.log(
			`  ${set.padEnd(23)}  ${kind.padEnd(8)}  precision ${ratio(t.foundHit, t.found)} (${t.foundHit}/${t.found})` +
				`  recall ${ratio(t.goldHit, t.gold)} (${t.goldHit}/${t.gold})`
		);
const all = Object.values(sets);
for (const kind of ['explicit', 'relative'] as const) {
	const sum = (key: keyof Tally) => all.reduce((n, set) => n + set[kind][key], 0);
	console.log(
		`  ${'all texts'.padEnd(23)}  ${kind.padEnd(8)}  precision ${ratio(sum('foundHit'), sum('found'))}` +
			` (${sum('foundHit')}/${sum('found')})  recall ${ratio(sum('goldHit'), sum('gold'))} (${sum('goldHit')}/${sum('gold')})`
	);
}
console.log(`\nmissed or wrong (${misses.length}):`);
for (const m of misses) console.log(`  ${m}`);
console.log(`\nsuggested where the annotations have nothing (${wrong.length}):`);
for (const w of wrong) console.log(`  ${w}`);

const countWords = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** The test texts repeated (and the last cut at a word) until they hold `words` words. */
function textOf(words: number): string {
	const whole = texts.join('\n\n');
	const parts: string[] = [];
	let have = 0;
	while (have < words) {
		const need = words - have;
		const piece =
			countWords(whole) <= need
				? whole
				: whole
						.split(/(?<=\s)(?=\S)/)
						.slice(0, need)
						.join('');
		parts.push(piece);
		have += countWords(piece);
	}
	return parts.join('\n\n');
}

function timeMs(text: string, runs: number): { median: number; max: number; found: number } {
	const times: number[] = [];
	let found = 0;
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		found = findDates(text).length;
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	return { median: times[Math.floor(times.length / 2)]!, max: times.at(-1)!, found };
}

console.log(
	`\nspeed (Node ${process.version}, load average ${os
		.loadavg()
		.map((l) => l.toFixed(2))
		.join(' ')})`
);
findDates(textOf(1000));
for (const [words, runs] of [
	[1_000, 21],
	[100_000, 5]
] as const) {
	const text = textOf(words);
	const { median, max, found } = timeMs(text, runs);
	console.log(
		`  ${countWords(text).toLocaleString('en')} words (${text.length.toLocaleString('en')} characters): ` +
			`median ${median.toFixed(1)} ms, slowest ${max.toFixed(1)} ms of ${runs} runs; ${found.toLocaleString('en')} suggestions`
	);
}
