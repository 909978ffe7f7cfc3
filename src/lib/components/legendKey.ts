/** What the timeline's legend names: shared by its basis buttons and its key (LegendKey.svelte). */
import type { Basis, Stance } from '$lib/model/schema';
import { STANCE_STYLE, symbolGeometry, symbolPathData } from '$lib/timeline/markStyles';

/** The bases an event can have, in the legend's order, with their names. */
export const BASIS_KEY: readonly { basis: Basis; label: string }[] = [
	{ basis: 'mentioned', label: 'In the text' },
	{ basis: 'implied', label: 'Implied by the text' },
	{ basis: 'context', label: 'Context' },
	{ basis: 'later', label: 'After publication' }
];

/** A stance's symbol at the timeline's own size, centred in a 16 × 14 legend glyph. */
export const legendSymbol = (stance: Stance, scale = 1): string =>
	symbolPathData(symbolGeometry(STANCE_STYLE[stance].shape, 8, 7, scale));
