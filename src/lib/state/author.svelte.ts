/**
 * The author screen's source state: the drafts kept in the browser and the one being edited.
 * Every change to the open draft is written to IndexedDB shortly after it is made, and at once
 * when the page is hidden, so closing the tab loses nothing.
 */
import { datasetToDraft, emptyDraft, type Draft } from '$lib/author/draft';
import type { Dataset } from '$lib/model/schema';
import { deleteDraft, listDrafts, saveDraft } from './draftStore';

const SAVE_DELAY_MS = 300;

export type SaveStatus = 'saved' | 'saving' | 'failed';

export class AuthorState {
	/** Every stored draft but the open one's latest edits, most recent first. */
	drafts: Draft[] = $state.raw([]);
	/** The draft being edited; its fields are bound to the form. */
	draft: Draft | undefined = $state();
	status: SaveStatus = $state('saved');
	/** Things the author should know: damaged records, failed saves. */
	notices: string[] = $state.raw([]);

	#pending: Draft | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** Reads the stored drafts and opens the latest, or a new one when there is none. */
	async start(): Promise<void> {
		const { drafts, damaged } = await listDrafts();
		if (damaged.length > 0)
			this.notices = [
				`${damaged.length} stored draft${damaged.length === 1 ? ' was' : 's were'} damaged and left out (${damaged.join(', ')}).`
			];
		this.drafts = drafts;
		if (drafts[0]) this.draft = structuredClone(drafts[0]);
		else await this.create();
	}

	/** Starts a new, empty draft and opens it. */
	async create(name = this.#freshName('Untitled draft')): Promise<void> {
		await this.#open(emptyDraft(crypto.randomUUID(), name, Date.now()));
	}

	/** Opens a dataset (an export) as a new draft, to keep working on it. */
	async openDataset(dataset: Dataset): Promise<void> {
		const draft = datasetToDraft(dataset, crypto.randomUUID(), Date.now());
		draft.name = this.#freshName(draft.name);
		await this.#open(draft);
	}

	/** Opens a stored draft, saving the current one first. */
	async open(id: string): Promise<void> {
		const found = this.drafts.find((d) => d.id === id);
		if (found) await this.#open(structuredClone(found));
	}

	/** Copies a stored draft under a new name and opens the copy. */
	async duplicate(id: string): Promise<void> {
		await this.flush();
		const found = this.drafts.find((d) => d.id === id);
		if (!found) return;
		const copy = { ...structuredClone(found), id: crypto.randomUUID() };
		copy.name = this.#freshName(`${found.name} (copy)`);
		await this.#open(copy);
	}

	/** Deletes a stored draft; deleting the open one opens the next, or a new one. */
	async remove(id: string): Promise<void> {
		if (this.#pending?.id === id) this.#cancelSave();
		await deleteDraft(id);
		this.drafts = this.drafts.filter((d) => d.id !== id);
		if (this.draft?.id !== id) return;
		if (this.drafts[0]) this.draft = structuredClone(this.drafts[0]);
		else await this.create();
	}

	/** Schedules the saving of a snapshot of the open draft (called on every change). */
	save(snapshot: Draft): void {
		this.#pending = snapshot;
		this.status = 'saving';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
	}

	/** Writes the pending snapshot now. */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		const pending = this.#pending;
		if (!pending) return;
		this.#pending = undefined;
		const stored = { ...pending, savedMs: Date.now() };
		try {
			await saveDraft(stored);
			this.drafts = [stored, ...this.drafts.filter((d) => d.id !== stored.id)];
			if (!this.#pending) this.status = 'saved';
		} catch (error) {
			this.status = 'failed';
			this.notices = [
				`The draft could not be saved in this browser (${error instanceof Error ? error.message : String(error)}). Export it to keep your work.`
			];
		}
	}

	async #open(draft: Draft): Promise<void> {
		await this.flush();
		this.draft = draft;
		this.save(structuredClone(draft));
		await this.flush();
	}

	#cancelSave(): void {
		clearTimeout(this.#timer);
		this.#pending = undefined;
		this.status = 'saved';
	}

	/** `base`, or `base 2`, `base 3` … when a draft already has that name. */
	#freshName(base: string): string {
		const names = new Set(this.drafts.map((d) => d.name));
		let name = base;
		for (let n = 2; names.has(name); n++) name = `${base} ${n}`;
		return name;
	}
}
