/** Ids for imported records: kebab-case, stable for the same input, unique within a list. */

/** A kebab-case id from any text (accents folded, other characters dropped); may be empty. */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

/** True when the text is already a valid chronotext id. */
export function isKebabId(text: string): boolean {
	return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);
}

/**
 * Hands out unique ids: the first request for `base` gets `base`, later ones `base-2`, `base-3`;
 * an empty base becomes `fallback`.
 */
export function idAllocator(fallback: string): (base: string) => string {
	const used = new Set<string>();
	return (base: string) => {
		const root = base || fallback;
		let id = root;
		for (let n = 2; used.has(id); n++) id = `${root}-${n}`;
		used.add(id);
		return id;
	};
}
