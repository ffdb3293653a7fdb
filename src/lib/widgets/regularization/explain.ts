/**
 * The widget's sentences and number formats, from the fits alone: what the chosen λ does to the
 * weights, and where validation error is lowest. The callouts, the story and the questions
 * read these, so a number is written one way everywhere.
 */
import { formatValue } from '$lib/format/format';
import type { Feature } from './data';
import type { LambdaFit } from './analysis';
import type { Penalty } from './codec';

/** A number as the page writes it: four significant digits, a real minus sign. */
export const show = (v: number) => formatValue(v).replace('-', '−');
/** λ from its log10 on the slider's grid: 0.001, 0.0316, 1, 31.62. */
export const lambdaText = (logLambda: number) => show(10 ** logLambda);

export const PENALTY_NAMES: Record<Penalty, string> = {
	none: 'No penalty (least squares)',
	l2: 'L2 (ridge)',
	l1: 'L1 (lasso)',
	enet: 'Elastic net (L1 + L2)'
};

/** The names of the features whose weight is exactly 0 in a fit. */
export const zeroedNames = (fit: LambdaFit, features: readonly Feature[]) =>
	features.filter((_, j) => fit.coef[j] === 0).map((f) => f.name);

/** "x1 copy, noise 1 and noise 3". */
export function listNames(names: readonly string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The sentence beside the zero count: which weights are out, or why none is. */
export function zeroSentence(fit: LambdaFit, features: readonly Feature[], pen: Penalty): string {
	const names = zeroedNames(fit, features);
	if (pen === 'none') return 'Least squares keeps every feature.';
	if (fit.zeros === 0)
		return pen === 'l2'
			? 'L2 shrinks every weight towards 0 but never sets one to 0.'
			: `None yet at λ = ${lambdaText(fit.logLambda)}: raise λ and L1 drops features one by one.`;
	if (fit.zeros === features.length) return 'Every feature is out: the model predicts the training mean.';
	return `Out of the model: ${listNames(names)}.`;
}

/** Validation errors within this share of the lowest count as the bottom of the U: closer than that is noise. */
export const NEAR_BOTTOM = 0.01;

/** Where the chosen λ sits on the U, for the error chart's callout. */
/** `smallest`: the path's fit at the smallest λ (when it is also the best, the curve has no U). */
export function validationSentence(
	chosen: LambdaFit,
	best: LambdaFit,
	smallest: LambdaFit,
	pen: Penalty
): string {
	if (pen === 'none')
		return `Without a penalty λ changes nothing: validation RMSE is ${show(chosen.valRmse)} at every λ.`;
	const here = `At λ = ${lambdaText(chosen.logLambda)} validation RMSE is ${show(chosen.valRmse)} (training ${show(chosen.trainRmse)}).`;
	if (best === smallest)
		return `${here} Validation error is lowest, ${show(best.valRmse)}, at the smallest λ on the slider: no U here. With this many rows for its features the model hardly overfits, so any penalty costs accuracy.`;
	if (chosen.logLambda === best.logLambda)
		return `${here} That is the lowest on the curve: the bottom of the U.`;
	const lowest = `The lowest, ${show(best.valRmse)}, is at λ = ${lambdaText(best.logLambda)}`;
	if (chosen.valRmse <= best.valRmse * (1 + NEAR_BOTTOM))
		return `${here} ${lowest}: within 1%, so you are at the bottom of the U.`;
	const side =
		chosen.logLambda < best.logLambda
			? 'too little penalty: the model fits noise in the training rows'
			: 'too much penalty: the weights are squeezed below the truth';
	return `${here} ${lowest}; here is ${side}.`;
}

/** Sum of |w| over the weights: how far a fit is from all-zero, in σ units of y per σ of x. */
export const l1Size = (coef: readonly number[]) => coef.reduce((sum, w) => sum + Math.abs(w), 0);
