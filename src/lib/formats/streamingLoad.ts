/**
 * A dataset file read while it downloads: each piece of bytes is decoded, the events it completes
 * are parsed and put through the quick check of fastSchema.ts at once, so that when the last byte
 * arrives only the rest of the file (its shell) is left to parse. At 100,000 events that moves
 * the parse and check of the events (about 0.4 s here) into the download.
 *
 * The events' dates are read as they come too, into their columns (dateColumnsBuilder.ts), and
 * the events go to the page as the file's own text where the check kept them as they were read.
 * They are not kept here: only what the dataset-wide checks need of them (eventsDigest.ts).
 *
 * It is a shortcut and no more: a file it cannot follow (see EventsSplitter), an event the quick
 * check or the date reader turns down, or text that is not JSON leaves it to the loader, which
 * then reads the whole text as it always has and names every problem. The result is the same
 * either way.
 */
import type { DateColumns } from '../model/dateColumns';
import { DateColumnsBuilder } from '../model/dateColumnsBuilder';
import { readEdtf } from '../model/edtf';
import { EventsDigest } from '../model/eventsDigest';
import { recordChecks } from '../model/fastSchema';
import type { EventRecord } from '../model/schema';
import { EventsSplitter } from './eventsSplitter';
import { EVENTS_PER_MESSAGE, SLICE_TEXT_MAX } from './loadMessages';

/**
 * The events read ahead, which passed the quick check and went to `onSlice` as they were read,
 * and the file's shell (its JSON with `"events": []`) to read with them.
 */
export interface ReadAhead {
	shell: string;
	/** What the checks of the whole dataset need of the events. */
	digest: EventsDigest;
	/** The columns of their dates, every one valid. */
	dates: DateColumns;
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

/** The text of `bytes` (UTF-8, a byte-order mark dropped), decoded piece by piece. */
function decodeAll(bytes: Uint8Array[]): string {
	const decoder = new TextDecoder();
	return bytes.map((piece) => decoder.decode(piece, { stream: true })).join('') + decoder.decode();
}

/**
 * Reads a file as it downloads (see above); `onSlice` is handed the events read, as soon as
 * EVENTS_PER_MESSAGE of them have passed the quick check, as the JSON the page reads
 * (loadMessages.ts), so that the page reads them during the download too.
 */
export class StreamingLoad {
	#decoder = new TextDecoder();
	/** The file's bytes: kept as they came, which costs nothing, rather than as decoded text. */
	#bytes: Uint8Array[] = [];
	#splitter: EventsSplitter | undefined = new EventsSplitter();
	#check = recordChecks(true).event;
	#digest = new EventsDigest();
	#dates = new DateColumnsBuilder();
	/**
	 * The text of the records read since the last slice, which the quick check kept as they were
	 * read (EventsSplitter's SplitRecords), its length, and how many records it holds.
	 */
	#texts: string[] = [];
	#textLength = 0;
	#count = 0;
	#sliced = 0;

	constructor(private readonly onSlice: (json: string) => void) {}

	/** Takes the next bytes of the file. */
	push(bytes: Uint8Array): void {
		this.#bytes.push(bytes);
		if (this.#splitter) this.#take(this.#decoder.decode(bytes, { stream: true }), false);
	}

	#take(piece: string, last: boolean): void {
		const splitter = this.#splitter;
		if (!splitter) return;
		const { records: parsed, text } = splitter.push(piece, last);
		if (splitter.failed) return this.#giveUp();
		const records: EventRecord[] = [];
		let changed = false;
		for (const event of parsed) {
			const record = this.#check(event);
			if (!record || !this.#addDate(record) || !this.#digest.add(record)) return this.#giveUp();
			if (record !== event) changed = true;
			records.push(record);
		}
		if (records.length) this.#handOn(records, text, changed);
	}

	/**
	 * Hands on a run of records read from `text`: as that text, gathered with the runs before it
	 * into slices of EVENTS_PER_MESSAGE records or more and SLICE_TEXT_MAX characters at most, when
	 * the quick check kept every one as it was read (then the text parses as the records, but for
	 * the `links` it may have added at their end, which the page adds too). Else, or when it is
	 * longer than a slice may be, as JSON written from them, in slices of EVENTS_PER_MESSAGE, once
	 * the runs before it are handed on. So no record is kept after the piece it came in: holding
	 * them until their slice went had the garbage collector copy them (at 100,000 events in Node,
	 * 66–85 ms of collection per load against 53–55 without).
	 */
	#handOn(records: EventRecord[], text: string, changed: boolean): void {
		if (changed || text.length > SLICE_TEXT_MAX) {
			this.#slice();
			for (let from = 0; from < records.length; from += EVENTS_PER_MESSAGE) {
				this.onSlice(JSON.stringify(records.slice(from, from + EVENTS_PER_MESSAGE)));
				this.#sliced++;
			}
			return;
		}
		if (this.#textLength + text.length + 1 > SLICE_TEXT_MAX) this.#slice();
		this.#texts.push(text);
		this.#textLength += text.length + 1;
		this.#count += records.length;
		if (this.#count >= EVENTS_PER_MESSAGE) this.#slice();
	}

	/**
	 * Adds the date of the record read next; false when it is not one. A date written as an
	 * earlier record's was is not read again: a large dataset repeats dates.
	 */
	#addDate({ when, title }: EventRecord): boolean {
		if (this.#dates.repeat(when, title)) return true;
		const date = readEdtf(when);
		if (date.ok) this.#dates.add(when, date.value, title);
		return date.ok;
	}

	/** Hands on the text gathered (see #handOn), when there is some, as one slice. */
	#slice(): void {
		if (this.#count === 0) return;
		this.onSlice(`[${this.#texts.join(',')}]`);
		this.#sliced++;
		this.#texts = [];
		this.#textLength = 0;
		this.#count = 0;
	}

	#giveUp(): void {
		this.#splitter = undefined;
		this.#texts = [];
		this.#textLength = 0;
		this.#count = 0;
		this.#digest = new EventsDigest();
		this.#dates = new DateColumnsBuilder();
	}

	/** Once the last bytes are in: the file as read (see Streamed). */
	end(): Streamed {
		if (this.#splitter) this.#take(this.#decoder.decode(), true);
		const bytes = this.#bytes;
		this.#bytes = [];
		const shell = this.#splitter?.shell();
		this.#splitter = undefined;
		let text: string | undefined;
		// Decoded only when asked for: with the events read ahead, only a broken shell needs it.
		const whole = () => (text ??= decodeAll(bytes.splice(0)));
		if (shell === undefined) return { text: whole, sliced: this.#sliced };
		this.#slice();
		return {
			text: whole,
			readAhead: { shell, digest: this.#digest, dates: this.#dates.columns() },
			sliced: this.#sliced
		};
	}
}
