/**
 * The passage's words nearest to a quote that is not verbatim, for the validator's fix: apart
 * from quotes.ts, which the explorer's first render needs (search folds text with it).
 */
import { foldTypography } from './quotes';

const PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

function wordDistance(a: string[], b: string[]): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++)
			row[j] = Math.min(
				prev[j]! + 1,
				row[j - 1]! + 1,
				prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
			);
		prev = row;
	}
	return prev[b.length]!;
}

/**
 * The passage's words that best match a quote that is not verbatim, or undefined when fewer
 * than half of its words agree. Compares word sequences, so it is cheap on long passages.
 */
export function nearestMatch(text: string, quote: string): string | undefined {
	const at = foldTypography(text).indexOf(foldTypography(quote));
	if (at !== -1 && quote.length > 0) return text.slice(at, at + quote.length);
	const words = text.split(/\s+/).filter(Boolean);
	const fold = (w: string) => foldTypography(w).replace(PUNCTUATION, '');
	const target = quote.split(/\s+/).map(fold).filter(Boolean);
	if (target.length === 0 || words.length === 0) return undefined;
	const folded = words.map(fold);
	let best: { distance: number; from: number; to: number } | undefined;
	for (let from = 0; from < words.length; from++) {
		for (const len of [target.length - 1, target.length, target.length + 1]) {
			if (len < 1 || from + len > words.length) continue;
			const distance = wordDistance(folded.slice(from, from + len), target);
			if (!best || distance < best.distance) best = { distance, from, to: from + len };
		}
	}
	if (!best || best.distance > target.length / 2) return undefined;
	return words
		.slice(best.from, best.to)
		.join(' ')
		.replace(/[,.;:]+$/, '');
}
