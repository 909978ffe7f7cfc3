import type { LoadRequest } from '$lib/formats/loadMessages';
import { answerLoadRequest } from '$lib/formats/answerLoad';

/**
 * A Worker that answers as the real validator's worker does (answerLoadRequest, in this thread,
 * each message in a task of its own), and records what it was asked and whether it was stopped.
 */
export class FakeLoadWorker extends EventTarget {
	static started: FakeLoadWorker[] = [];
	requests: LoadRequest[] = [];
	stopped = false;

	constructor(readonly url: URL) {
		super();
		FakeLoadWorker.started.push(this);
	}

	postMessage(request: LoadRequest): void {
		this.requests.push(request);
		void answerLoadRequest(request, (message) =>
			setTimeout(() => {
				if (!this.stopped) this.dispatchEvent(new MessageEvent('message', { data: message }));
			})
		);
	}

	terminate(): void {
		this.stopped = true;
	}
}
