import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observeWidth } from '$lib/attachments/observeWidth';

/** A ResizeObserver whose reports the test makes, as the browser's frames would. */
class FakeObserver {
	static last: FakeObserver | undefined;
	disconnected = false;
	constructor(readonly report: () => void) {
		FakeObserver.last = this;
	}
	observe() {}
	disconnect() {
		this.disconnected = true;
	}
}

const element = (clientWidth: number) => ({ clientWidth }) as HTMLElement;
/** Lets every task queued so far run: the first width waits for a zero-delay timer. */
const nextTask = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => vi.stubGlobal('ResizeObserver', FakeObserver));
afterEach(() => vi.unstubAllGlobals());

describe('observeWidth', () => {
	it('sets each width in the frame that measured it', () => {
		const widths: number[] = [];
		const el = element(300);
		observeWidth((w) => widths.push(w))(el);
		FakeObserver.last!.report();
		expect(widths).toEqual([300]);
		(el as { clientWidth: number }).clientWidth = 280;
		FakeObserver.last!.report();
		expect(widths).toEqual([300, 280]);
	});

	it('sets the first width in a task of its own when asked, and later ones at once', async () => {
		const widths: number[] = [];
		const el = element(300);
		observeWidth((w) => widths.push(w), { firstInOwnTask: true })(el);
		FakeObserver.last!.report();
		expect(widths).toEqual([]);
		await nextTask();
		expect(widths).toEqual([300]);
		(el as { clientWidth: number }).clientWidth = 280;
		FakeObserver.last!.report();
		expect(widths).toEqual([300, 280]);
	});

	it('sets nothing once the element is gone', async () => {
		const widths: number[] = [];
		const detach = observeWidth((w) => widths.push(w), { firstInOwnTask: true })(element(300));
		FakeObserver.last!.report();
		(detach as () => void)();
		await nextTask();
		expect(widths).toEqual([]);
		expect(FakeObserver.last!.disconnected).toBe(true);
	});
});
