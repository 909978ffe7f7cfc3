/**
 * CSV rows as objects keyed by the header row, like d3-dsv's csvParse, but built without
 * `new Function`: csvParse compiles its row converter at run time, which a strict Content
 * Security Policy (no 'unsafe-eval') refuses on a page's main thread, as in the single HTML file.
 */
import { csvParseRows, type DSVRowArray } from 'd3-dsv';

/** The rows of `text` below its header, each keyed by the header's names; `columns` holds them. */
export function parseCsv(text: string): DSVRowArray<string> {
	const [header = [], ...body] = csvParseRows(text);
	// fromEntries defines own properties, so a column named "__proto__" is a column like another.
	const rows = body.map((cells) =>
		Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']))
	) as unknown as DSVRowArray<string>;
	rows.columns = header;
	return rows;
}
