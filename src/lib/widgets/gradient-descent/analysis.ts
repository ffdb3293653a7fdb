/**
 * What the gradient-descent page shows, as pure functions of the link state and a surface: each
 * optimiser's run, and the verdict on it (converged, crawling, zig-zagging, noisy, diverged) from the
 * run's numbers. The chart, the verdict line, the story and the quiz all read these.
 */
import { descend, type OptimizerName, type OptimizerSettings, type Trajectory } from '$lib/ml/optimize';
import type { Surface, SurfaceId } from '$lib/ml/lossSurfaces';
import { batchGradientAt, type LogisticSurface } from '$lib/ml/logisticSurface';
import { miniBatchRows, type GradientUrlState } from './codec';

/** Where each surface's run starts unless the learner places the start: away from the minimum, on a slope worth walking. */
export const defaultStarts: Record<SurfaceId, [number, number]> = {
	bowl: [2.5, 1.5],
	long: [-3.5, 2.5],
	valley: [-1.5, 2.5],
	two: [1.7, 1.5],
	logistic: [-1.5, 2.5]
};

/** The start point in force. */
export const startOf = (input: Pick<GradientUrlState, 'start' | 'surf'>): [number, number] =>
	input.start ?? defaultStarts[input.surf];

/** Keras' ε for RMSProp and Adam. */
export const epsilon = 1e-7;

export const settingsOf = (input: GradientUrlState, rate: number): OptimizerSettings => ({
	rate,
	beta1: input.beta,
	beta2: input.beta2,
	rho: input.rho,
	epsilon
});

/** Rows in each step's batch on the iris surface (null on a formula surface, where every step sees the whole loss). */
export function batchRows(surface: Surface, batch: GradientUrlState['batch']): number | null {
	if (surface.id !== 'logistic') return null;
	const rows = (surface as LogisticSurface).z.length;
	return batch === 'full' ? rows : batch === 'mini' ? miniBatchRows : 1;
}

/**
 * Converged: the loss has come down to within this fraction of the way from its start to the
 * minimum nearest the end (so a run that settles in the higher of two valleys has converged there),
 * or the gradient has shrunk to this fraction of its size at the start.
 */
export const convergedRatio = 1e-3;
/** Zig-zagging: at least this share of consecutive steps turn back (their directions more than 90° apart). */
export const reversalShare = 0.5;
/** Noisy (steps on batches): the loss on all rows rises again on at least this share of steps, or the steps zig-zag. */
export const noisyRiseShare = 0.25;

export type VerdictKind = 'diverged' | 'zig-zagging' | 'noisy' | 'converged' | 'crawling';

export interface Verdict {
	kind: VerdictKind;
	/** Steps taken (fewer than asked when the run escaped). */
	steps: number;
	/** Pairs of consecutive steps, and how many of them turn back. */
	pairs: number;
	reversals: number;
	/** Loss above the lowest minimum, at the start and at the end. */
	startGap: number;
	endGap: number;
	/** Size of the whole loss's gradient at the start and at the end. */
	startGradient: number;
	endGradient: number;
	/** Whether the run came within convergedRatio of the nearest minimum (zig-zagging runs may have). */
	converged: boolean;
	/** The first step whose point lies outside the frame, or null. */
	leftFrame: number | null;
	/** Whether the run stopped because w ran past 10⁶ or the loss overflowed. */
	escaped: boolean;
	/** Steps after which the loss was higher than before. */
	rises: number;
	/** The minimum nearest the end point (index into the surface's minima). */
	nearestMinimum: number;
}

const norm = (v: readonly number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

function outside(surface: Surface, [a, b]: readonly number[]): boolean {
	const { x, y } = surface.frame;
	return a < x[0] || a > x[1] || b < y[0] || b > y[1];
}

/** The verdict on a run, from its points and losses; `stochastic` when each step saw a batch, not the whole loss. */
export function verdictOf(surface: Surface, run: Trajectory, stochastic: boolean): Verdict {
	const { points, losses } = run;
	const steps = points.length - 1;
	let reversals = 0;
	for (let k = 1; k < steps; k++) {
		const before = points[k].map((v, i) => v - points[k - 1][i]);
		const after = points[k + 1].map((v, i) => v - points[k][i]);
		if (before.reduce((s, v, i) => s + v * after[i], 0) < 0) reversals++;
	}
	const pairs = Math.max(0, steps - 1);
	let rises = 0;
	for (let k = 1; k <= steps; k++) if (losses[k] > losses[k - 1]) rises++;
	const end = points[steps];
	const startGap = losses[0] - surface.minLoss;
	const endGap = losses[steps] - surface.minLoss;
	const startGradient = norm(surface.gradient(points[0]));
	const endGradient = norm(surface.gradient(end));
	const leftAt = points.findIndex((p) => outside(surface, p));
	const distances = surface.minima.map((m) => norm(m.map((v, i) => v - end[i])));
	const nearestMinimum = distances.indexOf(Math.min(...distances));
	const floor = surface.loss(surface.minima[nearestMinimum]);
	const converged =
		losses[steps] - floor <= convergedRatio * (losses[0] - floor) ||
		endGradient <= convergedRatio * startGradient;
	const escaped = run.stopped === 'escaped';
	const turning = pairs >= 2 && reversals >= reversalShare * pairs;
	const kind: VerdictKind =
		escaped || endGap > startGap
			? 'diverged'
			: stochastic && (turning || rises >= noisyRiseShare * steps)
				? 'noisy'
				: turning
					? 'zig-zagging'
					: converged
						? 'converged'
						: 'crawling';
	return {
		kind,
		steps,
		pairs,
		reversals,
		startGap,
		endGap,
		startGradient,
		endGradient,
		converged,
		leftFrame: leftAt === -1 ? null : leftAt,
		escaped,
		rises,
		nearestMinimum
	};
}

/** One optimiser's run on the surface: its trajectory and verdict. */
export interface Run {
	optimizer: OptimizerName;
	rate: number;
	trajectory: Trajectory;
	verdict: Verdict;
}

/** Runs `optimizer` at `rate` from the start in force, with the batches of the link's seed. */
export function runOn(
	surface: Surface,
	input: GradientUrlState,
	optimizer: OptimizerName,
	rate: number
): Run {
	const rows = batchRows(surface, input.batch);
	const stochastic = rows !== null && rows < (surface as LogisticSurface).z.length;
	const gradientAt = stochastic
		? batchGradientAt(surface as LogisticSurface, rows, input.seed)
		: (w: readonly number[]) => surface.gradient(w);
	const trajectory = descend({
		loss: surface.loss,
		gradientAt,
		start: startOf(input),
		optimizer,
		settings: settingsOf(input, rate),
		steps: input.steps
	});
	return { optimizer, rate, trajectory, verdict: verdictOf(surface, trajectory, stochastic) };
}

/** A run's first step, for the worked example under "Show the maths". */
export interface FirstStep {
	start: number[];
	/** The whole loss's gradient at the start (a batch's may differ). */
	gradient: number[];
	/** The point after step 1, or null when the run escaped on it. */
	next: number[] | null;
	lossBefore: number;
	lossAfter: number | null;
}

export function firstStepOf(surface: Surface, run: Run): FirstStep {
	const { points, losses } = run.trajectory;
	return {
		start: points[0],
		gradient: surface.gradient(points[0]),
		next: points[1] ?? null,
		lossBefore: losses[0],
		lossAfter: losses[1] ?? null
	};
}
