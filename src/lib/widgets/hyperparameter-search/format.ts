/** How the hyperparameter-search page writes its numbers: scores to three decimals, values to their scale. */
import { exponentText, formatFixed, formatValue } from '$lib/format/format';

/** A validation accuracy: 0.932. */
export const formatScore = (score: number) => formatFixed(score, 3);

/** A hyperparameter's value: 0.254, 0.002, 1e-5 (three significant digits, exponent form below 0.001). */
export const formatParam = (value: number) =>
	value !== 0 && Math.abs(value) < 1e-3 ? exponentText(value, 2) : formatValue(Number(value.toPrecision(3)));

/** A list of values: "0.15, 0.41 and 0.67". */
export function listValues(values: readonly number[]): string {
	const texts = values.map(formatParam);
	return texts.length <= 1 ? (texts[0] ?? '') : `${texts.slice(0, -1).join(', ')} and ${texts.at(-1)}`;
}
