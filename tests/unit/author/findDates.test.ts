import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, resolveRelative, type DateSuggestion } from '$lib/author/findDates';
import { formatPoint } from '$lib/author/relativeDates';
import { parseEdtf } from '$lib/model/parseEdtf';

/** The words and values found, in reading order. */
const found = (text: string) =>
	findDates(text).map((s) => [s.words, s.edtf, s.kind] as [string, string, string]);

describe('findDates: explicit forms', () => {
	it.each([
		// full dates
		['NATO struck on 24 March 1999.', '24 March 1999', '1999-03-24'],
		['It was signed on March 24, 1999, in Paris.', 'March 24, 1999', '1999-03-24'],
		['It ended on the 10th of June 1999.', '10th of June 1999', '1999-06-10'],
		['Signed Sept. 3, 1939 at noon.', 'Sept. 3, 1939', '1939-09-03'],
		// month and year
		['Seven states joined in March 2004.', 'March 2004', '2004-03'],
		['By February, 2000 it had thawed.', 'February, 2000', '2000-02'],
		// bare years
		['Relations improved in 1997.', '1997', '1997'],
		['may 2004 be better', '2004', '2004'],
		['In 1997 the troops withdrew.', '1997', '1997'],
		['Sold at Essex 1999 auction? No: at auction in 1999.', '1999', '1999'],
		['In 1066 the Normans came.', '1066', '1066'],
		['the year 800 saw a coronation', 'the year 800', '0800'],
		// years with era
		['Marathon was fought in 490 BC.', '490 BC', '-0489'],
		['Marathon was fought in 490 BCE.', '490 BCE', '-0489'],
		['Vesuvius erupted in AD 79.', 'AD 79', '0079'],
		['Vesuvius erupted in 79 AD.', '79 AD', '0079'],
		['Caesar died in 44 B.C. at Rome.', '44 B.C.', '-0043'],
		['Caesar died on 15 March 44 BC.', '15 March 44 BC', '-0043-03-15'],
		['Rubicon: January 49 BC.', 'January 49 BC', '-0048-01'],
		// decades and their parts
		['Throughout the 1990s it grew.', 'the 1990s', '1990/1999'],
		['Throughout the mid-1990s it grew.', 'the mid-1990s', '1994/1996'],
		['In the early 1960s she wrote.', 'the early 1960s', '1960/1963'],
		['By the late 2000s it had stopped.', 'the late 2000s', '2007/2009'],
		['Built in 1850s style', '1850s', '1850/1859'],
		[
			'Between the 1940s and the 1960s they were found.',
			'Between the 1940s and the 1960s',
			'1940/1969'
		],
		['from the 1920s to the 1930s', 'from the 1920s to the 1930s', '1920/1939'],
		['the 1940s–1960s', 'the 1940s–1960s', '1940/1969'],
		// centuries
		['In the 4th century BC power moved.', 'the 4th century BC', '-0399/-0300'],
		['The first century AD was calm.', 'The first century AD', '0001/0100'],
		['during the nineteenth century', 'the nineteenth century', '1801/1900'],
		['in the early 19th century', 'the early 19th century', '1801/1833'],
		['in the late fifth century BC', 'the late fifth century BC', '-0433/-0400'],
		// approximate years and numeric dates
		['It was built c. 1500 of stone.', 'c. 1500', '1500~'],
		['It was built around 1910.', 'around 1910', '1910~'],
		['It was built circa 79 AD.', 'circa 79 AD', '0079~'],
		['The log reads 1999-03-24 at dawn.', '1999-03-24', '1999-03-24'],
		// parts of a year
		['It cooled in early 2005.', 'early 2005', '2005-01/2005-04'],
		['It cooled in mid-2005.', 'mid-2005', '2005-05/2005-08'],
		['Unrest grew in late 1999.', 'late 1999', '1999-09/1999-12'],
		['By the end of 1943 it was made.', 'the end of 1943', '1943-12'],
		['At the beginning of 1943 it was rare.', 'the beginning of 1943', '1943-01'],
		['In the middle of 1943 it grew.', 'the middle of 1943', '1943-06/1943-07'],
		// seasons
		['The crisis came in spring 2004.', 'spring 2004', '2004-03/2004-05'],
		['She left in the summer of 1940.', 'the summer of 1940', '1940-06/1940-08'],
		['Talks resumed in autumn 2001.', 'autumn 2001', '2001-09/2001-11'],
		['Talks resumed in fall 2001.', 'fall 2001', '2001-09/2001-11'],
		['He died in winter 1971.', 'winter 1971', '1971-12/1972-02'],
		// fixed holidays
		['Apollo 8 flew at Christmas 1968.', 'Christmas 1968', '1968-12-25'],
		['On Christmas Eve 1968 they read Genesis.', 'Christmas Eve 1968', '1968-12-24'],
		["On New Year's Day 1900 it snowed.", "New Year's Day 1900", '1900-01-01'],
		// ranges
		['The talks of 1992–93 failed.', '1992–93', '1992/1993'],
		['The talks of 1992-1993 failed.', '1992-1993', '1992/1993'],
		['It ran from 1999 to 2004.', 'from 1999 to 2004', '1999/2004'],
		['It ran between 1999 and 2004.', 'between 1999 and 2004', '1999/2004'],
		['It ran between March and June 1999.', 'between March and June 1999', '1999-03/1999-06'],
		[
			'Bombing lasted from 24 March to 10 June 1999.',
			'from 24 March to 10 June 1999',
			'1999-03-24/1999-06-10'
		],
		['The summit ran 24–26 March 1999.', '24–26 March 1999', '1999-03-24/1999-03-26'],
		['The summit ran March 24–26, 1999.', 'March 24–26, 1999', '1999-03-24/1999-03-26'],
		['The war ran from 431 to 404 BC.', 'from 431 to 404 BC', '-0430/-0403'],
		['The wars of 499–449 BC', '499–449 BC', '-0498/-0448'],
		['From March 1999 to June 2000 they argued.', 'From March 1999 to June 2000', '1999-03/2000-06']
	])('%s → %s = %s', (text, words, edtf) => {
		expect(found(text)).toEqual([[words, edtf, 'explicit']]);
	});
});

