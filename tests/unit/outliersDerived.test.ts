/**
 * The flag table and the distribution's text read the flags' groups and counts from the state
 * (`flagGroups`, `Flags.iqrCount` / `zCount`); checked by hand on eight values, and over several
 * seeds against the fences applied to the raw values here.
 */
import { describe, expect, it } from 'vitest';
import { flagBoth, flagGroups } from '$lib/widgets/outliers/analysis';
import { OutliersState } from '$lib/widgets/outliers/State.svelte';
import { openTablePage } from './tablePage';

const page = (params: string) => openTablePage(() => new OutliersState(), params);
const ascending = (x: number[]) => [...x].sort((a, b) => a - b);

describe('the flag table', () => {
	it('by hand: eight values, IQR k = 1.5 and z cut-off 2', () => {
		// sorted −50, 1, 2, 3, 3, 4, 5, 100: Q1 = 1.75, Q3 = 4.25 (linear), IQR 2.5, fences −2 and 8: −50 and 100 out.
		// mean 8.5, σ ≈ 38.7: z(100) ≈ 2.36 passes 2, z(−50) ≈ −1.51 does not.
		const x = [5, 1, 100, 3, 2, 4, -50, 3];
		const flags = flagBoth(x, 1.5, 2);
		expect(flags.iqr.lower).toBeCloseTo(-2, 12);
		expect(flags.iqr.upper).toBeCloseTo(8, 12);
		expect([flags.iqrCount, flags.zCount]).toEqual([2, 1]);
		expect(flagGroups(x, flags)).toEqual([
			{ id: 'both', label: 'Both rules', values: [100] },
			{ id: 'iqr-only', label: 'IQR fences only', values: [-50] },
			{ id: 'z-only', label: 'z cut-offs only', values: [] }
		]);
	});

	it.each([1, 2, 3, 4])('seed %i, skewed values: each row lists its values smallest first', (seed) => {
		const state = page(`src=skewed&seed=${seed}&z=2`);
		const { x } = state.data!;
		const flags = state.flags!;
		const out = (v: number, lower: number | null, upper: number | null) =>
			(lower !== null && v < lower) || (upper !== null && v > upper);
		const byIqr = x.filter((v) => out(v, flags.iqr.lower, flags.iqr.upper));
		const byZ = x.filter((v) => out(v, flags.z.lower, flags.z.upper));
		const both = x.filter(
			(v) => out(v, flags.iqr.lower, flags.iqr.upper) && out(v, flags.z.lower, flags.z.upper)
		);
		const [groupBoth, iqrOnly, zOnly] = state.flagGroups;
		expect(groupBoth.values).toEqual(ascending(both));
		expect(iqrOnly.values).toEqual(ascending(byIqr.filter((v) => !out(v, flags.z.lower, flags.z.upper))));
		expect(zOnly.values).toEqual(ascending(byZ.filter((v) => !out(v, flags.iqr.lower, flags.iqr.upper))));
		expect(flags.iqrCount).toBe(byIqr.length);
		expect(flags.zCount).toBe(byZ.length);
		// skewed data with a cut-off of 2 flag something on the long side
		expect(byIqr.length).toBeGreaterThan(0);
	});
});
