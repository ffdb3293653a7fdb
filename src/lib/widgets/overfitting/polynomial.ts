/**
 * The polynomial tab's numbers: a noisy sine, split into training and validation points,
 * fitted by least squares or ridge at each degree (regression.ts), and scored by RMSE.
 */
import { makeRegression1D } from '$lib/ml/datasets';
import { regressionMetrics } from '$lib/ml/metrics';
import { fitPolynomial, type PolynomialFit } from '$lib/ml/regression';
import { splitSizes, trainValTestSplit } from '$lib/ml/split';

export const MAX_DEGREE = 15;
/** Fewest training points the tab allows: two fix a line (degree 1) without a penalty, so the U chart is never empty. */
export const MIN_TRAIN_POINTS = 2;
/** The points and training-share controls' ranges (the URL's limits; the share moves in steps of 5%). */
export const POINTS_RANGE = { min: 5, max: 200 } as const;
export const SHARE_RANGE = { min: 10, max: 90, step: 5 } as const;
/** log10 of the ridge penalty at or below which it is off (plain least squares). */
export const PENALTY_OFF = -9;

export interface PolySample {
	x: number[];
	y: number[];
}

export interface PolyData {
	train: PolySample;
	val: PolySample;
}

/** The ridge penalty λ for a slider position (log10 λ); 0 at the far left. */
export function penaltyOf(logPenalty: number): number {
	return logPenalty <= PENALTY_OFF ? 0 : 10 ** logPenalty;
}

/** The split's fractions for a validation share in percent. */
const shares = (valPercent: number) => ({ train: 1 - valPercent / 100, val: valPercent / 100, test: 0 });

/**
 * Training points left when valPercent of n is held out: the split's own rounding (the held-out
 * part rounds up, as scikit-learn's test_size), or 0 where the split would leave none.
 */
export function trainingCount(n: number, valPercent: number): number {
	try {
		return splitSizes(n, shares(valPercent)).train;
	} catch {
		return 0;
	}
}

/** Whether n points with valPercent held out leave enough to fit (at least {@link MIN_TRAIN_POINTS}). */
export function splitLeavesEnough(n: number, valPercent: number): boolean {
	return trainingCount(n, valPercent) >= MIN_TRAIN_POINTS;
}

/** The smallest training share (percent, on the slider's steps) that leaves enough training points out of n. */
export function minTrainShare(n: number): number {
	for (let share = SHARE_RANGE.min; share < SHARE_RANGE.max; share += SHARE_RANGE.step)
		if (splitLeavesEnough(n, 100 - share)) return share;
	return SHARE_RANGE.max;
}

/** The fewest points that leave enough training points at this training share (percent). */
export function minPoints(trainShare: number): number {
	for (let n = POINTS_RANGE.min; n < POINTS_RANGE.max; n++)
		if (splitLeavesEnough(n, 100 - trainShare)) return n;
	return POINTS_RANGE.max;
}

/**
 * n noisy samples of sin 2πx, a seeded share held out for validation (the split's seed apart
 * from the data's). Throws where fewer than {@link MIN_TRAIN_POINTS} would be left to train on:
 * the page's controls and its link decoder keep away from that (see `minTrainShare`, `minPoints`).
 */
export function polyData(n: number, noise: number, seed: number, valPercent: number): PolyData {
	const left = trainingCount(n, valPercent);
	if (left < MIN_TRAIN_POINTS)
		throw new Error(
			`holding out ${valPercent}% of ${n} points leaves ${left} for training; a fit needs at least ${MIN_TRAIN_POINTS}`
		);
	const data = makeRegression1D({ n, noise, seed });
	const { train, val } = trainValTestSplit(n, { ...shares(valPercent), seed: seed + 1_000_003 });
	const pick = (indices: number[]) => ({
		x: indices.map((i) => data.X[i][0]),
		y: indices.map((i) => data.y[i])
	});
	return { train: pick(train), val: pick(val) };
}

export interface PolyScore {
	degree: number;
	/** The fit, or why there is none (too few distinct points for the degree without a penalty). */
	fit: PolynomialFit | null;
	problem: string | null;
	trainRmse: number | null;
	valRmse: number | null;
	/** √(Σ_{p≥1} c_p²): the coefficients' size that ridge shrinks (the intercept is not penalised). */
	norm: number | null;
}

/** Fits one degree at one penalty and scores it on both parts. */
export function scoreFit(data: PolyData, degree: number, l2: number): PolyScore {
	try {
		const fit = fitPolynomial(data.train.x, data.train.y, degree, { l2 });
		const rmse = (part: PolySample) => regressionMetrics(part.y, fit.predict(part.x)).rmse;
		return {
			degree,
			fit,
			problem: null,
			trainRmse: rmse(data.train),
			valRmse: rmse(data.val),
			norm: coefficientNorm(fit.coefficients)
		};
	} catch (error) {
		return {
			degree,
			fit: null,
			problem: error instanceof Error ? error.message : String(error),
			trainRmse: null,
			valRmse: null,
			norm: null
		};
	}
}

export function coefficientNorm(coefficients: readonly number[]): number {
	return Math.sqrt(coefficients.slice(1).reduce((sum, c) => sum + c * c, 0));
}

/** Every degree 1…15 at one penalty: the U of validation error. */
export function degreeSweep(data: PolyData, l2: number): PolyScore[] {
	return Array.from({ length: MAX_DEGREE }, (_, i) => scoreFit(data, i + 1, l2));
}

/** One degree over the penalty slider's range (log10 λ from −8 to 2 in halves): the shrinking of the weights. */
export function penaltySweep(data: PolyData, degree: number): { logPenalty: number; score: PolyScore }[] {
	return Array.from({ length: 21 }, (_, i) => -8 + i * 0.5).map((logPenalty) => ({
		logPenalty,
		score: scoreFit(data, degree, 10 ** logPenalty)
	}));
}

/** The fitted degree with the lowest validation RMSE (the lower degree on a tie); null when no degree has a fit. */
export function lowestValidation(sweep: readonly PolyScore[]): PolyScore | null {
	let best: PolyScore | null = null;
	for (const score of sweep)
		if (score.valRmse !== null && (best === null || score.valRmse < best.valRmse!)) best = score;
	return best;
}

/**
 * The degrees whose training RMSE is above the next lower fitted degree's. Without a penalty
 * there are none (a higher degree can always copy the lower one's curve); with one there can
 * be, where λ charges the extra coefficients more than they gain on the training points.
 * Relative slack 1e-9: least squares at degree 15 is exact only to rounding.
 */
export function degreesWhereTrainingRises(sweep: readonly PolyScore[]): number[] {
	const fitted = sweep.filter((s) => s.trainRmse !== null);
	return fitted
		.filter((s, i) => i > 0 && s.trainRmse! > fitted[i - 1].trainRmse! * (1 + 1e-9))
		.map((s) => s.degree);
}

/** Degrees as short ranges for a sentence: [2, 3, 4, 7] → "2–4 and 7". */
export function degreeRanges(degrees: readonly number[]): string {
	const runs: string[] = [];
	for (let i = 0; i < degrees.length; i++) {
		let j = i;
		while (j + 1 < degrees.length && degrees[j + 1] === degrees[j] + 1) j++;
		runs.push(j > i ? `${degrees[i]}–${degrees[j]}` : String(degrees[i]));
		i = j;
	}
	return runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}` : (runs[0] ?? '');
}
