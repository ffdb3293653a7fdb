/** How the threshold explorer writes its numbers. */

/** A threshold: three decimals on the slider's grid, more when a rule put it on an exact score. */
export function formatThreshold(t: number): string {
	const three = t.toFixed(3);
	if (Number(three) === t) return three;
	return String(Number(t.toFixed(6)));
}

/** A threshold moved by `delta` on the 0.01 grid and kept in [0, 1]. */
export function stepThreshold(t: number, delta: number): number {
	const moved = Math.round((t + delta) * 100) / 100;
	return Math.min(1, Math.max(0, moved));
}
