// Prints "N passed, N failed" summed over Vitest's and Playwright's JSON reports.
// A missing report counts as one failure: a suite that did not run has not passed.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
	if (!existsSync(file)) {
		console.error(`missing test report ${file}`);
		failed += 1;
		continue;
	}
	const report = JSON.parse(readFileSync(file, 'utf8'));
	if ('numPassedTests' in report) {
		passed += report.numPassedTests;
		failed += report.numFailedTests;
	} else if (report.stats) {
		passed += report.stats.expected + (report.stats.flaky ?? 0);
		failed += report.stats.unexpected;
	}
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