describe('findDates: numbers that are not years', () => {
	it.each([
		['Some 1,000 troops arrived.'],
		['The Council adopted Resolution 1244.'],
		['See page 1999 of the record.'],
		['See pp. 1201–1250.'],
		['About 1500 soldiers died.'],
		['around 1200 people came'],
		['The log reads 1999-02-30.'],
		['That was 2000 years ago.'],
		['A 1999-strong brigade'],
		['It cost $1999 in all.'],
		['Flight 1549 landed on the river.'],
		['Windows 2000 was released.'],
		['pi is 3.1415 or so'],
		['The ratio was 1950:1.'],
		['In 79 they left.'],
		['There were 44 BCs in the list.'],
		['the year before the war'],
		['the day was long']
	])('%s has no date', (text) => {
		expect(found(text)).toEqual([]);
	});
});

describe('findDates: relative forms, anchored to the explicit date before them', () => {
	it.each([
		['In 1999 it began. Two years later it ended.', 'Two years later', '2001'],
		['On 24 March 1999 it began; Moscow left the same day.', 'the same day', '1999-03-24'],
		['In 2002 it began. A year earlier it had failed.', 'A year earlier', '2001'],
		['In March 1999 it began. The following month it spread.', 'The following month', '1999-04'],
		['In 1999 it began. The following year it spread.', 'The following year', '2000'],
		['On 10 June 1999 it ended; the next day they met.', 'the next day', '1999-06-11'],
		['On 6 June 1942 they wed. The day before, she shopped.', 'The day before', '1942-06-05'],
		['On 14 November 1940 it burned; a week later she wrote.', 'a week later', '1940-11-21'],
		[
			'In March 1944 he left and came home eighteen months later.',
			'eighteen months later',
			'1945-09'
		],
		[
			'In AD 79 it erupted; twenty-five years afterwards Pliny wrote.',
			'twenty-five years afterwards',
			'0104'
		],
		['In 490 BC they fought; ten years later they fought again.', 'ten years later', '-0479'],
		['In 1997 it began, and later that year it stalled.', 'later that year', '1997'],
		['On 1 May 1940 she left; a fortnight later she came back.', 'a fortnight later', '1940-05-15'],
		['In 1995 it began; a decade later it ended.', 'a decade later', '2005'],
		['In 1995 it began; the following decade was calmer.', 'the following decade', '2000/2009'],
		[
			'In September 2001 it began; the following spring talks resumed.',
			'the following spring',
			'2002-03/2002-05'
		],
		['In 1942 they wed, and in the autumn they moved.', 'the autumn', '1942-09/1942-11'],
		['In 1942 they wed, and that summer they moved.', 'that summer', '1942-06/1942-08'],
		['In 1999 it began. In March it spread.', 'March', '1999-03'],
		['In AD 79 it erupted, on 24 August by the manuscripts.', '24 August', '0079-08-24'],
		['In AD 79 it erupted, on August 24 by the manuscripts.', 'August 24', '0079-08-24'],
		['In January 1958 it flew. NASA opened that October.', 'that October', '1958-10'],
		['In May 1958 it flew. The following March it flew again.', 'The following March', '1959-03'],
		[
			'In February 1958 it flew. The previous March it had failed.',
			'The previous March',
			'1957-03'
		],
		['In May 1958 it flew. The previous March it had failed.', 'The previous March', '1958-03'],
		['In 1914 war came; on Christmas Day the guns fell silent.', 'Christmas Day', '1914-12-25'],
		['On 20 July 1969 they landed; the same night they walked.', 'the same night', '1969-07-20'],
		['On 20 July 1969 they landed; the next morning they slept.', 'the next morning', '1969-07-21'],
		['A find of 2018 suggests October of that year.', 'October of that year', '2018-10'],
		[
			'In 2002 the Council began. Four years after the Council came into being, it stalled.',
			'Four years after the Council came into being',
			'2006'
		],
		[
			'Caesar died in 44 BC; seventeen years after his death, Octavian took a name.',
			'seventeen years after his death',
			'-0026'
		],
		['In January 1940 she moved, two months later she left.', 'two months later', '1940-03']
	])('%s → %s = %s', (text, words, edtf) => {
		const relative = findDates(text).filter((s) => s.kind === 'relative');
		expect(relative.map((s) => [s.words, s.edtf])).toEqual([[words, edtf]]);
	});

	it('takes a date right after "after" as its anchor and keeps it in the words', () => {
		const [s] = findDates('It ended two years after 1997, they said.');
		expect(s).toMatchObject({ words: 'two years after 1997', edtf: '1999', kind: 'relative' });
		expect(s!.anchor).toEqual({ start: 25, end: 29, words: '1997', edtf: '1997' });
	});

	it('ends a clause after "after" at the next conjunction', () => {
		const text = 'He died in 1971. She retired eight years after his death and spent years abroad.';
		expect(found(text)[1]).toEqual(['eight years after his death', '1979', 'relative']);
	});

	it('names the explicit date it was resolved from', () => {
		const text = 'In 1999 it began. In 2003 it grew. Two years later it ended.';
		const s = findDates(text).find((d) => d.kind === 'relative');
		expect(s!.anchor).toEqual({ start: 21, end: 25, words: '2003', edtf: '2003' });
	});

	it('counts from a day named without its year, once resolved', () => {
		const text = 'It came in July 1969: they landed on 20 July and walked the same night.';
		const [, day, night] = findDates(text);
		expect(day).toMatchObject({ words: '20 July', edtf: '1969-07-20' });
		expect(night).toMatchObject({ words: 'the same night', edtf: '1969-07-20' });
		expect(night!.anchor).toEqual({ start: 37, end: 44, words: '20 July', edtf: '1969-07-20' });
	});

	it('never counts from a shifted date, so one wrong anchor does not spread', () => {
		const text = 'In 1932 she won. Three years later she led. The following summer she left.';
		expect(found(text)[2]).toEqual(['The following summer', '1933-06/1933-08', 'relative']);
	});

	it('leaves out a relative expression with no date before it', () => {
		expect(found('Two years later it ended. In 1999 it began.')).toEqual([
			['1999', '1999', 'explicit']
		]);
	});

	it('shifts a span: two months after spring 1940 is May to July', () => {
		expect(found('In spring 1940 she left; two months later she moved.')[1]).toEqual([
			'two months later',
			'1940-05/1940-07',
			'relative'
		]);
	});
});

