/**
 * The sentences the page, the story and the questions share, worded from an evaluation's
 * numbers (one formatter, so a number reads the same in a callout and in a step).
 */
import { formatPercent, formatShort } from '$lib/format/format';
import { MAPE_EPSILON } from '$lib/ml/metrics';
import { largestPercent, zeroActualPoints, type BigErrorEffect, type Evaluation } from './analysis';

/** A metric's value as the page writes it: four significant digits. */
export const num = (value: number): string => formatShort(value);
/** A growth factor after a number: " (×2.49)"; empty when undefined. */
export const times = (factor: number | null): string =>
	factor === null ? '' : ` (×${formatShort(Number(factor.toPrecision(3)))})`;
/** A signed amount: "+8", "−1.5". */
export const signed = (value: number): string => (value > 0 ? `+${num(value)}` : num(value));

/** How MAE and RMSE read the residuals: segments and squares. */
export function errorSentence({ metrics }: Evaluation): string {
	const ratio = metrics.mae === 0 ? null : metrics.rmse / metrics.mae;
	return (
		`MAE ${num(metrics.mae)} is the average length of the segments; MSE ${num(metrics.mse)} is the average area of the squares, ` +
		`and RMSE ${num(metrics.rmse)} is the side of a square of that area` +
		(ratio === null
			? '.'
			: `: ${num(ratio)} times MAE. RMSE is never below MAE; it is far above it when one error dominates.`)
	);
}

/** What the big error did to MAE and RMSE; null while it is 0. */
export function bigErrorSentence(effect: BigErrorEffect): string | null {
	if (effect.big === 0) return null;
	return (
		`The big error (${signed(effect.big)} on P${effect.point}) took MAE from ${num(effect.maeBefore)} to ${num(effect.maeAfter)}${times(effect.maeGrowth)} ` +
		`and RMSE from ${num(effect.rmseBefore)} to ${num(effect.rmseAfter)}${times(effect.rmseGrowth)}` +
		(effect.rmseGrewMore ? ': squaring makes the one big error count far more.' : '.')
	);
}

/** R² against the baseline that predicts the mean. */
export function r2Sentence({ metrics, baseline, mean }: Evaluation): string {
	if (metrics.r2 === null)
		return 'R² is undefined: every actual is the same, so the mean predicts them all exactly and R² would divide by 0.';
	const r2 = num(metrics.r2);
	if (metrics.r2 < 0)
		return (
			`R² = ${r2}, below 0: the model's MSE (${num(metrics.mse)}) is larger than the MSE of predicting the mean, ${num(mean)}, ` +
			`for every point (${num(baseline.mse)}). A flat line at the mean would do better.`
		);
	return `R² = ${r2}: the model's MSE (${num(metrics.mse)}) is ${formatPercent(metrics.mse / baseline.mse)} of the MSE of predicting the mean, ${num(mean)}, for every point (${num(baseline.mse)}).`;
}

/** MAPE: undefined at a zero actual (with scikit-learn's ε convention), or which point drives it. */
export function mapeSentence(evaluation: Evaluation): string {
	const { metrics } = evaluation;
	const zeros = zeroActualPoints(evaluation);
	if (zeros.length > 0) {
		const which = zeros.map((p) => `P${p}`).join(', ');
		return (
			`MAPE is undefined: ${which} ${zeros.length === 1 ? 'has an actual of' : 'have actuals of'} 0, and a percentage error |y − ŷ| / |y| divides by zero there. ` +
			`scikit-learn's mean_absolute_percentage_error divides by max(|y|, ε) with ε = ${MAPE_EPSILON.toExponential(2)} instead, ` +
			`and would report ${num(metrics.mapeSklearn)} (as a fraction): a number with no meaning.`
		);
	}
	const top = largestPercent(evaluation);
	if (!top || top.percent === null || metrics.mape === null) return '';
	return (
		`MAPE = ${formatPercent(metrics.mape)}. The largest percentage error is P${top.number}'s: actual ${num(top.actual)}, off by ${num(Math.abs(top.error))}, ` +
		`${formatPercent(top.percent)} of it. The same miss on a point near 0 is a huge percentage.`
	);
}

/** The plot's description for screen readers: the model and where its errors are. */
export function plotSentence(evaluation: Evaluation, fit: 'refit' | 'fixed'): string {
	const { line, bias, rows, largest } = evaluation;
	return (
		`${rows.length} points and the ${fit === 'refit' ? 'least-squares line' : 'fixed model'} ŷ = ${num(line.slope)}·x ${line.intercept < 0 ? '−' : '+'} ${num(Math.abs(line.intercept))}` +
		`${bias === 0 ? '' : `, shifted by ${signed(bias)}`}. The largest error is P${largest.number}'s, ${num(largest.error)}.`
	);
}
