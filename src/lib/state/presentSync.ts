/** Joins the presentation's BroadcastChannel; the protocol itself is in presentChannel.ts. */
import { PRESENT_CHANNEL, readPresentMessage, type PresentMessage } from './presentChannel';

export interface PresentLink {
	post: (message: PresentMessage) => void;
	close: () => void;
}

/**
 * Listens for the messages of dataset `datasetId()` from the other windows of this origin and
 * returns how to post to them; without BroadcastChannel, posting does nothing.
 */
export function joinPresentChannel(
	datasetId: () => string,
	onMessage: (message: PresentMessage) => void
): PresentLink {
	if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
	const channel = new BroadcastChannel(PRESENT_CHANNEL);
	channel.onmessage = (e: MessageEvent) => {
		const message = readPresentMessage(e.data, datasetId());
		if (message) onMessage(message);
	};
	return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
