/**
 * The hyperparameter-search widget's numbers: the surfaces, the runs, the decade counts,
 * the averages and the model maps, against values worked out by hand or with numpy (a
 * throwaway script: grid dropouts 0.15, 0.41, 0.67, grid best 0.73638, true best 0.932 at
 * dropout 0.254; a linear draw on 1e-5…1 lands in the top decade with probability 0.90001).
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '$lib/ml/random';
import { averageCurves, averageStrategies } from '$lib/widgets/hyperparameter-search/averages';
import { decadeUse, gridAgainstRandom, triedValues } from '$lib/widgets/hyperparameter-search/analysis';
import { searchCodec } from '$lib/widgets/hyperparameter-search/codec';
import { modelMaps } from '$lib/widgets/hyperparameter-search/model';
import {
	bestScore,
	objectives,
	searchPosition,
	surfaceGrid,
	toMap,
	valueAt
} from '$lib/widgets/hyperparameter-search/objectives';
import { runSearch } from '$lib/widgets/hyperparameter-search/runs';
import { formatParam } from '$lib/widgets/hyperparameter-search/format';
import { logScaleByHand, oneMattersByHand, openState } from './hyperparameterSearchFixtures';

describe('the surfaces', () => {
	it('"one matters" peaks at 0.932, dropout 0.254, momentum 0.794; momentum moves it by at most 0.012', () => {
		const o = objectives['one-matters'];
		expect(bestScore(o)).toBeCloseTo(0.932, 12);
		expect(valueAt(o.params[0], o.peak[0], 'linear')).toBeCloseTo(0.254, 12);
		expect(o.score([0.3, 0])).toBeCloseTo(0.932 - 0.012 * 0.36, 12);
		expect(o.score(toMap(o, [0.5, 0.5], 'linear'))).toBeCloseTo(oneMattersByHand(0.41, 0.745), 12);
	});
	it('"log scale" is the by-hand surface at every scale, best near a rate of 0.002', () => {
		const o = objectives['log-scale'];
		for (const scale of ['linear', 'log'] as const)
			for (const u of [
				[0.1, 0.2],
				[0.9, 0.5],
				[0.46, 0.43]
			]) {
				const rate = valueAt(o.params[0], u[0], scale);
				const penalty = valueAt(o.params[1], u[1], scale);
				expect(o.score(toMap(o, u, scale))).toBeCloseTo(logScaleByHand(rate, penalty), 12);
			}
		expect(valueAt(o.params[0], o.peak[0], 'log')).toBeCloseTo(10 ** -2.7, 12);
	});
	it('a value found on either scale comes back to its position', () => {
		const lr = objectives['log-scale'].params[0];
		expect(valueAt(lr, 0.4, 'log')).toBeCloseTo(1e-3, 15);
		expect(searchPosition(lr, 1e-3, 'log')).toBeCloseTo(0.4, 12);
		expect(valueAt(lr, 0.5, 'linear')).toBeCloseTo(0.500005, 12);
	});
	it.each(Object.values(objectives))('$id: no cell of the drawn surface beats the true best', (o) => {
		const cells = surfaceGrid(o);
		expect(cells).toHaveLength(64 * 64);
		expect(Math.max(...cells)).toBeLessThanOrEqual(bestScore(o) + 1e-12);
		expect(Math.max(...cells)).toBeGreaterThan(bestScore(o) - 0.02);
	});
});

describe('the runs', () => {
	it('grid, 9 trials: dropout 0.15, 0.41, 0.67 (3 values), best 0.73638', () => {
		const run = runSearch(objectives['one-matters'], 'grid', 9, 'linear', 1);
		const tried = triedValues(objectives['one-matters'], run);
		expect(tried).toHaveLength(3);
		[0.15, 0.41, 0.67].forEach((v, i) => expect(tried[i]).toBeCloseTo(v, 12));
		expect(run.best!.score).toBeCloseTo(0.7363840930381723, 12);
		expect(run.distinct).toBe(3);
	});
	it.each([1, 2, 3])(
		'random, 9 trials, seed %i: 9 values of dropout, each score the by-hand surface',
		(seed) => {
			const run = runSearch(objectives['one-matters'], 'random', 9, 'linear', seed);
			expect(run.distinct).toBe(9);
			for (const t of run.trials) expect(t.score).toBeCloseTo(oneMattersByHand(t.values[0], t.values[1]), 12);
		}
	);
	it('successive halving, budget 9: 27 configurations, 3 in full, its curve starts once one is', () => {
		const run = runSearch(objectives['one-matters'], 'hyperband', 9, 'linear', 1);
		expect(run.configs).toBe(27);
		expect(run.trials.filter((t) => t.resource === 1)).toHaveLength(3);
		// 3 + 3 trainings go to partial ones: the first full one ends at 7
		expect(run.curve.slice(0, 6)).toEqual([null, null, null, null, null, null]);
		expect(run.curve[6]).not.toBeNull();
	});
});

describe('decades and the grid against random', () => {
	it('counts the trials in the top decade and near the best rate by hand', () => {
		const o = objectives['log-scale'];
		const run = runSearch(o, 'random', 20, 'linear', 3);
		const use = decadeUse(o, run, 'linear')!;
		const rates = run.trials.map((t) => t.values[0]);
		expect(use.inTop).toBe(rates.filter((r) => r >= 0.1).length);
		expect(use.nearBest).toBe(rates.filter((r) => Math.abs(Math.log10(r) + 2.7) <= 0.5).length);
		expect(use.topShare).toBeCloseTo(0.9000090000900008, 12);
		expect(decadeUse(o, runSearch(o, 'random', 20, 'log', 3), 'log')!.topShare).toBeCloseTo(0.2, 12);
		expect(decadeUse(objectives['one-matters'], run, 'linear')).toBeNull();
	});
	it('random search beats the 9-trial grid on most of 20 seeds', () => {
		const versus = gridAgainstRandom(objectives['one-matters'], 9, 'linear');
		expect(versus.gridBest).toBeCloseTo(0.7363840930381723, 12);
		const byHand = versus.randomBests.filter((b) => b > 0.7363840930381723).length;
		expect(versus.randomWins).toBe(byHand);
		expect(byHand).toBeGreaterThan(10);
	});
});

describe('the averages over seeds', () => {
	it('mean and 10th–90th percentiles at each budget, null before any full training', () => {
		const a = averageCurves(
			'random',
			[
				[null, 0.5, 0.7],
				[null, 0.6, 0.6],
				[null, 0.7, 0.9]
			],
			[3, 4, 5]
		);
		expect(a.mean[0]).toBeNull();
		expect(a.mean[1]).toBeCloseTo(0.6, 12);
		// numpy.quantile([0.6, 0.7, 0.9], [0.1, 0.9]) = 0.62, 0.86
		expect(a.low[2]).toBeCloseTo(0.62, 12);
		expect(a.high[2]).toBeCloseTo(0.86, 12);
		expect(a.distinct).toBe(4);
		expect(a.final).toBeCloseTo(2.2 / 3, 12);
	});
	it('runs every strategy, grid once; a stopped run throws at its next pause', async () => {
		const averages = await averageStrategies(
			objectives['one-matters'],
			9,
			'linear',
			1,
			async () => {},
			undefined,
			3
		);
		expect(averages.map((a) => [a.strategy, a.seeds])).toEqual([
			['grid', 1],
			['random', 3],
			['bayes', 3],
			['hyperband', 3]
		]);
		expect(averages[0].distinct).toBe(3);
		expect(averages[1].distinct).toBe(9);
		const stop = new AbortController();
		stop.abort();
		await expect(
			averageStrategies(objectives['one-matters'], 9, 'linear', 1, async () => stop.signal.throwIfAborted())
		).rejects.toThrow();
	});
});

describe('the model maps', () => {
	it('the mean at a trial is about its score, and uncertainty is larger far from the trials', () => {
		const o = objectives['one-matters'];
		const run = runSearch(o, 'random', 6, 'linear', createRng(1).int(100) + 1);
		const maps = modelMaps(o, run.trials, 'linear', 64);
		const cellOf = (m: [number, number]) => Math.floor((1 - m[1]) * 64) * 64 + Math.floor(m[0] * 64);
		for (const t of run.trials) expect(Math.abs(maps.mean[cellOf(t.m)] - t.score)).toBeLessThan(0.05);
		expect(Math.max(...maps.sd)).toBeGreaterThan(Math.min(...run.trials.map((t) => maps.sd[cellOf(t.m)])));
		expect(maps.next.ei).toBeGreaterThanOrEqual(0);
	});
});

describe('codec and state', () => {
	it('round-trips a state through its link', () => {
		const state = {
			obj: 'log-scale',
			strat: 'bayes',
			n: 20,
			scale: 'log',
			seed: 7,
			par: 4,
			at: 5,
			q: 3
		} as const;
		const decoded = searchCodec.decode(searchCodec.encode(state));
		expect(decoded.problems).toEqual([]);
		expect(decoded.value).toEqual(state);
	});
	it('a tampered link falls back field by field and says so', () => {
		const state = openState('n=99&strat=annealing&seed=abc&obj=ridge');
		expect(state.input.n).toBe(9);
		expect(state.input.strat).toBe('grid');
		expect(state.input.obj).toBe('ridge');
		expect(state.linkProblems.length).toBe(3);
	});
	it('shows the trials within the trainings chosen, at most the budget', () => {
		const state = openState('strat=random&n=12&at=5');
		expect(state.shownTrials).toHaveLength(5);
		state.input.at = 40;
		expect(state.shown).toBe(12);
	});
});

describe('the sentences under the map', () => {
	it('say what the run tried and found, from the trials themselves', () => {
		const state = openState('strat=hyperband&n=9&seed=2');
		const run = state.run!;
		const full = run.trials.filter((t) => t.resource === 1);
		const best = full.reduce((b, t) => (t.score > b.score ? t : b));
		const dropouts = new Set(run.trials.map((t) => t.values[0])).size;
		expect(state.runText).toBe(
			`Hyperband (successive halving): 27 configurations, 3 of them trained in full, tried ${dropouts} distinct values of dropout. ` +
				`Its best is ${best.score.toFixed(3)}, at dropout ${formatParam(best.values[0])} and momentum ${formatParam(best.values[1])}; the true best is 0.932.`
		);
	});
	it('count the decades a log-scale run used', () => {
		const state = openState('obj=log-scale&strat=random&n=20&scale=log&seed=5');
		const rates = state.run!.trials.map((t) => t.values[0]);
		const inTop = rates.filter((r) => r >= 0.1).length;
		const near = rates.filter((r) => Math.abs(Math.log10(r) + 2.7) <= 0.5).length;
		expect(state.decadeText).toBe(
			`${inTop} of 20 configurations have a learning rate in the top decade (0.1 or more), where this scale puts 20% of its draws; ${near} lie within half a decade of the best, 0.002.`
		);
		expect(openState('').decadeText).toBeNull();
	});
});
