/** A function that remembers its last call. */

/**
 * Wraps `fn` so that a call with the same arguments as the last one (each `===`) returns the
 * last result without calling `fn` again; any other call replaces what is remembered.
 */
export function memoLast<A extends readonly unknown[], R>(
	fn: (...args: A) => R
): (...args: A) => R {
	let last: { args: A; result: R } | undefined;
	return (...args: A) => {
		if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i]))
			return last.result;
		last = { args, result: fn(...args) };
		return last.result;
	};
}
