/** Words for the dataset's fixed vocabularies, shared by every screen. */
import type { Basis, LinkRel, Stance } from './schema';

export const BASIS_LABEL: Record<Basis, string> = {
	mentioned: 'Mentioned in the text',
	implied: 'Implied by the text',
	context: 'Context',
	later: 'Later (after publication)'
};

/** Basis as said after an event's name and date ("…, 1999, in the text"). */
export const BASIS_PHRASE: Record<Basis, string> = {
	mentioned: 'in the text',
	implied: 'implied by the text',
	context: 'context',
	later: 'after publication'
};

export const STANCE_LABEL: Record<Stance, string> = {
	cooperation: 'Cooperation',
	friction: 'Friction',
	mixed: 'Mixed'
};

export const LINK_LABEL: Record<LinkRel, string> = {
	'led-to': 'Led to',
	'response-to': 'In response to',
	'part-of': 'Part of'
};

/** Looks up labels of vocabulary ids, falling back to the id itself. */
export function labelsOf(
	ids: readonly string[],
	vocabulary: readonly { id: string; label: string }[]
): string[] {
	return ids.map((id) => vocabulary.find((v) => v.id === id)?.label ?? id);
}
