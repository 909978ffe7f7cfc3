/**
 * The keys of the WAI-ARIA menu button pattern that open its menu: Enter, Space or ↓ on the
 * first item, ↑ on the last.
 */
export function menuOpenKey(key: string): 'first' | 'last' | undefined {
	if (key === 'ArrowUp') return 'last';
	return ['Enter', ' ', 'ArrowDown'].includes(key) ? 'first' : undefined;
}
