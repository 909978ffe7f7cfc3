/**
 * The messages that keep the windows of one presentation in step (the projected slides and the
 * presenter view): pure, so that every message a window receives is checked before use.
 */
import * as v from 'valibot';

/** The BroadcastChannel every presentation window of this origin joins. */
export const PRESENT_CHANNEL = 'chronotext:present';

const StepMessage = v.object({
	kind: v.literal('step'),
	datasetId: v.string(),
	tourId: v.string(),
	theme: v.optional(v.string()),
	/** The step shown, from 0. */
	index: v.pipe(v.number(), v.integer(), v.minValue(0))
});

const HelloMessage = v.object({
	kind: v.literal('hello'),
	datasetId: v.string()
});

const PresentMessage = v.variant('kind', [StepMessage, HelloMessage]);

/** A window moved to a step: the others follow. */
export type StepMessage = v.InferOutput<typeof StepMessage>;
/** A window opened: the others answer with the step they show. */
export type HelloMessage = v.InferOutput<typeof HelloMessage>;
export type PresentMessage = v.InferOutput<typeof PresentMessage>;

/**
 * The message in `data` if it is one of ours for dataset `datasetId`; undefined for anything
 * else (another dataset, another version, or not a message at all).
 */
export function readPresentMessage(data: unknown, datasetId: string): PresentMessage | undefined {
	const result = v.safeParse(PresentMessage, data);
	return result.success && result.output.datasetId === datasetId ? result.output : undefined;
}
