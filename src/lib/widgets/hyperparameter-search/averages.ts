/**
 * Every strategy over many seeds, for the best-so-far chart: each seed's curve, then the
 * mean and a band (10th to 90th percentile) at every budget. Bayesian search takes tens of
 * milliseconds a seed, so the work pauses after every trial (`pause`, the kit's slice
 * pacer) and says how far it is.
 */
import { quantile } from '$lib/ml/stats';
import type { Trial } from '$lib/ml/search';
import { strategies, type Scale, type Strategy } from './codec';
import { summariseRun, strategyTrials } from './runs';
import type { SearchObjective } from './objectives';

/** Seeds each strategy is averaged over: 1…AVERAGE_SEEDS. */
export const AVERAGE_SEEDS = 20;
/** The band's percentiles. */
export const BAND = [0.1, 0.9] as const;

export interface StrategyAverage {
	strategy: Strategy;
	/** Mean best-so-far at budgets 1…n; null where no seed has a full training yet. */
	mean: (number | null)[];
	low: (number | null)[];
	high: (number | null)[];
	/** Mean distinct values of the hyperparameter that matters. */
	distinct: number;
	/** Mean best score after the whole budget. */
	final: number;
	/** Seeds behind the numbers (grid is the same on every seed: 1). */
	seeds: number;
}

/** The curves of several runs summed up at each budget. */
export function averageCurves(
	strategy: Strategy,
	curves: (number | null)[][],
	distinct: number[]
): StrategyAverage {
	const budget = curves[0].length;
	const at = (t: number) => curves.map((c) => c[t]).filter((v): v is number => v !== null);
	const mean: (number | null)[] = [];
	const low: (number | null)[] = [];
	const high: (number | null)[] = [];
	for (let t = 0; t < budget; t++) {
		const values = at(t);
		mean.push(values.length ? values.reduce((s, v) => s + v, 0) / values.length : null);
		low.push(values.length ? quantile(values, BAND[0]) : null);
		high.push(values.length ? quantile(values, BAND[1]) : null);
	}
	return {
		strategy,
		mean,
		low,
		high,
		distinct: distinct.reduce((s, v) => s + v, 0) / distinct.length,
		final: mean[budget - 1] ?? 0,
		seeds: curves.length
	};
}

/**
 * Every strategy averaged over seeds 1…`seeds` (grid once: it has no randomness), Bayesian
 * search with `parallel` jobs at once.
 * `pause` is awaited after every trial (it throws to stop the work); `progress` hears the
 * share done.
 */
export async function averageStrategies(
	objective: SearchObjective,
	budget: number,
	scale: Scale,
	parallel: number,
	pause: () => Promise<void>,
	progress: (fraction: number) => void = () => {},
	seeds = AVERAGE_SEEDS
): Promise<StrategyAverage[]> {
	const jobs = strategies.flatMap((strategy) =>
		Array.from({ length: strategy === 'grid' ? 1 : seeds }, (_, i) => ({ strategy, seed: i + 1 }))
	);
	const curves = new Map<Strategy, (number | null)[][]>(strategies.map((s) => [s, []]));
	const distinct = new Map<Strategy, number[]>(strategies.map((s) => [s, []]));
	for (const [done, { strategy, seed }] of jobs.entries()) {
		const trials: Trial[] = [];
		for (const trial of strategyTrials(objective, strategy, budget, scale, seed, parallel)) {
			trials.push(trial);
			if (strategy === 'bayes') await pause();
		}
		const run = summariseRun(objective, strategy, trials, budget, scale);
		curves.get(strategy)!.push(run.curve);
		distinct.get(strategy)!.push(run.distinct);
		progress((done + 1) / jobs.length);
		await pause();
	}
	return strategies.map((s) => averageCurves(s, curves.get(s)!, distinct.get(s)!));
}
