/**
 * What the PCA widget shows, computed once from the data: the PCA of the data as it is fed
 * (standardised or only centred), each component's share of the variance and the running
 * total, how many components reach 95%, which feature owns PC1, how well each component's
 * scores separate the classes PCA never saw, and the reconstruction error for each k.
 * Pure functions: the state, the charts, the story and the quiz all read these results.
 */
import { pca, reconstructionError, type PcaResult, type ReconstructionError } from '$lib/ml/pca';
import { fitScaler } from '$lib/ml/scaling';
import type { Scaling } from './codec';
import type { PcaData } from './data';

/** The share of variance the "how many components" question asks for. */
export const VARIANCE_TARGET = 0.95;
/** Rounding slack when a running total is compared with 95% (0.95 itself must count as reached). */
const SLACK = 1e-12;

/** The feature with the largest loading on a component, and its share of the component (loading², the squares sum to 1). */
export interface TopLoading {
	feature: number;
	name: string;
	share: number;
}

/** The PCA of the data as fed, without the per-row results: what a comparison of the two scalings needs. */
export interface PcaSummary {
	/** The rows PCA is fitted on: standardised (ddof 0, as StandardScaler) or as they are. */
	fed: number[][];
	fit: PcaResult;
	ratios: number[];
	/** Running total of the ratios: cumulative[j] is the share the first j + 1 components explain. */
	cumulative: number[];
	/** Fewest components whose running total reaches 95%. */
	componentsFor95: number;
	/** PC1's largest loading. */
	top: TopLoading;
}

export interface PcaAnalysis extends PcaSummary {
	/** Each row's score on every component (n × d). */
	scores: number[][];
	/** Per component, the share of its scores' variance that lies between the classes (η², 0 to 1). */
	separation: number[];
	/** The component whose scores separate the classes best (index). */
	bestSeparating: number;
	/** Reconstruction error with k = 1 … d components (index k − 1). */
	errors: ReconstructionError[];
}

/** Scales (or not) and fits a PCA with every component; throws as `pca` does for data without variance. */
export function summarise(data: PcaData, scaling: Scaling): PcaSummary {
	const fed = scaling === 'standard' ? fitScaler('standard', data.X).transform(data.X) : data.X;
	const fit = pca(fed);
	const ratios = fit.explainedVarianceRatio;
	const cumulative = runningTotal(ratios);
	return {
		fed,
		fit,
		ratios,
		cumulative,
		componentsFor95: componentsFor(cumulative, VARIANCE_TARGET),
		top: topLoading(fit.components[0], data.featureNames)
	};
}

/** The summary plus each row's scores, the class separation per component and the reconstruction error per k. */
export function analyse(data: PcaData, scaling: Scaling): PcaAnalysis {
	const summary = summarise(data, scaling);
	const { fed, fit } = summary;
	const scores = fit.transform(fed);
	const separation = fit.components.map((_, j) =>
		classSeparation(
			scores.map((row) => row[j]),
			data.labels,
			data.classNames.length
		)
	);
	return {
		...summary,
		scores,
		separation,
		bestSeparating: indexOfLargest(separation),
		errors: fit.components.map((_, j) => reconstructionError(fed, fit, j + 1))
	};
}
export function runningTotal(values: readonly number[]): number[] {
	let sum = 0;
	return values.map((v) => (sum += v));
}

/** Fewest leading components whose running total reaches `target` (all of them, if rounding keeps it below). */
export function componentsFor(cumulative: readonly number[], target: number): number {
	const index = cumulative.findIndex((c) => c >= target - SLACK);
	return index === -1 ? cumulative.length : index + 1;
}

/** The entry of largest |value| of a unit component, and its share loading² (the first on a tie). */
export function topLoading(component: readonly number[], names: readonly string[]): TopLoading {
	const feature = indexOfLargest(component.map(Math.abs));
	return { feature, name: names[feature], share: component[feature] ** 2 };
}

