/**
 * Reads the records of a JSON document's top-level `"events"` array while its text streams in,
 * so that a loader can parse and check them during the download rather than after it. The text
 * goes in piece by piece (cut anywhere, even inside a string); out come, for each piece, the
 * records it completed, parsed, with their text. The rest of the document (the shell) is kept,
 * the array left empty, for `JSON.parse` at the end.
 *
 * Most of a piece is not looked at character by character. From the boundary after a record,
 * the last place in the piece that looks like the next boundary (`}`, a comma, then `{"id":`) is
 * tried: when the text up to it parses as a list of values, it is exactly a run of whole records,
 * since JSON is read the same from the left whatever follows. Otherwise, and for the parts
 * before and after the array, the text is followed character by character.
 *
 * It only ever finds a subset of what `JSON.parse` would read: a document it cannot follow
 * exactly (no top-level `"events"` array, one given twice, a key written with escapes, an element
 * that is not an object, a separator out of place, records that are not JSON) makes it give up
 * (`failed`), and the loader then parses the whole text as before. Whether the shell is JSON is
 * for `JSON.parse` to say.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** JSON's whitespace: space, tab, line feed, carriage return. */
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** The first place at or after `at` that is not white space. */
function skipSpace(text: string, at: number): number {
	while (at < text.length && isSpace(text.charCodeAt(at))) at++;
	return at;
}

/** The last place at or before `at` that is not white space (-1: none). */
function skipSpaceBack(text: string, at: number): number {
	while (at >= 0 && isSpace(text.charCodeAt(at))) at--;
	return at;
}

type Stage = 'before' | 'events' | 'after' | 'failed';

/** Records read from a piece, and their text: a comma-separated list that parses as them. */
export interface SplitRecords {
	records: unknown[];
	text: string;
}

const none = (): SplitRecords => ({ records: [], text: '' });

export class EventsSplitter {
	#stage: Stage = 'before';
	#depth = 0;
	#inString = false;
	#escaped = false;
	/** At depth 1: whether the next string is a key (after `{` or `,`) rather than a value. */
	#expectKey = false;
	/** The depth-1 key being read (its text so far, when it began in an earlier piece). */
	#keyPart: string | undefined;
	/** The depth-1 key whose value comes next. */
	#key: string | undefined;
	/** In the array, between records: a record ended and no comma has come since. */
	#afterRecord = false;
	/** In the array: a comma has come, so a record must follow. */
	#afterComma = false;
	/** A record begun in an earlier piece: its text so far (already scanned). */
	#pending = '';
	/** In the array: the text after the last record read, not yet looked at. */
	#tail = '';
	#prefix: string[] = [];
	#suffix: string[] = [];

	/** How many characters were followed one by one, for tests: few, past the head. */
	followed = 0;

	/** Whether the document could not be followed: the loader must parse the whole text. */
	get failed(): boolean {
		return this.#stage === 'failed';
	}

	/**
	 * Takes the next piece of text (`last`: the end of the document); returns the records it
	 * completed.
	 */
	push(piece: string, last = false): SplitRecords {
		if (this.#stage === 'failed') return none();
		// After the records read last: the text from a boundary; else that of a record begun.
		const atBoundary = this.#pending === '';
		const text = atBoundary ? this.#tail + piece : this.#pending + piece;
		this.#tail = '';
		this.#pending = '';
		const records: unknown[] = [];
		const runs: string[] = [];
		const done = () => ({ records, text: runs.join(',') });
		let from = 0;
		// The head of the document, or a record begun in an earlier piece, is followed character
		// by character up to the end of a record.
		if (!atBoundary || this.#stage !== 'events' || this.#depth !== 2) {
			const begun = text.length - piece.length;
			const head = this.#scan(text, begun, atBoundary ? -1 : 0, !last);
			if (!this.#parseRun(head.run, records, runs)) return none();
			from = head.end;
			if (from === text.length) return done();
		}
		if (!last) {
			const run = this.#runToLastBoundary(text, from);
			if (run) {
				for (const record of run.records) records.push(record);
				runs.push(run.text);
				return done();
			}
		}
		const rest = this.#scan(text, from, -1, false);
		return this.#parseRun(rest.run, records, runs) ? done() : none();
	}

	/**
	 * Adds the records of `run` to `records` and its text to `runs`; false (and gives up) when it
	 * is not JSON.
	 */
	#parseRun(run: string, records: unknown[], runs: string[]): boolean {
		if (!run) return true;
		try {
			for (const record of JSON.parse(`[${run}]`) as unknown[]) records.push(record);
			runs.push(run);
			return true;
		} catch {
			this.#fail();
			return false;
		}
	}

	/**
	 * `text` is at a boundary between records at `from`: the records up to the last place that
	 * looks like the next boundary, when that text parses as a list; the rest becomes the tail.
	 */
	#runToLastBoundary(text: string, from: number): SplitRecords | undefined {
		// Where the first record starts: after white space, and a comma when one is due.
		let start = skipSpace(text, from);
		if (this.#afterRecord) {
			if (text.charCodeAt(start) !== COMMA) return undefined;
			start = skipSpace(text, start + 1);
		}
		if (text.charCodeAt(start) !== OPEN_BRACE) return undefined;
		let end = -1;
		for (let at = text.lastIndexOf('"id"'); at > start; at = text.lastIndexOf('"id"', at - 1)) {
			const open = skipSpaceBack(text, at - 1);
			if (text.charCodeAt(open) !== OPEN_BRACE) continue;
			const comma = skipSpaceBack(text, open - 1);
			if (text.charCodeAt(comma) !== COMMA) continue;
			const close = skipSpaceBack(text, comma - 1);
			if (text.charCodeAt(close) !== CLOSE_BRACE) continue;
			end = close + 1;
			break;
		}
		if (end <= start) return undefined;
		const run = text.slice(start, end);
		let records: unknown[];
		try {
			records = JSON.parse(`[${run}]`) as unknown[];
		} catch {
			return undefined;
		}
		this.#afterRecord = true;
		this.#afterComma = false;
		this.#tail = text.slice(end);
		return { records, text: run };
	}

