/**
 * What the regression-metrics page shows, as pure functions of its link state: the line in
 * force, each point's prediction and error, the metrics (the engine's), the mean's baseline,
 * and the comparisons the callouts, story and questions quote. The state derives each once.
 */
import { regressionMetrics, residuals, type RegressionMetrics } from '$lib/ml/metrics';
import { POINT_X, POINT_Y, type RegressionUrlState } from './codec';
import { fitLine, predictAt, type Line, type Point } from './line';

/** One point's row: where it is, what the model predicts, and its error in each metric's terms. */
export interface PointRow {
	/** 1-based, as the chart labels the points (P1, P2, …). */
	number: number;
	x: number;
	actual: number;
	predicted: number;
	/** y − ŷ (positive: the model predicted too little). */
	error: number;
	squared: number;
	/** |y − ŷ| / |y| as a fraction; null when the actual is 0. */
	percent: number | null;
}

export interface Evaluation {
	/** The model's line before the bias: least squares on these points, or the fixed one. */
	line: Line;
	bias: number;
	/** The points as scored: the last one's actual carries the big error. */
	points: Point[];
	rows: PointRow[];
	metrics: RegressionMetrics;
	/** The mean of the actuals: the baseline model predicts it for every point. */
	mean: number;
	/** The baseline's metrics: its MSE is the variance of y, the denominator of R². */
	baseline: RegressionMetrics;
	/** R² below 0: the model's squared errors add up to more than the mean's. */
	worseThanMean: boolean;
	/** The row with the largest |error| (the first such). */
	largest: PointRow;
	/** The largest error's share of the sum of squared errors, a fraction. */
	largestShare: number;
}

/** The points as scored: the big error added to the last point's actual. */
export function scoredPoints(input: Pick<RegressionUrlState, 'pts' | 'big'>): Point[] {
	const last = input.pts.length - 1;
	return input.pts.map(([x, y], i) => [x, i === last ? y + input.big : y]);
}

/** The line in force: refitted to the points as scored, or the fixed model. */
export function modelLine(input: RegressionUrlState, points: readonly Point[]): Line {
	return input.fit === 'refit' ? fitLine(points) : { slope: input.slope, intercept: input.icpt };
}

/** Everything the page shows for a link state. */
export function evaluate(input: RegressionUrlState): Evaluation {
	const points = scoredPoints(input);
	const line = modelLine(input, points);
	const actual = points.map((p) => p[1]);
	const predicted = points.map(([x]) => predictAt(line, x) + input.bias);
	const metrics = regressionMetrics(actual, predicted);
	const errors = residuals(actual, predicted);
	const mean = actual.reduce((s, v) => s + v, 0) / actual.length;
	const baseline = regressionMetrics(
		actual,
		actual.map(() => mean)
	);
	const rows = points.map(([x, y], i) => ({
		number: i + 1,
		x,
		actual: y,
		predicted: predicted[i],
		error: errors[i],
		squared: errors[i] ** 2,
		percent: y === 0 ? null : Math.abs(errors[i]) / Math.abs(y)
	}));
	const largest = rows.reduce((best, row) => (Math.abs(row.error) > Math.abs(best.error) ? row : best));
	const sumSquares = metrics.mse * rows.length;
	return {
		line,
		bias: input.bias,
		points,
		rows,
		metrics,
		mean,
		baseline,
		worseThanMean: metrics.r2 !== null && metrics.r2 < 0,
		largest,
		largestShare: sumSquares === 0 ? 0 : largest.squared / sumSquares
	};
}

/** What the big error did: MAE and RMSE with it and without it (the same points and model, big = 0). */
export interface BigErrorEffect {
	big: number;
	/** The point that carries it (1-based). */
	point: number;
	maeBefore: number;
	maeAfter: number;
	rmseBefore: number;
	rmseAfter: number;
	/** After ÷ before; null when the error was 0 before (a perfect fit). */
	maeGrowth: number | null;
	rmseGrowth: number | null;
	/** RMSE grew by a larger factor than MAE: the squares weigh the big error more. */
	rmseGrewMore: boolean;
}

export function bigErrorEffect(now: Evaluation, clean: Evaluation, big: number): BigErrorEffect {
	const grow = (after: number, before: number) => (before === 0 ? null : after / before);
	const maeGrowth = grow(now.metrics.mae, clean.metrics.mae);
	const rmseGrowth = grow(now.metrics.rmse, clean.metrics.rmse);
	return {
		big,
		point: now.rows.length,
		maeBefore: clean.metrics.mae,
		maeAfter: now.metrics.mae,
		rmseBefore: clean.metrics.rmse,
		rmseAfter: now.metrics.rmse,
		maeGrowth,
		rmseGrowth,
		rmseGrewMore:
			now.metrics.rmse - clean.metrics.rmse > now.metrics.mae - clean.metrics.mae &&
			(maeGrowth === null || rmseGrowth === null || rmseGrowth > maeGrowth)
	};
}

/** The points that make MAPE undefined (actual exactly 0), 1-based. */
export const zeroActualPoints = (evaluation: Evaluation): number[] =>
	evaluation.rows.filter((row) => row.percent === null).map((row) => row.number);

/** The row with the largest percentage error (null when an actual is 0: MAPE is undefined). */
export function largestPercent(evaluation: Evaluation): PointRow | null {
	if (zeroActualPoints(evaluation).length > 0) return null;
	return evaluation.rows.reduce((best, row) => ((row.percent ?? 0) > (best.percent ?? 0) ? row : best));
}

/** The plot's domain: the points' whole range, widened only when the big error lifts a point above it (so a drag never rescales the plot under the pointer). */
export function plotDomain(points: readonly Point[]): { x: [number, number]; y: [number, number] } {
	let highest = POINT_Y.max as number;
	for (const [, y] of points) highest = Math.max(highest, y);
	// a unit of room above a lifted point, for its dot and its label
	return { x: [POINT_X.min, POINT_X.max], y: [POINT_Y.min, highest > POINT_Y.max ? highest + 1 : highest] };
}