describe('resolveRelative', () => {
	it.each([
		['two years later', '1999', '2001'],
		['two years later', '1999-03-24', '2001'],
		['the same day', '1999-03-24', '1999-03-24'],
		['the same day', '1999', '1999'],
		['the following month', '1999-12', '2000-01'],
		['a year earlier', '0001', '0000'],
		['three days later', '1999-02-27', '1999-03-02'],
		['a month later', '2000-01-31', '2000-02'],
		['three months later', '1999', '1999/2000'],
		['four years after the NATO-Russia Council came into being', '2002-05-28', '2006'],
		['the previous summer', '2001-07-01', '2000-06/2000-08'],
		['the following winter', '2001-07-01', '2001-12/2002-02'],
		['24 August', '0079', '0079-08-24'],
		['30 February', '1999', undefined],
		['two years later', 'not a date', undefined],
		['in 1999', '1999', undefined]
	])('%s against %s → %s', (words, anchor, edtf) => {
		expect(resolveRelative(words, anchor)).toBe(edtf);
	});
});

describe('findDates on the annotated texts', () => {
	const texts = ['nato-russia', 'ancient', 'ada-morrow'].map((name) =>
		readFileSync(`tests/fixtures/author/${name}.txt`, 'utf8')
	);

	it('gives every suggestion an EDTF value the dataset parser reads', () => {
		const all = texts.flatMap((t) => findDates(t));
		expect(all.length).toBeGreaterThan(60);
		for (const s of all)
			expect(parseEdtf(s.edtf), `${s.words} → ${s.edtf}`).toMatchObject({ ok: true });
	});

	it('reports progress up to 1 over a long text, split at blank lines', () => {
		const long = Array.from({ length: 40 }, () => texts.join('\n\n')).join('\n\n');
		const seen: number[] = [];
		const suggestions = findDates(long, { onProgress: (f) => seen.push(f) });
		expect(seen.length).toBeGreaterThan(10);
		expect(seen).toEqual([...seen].sort((a, b) => a - b));
		expect(seen.at(-1)).toBe(1);
		expect(suggestions.length).toBe(40 * texts.reduce((n, t) => n + findDates(t).length, 0));
	});

	it('cuts a long text with no blank lines at sentence ends, losing nothing', () => {
		const one = texts.map((t) => t.replace(/\s+/g, ' ')).join(' ');
		const long = Array.from({ length: 40 }, () => one).join(' ');
		const seen: number[] = [];
		const suggestions = findDates(long, { onProgress: (f) => seen.push(f) });
		expect(seen.length).toBeGreaterThan(10);
		expect(suggestions.map((s) => s.words)).toEqual(
			Array.from({ length: 40 }, () => findDates(one).map((s) => s.words)).flat()
		);
	});

	it('gives stable ids from the start offset and the words', () => {
		const [a] = findDates(texts[0]!);
		expect(a!.id).toBe(`d${a!.start}-december-1991`);
		expect(new Set(findDates(texts[0]!).map((s) => s.id)).size).toBe(findDates(texts[0]!).length);
	});
});

