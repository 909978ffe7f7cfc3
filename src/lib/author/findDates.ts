/**
 * Finds the temporal expressions of a text and gives each its EDTF value at the precision its
 * words give. Pure and synchronous, so it runs in a worker as well as on the main thread.
 *
 * Values (all valid for `parseEdtf`, which reads no seasons and no `X` digits, so those are
 * written as intervals):
 * - "24 March 1999", "March 24, 1999" → `1999-03-24`; "March 1999" → `1999-03`; "in 1997" →
 *   `1997` (the words are "1997").
 * - Eras: "490 BC", "490 BCE" → `-0489` (astronomical: 1 BC is year 0); "AD 79" → `0079`.
 * - Decades: "the 1990s" → `1990/1999`; "the early 1990s" → `1990/1993`, "the mid-1990s" →
 *   `1994/1996`, "the late 1990s" → `1997/1999`; "between the 1940s and the 1960s" → `1940/1969`.
 *   Centuries: "the 4th century BC" → `-0399/-0300`, "the first century AD" → `0001/0100`; their
 *   early, mid and late thirds ("the early 19th century" → `1801/1833`).
 * - Approximate years: "c. 1500", "circa 79 AD", "around 1910" → `1500~`, `0079~`, `1910~`.
 *   ISO dates as written: "1999-03-24".
 * - Fixed holidays: "Christmas 1968" → `1968-12-25`; Christmas Eve, New Year's Day and Eve.
 * - Parts of a year: "early 2005" → `2005-01/2005-04`, "mid-2005" → `2005-05/2005-08`, "late
 *   2005" → `2005-09/2005-12`; "the beginning of 1943" → `1943-01`, "the middle of 1943" →
 *   `1943-06/1943-07`, "the end of 1943" → `1943-12`.
 * - Seasons (northern): spring `2004-03/2004-05`, summer June–August, autumn or fall
 *   September–November, "winter 2004" → `2004-12/2005-02`.
 * - Ranges: "1992–93", "from 1999 to 2004", "between 1999 and 2004" → `1992/1993`, `1999/2004`;
 *   "between March and June 1999" → `1999-03/1999-06`; "24–26 March 1999"; "from 431 to 404 BC".
 * - A bare year is a four-digit number from 1000 to 2099 that is not part of a larger number
 *   ("1,000", "3.1415"), not a label's number ("Resolution 1244", "page 1999", "Flight 1549")
 *   and not a count ("1500 troops", "2000 years").
 * - Relative expressions (`kind: 'relative'`: "two years later", "the same day", "the following
 *   spring", "the same night", "the day before", "four years after the Council came into being",
 *   a month or day with no year such as "in March", "that October", "24 August", "on Christmas
 *   Day") are resolved against the nearest explicit expression before them in reading order, or
 *   against the date that directly follows "after" or "before". The anchor's span is shifted and
 *   the result given at the coarser of the unit's and the anchor's precision: "a year later"
 *   than March 2000 is `2001`; "two months later" than spring 1940 is `1940-05/1940-07`. A month
 *   or day with no year takes the anchor's year and, resolved, anchors what follows it ("on 20
 *   July … the same night"); other relative expressions never anchor another, so one wrong
 *   value does not spread.
 *
 * chrono-node is not used: the forms it covers here (a full date, a month and year) are three
 * patterns below, while most of what historical prose needs (bare years, years with an era on
 * their own, decades, centuries, seasons, year ranges, anchors in the text rather than today) it
 * leaves out by design (and it takes 44 BC as year -44, where EDTF's astronomical year is -43),
 * and its resolution of weekdays, times and "now"-relative words against the present moment would
 * have to be filtered out again. The rules here, with the EDTF reader, build to a 7.5 KB gzip
 * worker chunk.
 */
import { parseEdtf } from '../model/parseEdtf';
import {
	RELATIVE_PATTERNS,
	applyRelation,
	formatPoint,
	formatSpan,
	HOLIDAYS,
	monthNumber,
	readRelation,
	seasonEdtf,
	type Point
} from './relativeDates';

