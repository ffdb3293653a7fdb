/** Counts and scores in words for the split pages: "1 row", "96.3%", "+3.1 points". */
export { counted } from '$lib/ui/format';

/** A score as a percentage with one decimal: 0.9625 → "96.3%"; no score (null) is "—". */
export function asPercent(value: number | null): string {
	return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

/** A difference of two scores in percentage points, signed: 0.031 → "+3.1 points". */
export function asPoints(difference: number): string {
	const rounded = Number((difference * 100).toFixed(1));
	const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
	return `${sign}${Math.abs(rounded).toFixed(1)} ${Math.abs(rounded) === 1 ? 'point' : 'points'}`;
}