/** Text built from date-like pieces and noise, so the properties meet real matches. */
const datey = fc
	.array(
		fc.oneof(
			fc.constantFrom(
				'24 March 1999',
				'March',
				'1999',
				' BC',
				'AD ',
				'–',
				'-',
				' to ',
				'from ',
				'between ',
				' and ',
				'the ',
				'mid-',
				'1990s',
				'spring ',
				'two years later',
				' after ',
				'the same day',
				'century',
				', ',
				'. ',
				'\n\n',
				'4th ',
				'93'
			),
			fc.string({ maxLength: 6 }),
			fc.integer({ min: 0, max: 3000 }).map(String)
		),
		{ maxLength: 30 }
	)
	.map((parts) => parts.join(''));

function checkInvariants(text: string, suggestions: DateSuggestion[]): void {
	let lastEnd = 0;
	for (const s of suggestions) {
		expect(s.start).toBeGreaterThanOrEqual(lastEnd);
		expect(s.end).toBeGreaterThan(s.start);
		expect(s.end).toBeLessThanOrEqual(text.length);
		expect(text.slice(s.start, s.end)).toBe(s.words);
		expect(parseEdtf(s.edtf).ok).toBe(true);
		if (s.anchor) {
			expect(text.slice(s.anchor.start, s.anchor.end)).toBe(s.anchor.words);
			expect(resolveRelative(s.words, s.anchor.edtf)).toBe(s.edtf);
		}
		lastEnd = s.end;
	}
}

describe('findDates properties', () => {
	it('never throws on arbitrary strings, and its offsets slice to its words', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200, unit: 'grapheme' }), (text) => {
				checkInvariants(text, findDates(text));
			}),
			{ numRuns: 500 }
		);
	});

	it('resolves any words against any anchor without throwing, to valid EDTF or nothing', () => {
		const anchor = fc.oneof(
			fc.string({ maxLength: 12 }),
			fc
				.record({
					year: fc.integer({ min: -9999, max: 9999 }),
					month: fc.integer({ min: 1, max: 12 }),
					day: fc.integer({ min: 1, max: 28 })
				})
				.map(({ year, month, day }) => formatPoint({ year, month, day }, 2))
		);
		fc.assert(
			fc.property(datey, anchor, (words, edtf) => {
				const value = resolveRelative(words, edtf);
				if (value !== undefined) expect(parseEdtf(value).ok).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});

	it('finds non-overlapping suggestions in order, each with valid EDTF, on date-like text', () => {
		fc.assert(
			fc.property(datey, (text) => {
				checkInvariants(text, findDates(text));
			}),
			{ numRuns: 1000 }
		);
	});
});
