/** The active filters in words, for a screen (or a printed page) to say what it shows. */
import type { EventFilters } from './filters';
import { BASIS_LABEL, STANCE_LABEL, labelsOf } from './labels';

interface Vocabulary {
	actors: readonly { id: string; label: string }[];
	themes: readonly { id: string; label: string }[];
}

/**
 * One phrase per active filter group, in the order the filter panel lists them, e.g.
 * `Theme: Security or Energy` and `Search: “air war”`; empty when nothing is filtered.
 */
export function describeFilters(filters: EventFilters, vocabulary: Vocabulary): string[] {
	const group = (name: string, labels: string[]) =>
		labels.length > 0 ? [`${name}: ${labels.join(' or ')}`] : [];
	const query = filters.query.trim();
	return [
		...group(
			'Stance',
			filters.stance.map((s) => STANCE_LABEL[s])
		),
		...group(
			'Basis',
			filters.basis.map((b) => BASIS_LABEL[b])
		),
		...group('Actor', labelsOf(filters.actors, vocabulary.actors)),
		...group('Theme', labelsOf(filters.themes, vocabulary.themes)),
		...(query ? [`Search: “${query}”`] : [])
	];
}
