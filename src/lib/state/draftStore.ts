/**
 * Drafts kept in the browser's IndexedDB, one record per draft. Every record read back is checked
 * against the draft schema: a damaged one is reported by id, never used.
 */
import { openDB, type IDBPDatabase } from 'idb';
import * as v from 'valibot';
import { DraftSchema, type Draft } from '$lib/author/draft';

const DB_NAME = 'chronotext-author';
const STORE = 'drafts';

let opened: Promise<IDBPDatabase> | undefined;

function db(): Promise<IDBPDatabase> {
	opened ??= openDB(DB_NAME, 1, {
		upgrade(database) {
			database.createObjectStore(STORE, { keyPath: 'id' });
		}
	});
	return opened;
}

/** Every draft stored, most recently saved first, and the ids of records that are damaged. */
export async function listDrafts(): Promise<{ drafts: Draft[]; damaged: string[] }> {
	const records: unknown[] = await (await db()).getAll(STORE);
	const drafts: Draft[] = [];
	const damaged: string[] = [];
	for (const record of records) {
		const parsed = v.safeParse(DraftSchema, record);
		if (parsed.success) drafts.push(parsed.output);
		else damaged.push(String((record as { id?: unknown } | null)?.id ?? '?'));
	}
	drafts.sort((a, b) => b.savedMs - a.savedMs);
	return { drafts, damaged };
}

/** Stores (or replaces) a draft. */
export async function saveDraft(draft: Draft): Promise<void> {
	await (await db()).put(STORE, draft);
}

/** Removes a draft. */
export async function deleteDraft(id: string): Promise<void> {
	await (await db()).delete(STORE, id);
}
