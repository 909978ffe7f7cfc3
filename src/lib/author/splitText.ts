/**
 * Splitting a text someone brings into the dataset's `source` shape: sections at Markdown
 * headings, passages at blank lines. Ids come from the headings and the paragraph's place, so the
 * same text always gets the same ids, and every passage remembers where it starts in the text.
 */
import { idAllocator, slugify } from '$lib/formats/ids';
import type { Passage } from '$lib/model/schema';

/** The heading of the section before the first heading (or of a text that has none). */
export const UNTITLED_SECTION = 'Text';

/** A passage with its place in the text it came from: character offset and section. */
export interface PlacedPassage extends Passage {
	/** Offset of the passage's first character in the whole text. */
	start: number;
	sectionId: string;
}

export interface SplitText {
	sections: { id: string; heading: string; passages: Passage[] }[];
	/** Every passage in reading order, with its offset. */
	passages: PlacedPassage[];
}

const HEADING = /^#{1,6}[ \t]+(.+?)[ \t#]*$/;

/** Splits `text` into sections (at `# Heading` lines) and passages (at blank lines), verbatim. */
export function splitText(text: string): SplitText {
	const sections: SplitText['sections'] = [];
	const passages: PlacedPassage[] = [];
	const sectionId = idAllocator('section');
	let current: SplitText['sections'][number] | undefined;
	const open = (heading: string) => {
		current = { id: sectionId(slugify(heading)), heading, passages: [] };
		sections.push(current);
		return current;
	};
	let paragraph: { start: number; end: number } | undefined;
	const close = () => {
		if (!paragraph) return;
		const section = current ?? open(UNTITLED_SECTION);
		const passage = {
			id: `${section.id}-${section.passages.length + 1}`,
			text: text.slice(paragraph.start, paragraph.end)
		};
		section.passages.push(passage);
		passages.push({ ...passage, start: paragraph.start, sectionId: section.id });
		paragraph = undefined;
	};
	const lines = /[^\n]*(?:\n|$)/g;
	for (let match = lines.exec(text); match && match[0] !== ''; match = lines.exec(text)) {
		const line = match[0].replace(/\r?\n$/, '');
		const start = match.index;
		const heading = HEADING.exec(line.trim());
		if (heading) {
			close();
			open(heading[1]!);
		} else if (line.trim() === '') close();
		else {
			const lead = line.length - line.trimStart().length;
			const end = start + line.trimEnd().length;
			if (paragraph) paragraph.end = end;
			else paragraph = { start: start + lead, end };
		}
	}
	close();
	return { sections, passages };
}

/** The passage that holds the character at `offset`, or undefined between passages. */
export function passageAt(
	passages: readonly PlacedPassage[],
	offset: number
): PlacedPassage | undefined {
	return passages.find((p) => offset >= p.start && offset < p.start + p.text.length);
}

/** The inverse of splitText for a dataset's sections: headings as `# ` lines, blank lines between. */
export function joinText(sections: SplitText['sections']): string {
	return sections
		.map((s, i) => {
			const body = s.passages.map((p) => p.text).join('\n\n');
			const untitledFirst = i === 0 && s.heading === UNTITLED_SECTION;
			return untitledFirst ? body : `# ${s.heading}\n\n${body}`;
		})
		.join('\n\n');
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
	'mr mrs ms dr prof st no vs etc e.g i.e cf jan feb mar apr jun jul aug sep sept oct nov dec gen col lt sen rep gov c ca approx fig vol ed eds pp'.split(
		' '
	)
);

function endsSentence(text: string, dot: number): boolean {
	const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
	if (text[dot] !== '.') return true;
	// Initials and acronyms: "J.", "U.S."
	if (/^(?:\p{Lu}\.?)+$/u.test(before) && before.replace(/\./g, '').length <= 3) return false;
	return !ABBREVIATIONS.has(before.toLowerCase());
}

/**
 * The sentence (or sentences) of `text` that hold the characters [start, end): from after the
 * previous sentence end to the next one, trimmed. A sentence ends at . ! or ? (with any closing
 * quote or bracket) followed by white space, except after initials and common abbreviations.
 */
export function sentenceAround(
	text: string,
	start: number,
	end: number
): { start: number; end: number } {
	const boundaries: number[] = [];
	const pattern = /[.!?]+["'”’)\]]*(?=\s)/g;
	for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
		const dot = m.index + m[0].search(/[.!?]/);
		if (endsSentence(text, dot)) boundaries.push(m.index + m[0].length);
	}
	let from = 0;
	let to = text.length;
	for (const b of boundaries) {
		if (b <= start) from = b;
		else if (b >= end) {
			to = b;
			break;
		}
	}
	while (from < to && /\s/.test(text[from]!)) from++;
	while (to > from && /\s/.test(text[to - 1]!)) to--;
	return { start: from, end: to };
}

/**
 * A passage cut into plain pieces and marked ones, for ranges [start, end) given in offsets of
 * the whole text (as date suggestions are); ranges overlapping an earlier one are skipped.
 */
export function markPieces(
	passage: PlacedPassage,
	ranges: readonly { id: string; start: number; end: number }[]
): { text: string; id?: string }[] {
	const pieces: { text: string; id?: string }[] = [];
	const end = passage.start + passage.text.length;
	let at = passage.start;
	for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
		if (r.start < at || r.end > end) continue;
		if (r.start > at)
			pieces.push({ text: passage.text.slice(at - passage.start, r.start - passage.start) });
		pieces.push({
			text: passage.text.slice(r.start - passage.start, r.end - passage.start),
			id: r.id
		});
		at = r.end;
	}
	if (at < end) pieces.push({ text: passage.text.slice(at - passage.start) });
	return pieces;
}
