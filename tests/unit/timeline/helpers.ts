import { formatEdtf, parseEdtf, toSpan } from '$lib/model/edtf';
import type { TimelineEvent } from '$lib/model/dataset';
import type { Basis, Stance } from '$lib/model/schema';

/** A time-ordered list of events from [id, EDTF date] pairs, as indexDataset would make them. */
export function makeEvents(
	specs: [
		id: string,
		when: string,
		extra?: { actors?: string[]; stance?: Stance; title?: string; basis?: Basis; label?: string }
	][]
): TimelineEvent[] {
	return specs
		.map(([id, when, extra]) => {
			const parsed = parseEdtf(when);
			if (!parsed.ok) throw new Error(parsed.error);
			return {
				id,
				title: extra?.title ?? id,
				...(extra?.label ? { label: extra.label } : {}),
				when,
				summary: '',
				actors: extra?.actors ?? ['a'],
				themes: [],
				stance: extra?.stance ?? 'mixed',
				basis: extra?.basis ?? ('mentioned' as const),
				mentions: [],
				links: [],
				sources: [{ title: 's', url: 'https://example.org' }],
				span: toSpan(parsed.value),
				displayDate: formatEdtf(parsed.value),
				order: 0
			};
		})
		.sort((a, b) => a.span.startMs - b.span.startMs || a.span.endMs - b.span.endMs)
		.map((e, order) => ({ ...e, order }));
}

/** A fixed-width "font": 6 px per character. */
export const measure6 = (text: string) => text.length * 6;
