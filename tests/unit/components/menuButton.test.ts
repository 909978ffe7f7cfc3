import { describe, expect, it } from 'vitest';
import { menuOpenKey } from '$lib/components/menuButton';

describe('menuOpenKey', () => {
	it('opens on the first item with Enter, Space and ↓, on the last with ↑', () => {
		expect(menuOpenKey('Enter')).toBe('first');
		expect(menuOpenKey(' ')).toBe('first');
		expect(menuOpenKey('ArrowDown')).toBe('first');
		expect(menuOpenKey('ArrowUp')).toBe('last');
	});

	it('leaves other keys alone', () => {
		for (const key of ['Tab', 'Escape', 'a', 'Home', 'End', 'ArrowLeft', 'Spacebar'])
			expect(menuOpenKey(key)).toBeUndefined();
	});
});
