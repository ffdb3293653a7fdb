/** The model the widget scores: a straight line, fitted by least squares or kept fixed. */
import { fitPolynomial } from '$lib/ml/regression';

/** A point (x, actual y) in the data's units. */
export type Point = [number, number];

/** A line: prediction = slope · x + intercept. */
export interface Line {
	slope: number;
	intercept: number;
}

/**
 * The least-squares line through `points` (scikit-learn's LinearRegression, one feature).
 * When every x is the same the slope is not determined: the line is then flat at the mean of
 * y, the best constant, so the page never shows NaN.
 */
export function fitLine(points: readonly Point[]): Line {
	const x = points.map((p) => p[0]);
	const y = points.map((p) => p[1]);
	if (new Set(x).size < 2) return { slope: 0, intercept: y.reduce((s, v) => s + v, 0) / y.length };
	const [intercept, slope] = fitPolynomial(x, y, 1).coefficients;
	return { slope, intercept };
}

/** The line's prediction at x. */
export const predictAt = (line: Line, x: number): number => line.slope * x + line.intercept;

/** A coordinate snapped to the 0.1 grid the link carries, within [min, max]. */
export function snap(value: number, min: number, max: number): number {
	const snapped = Math.round(value * 10) / 10 + 0;
	return Math.min(max, Math.max(min, snapped));
}
