/**
 * Regression error metrics, as scikit-learn defines them (re-exported from `metrics.ts`,
 * where callers import them): the residual list, MSE, RMSE, MAE, R² and MAPE.
 */
import { checkPaired } from './curves';

/**
 * The epsilon scikit-learn's mean_absolute_percentage_error divides by when an actual is 0:
 * NumPy's float64 machine epsilon (`np.finfo(np.float64).eps`), which is Number.EPSILON.
 */
export const MAPE_EPSILON = Number.EPSILON;

/** Output of {@link regressionMetrics}; errors are in the units of y (MSE in units²). */
export interface RegressionMetrics {
	mse: number;
	rmse: number;
	mae: number;
	r2: number | null;
	/**
	 * Mean absolute percentage error as a fraction (0.25 is 25%): the mean of |y − ŷ| / |y|.
	 * Null when an actual is 0 (|y| below {@link MAPE_EPSILON}): that point's percentage error is
	 * a division by zero, so the mean is undefined.
	 */
	mape: number | null;
	/**
	 * scikit-learn's mean_absolute_percentage_error: each |y − ŷ| divided by max(|y|, ε), a
	 * fraction. Equal to `mape` when no actual is 0; otherwise finite but astronomically large
	 * (a 1-unit miss at y = 0 counts as 4.5 × 10¹⁵), which is why `mape` says undefined instead.
	 */
	mapeSklearn: number;
	/** How many actuals are 0 (|y| below ε): the points that make `mape` undefined. */
	zeroActuals: number;
}

/**
 * The residuals y − ŷ, one per sample, in the units of y (positive: the model predicted too
 * little). Inputs: equal-length non-empty arrays of finite numbers; throws otherwise.
 */
export function residuals(yTrue: readonly number[], yPred: readonly number[]): number[] {
	checkPaired('yTrue', yTrue, 'yPred', yPred);
	if (yTrue.length === 0) throw new Error('yTrue is empty');
	return yTrue.map((y, i) => y - yPred[i]);
}

/**
 * Regression error metrics, as scikit-learn's mean_squared_error,
 * root_mean_squared_error, mean_absolute_error, r2_score and
 * mean_absolute_percentage_error.
 *
 * Inputs: `yTrue`, `yPred`, equal-length non-empty arrays of finite numbers.
 * Output: {@link RegressionMetrics}: mse (units²), rmse and mae (units of y),
 * r2 = 1 − SS_res/SS_tot (unitless, <= 1, may be very negative), mape and
 * mapeSklearn (fractions). r2 is null when yTrue is constant (SS_tot = 0);
 * scikit-learn reports 1 for a perfect prediction and 0 otherwise there.
 * mape is null when an actual is 0, where scikit-learn divides by ε instead.
 * Throws for empty, unequal-length or non-finite input, or values so large
 * that a squared error overflows.
 */
export function regressionMetrics(yTrue: readonly number[], yPred: readonly number[]): RegressionMetrics {
	checkPaired('yTrue', yTrue, 'yPred', yPred);
	const n = yTrue.length;
	if (n === 0) throw new Error('yTrue is empty');
	let mean = 0;
	for (const v of yTrue) mean += v;
	mean /= n;
	let ssRes = 0;
	let absSum = 0;
	let ssTot = 0;
	let percentSum = 0;
	let zeroActuals = 0;
	let constant = true;
	for (let i = 0; i < n; i++) {
		const e = yTrue[i] - yPred[i];
		ssRes += e * e;
		absSum += Math.abs(e);
		ssTot += (yTrue[i] - mean) ** 2;
		const size = Math.abs(yTrue[i]);
		if (size < MAPE_EPSILON) zeroActuals++;
		percentSum += Math.abs(e) / Math.max(size, MAPE_EPSILON);
		if (yTrue[i] !== yTrue[0]) constant = false;
	}
	if (!Number.isFinite(ssRes) || !Number.isFinite(ssTot) || !Number.isFinite(percentSum)) {
		throw new Error('regressionMetrics: values are too large; the squared errors overflow');
	}
	const mse = ssRes / n;
	// Checked directly: the float mean of equal values can differ from them by
	// an ulp, which would turn 0/0 into a huge negative R².
	const r2 = constant || ssTot === 0 ? null : 1 - ssRes / ssTot;
	const mapeSklearn = percentSum / n;
	return {
		mse,
		rmse: Math.sqrt(mse),
		mae: absSum / n,
		r2,
		mape: zeroActuals > 0 ? null : mapeSklearn,
		mapeSklearn,
		zeroActuals
	};
}
