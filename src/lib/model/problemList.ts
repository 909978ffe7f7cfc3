/**
 * The validator's list of problems: apart from problems.ts, which the layout loads before the
 * explorer's first render to word a failed load's problems.
 */
import type { Problem } from './problems';
import { formatCount } from './formatCount';

/** How many problems a load shows before it sums up the rest in one line. */
export const MAX_PROBLEMS = 50;

/**
 * Collects problems up to a limit and only counts the rest, so a file with 100,000 broken records
 * is reported as quickly as one with ten. A problem may be passed as a function that builds it,
 * so costly fixes (the nearest words to a quote) are only worked out for problems that are shown.
 */
export class ProblemList {
	private readonly kept: Problem[] = [];
	private omitted = 0;

	constructor(private readonly max: number = MAX_PROBLEMS) {}

	/** Adds a problem; past the limit it is counted but not built. */
	add(problem: Problem | (() => Problem)): void {
		if (this.kept.length < this.max)
			this.kept.push(typeof problem === 'function' ? problem() : problem);
		else this.omitted++;
	}

	/** How many problems were added, shown or not. */
	get size(): number {
		return this.kept.length + this.omitted;
	}

	/** The problems kept, then one closing problem in `file` that says how many more there are. */
	toArray(file: string): Problem[] {
		if (this.omitted === 0) return [...this.kept];
		const n = this.omitted;
		return [
			...this.kept,
			{
				file,
				message: `and ${formatCount(n)} more problem${n === 1 ? '' : 's'} not listed here`,
				fix: 'fix the problems above and load the file again to see the rest, or run npm run validate to list them all.'
			}
		];
	}
}
