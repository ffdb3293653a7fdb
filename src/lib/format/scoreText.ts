/** Scores in words for the split lessons, whose scores are ROC AUCs (0 to 1): "0.853", "+0.052". */
import { roundDecimal } from './format';

/** A score with three decimals, rounded as written (0.8525 → "0.853"); no score (null) is "—". */
export function asScore(value: number | null): string {
	return value === null ? '—' : roundDecimal(value, 3).toFixed(3);
}

/** A difference of two scores, signed, three decimals: 0.0524 → "+0.052", −0.01 → "−0.010", 0.0001 → "0.000". */
export function asGain(difference: number): string {
	const rounded = roundDecimal(difference, 3);
	const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
	return `${sign}${Math.abs(rounded).toFixed(3)}`;
}
