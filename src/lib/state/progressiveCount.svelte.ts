/**
 * How many items of a long list a screen renders while it opens: the first few at once, then a
 * few more in a task of their own each, until all are. A draft of hundreds of events thus opens
 * with its first editors and its preview in one short task, instead of one that builds every
 * event's form before anything shows.
 */
export class ProgressiveCount {
	/** The list being counted (its key) and how many of it to render: Infinity once all are. */
	#shown = $state<{ key: unknown; count: number }>({ key: undefined, count: Infinity });
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly #length: () => number;
	readonly #step: number;

	/** `length()` reads the list's length when a task adds to the count; `step` are added each. */
	constructor(length: () => number, step = 20) {
		this.#length = length;
		this.#step = step;
	}

	/**
	 * How many items of the list `key` to render. A list not yet counted (the screen has just
	 * switched to it, and `restart` runs after the render) gets the first step only.
	 */
	limit(key: unknown): number {
		return this.#shown.key === key ? this.#shown.count : this.#step;
	}

	/** For a new list (another `key` than last time): `step` now, then `step` more per task. */
	restart(key: unknown): void {
		if (key === this.#shown.key) return;
		clearTimeout(this.#timer);
		this.#shown = { key, count: this.#step };
		this.#next();
	}

	/** All from now on: before the screen focuses an item the count may not have reached yet. */
	showAll(): void {
		clearTimeout(this.#timer);
		this.#shown = { key: this.#shown.key, count: Infinity };
	}

	#next(): void {
		const { key, count } = this.#shown;
		if (count >= this.#length()) return this.showAll();
		this.#timer = setTimeout(() => {
			this.#shown = { key, count: count + this.#step };
			this.#next();
		});
	}
}
