/**
 * Hyperparameter search strategies on the unit cube: grid, random, Bayesian optimisation (a
 * Gaussian process with expected improvement, see gp.ts) and Hyperband-style successive
 * halving. Every strategy proposes points u ∈ [0, 1]^d; the caller maps them to
 * hyperparameter values (a linear or logarithmic range) and scores them. Scores are
 * maximised (a validation accuracy). Randomness comes from the Rng passed in.
 */
import type { Rng } from './random';
import { expectedImprovement, fitGp, predictGp, type GpModel } from './gp';
import { largest } from './extremes';

/** One evaluation of a configuration. */
export interface Trial {
	/** The configuration in the unit cube, one coordinate per hyperparameter. */
	u: number[];
	/** The score observed (higher is better). */
	score: number;
	/** The share of a full training this evaluation used: 1, or less for successive halving's early rungs. */
	resource: number;
	/** Full trainings spent up to and including this one. */
	cost: number;
	/** Which configuration this is (successive halving evaluates one configuration on several rungs). */
	config: number;
}

/** Scores a configuration after a full training. */
export type Objective = (u: readonly number[]) => number;
/** Scores a configuration after training for `resource` (0 < resource ≤ 1) of a full training. */
export type PartialObjective = (u: readonly number[], resource: number) => number;

function checkBudget(budget: number, least = 1): void {
	if (!Number.isInteger(budget) || budget < least)
		throw new Error(`the search budget is ${budget}; it must be a whole number of at least ${least}`);
}

/**
 * Values per hyperparameter of the largest full grid within `budget` trials: ⌊budget^(1/d)⌋
 * (9 trials on 2 hyperparameters: 3 values each). Computed in integers, so 8 = 2³ is exact.
 */
export function gridSide(budget: number, dims: number): number {
	checkBudget(budget);
	let side = 1;
	while ((side + 1) ** dims <= budget) side++;
	return side;
}

/**
 * A full grid: `gridSide(budget, dims)` values per axis at the centres of equal bins,
 * (i + ½) / side, every combination once, the last coordinate changing fastest. It uses
 * side^dims ≤ budget trials: a grid cannot spend a budget that is not a perfect power.
 */
export function gridPoints(budget: number, dims: number): number[][] {
	const side = gridSide(budget, dims);
	const values = Array.from({ length: side }, (_, i) => (i + 0.5) / side);
	let points: number[][] = [[]];
	for (let d = 0; d < dims; d++) points = points.flatMap((p) => values.map((v) => [...p, v]));
	return points;
}

/** `budget` points drawn uniformly from the unit cube [0, 1)^d, in the order drawn. */
export function randomPoints(budget: number, dims: number, rng: Rng): number[][] {
	checkBudget(budget);
	return Array.from({ length: budget }, () => Array.from({ length: dims }, () => rng.next()));
}

/** Scores points one full training each, in order. */
export function evaluateAll(points: number[][], objective: Objective): Trial[] {
	return points.map((u, i) => ({ u, score: objective(u), resource: 1, cost: i + 1, config: i }));
}

/** The GP's length scales tried at each step (unit-cube units); the one of highest marginal likelihood is used. */
export const LENGTH_SCALES = [0.05, 0.1, 0.2, 0.35] as const;
/** Observation noise of the surrogate, in standardised score units: keeps the Cholesky factor stable. */
const SURROGATE_NOISE = 1e-4;

/** A GP fitted to standardised scores, with predictions back in score units. */
export interface Surrogate {
	model: GpModel;
	/** The scores' mean and standard deviation (1 when they are all equal). */
	centre: number;
	scale: number;
	/** The posterior at u: mean and standard deviation in score units. */
	predict(u: readonly number[]): { mean: number; sd: number };
}

