/**
 * Rich text (TimelineJS `text` holds HTML) reduced to plain text without a DOM: a small
 * tokenizer drops tags, comments and the content of script and style, and decodes entities.
 * The result is only ever shown as text.
 */

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	laquo: '«',
	raquo: '»',
	hellip: '…',
	middot: '·',
	bull: '•',
	copy: '©',
	reg: '®',
	trade: '™',
	deg: '°',
	shy: '',
	eacute: 'é',
	egrave: 'è',
	aacute: 'á',
	agrave: 'à',
	iacute: 'í',
	oacute: 'ó',
	uacute: 'ú',
	ccedil: 'ç',
	ntilde: 'ñ',
	auml: 'ä',
	ouml: 'ö',
	uuml: 'ü',
	szlig: 'ß'
};

/** Tags after which the text goes on on a new line. */
const BLOCK_TAGS = new Set([
	'br',
	'p',
	'div',
	'li',
	'ul',
	'ol',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'tr',
	'blockquote',
	'section',
	'article',
	'hr'
]);

/** Tags whose content is never text a reader sees. */
const HIDDEN_TAGS = new Set(['script', 'style', 'template', 'noscript']);

/** Decodes named (a common set), decimal and hexadecimal character references; others stay. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code =
				ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
			const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
			return valid ? String.fromCodePoint(code) : '\uFFFD';
		}
		return NAMED_ENTITIES[ref] ?? NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
	});
}

/**
 * Plain text of an HTML fragment: tags removed (block tags become line breaks), entities
 * decoded, runs of spaces collapsed, blank lines dropped. Text without tags passes unchanged
 * apart from whitespace.
 */
export function htmlToPlainText(html: string): string {
	let out = '';
	let i = 0;
	let hidden: string | undefined;
	while (i < html.length) {
		const lt = html.indexOf('<', i);
		if (lt === -1) {
			if (!hidden) out += html.slice(i);
			break;
		}
		if (!hidden) out += html.slice(i, lt);
		if (html.startsWith('<!--', lt)) {
			const end = html.indexOf('-->', lt + 4);
			i = end === -1 ? html.length : end + 3;
			continue;
		}
		const tag = /^<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 40));
		if (!tag) {
			// A "<" that opens no tag ("a < b") is text.
			if (!hidden) out += '<';
			i = lt + 1;
			continue;
		}
		const end = findTagEnd(html, lt + tag[0].length);
		const name = tag[2]!.toLowerCase();
		const closing = tag[1] === '/';
		if (hidden) {
			if (closing && name === hidden) hidden = undefined;
		} else if (HIDDEN_TAGS.has(name) && !closing && html[end - 2] !== '/') hidden = name;
		else if (BLOCK_TAGS.has(name)) out += '\n';
		i = end;
	}
	return decodeEntities(out)
		.split('\n')
		.map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
}

/** The index just after the `>` that ends a tag, skipping `>` inside quoted attribute values. */
function findTagEnd(html: string, from: number): number {
	let quote: string | undefined;
	for (let i = from; i < html.length; i++) {
		const c = html[i];
		if (quote) {
			if (c === quote) quote = undefined;
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '>') return i + 1;
	}
	return html.length;
}

/** Plain text written so that a reader of HTML (TimelineJS) shows it as the same text. */
export function plainTextToHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/\n/g, '<br>');
}
