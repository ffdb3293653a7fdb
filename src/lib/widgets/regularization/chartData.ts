/**
 * What the two charts draw, from the fits: one line per feature over log10 λ (the paths), and
 * training against validation RMSE (the U), each with its table for screen readers. Pure, so
 * the state derives them once and the charts only draw.
 */
import { categoryColour } from '$lib/charts/palette';
import type { LineSeries, XMarker } from '$lib/charts/LinePlot.svelte';
import type { TableData } from '$lib/charts/ChartTable.svelte';
import { LOG_GRID, type LambdaFit } from './analysis';
import type { Feature } from './data';
import { lambdaText, show } from './explain';

export interface PathChart {
	series: LineSeries[];
	yDomain: [number, number];
	summary: string;
	table: () => TableData;
}

export interface ErrorChart {
	series: LineSeries[];
	/** The λ with the lowest validation error. */
	best: XMarker;
	yDomain: [number, number];
	summary: string;
	table: () => TableData;
}

export const X_DOMAIN: [number, number] = [LOG_GRID[0], LOG_GRID[LOG_GRID.length - 1]];

/** Round a range out a little so lines do not run along the frame. */
function padded(values: number[], floorAtZero = false): [number, number] {
	const lo = Math.min(...values, floorAtZero ? 0 : Infinity);
	const hi = Math.max(...values);
	const pad = (hi - lo || 1) * 0.06;
	return [floorAtZero ? Math.max(0, lo - pad) : lo - pad, hi + pad];
}

export function pathChart(path: readonly LambdaFit[], features: readonly Feature[]): PathChart {
	const x = path.map((f) => f.logLambda);
	const series = features.map((feature, j): LineSeries => ({
		id: `coef-${j}`,
		label: feature.name,
		x,
		y: path.map((f) => f.coef[j]),
		color: categoryColour(j),
		// the features that truly do nothing dashed, so colour is not the only cue
		dashed: feature.truth === 0
	}));
	const first = path[0];
	const last = path[path.length - 1];
	return {
		series,
		yDomain: padded(path.flatMap((f) => f.coef).concat(0)),
		summary: `One line per feature: its weight per σ as λ grows from ${lambdaText(first.logLambda)} to ${lambdaText(last.logLambda)}. At the smallest λ ${first.zeros} of ${features.length} weights are 0; at the largest, ${last.zeros}.`,
		table: () => ({
			columns: ['λ', ...features.map((f) => f.name), 'weights at 0'],
			rows: path.map((f) => [lambdaText(f.logLambda), ...f.coef.map(show), String(f.zeros)])
		})
	};
}

export function errorChart(path: readonly LambdaFit[], best: LambdaFit): ErrorChart {
	const x = path.map((f) => f.logLambda);
	return {
		series: [
			{ id: 'train', label: 'training RMSE', x, y: path.map((f) => f.trainRmse), color: 'var(--series-a)' },
			{
				id: 'val',
				label: 'validation RMSE',
				x,
				y: path.map((f) => f.valRmse),
				color: 'var(--series-b)',
				dashed: true
			}
		],
		// labels without numbers: the key does not reflow as the slider moves (the sentence under the chart gives them)
		best: { id: 'best', label: 'lowest validation error', x: best.logLambda },
		yDomain: padded(
			path.flatMap((f) => [f.trainRmse, f.valRmse]),
			true
		),
		summary: `Training and validation RMSE against λ. Validation RMSE is lowest, ${show(best.valRmse)}, at λ = ${lambdaText(best.logLambda)}.`,
		table: () => ({
			columns: ['λ', 'training RMSE', 'validation RMSE'],
			rows: path.map((f) => [lambdaText(f.logLambda), show(f.trainRmse), show(f.valRmse)])
		})
	};
}

/** The chosen λ's marker, and the lowest validation's unless they coincide. */
export function errorMarkers(chart: ErrorChart, chosen: LambdaFit): XMarker[] {
	const yours = { id: 'chosen', label: 'your λ', x: chosen.logLambda };
	return chart.best.x === chosen.logLambda ? [yours] : [yours, chart.best];
}

/** The x axis' tick text: λ itself, not its log. */
export const lambdaTick = (logLambda: number) => lambdaText(logLambda);

/** One feature's row of the true-against-fitted table. */
export interface CoefficientRow {
	name: string;
	/** True weight per σ (null for a real table). */
	truth: number | null;
	/** Least squares, per σ. */
	ols: number;
	/** The chosen fit, per σ and per unit of the feature. */
	fitted: number;
	perUnit: number;
	/** Where the bars end, as shares of the table's largest |weight| (−1 to 1). */
	fittedShare: number;
	truthShare: number | null;
}

export function coefficientRows(
	features: readonly Feature[],
	truth: readonly (number | null)[],
	ols: LambdaFit,
	chosen: LambdaFit
): CoefficientRow[] {
	const largest = Math.max(
		1e-12,
		...chosen.coef.map(Math.abs),
		...ols.coef.map(Math.abs),
		...truth.map((t) => (t === null ? 0 : Math.abs(t)))
	);
	return features.map((feature, j) => ({
		name: feature.name,
		truth: truth[j],
		ols: ols.coef[j],
		fitted: chosen.coef[j],
		perUnit: chosen.rawCoef[j],
		fittedShare: chosen.coef[j] / largest,
		truthShare: truth[j] === null ? null : truth[j]! / largest
	}));
}
