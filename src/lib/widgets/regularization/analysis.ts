/**
 * Every number the L1 vs L2 widget shows, from one table and the penalty settings: the fit at
 * one λ (coefficients, weights exactly zero, training and validation error), the same along the
 * slider's grid of λ (the paths and the U), and the λ with the lowest validation error.
 * Coefficients are reported per standard deviation of their feature, so one chart compares
 * them whatever their units, scaled or not.
 */
import { fitScaler } from '$lib/ml/scaling';
import { elasticNet, predictLinear, ridge, type LinearFit } from '$lib/ml/linear';
import { LOG_LAMBDA, type Penalty } from './codec';
import type { Problem } from './data';

/**
 * The descent's tolerance: far tighter than sklearn's default 1e-4, so a fit started cold (the
 * chosen λ) and one warm-started along the path agree to about 1e-6, and so do their zeros.
 */
export const FIT_TOL = 1e-8;
const MAX_SWEEPS = 20_000;

export interface PenaltySettings {
	pen: Penalty;
	/** Elastic net's L1 share (read only for 'enet'). */
	mix: number;
	scale: boolean;
}

/** A table made ready to fit: scaled (or not) with the training rows' statistics. */
export interface Design {
	Xtrain: number[][];
	ytrain: number[];
	Xval: number[][];
	yval: number[];
	scale: boolean;
	/** Each feature's σ on the training rows (ddof 0; 1 for a constant one). */
	sd: number[];
	/** The true weights per σ (null for a real table). */
	truth: (number | null)[];
}

/** The fit at one λ. */
export interface LambdaFit {
	logLambda: number;
	lambda: number;
	/** Fitted weight per standard deviation of each feature (training rows' σ). */
	coef: number[];
	/** Fitted weight per unit of each feature, as the model applies it to raw inputs. */
	rawCoef: number[];
	/** Weights exactly 0. */
	zeros: number;
	trainRmse: number;
	valRmse: number;
	/** The weights as the solver sees them (scaled or raw units), to warm-start the next λ. */
	solverCoef: number[];
}

/** The slider's grid of log10 λ, smallest λ first, one entry per slider step. */
export const LOG_GRID: readonly number[] = Array.from(
	{ length: Math.round((LOG_LAMBDA.max - LOG_LAMBDA.min) / LOG_LAMBDA.step) + 1 },
	(_, i) => Number((LOG_LAMBDA.min + i * LOG_LAMBDA.step).toFixed(1))
);

/** Scales the table with the training rows' mean and σ (never the validation rows': they stand for new data). */
export function prepareDesign(problem: Problem, scale: boolean): Design {
	const { train, val } = problem;
	const scaler = fitScaler('standard', train.X);
	const sd = scaler.params.scale;
	return {
		Xtrain: scale ? scaler.transform(train.X) : train.X.map((r) => [...r]),
		ytrain: train.y,
		Xval: scale ? scaler.transform(val.X) : val.X.map((r) => [...r]),
		yval: val.y,
		scale,
		sd,
		truth: problem.features.map((f, j) => (f.truth === null ? null : f.truth * sd[j]))
	};
}

const rmse = (fit: LinearFit, X: number[][], y: number[]) => {
	const predicted = predictLinear(fit, X);
	return Math.sqrt(predicted.reduce((sum, p, i) => sum + (p - y[i]) ** 2, 0) / y.length);
};

/**
 * The fit at one λ. λ is on scikit-learn's ElasticNet scale for every penalty, so all share one
 * axis: L1 is `Lasso(alpha=λ)`, the mix `ElasticNet(alpha=λ, l1_ratio=mix)`, L2 `Ridge(alpha=n·λ)`
 * (the objective of `ElasticNet(l1_ratio=0)` times 2n), and no penalty least squares at any λ.
 * `start` warm-starts the descent (a neighbouring λ's `solverCoef`).
 */
export function fitAtLambda(
	design: Design,
	{ pen, mix }: PenaltySettings,
	logLambda: number,
	start?: number[]
): LambdaFit {
	const lambda = 10 ** logLambda;
	const { Xtrain, ytrain, sd, scale } = design;
	const fit: LinearFit =
		pen === 'l1' || pen === 'enet'
			? elasticNet(Xtrain, ytrain, lambda, pen === 'l1' ? 1 : mix, {
					tol: FIT_TOL,
					maxIter: MAX_SWEEPS,
					start
				})
			: ridge(Xtrain, ytrain, pen === 'l2' ? ytrain.length * lambda : 0);
	return {
		logLambda,
		lambda,
		coef: fit.coef.map((w, j) => (scale ? w : w * sd[j])),
		rawCoef: fit.coef.map((w, j) => (scale ? w / sd[j] : w)),
		zeros: fit.coef.filter((w) => w === 0).length,
		trainRmse: rmse(fit, Xtrain, ytrain),
		valRmse: rmse(fit, design.Xval, design.yval),
		solverCoef: fit.coef
	};
}

/**
 * The path's fits from the largest λ down (each warm-started from the last, as sklearn's
 * `lasso_path` does), one at a time so a caller can pause between them; `atEach` runs after
 * every fit (a slice boundary). Returned smallest λ first, as the grid.
 */
export async function pathFits(
	design: Design,
	settings: PenaltySettings,
	atEach: () => Promise<void> = async () => {}
): Promise<LambdaFit[]> {
	const fits: LambdaFit[] = [];
	if (settings.pen === 'none') {
		// without a penalty λ changes nothing: one fit stands for every λ
		const ols = fitAtLambda(design, settings, LOG_GRID[0]);
		return LOG_GRID.map((logLambda) => ({ ...ols, logLambda, lambda: 10 ** logLambda }));
	}
	let start: number[] | undefined;
	for (const logLambda of [...LOG_GRID].reverse()) {
		const fit = fitAtLambda(design, settings, logLambda, start);
		start = fit.solverCoef;
		fits.push(fit);
		await atEach();
	}
	return fits.reverse();
}

/** The fit with the lowest validation error (the largest λ of equals: the simpler model). */
export function lowestValidation(fits: readonly LambdaFit[]): LambdaFit {
	return fits.reduce((best, fit) => (fit.valRmse <= best.valRmse ? fit : best));
}
