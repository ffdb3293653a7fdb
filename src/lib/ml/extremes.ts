/**
 * The largest and smallest of many numbers, in a loop. `Math.max(...values)` passes every
 * value as an argument, and an engine has a limit on arguments (in V8 about 120,000 for
 * Math.max, fewer in deep call stacks): past it the page throws "Maximum call stack size
 * exceeded". Data can hold 200,000 rows; use these instead of a spread.
 */

/** The largest of `values` (−Infinity for none, as Math.max()). NaN anywhere gives NaN, as Math.max. */
export function largest(values: ArrayLike<number>): number {
	let best = -Infinity;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v > best || Number.isNaN(v)) best = v;
		if (Number.isNaN(best)) return NaN;
	}
	return best;
}

/** The smallest of `values` (Infinity for none, as Math.min()). NaN anywhere gives NaN, as Math.min. */
export function smallest(values: ArrayLike<number>): number {
	let best = Infinity;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v < best || Number.isNaN(v)) best = v;
		if (Number.isNaN(best)) return NaN;
	}
	return best;
}

/** The largest |value| of a matrix's entries (0 for none). */
export function largestMagnitude(rows: readonly (readonly number[])[]): number {
	let best = 0;
	for (const row of rows) {
		for (const v of row) {
			const size = Math.abs(v);
			if (size > best) best = size;
		}
	}
	return best;
}

/** Appends every item of `source` to `target` in place, one at a time (push(...source) spreads too). */
export function appendAll<T>(target: T[], source: readonly T[]): void {
	for (const item of source) target.push(item);
}
