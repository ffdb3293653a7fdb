/**
 * The runs as the charts draw them: the loss above the lowest minimum per step and the step sizes,
 * both on log axes (log10 of the value on a linear axis, labelled as powers of ten). A value at or
 * below the floor is drawn on the floor, and the summary says so.
 */
import { formatShort, superscript } from '$lib/format/format';
import type { LineSeries } from '$lib/charts/LinePlot.svelte';
import type { Run } from './analysis';

/** The smallest loss gap or step size a log axis shows: 10⁻¹². */
export const logFloor = -12;

/** log10 of a value, at least the floor (0 and values too small to show sit on the floor). */
export const logOf = (value: number) => (value > 10 ** logFloor ? Math.log10(value) : logFloor);

/** A run's loss gaps (loss − lowest loss) per point. */
export const gapsOf = (run: Run, minLoss: number) =>
	run.trajectory.losses.map((loss) => Math.max(0, loss - minLoss));

/** A tick label on a log axis: the power of ten it stands for. */
export const powerLabel = (exponent: number) =>
	exponent === 0
		? '1'
		: exponent === 1
			? '10'
			: Number.isInteger(exponent)
				? `10${superscript(exponent)}`
				: formatShort(10 ** exponent);

/** Fewest decades a log axis spans, so its ticks fall on whole powers of ten. */
export const leastDecades = 4;

export interface LogChart {
	series: LineSeries[];
	xDomain: [number, number];
	yDomain: [number, number];
}

/** The runs drawn on one chart: `values` picks what (gaps from step 0, or step sizes from step 1). */
function logChart(
	runs: { run: Run; label: string; color: string; dashed: boolean }[],
	values: (run: Run) => number[],
	firstStep: number,
	id: string
): LogChart {
	const series = runs.map(({ run, label, color, dashed }) => {
		const ys = values(run).map(logOf);
		return {
			id: `${id}-${run.optimizer}-${label}`,
			label,
			color,
			dashed,
			x: ys.map((_, k) => k + firstStep),
			y: ys
		};
	});
	let low = 0;
	let high = 0;
	let last = 1;
	for (const s of series) {
		for (const v of s.y) {
			low = Math.min(low, v);
			high = Math.max(high, v);
		}
		last = Math.max(last, s.x[s.x.length - 1] ?? 1);
	}
	// whole decades, at least leastDecades of them, so the ticks fall on powers of ten
	const top = Math.ceil(high);
	const bottom = Math.min(Math.floor(low), top - leastDecades);
	return { series, xDomain: [firstStep === 0 ? 0 : 1, Math.max(last, 2)], yDomain: [bottom, top] };
}

export interface ChartRun {
	run: Run;
	label: string;
	color: string;
	dashed: boolean;
}

/** Loss above the lowest minimum per step, log axis. */
export const lossChart = (runs: ChartRun[], minLoss: number): LogChart =>
	logChart(runs, (run) => gapsOf(run, minLoss), 0, 'loss');

/** Step sizes ‖w_k − w_{k−1}‖ per step, log axis. */
export const stepChart = (runs: ChartRun[]): LogChart =>
	logChart(runs, (run) => run.trajectory.stepSizes, 1, 'step');
