/**
 * Date suggestions for the text being authored: found off the main thread shortly after the text
 * changes (or at once on "Find dates"), with a progress fraction on long texts. A newer run
 * supersedes an older one. Anchors the author edits are kept per suggestion.
 */
import type { SuggestionLike } from '$lib/author/draft';

export type Suggestion = SuggestionLike & { id: string };

/** The engine: suggestions for a text, reporting progress, stopped by the signal. */
export type FindDates = (
	text: string,
	options: { onProgress: (fraction: number) => void; signal: AbortSignal }
) => Promise<Suggestion[]>;

/** Resolves the words of a relative suggestion against an anchor's EDTF value. */
export type ResolveRelative = (words: string, anchorEdtf: string) => string | undefined;

const DEBOUNCE_MS = 400;

export class DateFinder {
	/** The suggestions as found. */
	found: Suggestion[] = $state.raw([]);
	/** 0 to 1 while a run is under way, else undefined. */
	progress: number | undefined = $state();
	/** The text the suggestions were found in. */
	foundIn: string | undefined = $state();
	/** Anchor dates the author typed, by suggestion id. */
	anchors: Record<string, string> = $state({});

	#timer: ReturnType<typeof setTimeout> | undefined;
	#controller: AbortController | undefined;

	constructor(
		private readonly find: () => Promise<FindDates>,
		private readonly resolve: () => Promise<ResolveRelative>
	) {}

	#resolver: ResolveRelative | undefined = $state.raw();

	/** The suggestions with the author's anchors applied (a relative date follows its anchor). */
	get suggestions(): Suggestion[] {
		const resolve = this.#resolver;
		return this.found.map((s) => {
			const anchor = this.anchors[s.id];
			if (!s.anchor || anchor === undefined || !resolve) return s;
			return {
				...s,
				edtf: resolve(s.words, anchor) ?? s.edtf,
				anchor: { ...s.anchor, edtf: anchor }
			};
		});
	}

	/** The anchor date of a relative suggestion, as the author left it. */
	anchorOf(s: Suggestion): string {
		return this.anchors[s.id] ?? s.anchor?.edtf ?? '';
	}

	/** Runs the engine on `text` after a pause in typing. */
	schedule(text: string): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.run(text), DEBOUNCE_MS);
	}

	/** Runs the engine on `text` now. */
	async run(text: string): Promise<void> {
		clearTimeout(this.#timer);
		this.#controller?.abort();
		const controller = new AbortController();
		this.#controller = controller;
		this.progress = 0;
		try {
			const find = await this.find();
			const found = await find(text, {
				signal: controller.signal,
				onProgress: (fraction) => {
					if (this.#controller === controller) this.progress = fraction;
				}
			});
			if (this.#controller !== controller) return;
			this.found = found;
			this.foundIn = text;
		} catch (error) {
			if (!controller.signal.aborted) throw error;
		} finally {
			if (this.#controller === controller) {
				this.progress = undefined;
				this.#controller = undefined;
			}
		}
	}

	/** Sets the anchor date of a relative suggestion; its date follows once the resolver loads. */
	async setAnchor(s: Suggestion, edtf: string): Promise<void> {
		this.anchors[s.id] = edtf;
		this.#resolver ??= await this.resolve();
	}
}