export interface DateSuggestion {
	/** Stable: derived from the start offset and the words. */
	id: string;
	/** UTF-16 offsets in the text; `text.slice(start, end) === words`. */
	start: number;
	end: number;
	/** The words found. */
	words: string;
	/** EDTF value at the precision the words give (conventions above). */
	edtf: string;
	kind: 'explicit' | 'relative';
	/**
	 * For a relative expression: the date it was resolved from, the nearest explicit one before
	 * it or a day or month named before it without its year ("on 20 July").
	 */
	anchor?: { start: number; end: number; words: string; edtf: string };
}

const cap = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
const MONTH = `(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])`;
const BC = '(?:BCE|BC|B\\.C\\.E\\.|B\\.C\\.)';
const AD = '(?:CE|AD|C\\.E\\.|A\\.D\\.)';
const ERA_YEAR = `(?:(?:AD|A\\.D\\.)\\s?\\d{1,4}(?!\\d)|(?<![\\d,.])\\d{1,4}\\s?(?:${BC}|${AD})(?![A-Za-z]))`;
const BARE_YEAR = '(?<![\\d.,:/£$€#])(?:1\\d{3}|20\\d{2})(?!\\d|[.,:/]\\d|%|-\\d{1,2}-\\d)';
const YEAR = `(?:${ERA_YEAR}|${BARE_YEAR})`;
const DAY = '(?<!\\d)(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d:])';
const HOLIDAY = "(?:Christmas|New\\s+Year's)(?:\\s+(?:Day|Eve))?";
const DECADE = '(?:1\\d{2}0|20\\d0)';
const PART = `(?:${cap('early')}|${cap('mid')}|${cap('late')})`;
const THE = `(?:${cap('the')}\\s+)`;
const SEASON = `(?:${['spring', 'summer', 'autumn', 'fall', 'winter'].map(cap).join('|')})`;
const ORDINALS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth',
	'thirteenth',
	'fourteenth',
	'fifteenth',
	'sixteenth',
	'seventeenth',
	'eighteenth',
	'nineteenth',
	'twentieth',
	'twenty-first'
];
const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|${ORDINALS.slice().reverse().map(cap).join('|')})`;

/** Left and right sides of a range; the left may lack what the right gives ("24–26 March 1999"). */
const LEFT = `(?:${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?|${MONTH}(?:\\s+${DAY})?(?:,?\\s+${YEAR})?|${YEAR}|(?<![\\d,.])\\d{1,4}(?!\\d))`;
const RIGHT = `(?:${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}|${MONTH}\\s+${DAY},?\\s+${YEAR}|${MONTH},?\\s+${YEAR}|${YEAR}|${DAY},?\\s+${YEAR}|\\d{2}(?!\\d))`;

/** Words before a number that make it a label, not a year ("Resolution 1244", "page 1999"). */
const LABEL_BEFORE =
	/(?:\b(?:resolution|no|nos|number|page|pages|pp?|art|article|section|sec|chapter|ch|paragraph|para|verse|line|gate|room|flight|route|highway|item|figure|fig|table|vol|volume|issue|model|version|v|code|unit|platform|bus|street|st|avenue|box|row|seat|apartment|suite|level|grade|rule|law|bill|act|order|decree|series|type|class|mark|mk)\.?|[#№§$£€+×*=<>±]|(?<![A-Za-z])x)\s*$/i;
/** Words after a number that make it a count ("1500 troops", "2000 years", "1999-strong"). */
const COUNT_AFTER =
	/^(?:\s+(?:(?!(?:the|a|an|his|her|its|their|our|these|those|this|that|and|or|but|when|while|as|some|many|all|most|no)\s)[a-z]+\s+)?(?:troops|soldiers|men|women|people|persons|children|officers|officials|delegates|members|workers|students|copies|pages|words|votes|casualties|dead|deaths|prisoners|refugees|ships|aircraft|planes|tanks|guns|vehicles|cars|houses|homes|items|units|cases|killed|wounded|years|months|weeks|days|hours|minutes|km|kilometres|kilometers|miles|metres|meters|feet|ft|tons|tonnes|hectares|acres|dollars|euros|pounds|marks|roubles|rubles|francs|calories|kg|lb|lbs|m|cm|mm)\b|-strong\b|\s*%|\s*(?:per\s*cent|percent)\b)/i;
/** A capitalised word before a number is a name's number ("Windows 2000") unless it is one of these. */
const CAPITALISED_OK =
	/\b(?:In|By|From|Since|Until|Till|After|Before|During|Of|And|Or|To|Through|Throughout|Around|About|Circa|Between|On|At|Until|Christmas|Easter|Spring|Summer|Autumn|Fall|Winter|Early|Late|Mid|The|Then|Also|Only|Even|Both|Yet|But|So|When|While|Ca|C)\.?\s*$/;

interface Candidate {
	start: number;
	end: number;
	edtf: string;
	kind: 'explicit' | 'relative';
	/** For a relative expression that names its own anchor ("two years after 1997"). */
	anchor?: Candidate;
}

/** Year, month and day read from the words of one side of a date; astronomical years. */
interface Parts {
	year?: number;
	month?: number;
	day?: number;
	/** A number that could be a day, a year or the end of "1992–93". */
	bare?: string;
	era?: 'bc' | 'ad';
}

const BC_RE = new RegExp(BC);
const AD_RE = new RegExp(`(?:^|\\s|\\d)${AD}`);
const MONTH_RE = new RegExp(MONTH);

function readParts(words: string): Parts {
	const parts: Parts = {};
	const era = BC_RE.test(words) ? 'bc' : AD_RE.test(words) ? 'ad' : undefined;
	if (era) parts.era = era;
	const monthWord = MONTH_RE.exec(words);
	if (monthWord) parts.month = monthNumber(monthWord[0]);
	const numbers = words.match(/\d+/g) ?? [];
	for (const [i, n] of numbers.entries()) {
		const isLast = i === numbers.length - 1;
		if (isLast && (era || n.length >= 3 || (numbers.length > 1 && parts.month === undefined))) {
			const year = Number(n);
			parts.year = era === 'bc' ? 1 - year : year;
		} else if (n.length <= 2 && (parts.month !== undefined || !isLast)) parts.day = Number(n);
		else parts.bare = n;
	}
	return parts;
}

function partsEdtf(p: Parts): string | undefined {
	if (p.year === undefined) return undefined;
	if (p.era === 'bc' && p.year > 0) return undefined;
	const point: Point = { year: p.year, month: p.month, day: p.day };
	const edtf = formatPoint(point, p.day !== undefined ? 2 : p.month !== undefined ? 1 : 0);
	return parseEdtf(edtf).ok ? edtf : undefined;
}

/**
 * The years `early`, `mid` or `late` (or no part) cover of a decade (`last` 9: 0–3, 4–6, 7–9)
 * or a century (`last` 99: 0–32, 33–65, 66–99), counted from its first year.
 */
function thirds(part: string | undefined, last: 9 | 99): [number, number] {
	const cut = last === 9 ? [3, 6] : [32, 65];
	switch (part?.toLowerCase()) {
		case 'early':
			return [0, cut[0]!];
		case 'mid':
			return [cut[0]! + 1, cut[1]!];
		case 'late':
			return [cut[1]! + 1, last];
		default:
			return [0, last];
	}
}

const MONTHS_OF_PART: Record<'beginning' | 'start' | 'middle' | 'end', [number, number]> = {
	beginning: [1, 1],
	start: [1, 1],
	middle: [6, 7],
	end: [12, 12]
};

/** "between" goes with "and", and "and" only with "between". */
function pairsWell(lead: string | undefined, word: string | undefined): boolean {
	return word === 'and' ? /between/i.test(lead ?? '') : !/between/i.test(lead ?? '');
}

function rangeEdtf(left: string, right: string): string | undefined {
	const l = readParts(left);
	const r = readParts(right);
	if (r.year === undefined && r.bare?.length === 2 && l.year !== undefined && !l.era) {
		r.year = Math.floor(l.year / 100) * 100 + Number(r.bare);
		if (r.year <= l.year) return undefined;
	}
	if (r.year === undefined) return undefined;
	if (r.day === undefined && r.bare !== undefined && r.month === undefined) r.day = Number(r.bare);
	if (l.bare !== undefined) {
		if (r.day !== undefined && l.bare.length <= 2) l.day = Number(l.bare);
		else if (r.era && l.year === undefined)
			l.year = r.era === 'bc' ? 1 - Number(l.bare) : Number(l.bare);
		else return undefined;
	}
	if (r.era === 'bc' && !l.era && l.year !== undefined && l.year > 0) l.year = 1 - l.year;
	if (l.day !== undefined && l.month === undefined) l.month = r.month;
	if (r.day !== undefined && r.month === undefined) r.month = l.month;
	if (l.year === undefined) l.year = r.year;
	if (l.day !== undefined && l.month === undefined) return undefined;
	const a = partsEdtf(l);
	const b = partsEdtf(r);
	if (!a || !b || a === b) return undefined;
	const edtf = `${a}/${b}`;
	return parseEdtf(edtf).ok ? edtf : undefined;
}

function isCountOrLabel(text: string, start: number, end: number): boolean {
	const before = text.slice(Math.max(0, start - 24), start);
	// the end of a number range that was not a date range ("pp. 1201–1250")
	if (LABEL_BEFORE.test(before) || /\d\s*[–—-]\s*$/.test(before)) return true;
	if (COUNT_AFTER.test(text.slice(end, end + 30))) return true;
	const word = /([A-Z][A-Za-z-]*)\.?\s+$/.exec(before);
	return word !== null && !CAPITALISED_OK.test(before);
}

/** Explicit forms: a regex and how its match becomes EDTF (undefined: not a date after all). */
const EXPLICIT: { re: RegExp; edtf: (m: RegExpExecArray, text: string) => string | undefined }[] = [
	{
		re: new RegExp(
			`(?:\\b(${cap('from')}|${cap('between')})\\s+)?(${LEFT})(?:\\s*([–—-])\\s*|\\s+(to|until|till|through|and)\\s+)(${RIGHT})`,
			'g'
		),
		edtf: (m, text) => {
			const [, lead, left, dash, word, right] = m;
			if (!pairsWell(lead, word)) return undefined;
			if (
				dash &&
				/^\d{1,4}$/.test(left!) &&
				/^\d{1,4}$/.test(right!) &&
				isCountOrLabel(text, m.index, m.index + m[0].length)
			)
				return undefined;
			return rangeEdtf(left!, right!);
		}
	},
	{
		re: new RegExp(
			`(?:\\b(${cap('from')}|${cap('between')})\\s+)?${THE}?(${DECADE})s(?:\\s*[–—-]\\s*|\\s+(to|until|till|through|and)\\s+)(?:the\\s+)?(${DECADE})s(?![A-Za-z])`,
			'g'
		),
		edtf: (m) => {
			const [, lead, from, word, to] = m;
			if (!pairsWell(lead, word) || Number(to) <= Number(from)) return undefined;
			return formatSpan({ year: Number(from) }, { year: Number(to) + 9 }, 0);
		}
	},
	{
		re: new RegExp(`(${THE})?(?:(${PART})(?:-|\\s+))?(${DECADE})'?s(?![A-Za-z])`, 'g'),
		edtf: (m) => {
			const decade = Number(m[3]);
			const [from, to] = thirds(m[2], 9);
			return formatSpan({ year: decade + from }, { year: decade + to }, 0);
		}
	},
	{
		re: new RegExp(`${THE}(beginning|start|middle|end)\\s+of\\s+(${YEAR})`, 'g'),
		edtf: (m) => {
			const year = readParts(m[2]!).year;
			if (year === undefined) return undefined;
			const [from, to] = MONTHS_OF_PART[m[1] as keyof typeof MONTHS_OF_PART];
			return formatSpan({ year, month: from }, { year, month: to }, 1);
		}
	},
	{
		re: new RegExp(
			`${THE}?(?:(${PART})(?:-|\\s+))?(${ORDINAL})[-\\s]+century(?:\\s+(${BC}|${AD})(?![A-Za-z]))?`,
			'g'
		),
		edtf: (m) => {
			const word = m[2]!.toLowerCase();
			const n = /^\d/.test(word) ? parseInt(word, 10) : ORDINALS.indexOf(word) + 1;
			if (n < 1 || n > 21) return undefined;
			const first = m[3] && BC_RE.test(m[3]) ? 1 - n * 100 : (n - 1) * 100 + 1;
			const [from, to] = thirds(m[1], 99);
			return formatSpan({ year: first + from }, { year: first + to }, 0);
		}
	},
	{
		re: new RegExp(`(?:${THE})?(${SEASON})\\s+(?:of\\s+)?(${YEAR})`, 'g'),
		edtf: (m) => {
			const year = readParts(m[2]!).year;
			return year === undefined ? undefined : seasonEdtf(m[1]!.toLowerCase(), year);
		}
	},
	{
		re: new RegExp(`(?:${THE})?(${PART})(?:-|\\s+)(?:of\\s+)?(${YEAR})`, 'g'),
		edtf: (m) => {
			const year = readParts(m[2]!).year;
			if (year === undefined) return undefined;
			const from = { early: 1, mid: 5, late: 9 }[m[1]!.toLowerCase() as 'early'];
			return formatSpan({ year, month: from }, { year, month: from + 3 }, 1);
		}
	},
	{
		re: new RegExp(
			`${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}|${MONTH}\\s+${DAY},?\\s+${YEAR}|${MONTH},?\\s+(?:of\\s+)?${YEAR}`,
			'g'
		),
		edtf: (m) => partsEdtf(readParts(m[0]))
	},
	{
		re: new RegExp(`${HOLIDAY},?\\s+(?:of\\s+)?(${YEAR})`, 'g'),
		edtf: (m) => {
			const year = readParts(m[1]!).year;
			const words = m[0].replace(/\s+/g, ' ');
			const [, month, day] = HOLIDAYS.find(([re]) => re.test(words))!;
			return year === undefined ? undefined : formatPoint({ year, month, day }, 2);
		}
	},
	{
		re: new RegExp(`${THE}year\\s+(\\d{1,4}(?:\\s?(?:${BC}|${AD}))?)(?![\\d.,])`, 'g'),
		edtf: (m) => partsEdtf(readParts(m[1]!.length < 4 && !/\D/.test(m[1]!) ? `AD ${m[1]}` : m[1]!))
	},
	{
		re: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g,
		edtf: (m) => (parseEdtf(m[0]).ok ? m[0] : undefined)
	},
	{
		re: new RegExp(
			`(?:\\b(?:c\\.|ca\\.|circa|around|about)|\\b(?:C\\.|Ca\\.|Circa|Around|About))\\s*(${YEAR})`,
			'g'
		),
		edtf: (m, text) => {
			const start = m.index + m[0].length - m[1]!.length;
			if (/^\d+$/.test(m[1]!) && isCountOrLabel(text, start, m.index + m[0].length))
				return undefined;
			const edtf = partsEdtf(readParts(m[1]!));
			return edtf && `${edtf}~`;
		}
	},
	{
		re: new RegExp(YEAR, 'g'),
		edtf: (m, text) =>
			/^\d+$/.test(m[0]) && isCountOrLabel(text, m.index, m.index + m[0].length)
				? undefined
				: partsEdtf(readParts(m[0]))
	}
];

