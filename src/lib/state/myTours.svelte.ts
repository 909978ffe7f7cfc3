/** The reader's tours of one dataset, kept in this browser (localStorage) as they change. */
import {
	addTour,
	changeCurrentTour,
	chooseTour,
	currentTour,
	deleteTour,
	keepTour,
	newTourId,
	NO_TOURS,
	parseMyTours,
	serializeMyTours,
	type MyTour,
	type MyTours
} from '../model/myTours';

export class MyToursState {
	value: MyTours = $state.raw(NO_TOURS);
	readonly #key: string;

	constructor(datasetId: string) {
		this.#key = `chronotext:tours:${datasetId}`;
		try {
			this.value = parseMyTours(localStorage.getItem(this.#key));
		} catch {
			// Storage can be missing or blocked; the tours then start afresh.
		}
	}

	/** The tour "Add to tour" adds to. */
	get current(): MyTour | undefined {
		return currentTour(this.value);
	}

	#save(next: MyTours) {
		this.value = next;
		try {
			localStorage.setItem(this.#key, serializeMyTours(next));
		} catch {
			// Private modes may refuse storage; the tours still last for this visit.
		}
	}

	/** Changes the current tour, making one first when there is none. */
	change(change: (tour: MyTour) => MyTour) {
		const tours = this.value.currentId ? this.value : addTour(this.value, newTourId());
		this.#save(changeCurrentTour(tours, change));
	}

	create() {
		this.#save(addTour(this.value, newTourId()));
	}

	choose(id: string) {
		this.#save(chooseTour(this.value, id));
	}

	/** Keeps `tour` (one from a shared link), in place of any with its id. */
	keep(tour: MyTour) {
		this.#save(keepTour(this.value, tour));
	}

	deleteCurrent() {
		if (this.value.currentId) this.#save(deleteTour(this.value, this.value.currentId));
	}
}
