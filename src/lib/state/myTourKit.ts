/**
 * What the explorer's tour building needs, loaded once the page is up: the reader's tours live in
 * this browser's storage (which prerendering does not have), and none of it is needed to draw
 * the timeline, so it stays out of the explorer's first bundle.
 */
export { default as MyTour } from '$lib/components/MyTour.svelte';
export { addStep } from '$lib/model/myTours';
export { MyToursState } from './myTours.svelte';