	#fail(): void {
		this.#stage = 'failed';
		this.#prefix = [];
		this.#suffix = [];
	}

	/**
	 * Follows `text` character by character from `from`, where a record begun at `recordFrom`
	 * (-1: none) may be in progress, its text up to `from` already followed; with `stop`, only
	 * to the end of the next record. Returns the run of records it completed, as text (or ''),
	 * and where it stopped.
	 */
	#scan(
		text: string,
		from: number,
		recordFrom: number,
		stop: boolean
	): { run: string; end: number } {
		// The state, in locals for the loop; written back at the end.
		let stage = this.#stage;
		let depth = this.#depth;
		let inString = this.#inString;
		let escaped = this.#escaped;
		let expectKey = this.#expectKey;
		let afterRecord = this.#afterRecord;
		let afterComma = this.#afterComma;
		// In the array: where the first record of this run starts, where the last complete one
		// ends, and where the one in progress starts.
		let runStart = recordFrom;
		let runEnd = -1;
		let recordStart = recordFrom;
		// Before or after the array: the text not yet kept for the shell starts here.
		let keepFrom = from;
		let keyStart = this.#keyPart === undefined ? -1 : from;
		const length = text.length;
		const fail = () => {
			this.#fail();
			return { run: '', end: length };
		};
		let stopped = false;
		let i = from;
		while (i < length) {
			if (inString) {
				// To the closing quote: the next one not escaped by an odd run of backslashes.
				if (escaped) {
					escaped = false;
					i++;
				}
				const opened = i;
				let close = -1;
				for (let q = text.indexOf('"', i); q !== -1; q = text.indexOf('"', q + 1)) {
					let slashes = 0;
					while (q - slashes - 1 >= opened && text.charCodeAt(q - slashes - 1) === BACKSLASH)
						slashes++;
					if (slashes % 2 === 0) {
						close = q;
						break;
					}
				}
				if (close === -1) {
					// The string goes on into the next piece: is its last character an escape?
					let slashes = 0;
					while (
						length - slashes - 1 >= opened &&
						text.charCodeAt(length - slashes - 1) === BACKSLASH
					)
						slashes++;
					escaped = slashes % 2 === 1;
					break;
				}
				inString = false;
				if (keyStart !== -1) {
					const key = (this.#keyPart ?? '') + text.slice(keyStart, close);
					this.#keyPart = undefined;
					keyStart = -1;
					// A key with escapes may spell "events" otherwise: not followed here.
					if (key.includes('\\')) return fail();
					this.#key = key;
				}
				i = close + 1;
				continue;
			}
			const c = text.charCodeAt(i);
			if (stage === 'events' && depth === 2) {
				// Between the records of the array.
				if (c === COMMA) {
					if (!afterRecord) return fail();
					afterRecord = false;
					afterComma = true;
				} else if (c === OPEN_BRACE) {
					if (afterRecord) return fail();
					afterComma = false;
					depth = 3;
					recordStart = i;
					if (runStart === -1) runStart = i;
				} else if (c === CLOSE_BRACKET) {
					if (afterComma) return fail();
					depth = 1;
					stage = 'after';
					keepFrom = i;
				} else if (!isSpace(c)) return fail();
			} else if (c === QUOTE) {
				inString = true;
				if (depth === 1 && expectKey) keyStart = i + 1;
			} else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
				depth++;
				if (depth === 2 && c === OPEN_BRACKET && this.#key === 'events') {
					if (stage !== 'before') return fail();
					stage = 'events';
					this.#prefix.push(text.slice(keepFrom, i + 1));
				} else if (depth === 1) expectKey = c === OPEN_BRACE;
			} else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
				depth--;
				if (depth === 2 && stage === 'events') {
					afterRecord = true;
					runEnd = i + 1;
					recordStart = -1;
					if (stop) {
						stopped = true;
						i++;
						break;
					}
				} else if (depth < 0) return fail();
			} else if (depth === 1) {
				if (c === COLON) expectKey = false;
				else if (c === COMMA) {
					expectKey = true;
					this.#key = undefined;
				}
			}
			i++;
		}
		this.#stage = stage;
		this.#depth = depth;
		this.#inString = inString;
		this.#escaped = escaped;
		this.#expectKey = expectKey;
		this.#afterRecord = afterRecord;
		this.#afterComma = afterComma;
		this.followed += i - from;
		const run = runEnd === -1 ? '' : text.slice(runStart, runEnd);
		// Stopped at the end of a record: nothing of the shell or of a record is pending.
		if (stopped) return { run, end: i };
		if (keyStart !== -1) this.#keyPart = (this.#keyPart ?? '') + text.slice(keyStart);
		if (stage === 'before') this.#prefix.push(text.slice(keepFrom));
		else if (stage === 'after') this.#suffix.push(text.slice(keepFrom));
		if (recordStart !== -1) this.#pending = text.slice(recordStart);
		return { run, end: length };
	}

	/**
	 * The document without its records (`"events": []`), once the whole text has gone in; undefined
	 * when it could not be followed or has no top-level `"events"` array.
	 */
	shell(): string | undefined {
		if (this.#stage !== 'after' || this.#inString || this.#pending || this.#tail) return undefined;
		return this.#prefix.join('') + this.#suffix.join('');
	}
}
