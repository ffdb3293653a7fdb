/**
 * The regression-metrics widget's state in the URL: one table of fields. The points are in the
 * link (a few, on a 0.1 grid), so a share link shows exactly the points the sender dragged.
 */
import { defineCodec, enumField, intField, listField, numberField } from '$lib/url/codec';
import type { Field, StateOf } from '$lib/url/codec';
import { fitLine, type Point } from './line';

export type FitMode = 'refit' | 'fixed';
export type Residuals = 'both' | 'squares' | 'segments';

/** Where a point may be, in data units: the plot's x span and the actuals' range. */
export const POINT_X = { min: 0, max: 10 } as const;
export const POINT_Y = { min: -2, max: 12 } as const;
/** Points snap to this grid (one decimal): links stay short and every value reads as typed. */
export const GRID = 0.1;
export const POINT_COUNT = { min: 3, max: 12 } as const;

/** The default points: a rising trend with errors of about one unit either way. */
export const defaultPoints: Point[] = [
	[1, 1.2],
	[2, 3.6],
	[3, 2.7],
	[4, 5.6],
	[5, 4.3],
	[6, 6.9],
	[7, 8.2],
	[8, 6.9]
];
/** The least-squares line of the default points: the fixed model until the learner fixes another. */
export const defaultLine = fitLine(defaultPoints);

/** A coordinate on the grid within [min, max], or null. */
function gridValue(raw: string, min: number, max: number): number | null {
	if (!/^-?\d+(\.\d)?$/.test(raw)) return null;
	const value = Number(raw) + 0;
	return value >= min && value <= max ? value : null;
}

function parsePoint(raw: string): Point | null {
	const parts = raw.split('_');
	if (parts.length !== 2) return null;
	const x = gridValue(parts[0], POINT_X.min, POINT_X.max);
	const y = gridValue(parts[1], POINT_Y.min, POINT_Y.max);
	return x === null || y === null ? null : [x, y];
}

/** The points as "x_y" items joined by "*": characters URLSearchParams writes unescaped, so a link stays readable. */
function pointList(): Field<Point[]> {
	const field = listField<Point>(defaultPoints, '*', parsePoint, POINT_COUNT, ([x, y]) => `${x}_${y}`, 12);
	return {
		...field,
		// points are pairs: equal when every coordinate is
		equals: (a, b) => a.length === b.length && a.every((p, i) => p[0] === b[i][0] && p[1] === b[i][1]),
		edges: [
			Array.from({ length: POINT_COUNT.min }, (_, i) => `${POINT_X.min + i}_${POINT_Y.min}`).join('*'),
			Array.from({ length: POINT_COUNT.max }, (_, i) => `${(i * 9) / 10}_${POINT_Y.max}`).join('*')
		]
	};
}

export const regressionCodec = defineCodec({
	/** The points (x, actual y), in order; the last one carries the big error. */
	pts: pointList(),
	/** Refit the least-squares line to the points after every change, or keep the model (slope, icpt) fixed. */
	fit: enumField<FitMode>('refit', ['refit', 'fixed']),
	/** The fixed model's line: prediction = slope · x + icpt (read when fit is 'fixed'). */
	slope: numberField(defaultLine.slope, -50, 50),
	icpt: numberField(defaultLine.intercept, -200, 200),
	/** Added to every prediction: a model that is biased high (positive) or low. */
	bias: numberField(0, -5, 5, 0.1),
	/** Added to the last point's actual: one big error. */
	big: numberField(0, 0, 10, 0.5),
	/** How the residuals are drawn: squares (area = squared error), segments (length = |error|), or both. */
	draw: enumField<Residuals>('both', ['both', 'squares', 'segments']),
	/** Which "check yourself" questions are asked. */
	q: intField(1, 1, 1_000_000)
});

export type RegressionUrlState = StateOf<typeof regressionCodec>;
