/**
 * Quality rules for a dataset that is already valid: every date and claim rests on a source a
 * teacher can trust. `npm run validate` treats them as errors for the datasets shipped in data/ and as
 * warnings for any other dataset it is given; the app's loader does not apply them, so a
 * teacher's own dataset loads even when it leans on an encyclopedia.
 */
import type { Problem } from './problems';
import type { Dataset, SourceRef } from './schema';
import type { FileMap } from './validate';

/**
 * Hosts of open encyclopedias and blog platforms: a useful lead, never the only support for a
 * date. A host matches itself and every subdomain (`en.wikipedia.org`, `x.blogspot.com`).
 */
export const WEAK_SOURCE_HOSTS: readonly string[] = [
	'wikipedia.org',
	'wikimedia.org',
	'wikiwand.com',
	'blogspot.com',
	'blogger.com',
	'wordpress.com',
	'medium.com',
	'substack.com',
	'livejournal.com',
	'tumblr.com',
	'typepad.com'
];

/** True when the URL's host is, or is under, one of {@link WEAK_SOURCE_HOSTS}. */
export function isWeakSource(url: string): boolean {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase();
	} catch {
		return false;
	}
	return WEAK_SOURCE_HOSTS.some((weak) => host === weak || host.endsWith(`.${weak}`));
}

const NO_SOURCE_FIX =
	'add "sources": at least one public page (http or https) that states the date.';

/** Rels that claim one event caused or answered another. */
const CAUSAL_RELS = new Set(['led-to', 'response-to']);

function allWeak(sources: readonly SourceRef[]): boolean {
	return sources.length > 0 && sources.every((s) => isWeakSource(s.url));
}

/** Every quality problem in a valid dataset; an empty list when it meets them all. */
export function qualityProblems(ds: Dataset, files: FileMap): Problem[] {
	const problems: Problem[] = [];
	const eventsFile = files.events ?? files.default;
	for (const event of ds.events) {
		const record = `event "${event.id}"`;
		if (event.sources.length === 0)
			problems.push({
				file: eventsFile,
				record,
				field: 'sources',
				message: 'there is no source',
				fix: NO_SOURCE_FIX
			});
		if (allWeak(event.sources))
			problems.push({
				file: eventsFile,
				record,
				field: 'sources',
				message: 'every source is an encyclopedia or a blog',
				fix: 'add a primary or reputable secondary source that states the date (an official text, a wire service, a major newspaper, a scholarly work).'
			});
		if (event.basis === 'implied' && !event.basisNote)
			problems.push({
				file: eventsFile,
				record,
				field: 'basisNote',
				message: 'an implied event needs a note saying how the text implies it',
				fix: 'add "basisNote" quoting the words of the text that presuppose the event.'
			});
		event.links.forEach((link, i) => {
			if (!CAUSAL_RELS.has(link.rel) || link.note || (link.sources?.length ?? 0) > 0) return;
			problems.push({
				file: eventsFile,
				record,
				field: `links[${i}]`,
				message: `the "${link.rel}" link to "${link.event}" claims a cause but cites nothing`,
				fix: 'add "sources" that state the link, or a "note" saying whose interpretation it is.'
			});
		});
	}
	const periodsFile = files.periods ?? files.default;
	for (const period of ds.periods) {
		if (period.sources.length === 0)
			problems.push({
				file: periodsFile,
				record: `period "${period.id}"`,
				field: 'sources',
				message: 'there is no source',
				fix: NO_SOURCE_FIX
			});
		if (allWeak(period.sources))
			problems.push({
				file: periodsFile,
				record: `period "${period.id}"`,
				field: 'sources',
				message: 'every source is an encyclopedia or a blog',
				fix: 'add a primary or reputable secondary source that states the dates.'
			});
	}
	return problems;
}
