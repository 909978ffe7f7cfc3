/**
 * The dates of a dataset read on the page, which comes without them: the built-in one and an
 * author's draft. Loaded on demand, so that a `?data=` page, whose dates the validator's worker
 * hands over, never loads the code that reads them. Every page loads it by this module, not
 * dateColumnsBuilder.ts itself: a module loaded on demand that other modules also import (the
 * validator does) costs each page the bundler's helpers for module namespaces (0.7 KB gzip).
 */
import type { DatasetDates } from './dateColumns';
import { dateColumnsOf } from './dateColumnsBuilder';
import type { Dataset } from './schema';

/** The columns of a dataset's events and periods, for indexDataset. */
export function datesOf(dataset: Dataset): DatasetDates {
	return { events: dateColumnsOf(dataset.events), periods: dateColumnsOf(dataset.periods) };
}
