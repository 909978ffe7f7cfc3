import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import EventDetails from '$lib/components/EventDetails.svelte';
import SourceAttribution from '$lib/components/SourceAttribution.svelte';
import { indexDataset } from '$lib/model/dataset';
import { datesOf } from '$lib/model/readDates';
import type { Dataset } from '$lib/model/schema';
import { validDataset } from '../fixtures';

/** A dataset that skipped the validator, as a future way in might: the screens must hold. */
function unvalidated(mutate: (ds: Dataset) => void) {
	const ds = validDataset() as unknown as Dataset;
	ds.events.forEach((e) => (e.links ??= []));
	mutate(ds);
	return indexDataset(ds, datesOf(ds));
}

const noop = () => undefined;

describe('links rendered from data', () => {
	it('renders a javascript: source in the details as plain text, not a link', () => {
		const data = unvalidated((ds) => {
			ds.events[0]!.sources = [
				{ title: 'Evil page', url: 'javascript:alert(document.domain)' },
				{ title: 'Good page', url: 'https://example.org/good' }
			];
		});
		const { body } = render(EventDetails, {
			props: { data, event: data.byId.get('council-founded'), onSelect: noop }
		});
		expect(body).toContain('Evil page');
		expect(body).not.toContain('javascript:');
		expect(body).toMatch(/<a href="https:\/\/example\.org\/good"[^>]*>Good page<\/a>/);
	});

	it('renders duplicate sources and links in the details without throwing', () => {
		const data = unvalidated((ds) => {
			const event = ds.events[0]!;
			event.sources = [event.sources[0]!, event.sources[0]!];
			event.links = [event.links[0]!, event.links[0]!];
		});
		const { body } = render(EventDetails, {
			props: { data, event: data.byId.get('council-founded'), onSelect: noop }
		});
		expect(body.match(/>A page<\/a>/g)).toHaveLength(2);
	});

	it('renders a data: URL of the source text as plain text', () => {
		const { body } = render(SourceAttribution, {
			props: {
				source: {
					...(validDataset().source as unknown as NonNullable<Dataset['source']>),
					url: 'data:text/html,<script>alert(1)</script>'
				}
			}
		});
		expect(body).toContain('A short text');
		expect(body).not.toContain('<a');
	});
});
