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
	/** What the quick check gave for each: the same objects where it changed nothing. */
	records: EventRecord[];
	/**
	 * `records` as the JSON the page reads (loadMessages.ts), in slices of EVENTS_PER_MESSAGE,
	 * written during the download too.
	 */
	slices: string[];
}

/** A file read by StreamingLoad: its whole text (a byte-order mark dropped), and what was read ahead. */
export interface Streamed {
	text: () => string;
	/** When the file could be followed and every event passed the quick check. */
	readAhead?: ReadAhead;
}

export class StreamingLoad {
	#decoder = new TextDecoder();
	#pieces: string[] = [];
	#splitter: EventsSplitter | undefined = new EventsSplitter();
	#check = recordChecks(true).event;
	#events: unknown[] = [];
	#records: EventRecord[] = [];
	#slices: string[] = [];
	/** Where in `records` the next slice starts. */
	#sliced = 0;

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

	/** Writes the records not yet written as slices, while at least `least` are left. */
	#slice(least: number): void {
		while (this.#records.length - this.#sliced >= least && this.#records.length > this.#sliced) {
			const end = Math.min(this.#sliced + EVENTS_PER_MESSAGE, this.#records.length);
			this.#slices.push(JSON.stringify(this.#records.slice(this.#sliced, end)));
			this.#sliced = end;
		}
	}

	#giveUp(): void {
		this.#splitter = undefined;
		this.#events = [];
		this.#records = [];
		this.#slices = [];
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
		if (shell === undefined) return { text: whole };
		this.#slice(1);
		return {
			text: whole,
			readAhead: { shell, events: this.#events, records: this.#records, slices: this.#slices }
		};
	}
}