/**
 * The correlation ratio η² of scores by class: the between-class sum of squares over the
 * total, Σ_g n_g (mean_g − mean)² / Σ_i (s_i − mean)². 1: the classes sit at distinct values
 * with no spread within; 0: every class has the same mean. Scores with no spread give 0.
 */
export function classSeparation(
	scores: readonly number[],
	labels: readonly number[],
	classes: number
): number {
	const sums = new Array<number>(classes).fill(0);
	const counts = new Array<number>(classes).fill(0);
	let total = 0;
	scores.forEach((s, i) => {
		sums[labels[i]] += s;
		counts[labels[i]] += 1;
		total += s;
	});
	const mean = total / scores.length;
	let all = 0;
	for (const s of scores) all += (s - mean) ** 2;
	let between = 0;
	for (let g = 0; g < classes; g++)
		if (counts[g] > 0) between += counts[g] * (sums[g] / counts[g] - mean) ** 2;
	// rounding can put the between-class sum a hair above the total
	return all > 0 ? Math.min(1, between / all) : 0;
}

function indexOfLargest(values: readonly number[]): number {
	let best = 0;
	values.forEach((v, i) => {
		if (v > values[best]) best = i;
	});
	return best;
}

/** An arrow of the data plot: a component drawn from the mean, two standard deviations of its scores long. */
export interface AxisArrow {
	id: string;
	label: string;
	from: [number, number];
	to: [number, number];
}

/** How many standard deviations of its scores a component's arrow spans. */
export const ARROW_SDS = 2;

/**
 * The first two components as arrows in the plane of features `a` and `b`: from the mean,
 * along the component's entries for those two features, 2·√(explained variance) long. With
 * two features this is the component itself; with more, its shadow on that plane.
 */
export function axisArrows(fit: PcaResult, a: number, b: number): AxisArrow[] {
	return fit.components.slice(0, 2).map((component, j) => {
		const length = ARROW_SDS * Math.sqrt(fit.explainedVariance[j]);
		const from: [number, number] = [fit.mean[a], fit.mean[b]];
		return {
			id: `pc${j + 1}`,
			label: `PC${j + 1}`,
			from,
			to: [from[0] + length * component[a], from[1] + length * component[b]]
		};
	});
}

/** The features the data plot shows for more than two: the one with PC1's largest loading across, PC2's (another) up. */
export function shownFeatures(fit: PcaResult): [number, number] {
	if (fit.mean.length === 2) return [0, 1];
	const first = indexOfLargest(fit.components[0].map(Math.abs));
	const second = indexOfLargest(fit.components[1].map((v, j) => (j === first ? -1 : Math.abs(v))));
	return [first, second];
}

/**
 * Equal units on both axes: one span for x and y, centred on the middle of the points and
 * wide enough for all of them (and the extra points given, the arrows' tips), padded 5%.
 */
export function equalUnitsDomain(
	x: readonly number[],
	y: readonly number[],
	extra: readonly (readonly [number, number])[] = []
): { x: [number, number]; y: [number, number] } {
	const xs = [...x, ...extra.map((p) => p[0])];
	const ys = [...y, ...extra.map((p) => p[1])];
	let [x0, x1, y0, y1] = [xs[0], xs[0], ys[0], ys[0]];
	for (const v of xs) [x0, x1] = [Math.min(x0, v), Math.max(x1, v)];
	for (const v of ys) [y0, y1] = [Math.min(y0, v), Math.max(y1, v)];
	const half = (Math.max(x1 - x0, y1 - y0) || 1) * 0.55;
	const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
	return { x: [cx - half, cx + half], y: [cy - half, cy + half] };
}

/** The direction of a 2-D component, degrees from the first feature's axis, folded into [0°, 180°) (its sign is free). */
export function componentAngle(component: readonly number[]): number {
	const degrees = (Math.atan2(component[1], component[0]) * 180) / Math.PI;
	return ((degrees % 180) + 180) % 180;
}
