/** How the threshold explorer writes its numbers. */
import type { Counts } from '$lib/ml/metrics';
import { counted, plural } from '$lib/format/format';

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

/** How many samples a threshold flags, the verb agreeing: "1 sample scores at or above it and is flagged positive". */
export function flaggedText(counts: Counts | null): string {
	const flagged = counts ? counts.tp + counts.fp : 0;
	return `${counted(flagged, 'sample')} ${plural(flagged, 'scores', 'score')} at or above it and ${plural(flagged, 'is', 'are')} flagged positive`;
}
