/**
 * A dataset file read while it downloads: each piece of bytes is decoded, the events it completes
 * are parsed and put through the quick check of fastSchema.ts at once, so that when the last byte
 * arrives only the rest of the file (its shell) is left to parse. At 100,000 events that moves
 * the parse and check of the events (about 0.4 s here) into the download.
 *
 * It is a shortcut and no more: a file it cannot follow (see EventsSplitter), an event the quick
 * check turns down, or text that is not JSON leaves it to the loader, which then reads the whole
 * text as it always has and names every problem. The result is the same either way.
 */
import { recordChecks } from '../model/fastSchema';
import type { EventRecord } from '../model/schema';
import { EventsSplitter } from './eventsSplitter';
import { EVENTS_PER_MESSAGE } from './loadMessages';

/** The events read ahead, and the file's shell (its JSON with `"events": []`) to read with them. */
export interface ReadAhead {
	shell: string;
	/** The events as parsed, in order. */
	events: unknown[];
	/**
	 * What the quick check gave for each: the same objects where it changed nothing. They went
	 * to `onSlice` as they were read.
	 */
	records: EventRecord[];
}

/** A file read by StreamingLoad: its whole text (a byte-order mark dropped), what was read ahead. */
export interface Streamed {
	text: () => string;
	/** When the file could be followed and every event passed the quick check. */
	readAhead?: ReadAhead;
	/**
	 * How many slices went to `onSlice`: when they are not the events of the result (there are
	 * none read ahead, or the validator's events are others), the page must drop them.
	 */
	sliced: number;
}

/**
 * Reads a file as it downloads (see above); `onSlice` is handed the events read, as soon as
 * EVENTS_PER_MESSAGE of them have passed the quick check, as the JSON the page reads
 * (loadMessages.ts), so that the page reads them during the download too.
 */
export class StreamingLoad {
	#decoder = new TextDecoder();
	#pieces: string[] = [];
	#splitter: EventsSplitter | undefined = new EventsSplitter();
	#check = recordChecks(true).event;
	#events: unknown[] = [];
	#records: EventRecord[] = [];
	/** Where in `records` the next slice starts. */
	#next = 0;
	#sliced = 0;

	constructor(private readonly onSlice: (json: string) => void) {}

	/** Takes the next bytes of the file. */
	push(bytes: Uint8Array): void {
		this.#take(this.#decoder.decode(bytes, { stream: true }), false);
	}

	#take(piece: string, last: boolean): void {
		this.#pieces.push(piece);
		const splitter = this.#splitter;
		if (!splitter) return;
		const parsed = splitter.push(piece, last);
		if (splitter.failed) return this.#giveUp();
		for (const event of parsed) {
			const record = this.#check(event);
			if (!record) return this.#giveUp();
			this.#events.push(event);
			this.#records.push(record);
		}
		this.#slice(EVENTS_PER_MESSAGE);
	}

	/** Hands on the records not yet handed on, in slices, while at least `least` (≥ 1) are left. */
	#slice(least: number): void {
		const records = this.#records;
		while (records.length - this.#next >= least) {
			const end = Math.min(this.#next + EVENTS_PER_MESSAGE, records.length);
			this.onSlice(JSON.stringify(records.slice(this.#next, end)));
			this.#next = end;
			this.#sliced++;
		}
	}

	#giveUp(): void {
		this.#splitter = undefined;
		this.#events = [];
		this.#records = [];
	}

	/** Once the last bytes are in: the file as read (see Streamed). */
	end(): Streamed {
		this.#take(this.#decoder.decode(), true);
		const pieces = this.#pieces;
		this.#pieces = [];
		const shell = this.#splitter?.shell();
		this.#splitter = undefined;
		let text: string | undefined;
		// Joined only when asked for: with the events read ahead, only a broken shell needs it.
		const whole = () => (text ??= pieces.splice(0).join(''));
		if (shell === undefined) return { text: whole, sliced: this.#sliced };
		this.#slice(1);
		return {
			text: whole,
			readAhead: { shell, events: this.#events, records: this.#records },
			sliced: this.#sliced
		};
	}
}
