/**
 * What the notice of a load under way says, from how far it has got (LoadProgress): its stage, on
 * the status line that screen readers announce (it changes a few times a load), and what it has
 * done so far, shown beside it but not announced (it changes up to ten times a second).
 */
import type { LoadProgress } from '$lib/formats/loadMessages';
import { formatBytes, formatCount } from '$lib/model/formatCount';

export interface LoadStatus {
	stage: string;
	detail?: string;
}

export function describeLoad(progress: LoadProgress | undefined): LoadStatus {
	switch (progress?.stage) {
		case undefined:
			return { stage: 'Loading dataset…' };
		case 'downloading': {
			const { bytes, totalBytes } = progress;
			const stage = 'Downloading the dataset…';
			if (bytes) return { stage, detail: `${formatBytes(bytes)} so far` };
			return totalBytes ? { stage, detail: formatBytes(totalBytes) } : { stage };
		}
		case 'checking':
			return { stage: 'Checking the dataset…' };
		case 'indexing':
			return {
				stage: `Preparing ${formatCount(progress.events)} event${progress.events === 1 ? '' : 's'}…`
			};
	}
}