/**
 * The surrogate Bayesian optimisation uses: scores standardised (mean 0, sd 1), a GP with
 * signal variance 1, noise SURROGATE_NOISE and, of LENGTH_SCALES, the length scale that
 * maximises the log marginal likelihood (scikit-learn optimises it continuously; a few
 * candidates are enough here). Needs at least one point.
 */
export function fitSurrogate(points: readonly (readonly number[])[], scores: readonly number[]): Surrogate {
	const centre = scores.reduce((s, v) => s + v, 0) / scores.length;
	const sd = Math.sqrt(scores.reduce((s, v) => s + (v - centre) ** 2, 0) / scores.length);
	const scale = sd > 1e-12 ? sd : 1;
	const standard = scores.map((v) => (v - centre) / scale);
	let model: GpModel | null = null;
	for (const lengthScale of LENGTH_SCALES) {
		const fitted = fitGp(points, standard, {
			lengthScale,
			signalVariance: 1,
			noiseVariance: SURROGATE_NOISE
		});
		if (!model || fitted.logLikelihood > model.logLikelihood) model = fitted;
	}
	const chosen = model!;
	return {
		model: chosen,
		centre,
		scale,
		predict(u) {
			const { mean, variance } = predictGp(chosen, u);
			return { mean: centre + scale * mean, sd: scale * Math.sqrt(variance) };
		}
	};
}

/** Candidates per axis Bayesian search chooses among by default (24² = 576 on two hyperparameters). */
export const CANDIDATES_PER_SIDE = 24;

export interface BayesianOptions {
	/** Random trials before the model chooses (at least 1). */
	initial?: number;
	/** Candidates per axis: expected improvement is maximised over the centres of a side^d grid. */
	candidatesPerSide?: number;
	/** Exploration margin ξ of expected improvement, in standardised score units. */
	xi?: number;
	/** Trials run at once (parallel training jobs): each batch is chosen before any of its scores is known. */
	parallel?: number;
}

/**
 * Bayesian optimisation, one trial per step (so a caller can pause between trials): `initial`
 * random points, then each next point is the candidate of highest expected improvement over
 * the best score so far under the surrogate fitted to the trials before it. With `parallel` > 1
 * the model-chosen trials come in batches, as parallel training jobs do: a batch sees only the
 * scores of trials finished before it, and each pick joins the model at its predicted mean
 * (the "kriging believer"), so a batch spreads out instead of repeating one point. Yields each
 * trial as it is scored. Dims 1–3 (the candidate grid has side^d points).
 */
export function* bayesianTrials(
	objective: Objective,
	budget: number,
	dims: number,
	rng: Rng,
	{ initial = 3, candidatesPerSide = CANDIDATES_PER_SIDE, xi = 0.01, parallel = 1 }: BayesianOptions = {}
): Generator<Trial, void, void> {
	checkBudget(budget);
	if (!Number.isInteger(parallel) || parallel < 1)
		throw new Error(`parallel is ${parallel}; it must be a whole number of at least 1`);
	const side = candidatesPerSide;
	let candidates: number[][] = [[]];
	for (let d = 0; d < dims; d++)
		candidates = candidates.flatMap((p) => Array.from({ length: side }, (_, i) => [...p, (i + 0.5) / side]));
	const start = Math.max(1, initial);
	// what the model sees: finished trials, then the running batch's picks at their believed scores
	const points: number[][] = [];
	const seen: number[] = [];
	/** The running batch's real scores, revealed to the model when the batch ends. */
	let running: { index: number; score: number }[] = [];
	for (let i = 0; i < budget; i++) {
		let u: number[];
		let believed: number;
		if (i < start) u = Array.from({ length: dims }, () => rng.next());
		else {
			if ((i - start) % parallel === 0) {
				for (const { index, score } of running) seen[index] = score;
				running = [];
			}
			const surrogate = fitSurrogate(points, seen);
			const best = (largest(seen) - surrogate.centre) / surrogate.scale;
			let bestGain = -1;
			let bestMean = 0;
			u = candidates[0];
			for (const candidate of candidates) {
				const { mean, variance } = predictGp(surrogate.model, candidate);
				const gain = expectedImprovement(mean, Math.sqrt(variance), best, xi);
				if (gain > bestGain) [bestGain, u, bestMean] = [gain, candidate, mean];
			}
			believed = surrogate.centre + surrogate.scale * bestMean;
		}
		const score = objective(u);
		points.push(u);
		if (i < start) seen.push(score);
		else {
			seen.push(believed!);
			running.push({ index: i, score });
		}
		yield { u, score, resource: 1, cost: i + 1, config: i };
	}
}

