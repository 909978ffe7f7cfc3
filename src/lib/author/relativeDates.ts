/**
 * Relative date expressions ("two years later", "the same day", "the following spring",
 * "24 August" with no year): what they say, and their EDTF value once resolved against an
 * anchor date. Pure; no DOM.
 */
import { utcDayMs, type EdtfBound, type EdtfDate } from '../model/edtf';
import { parseEdtf } from '../model/parseEdtf';

type Unit = 'day' | 'week' | 'fortnight' | 'month' | 'year' | 'decade' | 'century';
type Rank = 0 | 1 | 2; // year, month, day

/** What a relative expression says, independent of its anchor. */
export type Relation =
	| { kind: 'shift'; n: number; unit: Unit }
	| { kind: 'decade'; delta: number }
	| { kind: 'season'; season: Season; delta: -1 | 0 | 1 }
	| { kind: 'month'; month: number; day?: number; yearDelta: number }
	| { kind: 'nextMonth'; month: number; delta: -1 | 0 | 1 };

type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** A calendar day, month or year (astronomical year: 0 is 1 BCE). */
export interface Point {
	year: number;
	month?: number;
	day?: number;
}

const UNITS = 'day|week|fortnight|month|year|decade|century|centurie';
/** Parts of a day, read as that day: "the same night", "the next morning". */
const DAY_PARTS = 'night|morning|evening|afternoon';
const SEASONS = 'spring|summer|autumn|fall|winter';
const SMALL = [
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A count in words or digits: "a", "an", "one" … "ninety-nine", "1" … "999". */
export const COUNT = `(?:an?|(?:${TENS.join('|')})(?:[-\\s](?:${SMALL.slice(0, 9).join('|')}))?|${SMALL.join('|')}|\\d{1,3})`;

/** Relative expressions found case-insensitively; `after`/`before` may take a clause (see findDates). */
export const RELATIVE_PATTERNS: RegExp[] = [
	new RegExp(
		`\\b${COUNT}\\s+(?:${UNITS})s?\\s+(?:later|earlier|afterwards?|on|before|after|previously|beforehand)\\b`,
		'gi'
	),
	new RegExp(
		`\\b(?:the\\s+(?:same|next|following|previous|preceding|prior|subsequent)|that(?:\\s+same)?)\\s+(?:day|${DAY_PARTS}|week|month|year|decade|${SEASONS})\\b`,
		'gi'
	),
	new RegExp(
		`\\b(?:later|earlier)\\s+(?:that|the\\s+same)\\s+(?:day|${DAY_PARTS}|week|month|year)\\b`,
		'gi'
	),
	new RegExp(`\\bthe\\s+(?:day|week|month|year)\\s+(?:before|after)\\b`, 'gi'),
	new RegExp(
		`(?<=\\b(?:in|during|by|until|through|over)\\s+)the\\s+(?:${SEASONS})\\b(?!\\s+of\\b)`,
		'gi'
	)
];

function countValue(word: string): number | undefined {
	const w = word.toLowerCase();
	if (w === 'a' || w === 'an') return 1;
	if (/^\d+$/.test(w)) return Number(w);
	const [tens, ones] = w.split(/[-\s]/);
	const t = TENS.indexOf(tens!);
	if (t >= 0) return (t + 2) * 10 + (ones ? SMALL.indexOf(ones) + 1 : 0);
	const s = SMALL.indexOf(w);
	return s >= 0 ? s + 1 : undefined;
}

function seasonOf(word: string): Season {
	const w = word.toLowerCase();
	return w === 'fall' ? 'autumn' : (w as Season);
}

function unitOf(word: string): Unit {
	const w = word.toLowerCase().replace(/s$/, '');
	if (new RegExp(`^(?:${DAY_PARTS})$`).test(w)) return 'day';
	return (w === 'centurie' ? 'century' : w) as Unit;
}

const MONTH_ABBR = [
	'jan',
	'feb',
	'mar',
	'apr',
	'may',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec'
] as const;

/** 1–12 for a month name or its abbreviation, else undefined. */
export function monthNumber(word: string): number | undefined {
	const i = MONTH_ABBR.indexOf(word.slice(0, 3).toLowerCase() as (typeof MONTH_ABBR)[number]);
	return i >= 0 ? i + 1 : undefined;
}

/** Fixed-date holidays: their words and month and day. */
export const HOLIDAYS: [RegExp, number, number][] = [
	[/^Christmas Eve\b/, 12, 24],
	[/^Christmas\b/, 12, 25],
	[/^New Year's Eve\b/, 12, 31],
	[/^New Year(?:'s)?(?: Day)?\b/, 1, 1]
];

const DELTA: Record<string, -1 | 0 | 1> = {
	same: 0,
	that: 0,
	next: 1,
	following: 1,
	subsequent: 1,
	previous: -1,
	preceding: -1,
	prior: -1
};

const SHIFT_RE = new RegExp(
	`^(${COUNT}) (${UNITS})s? (later|earlier|afterwards?|on|before|after|previously|beforehand)\\b`,
	'i'
);
const SEASON_RE = new RegExp(`^(?:${SEASONS})$`);

/** Reads what a relative expression says; undefined when the words are not one. */
export function readRelation(words: string): Relation | undefined {
	const w = words.trim().replace(/\s+/g, ' ');
	let m = SHIFT_RE.exec(w);
	if (m) {
		const n = countValue(m[1]!);
		if (n === undefined) return undefined;
		const back = /^(earlier|before|previously|beforehand)$/i.test(m[3]!);
		return { kind: 'shift', n: back ? -n : n, unit: unitOf(m[2]!) };
	}
	m =
		/^(?:(?:later|earlier) )?(?:the (same|next|following|previous|preceding|prior|subsequent)|that(?: same)?|the) (day|night|morning|evening|afternoon|week|month|year|decade|spring|summer|autumn|fall|winter)$/i.exec(
			w
		);
	if (m) {
		const delta = DELTA[(m[1] ?? 'same').toLowerCase()]!;
		const unit = m[2]!.toLowerCase();
		if (SEASON_RE.test(unit)) return { kind: 'season', season: seasonOf(unit), delta };
		// "the year" alone names no particular year; "the spring" after "in" does.
		if (!m[1] && !/\bthat\b/i.test(w)) return undefined;
		if (unit === 'decade') return { kind: 'decade', delta };
		return { kind: 'shift', n: delta, unit: unitOf(unit) };
	}
	m = /^the (day|week|month|year) (before|after)$/i.exec(w);
	if (m) return { kind: 'shift', n: /before/i.test(m[2]!) ? -1 : 1, unit: unitOf(m[1]!) };
	m =
		/^([A-Za-z]+)\.? of (that|the same|the following|the next|the previous|the preceding) year$/.exec(
			w
		);
	if (m && monthNumber(m[1]!))
		return {
			kind: 'month',
			month: monthNumber(m[1]!)!,
			yearDelta: DELTA[m[2]!.split(' ').pop()!]!
		};
	m = /^(?:that|the (following|next|previous|preceding)) ([A-Z][a-z]+)\.?$/i.exec(w);
	if (m && monthNumber(m[2]!))
		return {
			kind: 'nextMonth',
			month: monthNumber(m[2]!)!,
			delta: DELTA[(m[1] ?? 'that').toLowerCase()]!
		};
	const holiday = HOLIDAYS.find(([re]) => re.test(w));
	if (holiday) return { kind: 'month', month: holiday[1], day: holiday[2], yearDelta: 0 };
	m = /^(?:(?:early|mid|late)[-\s]+)?([A-Z][a-z]+)\.?(?: (\d{1,2})(?:st|nd|rd|th)?)?$/.exec(w);
	if (m && monthNumber(m[1]!))
		return {
			kind: 'month',
			month: monthNumber(m[1]!)!,
			day: m[2] ? Number(m[2]) : undefined,
			yearDelta: 0
		};
	m = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([A-Z][a-z]+)\.?$/.exec(w);
	if (m && monthNumber(m[2]!))
		return { kind: 'month', month: monthNumber(m[2]!)!, day: Number(m[1]), yearDelta: 0 };
	return undefined;
}

const RANK: Record<EdtfDate['precision'], Rank> = { year: 0, month: 1, day: 2, time: 2 };
const DAYS = { day: 1, week: 7, fortnight: 14 };
const UNIT_RANK: Record<Unit, Rank> = {
	day: 2,
	week: 2,
	fortnight: 2,
	month: 1,
	year: 0,
	decade: 0,
	century: 0
};

function pad(n: number, width: number): string {
	return String(Math.abs(n)).padStart(width, '0');
}

/** EDTF for a point at a precision: "-0489", "1999-03", "1999-03-24". */
export function formatPoint(p: Point, rank: Rank = 2): string {
	let out = `${p.year < 0 ? '-' : ''}${pad(p.year, 4)}`;
	if (rank >= 1 && p.month !== undefined) out += `-${pad(p.month, 2)}`;
	if (rank >= 2 && p.month !== undefined && p.day !== undefined) out += `-${pad(p.day, 2)}`;
	return out;
}

/** EDTF for the span from `a` to `b` at a precision; one date when both read the same. */
export function formatSpan(a: Point, b: Point, rank: Rank): string {
	const first = formatPoint(a, rank);
	const last = formatPoint(b, rank);
	return first === last ? first : `${first}/${last}`;
}

function daysIn(year: number, month: number): number {
	return new Date(utcDayMs(year, month + 1, 1) - 1).getUTCDate();
}

function fromMs(ms: number): Required<Point> {
	const d = new Date(ms);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function shiftDay(p: Required<Point>, n: number, unit: Unit): Required<Point> {
	switch (unit) {
		case 'day':
		case 'week':
		case 'fortnight':
			return fromMs(utcDayMs(p.year, p.month, p.day) + n * DAYS[unit] * 86400000);
		case 'month': {
			const total = p.year * 12 + p.month - 1 + n;
			const year = Math.floor(total / 12);
			const month = total - year * 12 + 1;
			return { year, month, day: Math.min(p.day, daysIn(year, month)) };
		}
		default: {
			const year = p.year + n * (unit === 'decade' ? 10 : unit === 'century' ? 100 : 1);
			return { year, month: p.month, day: Math.min(p.day, daysIn(year, p.month)) };
		}
	}
}

interface Anchor {
	first: Required<Point>;
	last: Required<Point>;
	rank: Rank;
}

function readAnchor(edtf: string): Anchor | undefined {
	const parsed = parseEdtf(edtf);
	if (!parsed.ok) return undefined;
	const value = parsed.value;
	const bounds: EdtfBound[] = value.kind === 'date' ? [value.date] : [value.start, value.end];
	const dates = bounds.filter((b): b is EdtfDate => typeof b !== 'string');
	if (dates.length === 0) return undefined;
	const a = dates[0]!;
	const b = dates[dates.length - 1]!;
	const lastMonth = b.month ?? 12;
	return {
		first: { year: a.year, month: a.month ?? 1, day: a.day ?? 1 },
		last: { year: b.year, month: lastMonth, day: b.day ?? daysIn(b.year, lastMonth) },
		rank: Math.min(...dates.map((d) => RANK[d.precision])) as Rank
	};
}

const SEASON_MONTH: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/** EDTF for a season: March–May, June–August, September–November, December–February. */
export function seasonEdtf(season: Season | string, year: number): string {
	const start = SEASON_MONTH[seasonOf(season)];
	const end = start === 12 ? { year: year + 1, month: 2 } : { year, month: start + 2 };
	return formatSpan({ year, month: start }, end, 1);
}

function resolveSeason(season: Season, delta: -1 | 0 | 1, anchor: Anchor): string {
	const start = SEASON_MONTH[season];
	const monthIndex = (p: Point) => p.year * 12 + (p.month ?? 1) - 1;
	let year = delta >= 0 ? anchor.last.year : anchor.first.year;
	if (delta === 0) year = anchor.first.year;
	if (delta === 1 && year * 12 + start - 1 <= monthIndex(anchor.last)) year += 1;
	if (delta === -1 && year * 12 + start + 1 >= monthIndex(anchor.first)) year -= 1;
	return seasonEdtf(season, year);
}

/** The EDTF value of a relation against an anchor's EDTF value; undefined if it has none. */
export function applyRelation(relation: Relation, anchorEdtf: string): string | undefined {
	const anchor = readAnchor(anchorEdtf);
	if (!anchor) return undefined;
	switch (relation.kind) {
		case 'shift': {
			const rank = Math.min(anchor.rank, UNIT_RANK[relation.unit]) as Rank;
			return formatSpan(
				shiftDay(anchor.first, relation.n, relation.unit),
				shiftDay(anchor.last, relation.n, relation.unit),
				rank
			);
		}
		case 'decade': {
			const decade = Math.floor(anchor.first.year / 10) * 10 + relation.delta * 10;
			return formatSpan({ year: decade }, { year: decade + 9 }, 0);
		}
		case 'season':
			return resolveSeason(relation.season, relation.delta, anchor);
		case 'nextMonth': {
			const index = (p: Point) => p.year * 12 + (p.month ?? 1) - 1;
			let year = relation.delta < 0 ? anchor.first.year : anchor.last.year;
			if (relation.delta === 0) year = anchor.first.year;
			if (relation.delta > 0 && year * 12 + relation.month - 1 <= index(anchor.last)) year += 1;
			if (relation.delta < 0 && year * 12 + relation.month - 1 >= index(anchor.first)) year -= 1;
			return formatPoint({ year, month: relation.month }, 1);
		}
		case 'month': {
			const year = anchor.first.year + relation.yearDelta;
			if (relation.day === undefined) return formatPoint({ year, month: relation.month }, 1);
			if (relation.day < 1 || relation.day > daysIn(year, relation.month)) return undefined;
			return formatPoint({ year, month: relation.month, day: relation.day }, 2);
		}
	}
}
