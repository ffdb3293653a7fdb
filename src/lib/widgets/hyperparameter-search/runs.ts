/**
 * One search as the map shows it: a strategy run on a surface for a budget, a range scale
 * and a seed, its trials placed on the map and summed up (best so far, distinct values of
 * the hyperparameter that matters). The strategy is the engine's (`$lib/ml/search`); this
 * module only wires a surface and a scale to it.
 */
import { createRng } from '$lib/ml/random';
import {
	bayesianTrials,
	bestSoFar,
	distinctValues,
	evaluateAll,
	gridPoints,
	randomPoints,
	successiveHalving,
	type Trial
} from '$lib/ml/search';
import type { Scale, Strategy } from './codec';
import { scoreOn, toMap, valueAt, type SearchObjective } from './objectives';

/** A trial with its hyperparameter values and its place on the map. */
export interface PlacedTrial extends Trial {
	values: [number, number];
	m: [number, number];
}

export interface SearchRun {
	strategy: Strategy;
	trials: PlacedTrial[];
	/** The best full training, or null when there is none. */
	best: PlacedTrial | null;
	/** Best full-training score within each budget 1…n (null before the first). */
	curve: (number | null)[];
	/** Distinct values of the hyperparameter that matters, over every configuration tried. */
	distinct: number;
	/** Configurations tried (successive halving tries three per full training of budget). */
	configs: number;
}

/**
 * How a partly trained model scores (successive halving's early rungs): below its final
 * score by 0.15 × the share of training left, with noise of sd 0.05 × that share. An early
 * score ranks configurations roughly, not exactly, as a learning curve does.
 */
export const EARLY_SHORTFALL = 0.15;
export const EARLY_NOISE = 0.05;

/** The seed of each strategy's random stream: random and Bayesian search share their first draws. */
const streamOf = (seed: number) => createRng(seed);
const noiseOf = (seed: number) => createRng(seed + 7_000_003);

/** The trials of one strategy, unplaced (the engine's, in the search's unit square); `parallel` is Bayesian search's jobs at once. */
export function* strategyTrials(
	objective: SearchObjective,
	strategy: Strategy,
	budget: number,
	scale: Scale,
	seed: number,
	parallel = 1
): Generator<Trial, void, void> {
	const full = scoreOn(objective, scale);
	if (strategy === 'grid') yield* evaluateAll(gridPoints(budget, 2), full);
	else if (strategy === 'random') yield* evaluateAll(randomPoints(budget, 2, streamOf(seed)), full);
	else if (strategy === 'bayes') yield* bayesianTrials(full, budget, 2, streamOf(seed), { parallel });
	else {
		const noise = noiseOf(seed);
		const partial = (u: readonly number[], resource: number) =>
			resource === 1 ? full(u) : full(u) - (1 - resource) * (EARLY_SHORTFALL + EARLY_NOISE * noise.normal());
		yield* successiveHalving(partial, budget, 2, streamOf(seed));
	}
}

/** Places trials on the map: their values on `scale` and their map coordinates. */
export function placeTrials(objective: SearchObjective, trials: Trial[], scale: Scale): PlacedTrial[] {
	const [p, q] = objective.params;
	return trials.map((t) => ({
		...t,
		values: [valueAt(p, t.u[0], scale), valueAt(q, t.u[1], scale)],
		m: toMap(objective, t.u, scale)
	}));
}

/** What a run adds up to, for trials already computed. */
export function summariseRun(
	objective: SearchObjective,
	strategy: Strategy,
	trials: Trial[],
	budget: number,
	scale: Scale
): SearchRun {
	const placed = placeTrials(objective, trials, scale);
	let best: PlacedTrial | null = null;
	for (const t of placed) if (t.resource === 1 && (!best || t.score > best.score)) best = t;
	return {
		strategy,
		trials: placed,
		best,
		curve: bestSoFar(trials, budget),
		distinct: distinctValues(trials, objective.important),
		configs: new Set(trials.map((t) => t.config)).size
	};
}

/** One strategy's whole run: strategyTrials' trials, all of them, summarised. */
export function runSearch(...run: Parameters<typeof strategyTrials>): SearchRun {
	const [objective, strategy, budget, scale] = run;
	return summariseRun(objective, strategy, [...strategyTrials(...run)], budget, scale);
}