/** Bayesian optimisation run to the end (see bayesianTrials). */
export function bayesianSearch(
	objective: Objective,
	budget: number,
	dims: number,
	rng: Rng,
	options: BayesianOptions = {}
): Trial[] {
	return [...bayesianTrials(objective, budget, dims, rng, options)];
}

/** The rungs of successive halving: training shares 1/η², 1/η, 1 (η = 3: 1/9, 1/3, full). */
export const HALVING_RUNGS = 3;

/**
 * Hyperband-style successive halving with η = `eta` and three rungs: 3·budget random
 * configurations are trained for 1/η² of a training each, the best 1/η of them (by that
 * early score) go on to 1/η, and the best 1/η of those to a full training. With η = 3 each
 * rung costs about budget/3 full trainings, so the whole run costs at most `budget`
 * (9 → 27 configurations at 1/9, 9 at 1/3, 3 full: 3 + 3 + 3). Trials come in the order
 * trained; ties in an early score keep the earlier configuration. Needs budget ≥ 3.
 */
export function successiveHalving(
	partial: PartialObjective,
	budget: number,
	dims: number,
	rng: Rng,
	eta = 3
): Trial[] {
	checkBudget(budget, 3);
	let configs = randomPoints(3 * budget, dims, rng).map((u, config) => ({ u, config }));
	const trials: Trial[] = [];
	let cost = 0;
	for (let rung = 0; rung < HALVING_RUNGS; rung++) {
		const resource = eta ** (rung - (HALVING_RUNGS - 1));
		const scored = configs.map(({ u, config }) => {
			const score = partial(u, resource);
			cost += resource;
			trials.push({ u, score, resource, cost, config });
			return { u, config, score };
		});
		if (rung === HALVING_RUNGS - 1) break;
		const keep = Math.max(1, Math.floor(configs.length / eta));
		configs = scored
			.map((c, order) => ({ ...c, order }))
			.sort((a, b) => b.score - a.score || a.order - b.order)
			.slice(0, keep);
	}
	return trials;
}

/**
 * The best score of a full training within each budget 1…`budget` (in full trainings):
 * entry t − 1 is the best score among full-resource trials with cost ≤ t, or null before the
 * first full training (successive halving spends its early budget on partial ones).
 */
export function bestSoFar(trials: readonly Trial[], budget: number): (number | null)[] {
	const curve: (number | null)[] = [];
	let best: number | null = null;
	let next = 0;
	for (let t = 1; t <= budget; t++) {
		// a little slack: thirds and ninths of a training do not add up exactly in floating point
		while (next < trials.length && trials[next].cost <= t + 1e-9) {
			const trial = trials[next++];
			if (trial.resource === 1 && (best === null || trial.score > best)) best = trial.score;
		}
		curve.push(best);
	}
	return curve;
}

/**
 * How many distinct values of coordinate `axis` the trials tried (values equal to 1e-12
 * count once): a grid's 9 trials on 2 hyperparameters try 3, random search's 9.
 */
export function distinctValues(trials: readonly Trial[], axis: number): number {
	const sorted = trials.map((t) => t.u[axis]).sort((a, b) => a - b);
	let count = 0;
	for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] - sorted[i - 1] > 1e-12) count++;
	return count;
}
