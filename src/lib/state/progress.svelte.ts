/** Practice progress, kept in this browser only (localStorage); no account, no server. */

export interface Progress {
	orderingAttempts: number;
	orderingSolved: number;
	placements: number;
	/** Sum of placement errors in months, for the average. */
	placementErrorMonths: number;
}

const EMPTY: Progress = {
	orderingAttempts: 0,
	orderingSolved: 0,
	placements: 0,
	placementErrorMonths: 0
};

export class PracticeProgress {
	value: Progress = $state.raw(EMPTY);
	readonly #key: string;

	constructor(datasetId: string) {
		this.#key = `chronotext:progress:${datasetId}`;
		try {
			const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(this.#key);
			if (saved) this.value = { ...EMPTY, ...(JSON.parse(saved) as Partial<Progress>) };
		} catch {
			// Storage can be blocked or hold garbage; progress then starts afresh.
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
		const v = this.value;
		this.#save({
			...v,
			orderingAttempts: v.orderingAttempts + 1,
			orderingSolved: v.orderingSolved + (solved ? 1 : 0)
		});
	}

	recordPlacement(errorMonths: number) {
		const v = this.value;
		this.#save({
			...v,
			placements: v.placements + 1,
			placementErrorMonths: v.placementErrorMonths + errorMonths
		});
	}

	reset() {
		this.#save(EMPTY);
	}
}
