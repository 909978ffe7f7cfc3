/**
 * A problem found in a dataset: where it is, what is wrong, and how to fix it. The list a
 * validator collects them in is in problemList.ts.
 */
export interface Problem {
	/** The file (or URL) the problem is in. */
	file: string;
	/** The record: `event "kosovo-air-campaign"`, `row 12`, or undefined for the file itself. */
	record?: string;
	/** The field, as a path: `when`, `mentions[0].quote`. */
	field?: string;
	message: string;
	fix?: string;
}

/** One line per problem: `events.json › event "x" › when: message. Fix: …` */
export function formatProblem(p: Problem): string {
	const where = [p.file, p.record, p.field].filter(Boolean).join(' › ');
	const message = /[.!?]$/.test(p.message) ? p.message : `${p.message}.`;
	return `${where}: ${message}${p.fix ? ` Fix: ${p.fix}` : ''}`;
}
