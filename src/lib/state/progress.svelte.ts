/** Practice progress, kept in this browser only (localStorage); no account, no server. */
import * as v from 'valibot';

export interface Progress {
	orderingAttempts: number;
	orderingSolved: number;
	placements: number;
	/** Sum of placement errors in months, for the average. */
	placementErrorMonths: number;
}

/** Progress before anything is checked. */
export const EMPTY_PROGRESS: Progress = {
	orderingAttempts: 0,
	orderingSolved: 0,
	placements: 0,
	placementErrorMonths: 0
};

const Count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

const StoredProgress = v.pipe(
	v.object({
		orderingAttempts: Count,
		orderingSolved: Count,
		placements: Count,
		placementErrorMonths: Count
	}),
	v.check((p) => p.orderingSolved <= p.orderingAttempts, 'more solved than checked')
);

/**
 * Progress from its stored text: EMPTY_PROGRESS for nothing stored, text that is not JSON, or
 * anything but whole non-negative counts (with no more solved than checked). Never throws.
 */
export function parseProgress(stored: string | null): Progress {
	if (stored === null) return EMPTY_PROGRESS;
	let json: unknown;
	try {
		json = JSON.parse(stored);
	} catch {
		return EMPTY_PROGRESS;
	}
	const result = v.safeParse(StoredProgress, json);
	return result.success ? result.output : EMPTY_PROGRESS;
}

export class PracticeProgress {
	value: Progress = $state.raw(EMPTY_PROGRESS);
	readonly #key: string;

	constructor(datasetId: string) {
		this.#key = `chronotext:progress:${datasetId}`;
		try {
			this.value = parseProgress(localStorage.getItem(this.#key));
		} catch {
			// Storage can be missing or blocked; progress then starts afresh.
		}
	}

	#save(next: Progress) {
		this.value = next;
		try {
			localStorage.setItem(this.#key, JSON.stringify(next));
		} catch {
			// Private modes may refuse storage; progress still counts for this visit.
		}
	}

	recordOrdering(solved: boolean) {
		const p = this.value;
		this.#save({
			...p,
			orderingAttempts: p.orderingAttempts + 1,
			orderingSolved: p.orderingSolved + (solved ? 1 : 0)
		});
	}

	recordPlacement(errorMonths: number) {
		const p = this.value;
		this.#save({
			...p,
			placements: p.placements + 1,
			placementErrorMonths: p.placementErrorMonths + errorMonths
		});
	}

	reset() {
		this.#save(EMPTY_PROGRESS);
	}
}
