/**
 * Tours the reader makes in the explorer: the steps and captions of each, kept in the browser
 * (parsed and checked before use) and shared as a link parameter. Every change returns a new
 * value; nothing here touches storage or the DOM.
 */
import * as v from 'valibot';

export interface MyTourStep {
	/** The event's id in the dataset. */
	event: string;
	caption: string;
}

export interface MyTour {
	/** Starts with MY_TOUR_PREFIX, so that it never names a tour of the dataset. */
	id: string;
	title: string;
	steps: MyTourStep[];
}

/** The reader's tours for one dataset, and the one being built. */
export interface MyTours {
	tours: MyTour[];
	/** The tour that "Add to tour" adds to; undefined when there is none. */
	currentId: string | undefined;
}

/** What the tours of a dataset are before any is made. */
export const NO_TOURS: MyTours = { tours: [], currentId: undefined };

/** The start of every id of a tour the reader made. */
export const MY_TOUR_PREFIX = 'my-';

/** The title of a new tour. */
export const NEW_TOUR_TITLE = 'My tour';

/** Limits on a tour read from storage or a link, so that neither can hold a runaway value. */
export const MY_TOUR_LIMITS = { steps: 100, titleChars: 200, captionChars: 2000, tours: 100 };

const Step = v.object({
	event: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(200)),
	caption: v.pipe(v.string(), v.maxLength(MY_TOUR_LIMITS.captionChars))
});
const Title = v.pipe(v.string(), v.maxLength(MY_TOUR_LIMITS.titleChars));
const Steps = v.pipe(v.array(Step), v.maxLength(MY_TOUR_LIMITS.steps));

const StoredTour = v.object({
	id: v.pipe(v.string(), v.regex(/^my-[a-z0-9]{1,32}$/)),
	title: Title,
	steps: Steps
});

const StoredTours = v.pipe(
	v.object({
		tours: v.pipe(v.array(StoredTour), v.maxLength(MY_TOUR_LIMITS.tours)),
		currentId: v.optional(v.string())
	}),
	v.check(
		({ tours }) => new Set(tours.map((t) => t.id)).size === tours.length,
		'two tours share an id'
	)
);

/** The payload of a shared link: the tour without its id (the link's `tour` carries it). */
const SharedTour = v.object({ title: Title, steps: v.pipe(Steps, v.minLength(1)) });

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/**
 * The tours from their stored text: NO_TOURS for nothing stored, text that is not JSON, or
 * anything that is not a list of well-formed tours within MY_TOUR_LIMITS. A current id that
 * names no tour becomes the first tour's. Never throws.
 */
export function parseMyTours(stored: string | null): MyTours {
	if (stored === null) return NO_TOURS;
	const result = v.safeParse(StoredTours, parseJson(stored));
	if (!result.success) return NO_TOURS;
	const { tours, currentId } = result.output;
	const current = tours.some((t) => t.id === currentId) ? currentId : tours[0]?.id;
	return { tours, currentId: current };
}

/** The text to store for `tours` (parseMyTours reads it back to the same value). */
export function serializeMyTours(tours: MyTours): string {
	return JSON.stringify(tours);
}

/** The current tour, if any. */
export function currentTour(tours: MyTours): MyTour | undefined {
	return tours.tours.find((t) => t.id === tours.currentId);
}

/** `tours` with a new, empty tour `id` (from newTourId) titled `title`, made current. */
export function addTour(tours: MyTours, id: string, title = NEW_TOUR_TITLE): MyTours {
	return { tours: [...tours.tours, { id, title, steps: [] }], currentId: id };
}

/** `tours` with `tour` in place of the one with its id, else added; the current one stays. */
export function keepTour(tours: MyTours, tour: MyTour): MyTours {
	const known = tours.tours.some((t) => t.id === tour.id);
	return {
		tours: known ? tours.tours.map((t) => (t.id === tour.id ? tour : t)) : [...tours.tours, tour],
		currentId: tours.currentId ?? tour.id
	};
}

/** `tours` without tour `id`; the current one becomes the first left when it was that one. */
export function deleteTour(tours: MyTours, id: string): MyTours {
	const left = tours.tours.filter((t) => t.id !== id);
	return { tours: left, currentId: tours.currentId === id ? left[0]?.id : tours.currentId };
}

/** `tours` with tour `id` made current; unchanged when there is no such tour. */
export function chooseTour(tours: MyTours, id: string): MyTours {
	return tours.tours.some((t) => t.id === id) ? { ...tours, currentId: id } : tours;
}

/** `tours` with the current tour replaced by `change(tour)`; unchanged without a current tour. */
export function changeCurrentTour(tours: MyTours, change: (tour: MyTour) => MyTour): MyTours {
	return {
		...tours,
		tours: tours.tours.map((t) => (t.id === tours.currentId ? change(t) : t))
	};
}

/** A fresh tour id from a random number in [0, 1). */
export function newTourId(random: () => number = Math.random): string {
	return `${MY_TOUR_PREFIX}${Math.floor(random() * 36 ** 8)
		.toString(36)
		.padStart(8, '0')}`;
}

/** `tour` with event `eventId` as its last step (an empty caption); unchanged if already there. */
export function addStep(tour: MyTour, eventId: string): MyTour {
	if (tour.steps.some((s) => s.event === eventId)) return tour;
	return { ...tour, steps: [...tour.steps, { event: eventId, caption: '' }] };
}

/** `tour` with step `index` moved `by` places (−1 up, +1 down); unchanged past either end. */
export function moveStep(tour: MyTour, index: number, by: -1 | 1): MyTour {
	const to = index + by;
	if (index < 0 || index >= tour.steps.length || to < 0 || to >= tour.steps.length) return tour;
	const steps = [...tour.steps];
	[steps[index], steps[to]] = [steps[to]!, steps[index]!];
	return { ...tour, steps };
}

/** `tour` without step `index`. */
export function removeStep(tour: MyTour, index: number): MyTour {
	return { ...tour, steps: tour.steps.filter((_, i) => i !== index) };
}

/** `tour` with the caption of step `index` set to `caption`. */
export function setCaption(tour: MyTour, index: number, caption: string): MyTour {
	return {
		...tour,
		steps: tour.steps.map((s, i) => (i === index ? { ...s, caption } : s))
	};
}

/** `tour` titled `title`. */
export function renameTour(tour: MyTour, title: string): MyTour {
	return { ...tour, title };
}

function toBase64Url(text: string): string {
	let binary = '';
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

/** The tour's title and steps as one URL-safe word (base64url of JSON), for a shared link. */
export function encodeSharedTour(tour: Pick<MyTour, 'title' | 'steps'>): string {
	return toBase64Url(JSON.stringify({ title: tour.title, steps: tour.steps }));
}

/**
 * The title and steps in a word from encodeSharedTour; undefined for anything else (not
 * base64url, not JSON, no steps, or past MY_TOUR_LIMITS). Never throws.
 */
export function decodeSharedTour(word: string): Pick<MyTour, 'title' | 'steps'> | undefined {
	const text = fromBase64Url(word);
	if (text === undefined) return undefined;
	const result = v.safeParse(SharedTour, parseJson(text));
	return result.success ? result.output : undefined;
}
