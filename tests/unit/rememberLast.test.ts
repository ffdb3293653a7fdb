import { describe, expect, it } from 'vitest';
import { rememberLast } from '$lib/kit/rememberLast';

describe('rememberLast', () => {
	it('computes once for the same arguments, again when any of them changes', () => {
		let calls = 0;
		const sum = rememberLast((a: number, b: number) => {
			calls++;
			return { total: a + b };
		});
		const first = sum(1, 2);
		expect(sum(1, 2)).toBe(first);
		expect(calls).toBe(1);
		expect(sum(1, 3).total).toBe(4);
		expect(calls).toBe(2);
		// only the last call is kept
		expect(sum(1, 2).total).toBe(3);
		expect(calls).toBe(3);
	});

	it('tells NaN and -0 apart as Object.is does', () => {
		let calls = 0;
		const same = rememberLast((x: number) => (calls++, x));
		same(NaN);
		same(NaN);
		expect(calls).toBe(1);
		same(0);
		same(-0);
		expect(calls).toBe(3);
	});
});