/** Relative forms whose words name a month or a day but no year ("in March", "24 August"). */
const UNDATED = [
	new RegExp(
		`(?<=\\b(?:[Ii]n|[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|[Dd]uring|[Ff]rom|[Tt]ill|[Bb]efore|[Aa]fter)\\s+)(?:(?:early|mid|late)[-\\s]+)?${MONTH}(?!\\s*,?\\s*\\d|\\s+of\\s)`,
		'g'
	),
	new RegExp(`${DAY}\\s+(?:of\\s+)?${MONTH}(?!,?\\s*\\d)`, 'g'),
	new RegExp(`(?<![\\d,]\\s*)${MONTH}\\s+${DAY}(?!,?\\s*\\d)`, 'g'),
	new RegExp(
		`\\b(?:[Tt]hat|[Tt]he\\s+(?:following|next|previous|preceding))\\s+${MONTH}(?!\\s*,?\\s*\\d)`,
		'g'
	),
	new RegExp(
		`(?<=\\b(?:[Aa]t|[Oo]n|[Bb]y|[Uu]ntil|[Oo]ver|[Bb]efore|[Aa]fter|[Ss]ince)\\s+)${HOLIDAY}(?!,?\\s*\\d)`,
		'g'
	),
	new RegExp(
		`${MONTH}\\s+of\\s+(?:that|the\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding)\\s+year\\b`,
		'g'
	)
];

