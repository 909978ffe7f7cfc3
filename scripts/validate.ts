/**
 * npm run validate [dataset-folder | dataset.json ...]
 * Checks each dataset (every folder in data/ when none is named); prints one line for every
 * problem, all in one run, and exits 1 on any. The quality rules (src/lib/model/datasetRules.ts)
 * are errors for the datasets shipped in data/ and warnings for any other dataset.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { qualityProblems } from '../src/lib/model/datasetRules';
import { formatProblem } from '../src/lib/model/problems';
import { loadDatasetPath } from '../src/lib/server/datasetFolder';

const args = process.argv.slice(2);
const targets =
	args.length > 0
		? args
		: readdirSync('data')
				.map((d) => join('data', d))
				.filter((d) => statSync(d).isDirectory());
let failed = 0;
for (const target of targets) {
	const result = loadDatasetPath(target, target, { maxProblems: Infinity });
	if (result.ok) {
		const { events, periods, tours } = result.dataset;
		const folder = statSync(target).isDirectory();
		const files = folder
			? {
					default: join(target, 'dataset.json'),
					events: join(target, 'events.json'),
					periods: join(target, 'periods.json')
				}
			: { default: target };
		const quality = qualityProblems(result.dataset, files);
		const shipped = !relative(resolve('data'), resolve(target)).startsWith('..');
		if (quality.length > 0) {
			const n = quality.length;
			const line = `${shipped ? '✗' : '!'} ${target}: ${n} quality ${shipped ? 'problem' : 'warning'}${n === 1 ? '' : 's'}`;
			console.error(line);
			for (const p of quality) console.error(`  ${formatProblem(p)}`);
			if (shipped) {
				failed++;
				continue;
			}
		}
		console.log(
			`✓ ${target}: valid (${events.length} events, ${periods.length} periods, ${tours.length} tours)`
		);
		continue;
	}
	failed++;
	const n = result.problems.length;
	console.error(`✗ ${target}: ${n} problem${n === 1 ? '' : 's'}`);
	for (const p of result.problems) console.error(`  ${formatProblem(p)}`);
}
process.exit(failed > 0 ? 1 : 0);
