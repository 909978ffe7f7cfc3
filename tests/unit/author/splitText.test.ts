import { describe, expect, it } from 'vitest';
import { joinText, markPieces, passageAt, sentenceAround, splitText } from '$lib/author/splitText';

describe('splitText', () => {
	it('splits paragraphs at blank lines into one untitled section', () => {
		const text = 'First paragraph.\nStill first.\n\n\nSecond one.\n';
		const { sections, passages } = splitText(text);
		expect(sections).toEqual([
			{
				id: 'text',
				heading: 'Text',
				passages: [
					{ id: 'text-1', text: 'First paragraph.\nStill first.' },
					{ id: 'text-2', text: 'Second one.' }
				]
			}
		]);
		for (const p of passages) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
	});

	it('opens a section at each Markdown heading, ids from the heading', () => {
		const { sections } = splitText('Intro.\n\n# The 1990s\nA.\n\nB.\n## The 1990s\nC.');
		expect(sections.map((s) => [s.id, s.heading, s.passages.map((p) => p.id)])).toEqual([
			['text', 'Text', ['text-1']],
			['the-1990s', 'The 1990s', ['the-1990s-1', 'the-1990s-2']],
			['the-1990s-2', 'The 1990s', ['the-1990s-2-1']]
		]);
	});

	it('gives the same ids to the same text, and Windows line ends split alike', () => {
		const a = splitText('# A\n\nx\n\ny');
		expect(splitText('# A\n\nx\n\ny')).toEqual(a);
		expect(splitText('# A\r\n\r\nx\r\n\r\ny').sections).toEqual(a.sections);
	});

	it('keeps indented lines verbatim and offsets exact', () => {
		const text = '  Indented start.\n\n\tTabbed.  ';
		const { passages } = splitText(text);
		expect(passages.map((p) => [p.text, p.start])).toEqual([
			['Indented start.', 2],
			['Tabbed.', 20]
		]);
	});

	it('has no sections for an empty or blank text', () => {
		expect(splitText('').sections).toEqual([]);
		expect(splitText(' \n\n ').sections).toEqual([]);
	});

	it('joinText gives back a text that splits into the same sections', () => {
		const sections = splitText('Lead.\n\n# Part one\n\nA.\n\nB.\n\n# Part two\n\nC.').sections;
		expect(splitText(joinText(sections)).sections).toEqual(sections);
	});
});

describe('passageAt', () => {
	const { passages } = splitText('ab\n\ncd');
	it.each([
		[0, 'text-1'],
		[1, 'text-1'],
		[2, undefined],
		[4, 'text-2'],
		[6, undefined]
	])('offset %i is in %s', (offset, id) => expect(passageAt(passages, offset)?.id).toBe(id));
});

describe('sentenceAround', () => {
	const cases: [string, string, string][] = [
		['One. In 1997 they met. Three.', '1997', 'In 1997 they met.'],
		['First one. The U.S. Army left in 1999. Next.', '1999', 'The U.S. Army left in 1999.'],
		['Then Mr. Smith came in May 2001! Next.', 'May 2001', 'Then Mr. Smith came in May 2001!'],
		['He said “it ended in 1991.” Later.', '1991', 'He said “it ended in 1991.”'],
		['No full stop in 2004', '2004', 'No full stop in 2004'],
		['A. J. Smith wrote in 2002. B.', '2002', 'A. J. Smith wrote in 2002.']
	];
	it.each(cases)('in %j around %j', (text, words, sentence) => {
		const at = text.indexOf(words);
		const range = sentenceAround(text, at, at + words.length);
		expect(text.slice(range.start, range.end)).toBe(sentence);
	});

	it('spans two sentences when the words cross a boundary', () => {
		const text = 'Alpha beta. Gamma delta. Epsilon.';
		const range = sentenceAround(text, text.indexOf('beta'), text.indexOf('Gamma') + 5);
		expect(text.slice(range.start, range.end)).toBe('Alpha beta. Gamma delta.');
	});
});

describe('markPieces', () => {
	const text = 'Intro.\n\nIn 1997 and May 1999, then 2004.';
	const passage = splitText(text).passages[1]!;
	const range = (id: string, words: string) => ({
		id,
		start: text.indexOf(words),
		end: text.indexOf(words) + words.length
	});
	it('cuts the passage at each range, in text order', () => {
		expect(markPieces(passage, [range('b', 'May 1999'), range('a', '1997')])).toEqual([
			{ text: 'In ' },
			{ text: '1997', id: 'a' },
			{ text: ' and ' },
			{ text: 'May 1999', id: 'b' },
			{ text: ', then 2004.' }
		]);
	});
	it('skips overlapping ranges and ranges of other passages', () => {
		expect(
			markPieces(passage, [range('a', 'May 1999'), range('b', '1999, then'), range('c', 'Intro')])
		).toEqual([{ text: 'In 1997 and ' }, { text: 'May 1999', id: 'a' }, { text: ', then 2004.' }]);
	});
});
