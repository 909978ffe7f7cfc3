/** Reading JSON with errors a person can act on. */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Problem } from '../model/problems';

const JSON_ERROR: Record<string, string> = {
	InvalidSymbol: 'an unexpected character',
	InvalidNumberFormat: 'a malformed number',
	PropertyNameExpected: 'a property name in double quotes was expected',
	ValueExpected: 'a value was expected',
	ColonExpected: 'a colon was expected',
	CommaExpected: 'a comma was expected',
	CloseBraceExpected: 'a closing } was expected',
	CloseBracketExpected: 'a closing ] was expected',
	EndOfFileExpected: 'the text goes on after the end of the JSON value',
	InvalidCommentToken: 'comments are not allowed in JSON',
	UnexpectedEndOfComment: 'comments are not allowed in JSON',
	UnexpectedEndOfString: 'a string is not closed',
	UnexpectedEndOfNumber: 'a number is cut off',
	InvalidUnicode: 'an invalid \\u escape',
	InvalidEscapeCharacter: 'an invalid escape after \\',
	InvalidCharacter: 'a control character inside a string'
};

/**
 * Reads JSON text; a syntax error becomes a Problem with its line, column and cause (located by
 * jsonc-parser, since JSON.parse's messages differ between engines and often lack a position).
 * A leading byte-order mark is dropped, as a browser's fetch does, so every way in agrees.
 */
export function parseJson(
	input: string,
	file: string
): { ok: true; value: unknown } | { ok: false; problem: Problem } {
	const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		const errors: ParseError[] = [];
		parse(text, errors, { disallowComments: true, allowTrailingComma: false });
		const first = errors[0];
		let where = '';
		if (first) {
			const before = text.slice(0, first.offset);
			const line = before.split('\n').length;
			where = ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}: ${JSON_ERROR[printParseErrorCode(first.error)] ?? 'a syntax error'}`;
		}
		return {
			ok: false,
			problem: {
				file,
				message: `is not valid JSON${where}`,
				fix: 'check for a missing comma or quote, or a trailing comma, near that place.'
			}
		};
	}
}
