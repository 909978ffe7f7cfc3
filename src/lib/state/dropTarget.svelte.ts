/**
 * Who takes a file dropped on the page: the dataset, unless the screen shown takes files itself
 * (the author screen opens them into its draft).
 */
import { getContext, setContext } from 'svelte';

/** A screen's own use of a dropped file, and what the drop notice tells the reader of it. */
export interface DropTarget {
	open: (file: File) => Promise<void>;
	/** Completes "Drop the file to open it: …". */
	what: string;
}

export class DropTargets {
	/** The shown screen's target; none: the file is loaded as the dataset. */
	current: DropTarget | undefined = $state();
}

const KEY = Symbol('drop-targets');

/** Gives the app one DropTargets; call once, in the root layout. */
export function provideDropTargets(): DropTargets {
	return setContext(KEY, new DropTargets());
}

export function useDropTargets(): DropTargets {
	return getContext<DropTargets>(KEY);
}