/** Ends of a clause after "after"/"before": punctuation, a line break or a bracket. */
const CLAUSE_END = /[,.;:!?()[\]"“”\n]/;
const CLAUSE_WORDS = 15;
/** A conjunction that starts the next clause: "after his death and spent …". */
const CLAUSE_JOIN = /^(?:and|but|or|so|yet|then|while)\b/i;

function collect(
	text: string,
	patterns: { re: RegExp; edtf: (m: RegExpExecArray, text: string) => string | undefined }[],
	kind: Candidate['kind']
): Candidate[] {
	const found: Candidate[] = [];
	for (const { re, edtf } of patterns) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			if (m[0] === '') {
				re.lastIndex++;
				continue;
			}
			const value = edtf(m, text);
			if (value !== undefined)
				found.push({ start: m.index, end: m.index + m[0].length, edtf: value, kind });
		}
	}
	return found;
}

/** Longest first; a candidate that overlaps one already kept is dropped. */
function keepLongest(candidates: Candidate[], taken: Candidate[] = []): Candidate[] {
	const kept = [...taken];
	const sorted = [...candidates].sort(
		(a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start
	);
	for (const c of sorted) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
	return kept.sort((a, b) => a.start - b.start);
}

/** Extends "N years after" over what follows: an explicit date (its anchor) or a clause. */
function extendClause(text: string, c: Candidate, explicit: Candidate[], all: Candidate[]): void {
	if (!/(?:after|before)$/i.test(text.slice(c.start, c.end))) return;
	const rest = text.slice(c.end);
	const gap = /^\s+/.exec(rest)?.[0].length ?? 0;
	if (gap === 0) return;
	const dated = explicit.find((e) => e.start === c.end + gap);
	if (dated) {
		c.anchor = dated;
		c.end = dated.end;
		return;
	}
	const next = all.find((o) => o.start > c.end)?.start ?? text.length;
	let end = c.end + gap;
	let words = 0;
	const word = /[^\s,.;:!?()[\]"“”]+/y;
	while (end < next && words < CLAUSE_WORDS) {
		word.lastIndex = end;
		const m = word.exec(text);
		if (!m || m.index + m[0].length > next) break;
		end = m.index + m[0].length;
		words++;
		const space = /^[ \t]+/.exec(text.slice(end, end + 8))?.[0].length ?? 0;
		if (space === 0 || CLAUSE_END.test(text[end + space] ?? '\n')) break;
		if (CLAUSE_JOIN.test(text.slice(end + space, end + space + 6))) break;
		end += space;
	}
	while (end > c.end && /\s/.test(text[end - 1]!)) end--;
	if (words > 0) c.end = end;
}

function idFor(start: number, words: string): string {
	const slug = words
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40);
	return `d${start}-${slug}`;
}

/** Marks a relative candidate that names a calendar day or month ("24 August", "that October"). */
const CALENDAR = 'calendar';

function findInChunk(text: string): Candidate[] {
	const explicit = keepLongest(collect(text, EXPLICIT, 'explicit'));
	const relativeFound = collect(
		text,
		[
			...RELATIVE_PATTERNS.map((re) => ({
				re,
				edtf: (m: RegExpExecArray) => (readRelation(m[0]) ? '' : undefined)
			})),
			...UNDATED.map((re) => ({
				re,
				edtf: (m: RegExpExecArray) => (readRelation(m[0]) ? CALENDAR : undefined)
			}))
		],
		'relative'
	);
	const all = keepLongest(relativeFound, explicit);
	const relative = all.filter((c) => c.kind === 'relative');
	for (const c of relative) extendClause(text, c, explicit, all);
	const consumed = new Set(relative.map((c) => c.anchor).filter(Boolean));
	return all.filter((c) => !consumed.has(c));
}

/**
 * Where a text may be cut without cutting an expression, best first: a blank line, a line break,
 * the end of a sentence (a full stop before a capital, so "Sept. 3" and "c. 1500" stay whole).
 */
const BREAKS = [/\n[ \t]*\n/g, /\n/g, /[.!?]\s+(?=[A-Z])/g];

/** Splits into pieces of about `size` characters, each ending at the best break within `size` more. */
function chunks(text: string, size: number): [number, number][] {
	const out: [number, number][] = [];
	let start = 0;
	while (start < text.length) {
		let end = text.length;
		if (start + size < text.length) {
			for (const re of BREAKS) {
				re.lastIndex = start + size;
				const m = re.exec(text);
				if (m && m.index < start + 2 * size) {
					end = m.index + m[0].length;
					break;
				}
			}
		}
		out.push([start, end]);
		start = end;
	}
	return out;
}

const CHUNK_CHARS = 20000;

/**
 * Every temporal expression of `text` in reading order, without overlaps, each with its EDTF
 * value; relative ones carry the explicit date they were resolved from and are left out when
 * there is none before them. `onProgress` hears fractions from 0 to 1 on long texts.
 */
export function findDates(
	text: string,
	options: { onProgress?: (fraction: number) => void } = {}
): DateSuggestion[] {
	const found: Candidate[] = [];
	for (const [from, to] of chunks(text, CHUNK_CHARS)) {
		for (const c of findInChunk(text.slice(from, to))) {
			c.start += from;
			c.end += from;
			if (c.anchor)
				c.anchor = { ...c.anchor, start: c.anchor.start + from, end: c.anchor.end + from };
			found.push(c);
		}
		options.onProgress?.(to / text.length);
	}
	const out: DateSuggestion[] = [];
	let last: DateSuggestion['anchor'];
	for (const c of found) {
		const words = text.slice(c.start, c.end);
		const anchor = c.anchor
			? {
					start: c.anchor.start,
					end: c.anchor.end,
					words: text.slice(c.anchor.start, c.anchor.end),
					edtf: c.anchor.edtf
				}
			: last;
		const edtf = c.kind === 'explicit' ? c.edtf : anchor && resolveRelative(words, anchor.edtf);
		if (edtf === undefined) continue;
		const { start, end, kind } = c;
		out.push({
			id: idFor(start, words),
			start,
			end,
			words,
			edtf,
			kind,
			...(kind === 'relative' && { anchor })
		});
		// a day or month named without its year is, once resolved, a date to count from
		if (kind === 'explicit' || c.edtf === CALENDAR) last = { start, end, words, edtf };
	}
	return out;
}

/**
 * The EDTF value of a relative expression (the words of a suggestion) against an anchor's EDTF
 * value, as when the anchor is edited; undefined when the words are not relative or the anchor
 * is not valid EDTF.
 */
export function resolveRelative(words: string, anchorEdtf: string): string | undefined {
	// "four years after the Council came into being" says what "four years after" says.
	const relation = readRelation(words.replace(/^(.*?\b(?:after|before))\s.*$/is, '$1'));
	if (!relation) return undefined;
	const edtf = applyRelation(relation, anchorEdtf);
	return edtf !== undefined && parseEdtf(edtf).ok ? edtf : undefined;
}
