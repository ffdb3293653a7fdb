/**
 * Predict-then-see questions: each names a change to the state on screen, its key comes from
 * evaluating the changed state (the same engine the page runs), and "Show me" opens that state.
 */
import { showMe } from '$lib/quiz/quiz';
import { evaluate } from './analysis';
import { regressionCodec, type RegressionUrlState } from './codec';
import { num, signed } from './explain';
import type { Generator } from './quizView';

const see = (label: string, input: RegressionUrlState, change: Partial<RegressionUrlState>) =>
	showMe(label, regressionCodec, input, change);

const modelWords = (input: RegressionUrlState) =>
	input.fit === 'refit' ? 'the line refitted after the change' : 'the model kept fixed';

export const growthOptions = [
	'RMSE changes by the larger factor',
	'MAE changes by the larger factor',
	'Both by the same factor'
];

/** How far a growth factor is from no change, either way (×4 and ×¼ are as far). */
const change = (factor: number) => Math.abs(Math.log(factor));

/** Raise the big error: which of MAE and RMSE grows by the larger factor? */
const bigError: Generator = ({ input, evaluation }, rng) => {
	const big = input.big <= 4 ? [6, 8, 10][rng.int(3)] : 0;
	if (big === input.big) return null;
	const after = evaluate({ ...input, big });
	const [mae0, rmse0] = [evaluation.metrics.mae, evaluation.metrics.rmse];
	if (mae0 === 0 || rmse0 === 0 || after.metrics.mae === 0) return null;
	const maeFactor = after.metrics.mae / mae0;
	const rmseFactor = after.metrics.rmse / rmse0;
	if (Math.abs(change(maeFactor) - change(rmseFactor)) < 0.05) return null;
	const answer = change(rmseFactor) > change(maeFactor) ? growthOptions[0] : growthOptions[1];
	return {
		id: 'big-error-growth',
		form: 'predict',
		kind: 'choice',
		prompt: `Now MAE is ${num(mae0)} and RMSE ${num(rmse0)}. Set the big error on P${input.pts.length} to ${big}, with ${modelWords(input)}. Which metric changes by the larger factor?`,
		options: growthOptions,
		answer,
		explanation: `MAE becomes ${num(after.metrics.mae)} (×${num(maeFactor)}) and RMSE ${num(after.metrics.rmse)} (×${num(rmseFactor)}). RMSE squares each error before averaging, so the largest error weighs most in it: adding a big one raises RMSE by more, removing it lowers RMSE by more.`,
		see: see(`big error ${big}`, input, { big })
	};
};

export const r2Options = [
	'Above 0: better than predicting the mean',
	'Below 0: worse than predicting the mean'
];

/** Shift every prediction: is R² still above 0? */
const biasR2: Generator = ({ input }, rng) => {
	const candidates = [-4, -3, -2, 2, 3, 4].filter((b) => b !== input.bias);
	const bias = candidates[rng.int(candidates.length)];
	const after = evaluate({ ...input, bias });
	if (after.metrics.r2 === null) return null;
	return {
		id: 'bias-r2',
		form: 'predict',
		kind: 'choice',
		prompt: `Set the bias to ${signed(bias)}: every prediction ${bias > 0 ? 'rises' : 'drops'} by ${num(Math.abs(bias))}, with ${modelWords(input)}. The actuals have a variance of ${num(after.baseline.mse)}. Where will R² be?`,
		options: r2Options,
		answer: after.metrics.r2 < 0 ? r2Options[1] : r2Options[0],
		explanation: `R² becomes ${num(after.metrics.r2)}: the model's MSE is ${num(after.metrics.mse)} against ${num(after.baseline.mse)} for predicting the mean (${num(after.mean)}) everywhere. R² = 1 − MSE / MSE(mean), so it is below 0 exactly when the model's MSE is the larger.`,
		see: see(`bias ${signed(bias)}`, input, { bias })
	};
};

/** A least-squares line shifted by b: MSE rises by exactly b² (its residuals average 0). */
const biasMse: Generator = ({ input, evaluation }, rng) => {
	if (input.fit !== 'refit' || input.bias !== 0) return null;
	const bias = [1, 1.5, 2, 2.5][rng.int(4)];
	const after = evaluate({ ...input, bias });
	const rise = after.metrics.mse - evaluation.metrics.mse;
	return {
		id: 'bias-mse',
		form: 'predict',
		kind: 'number',
		prompt: `The line is the least-squares fit and MSE is ${num(evaluation.metrics.mse)}. Set the bias to +${bias}, so every prediction is ${bias} higher. By how much does MSE rise?`,
		answer: rise,
		tolerance: 0.01,
		explanation: `It rises by ${num(rise)} = ${bias}². A least-squares line with an intercept leaves residuals that average 0, so shifting every prediction by b adds exactly b² to the mean squared error (the cross term vanishes).`,
		see: see(`bias +${bias}`, input, { bias })
	};
};

export const zeroOptions = [
	'Undefined: one percentage error divides by zero',
	'About the same as now',
	'Smaller than now'
];

/** Drag a point's actual to 0: what becomes of MAPE? */
const zeroActual: Generator = ({ input, evaluation }) => {
	if (evaluation.metrics.mape === null) return null;
	// the point nearest 0 (but not the one with the big error), moved to exactly 0
	const last = input.pts.length - 1;
	const index = input.pts
		.map((p, i) => i)
		.filter((i) => i !== last)
		.reduce((best, i) => (Math.abs(input.pts[i][1]) < Math.abs(input.pts[best][1]) ? i : best), 0);
	const pts = input.pts.map(([x, y], i): [number, number] => [x, i === index ? 0 : y]);
	const after = evaluate({ ...input, pts });
	const answer =
		after.metrics.mape === null
			? zeroOptions[0]
			: after.metrics.mape < evaluation.metrics.mape
				? zeroOptions[2]
				: zeroOptions[1];
	return {
		id: 'zero-actual',
		form: 'predict',
		kind: 'choice',
		prompt: `P${index + 1}'s actual is ${num(input.pts[index][1])}. Drag it to exactly 0 (same x), with ${modelWords(input)}. What becomes of MAPE?`,
		options: zeroOptions,
		answer,
		explanation: `MAPE averages |y − ŷ| / |y|; at y = 0 that is a division by zero, so MAPE is undefined (MAE, RMSE and R² are all still fine). scikit-learn divides by a tiny ε instead and reports ${num(after.metrics.mapeSklearn)}, a meaningless number.`,
		see: see(`P${index + 1} at 0`, input, { pts })
	};
};

export const predictGenerators: Generator[] = [bigError, biasR2, biasMse, zeroActual];
