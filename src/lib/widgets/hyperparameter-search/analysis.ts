/**
 * What the page says about a search, derived once here and read by the map, the callouts,
 * the story and the quiz: the grid against random search over seeds, how a range's scale
 * spreads trials over a hyperparameter's decades, and the same seed searched on the other
 * scale. Cheap (random search costs a surface evaluation per trial), so the state derives
 * them at once.
 */
import { createRng } from '$lib/ml/random';
import { randomPoints } from '$lib/ml/search';
import type { Scale } from './codec';
import { scoreOn, valueAt, type SearchObjective } from './objectives';
import { runSearch, type SearchRun } from './runs';

/** Seeds behind the sentences that compare strategies: 1…VERDICT_SEEDS. */
export const VERDICT_SEEDS = 20;

export interface GridAgainstRandom {
	/** The grid's best (it has no seed). */
	gridBest: number;
	/** Random search's best on each seed 1…VERDICT_SEEDS. */
	randomBests: number[];
	/** Seeds on which random search's best beats the grid's. */
	randomWins: number;
	randomMean: number;
}

/** The grid against random search for one budget and scale, over VERDICT_SEEDS seeds. */
export function gridAgainstRandom(
	objective: SearchObjective,
	budget: number,
	scale: Scale
): GridAgainstRandom {
	const gridBest = runSearch(objective, 'grid', budget, scale, 1).best!.score;
	const score = scoreOn(objective, scale);
	const randomBests = Array.from({ length: VERDICT_SEEDS }, (_, i) =>
		randomPoints(budget, 2, createRng(i + 1)).reduce((best, u) => Math.max(best, score(u)), -Infinity)
	);
	return {
		gridBest,
		randomBests,
		randomWins: randomBests.filter((b) => b > gridBest).length,
		randomMean: randomBests.reduce((s, v) => s + v, 0) / randomBests.length
	};
}

/** How a run spread its trials over the decades of the hyperparameter that matters (a log-axis one). */
export interface DecadeUse {
	name: string;
	/** Decades the range spans (1e-5 to 1: 5). */
	decades: number;
	/** The top decade's lower end (hi / 10). */
	topFrom: number;
	/** Configurations with a value in the top decade. */
	inTop: number;
	/** Configurations within half a decade of the best value. */
	nearBest: number;
	/** The best value. */
	bestValue: number;
	configs: number;
	/** The share of draws a range of this scale puts in the top decade: 0.9 on linear, 1/decades on log. */
	topShare: number;
}

/** The decades a run used, for a surface whose important hyperparameter is drawn in decades; null otherwise. */
export function decadeUse(objective: SearchObjective, run: SearchRun, scale: Scale): DecadeUse | null {
	const param = objective.params[objective.important];
	if (param.axis !== 'log') return null;
	const decades = Math.log10(param.hi / param.lo);
	const topFrom = param.hi / 10;
	const bestValue = valueAt(param, objective.peak[objective.important], 'log');
	// each configuration once: successive halving scores some on several rungs
	const configs = new Map(run.trials.map((t) => [t.config, t.values[objective.important]]));
	const values = [...configs.values()];
	return {
		name: param.name,
		decades,
		topFrom,
		inTop: values.filter((v) => v >= topFrom).length,
		nearBest: values.filter((v) => Math.abs(Math.log10(v / bestValue)) <= 0.5).length,
		bestValue,
		configs: values.length,
		topShare: scale === 'log' ? 1 / decades : (param.hi - topFrom) / (param.hi - param.lo)
	};
}

/** The same strategy and seed on the other scale: its best, for comparison. */
export function otherScaleBest(
	objective: SearchObjective,
	run: SearchRun,
	budget: number,
	scale: Scale,
	seed: number
): number | null {
	if (run.strategy === 'bayes') return null;
	const other: Scale = scale === 'log' ? 'linear' : 'log';
	return runSearch(objective, run.strategy, budget, other, seed).best?.score ?? null;
}

/** The values of the hyperparameter that matters a run tried, sorted, each once. */
export function triedValues(objective: SearchObjective, run: SearchRun): number[] {
	const values = run.trials.map((t) => t.values[objective.important]).sort((a, b) => a - b);
	return values.filter((v, i) => i === 0 || v - values[i - 1] > 1e-12 * Math.abs(v));
}
