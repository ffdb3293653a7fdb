/** The search strategies, against counts and orders worked out by hand. */
import { describe, expect, it } from 'vitest';
import { createRng } from '$lib/ml/random';
import {
	bayesianSearch,
	bestSoFar,
	distinctValues,
	evaluateAll,
	gridPoints,
	gridSide,
	randomPoints,
	successiveHalving,
	type Trial
} from '$lib/ml/search';

const bowl = (u: readonly number[]) => 1 - (u[0] - 0.3) ** 2 - (u[1] - 0.7) ** 2;

describe('grid search', () => {
	it.each([
		{ budget: 9, dims: 2, side: 3 },
		{ budget: 10, dims: 2, side: 3 },
		{ budget: 16, dims: 2, side: 4 },
		{ budget: 8, dims: 3, side: 2 },
		{ budget: 26, dims: 3, side: 2 },
		{ budget: 27, dims: 3, side: 3 },
		{ budget: 1, dims: 2, side: 1 }
	])('$budget trials on $dims hyperparameters: $side values each', ({ budget, dims, side }) => {
		expect(gridSide(budget, dims)).toBe(side);
		expect(gridPoints(budget, dims)).toHaveLength(side ** dims);
	});
	it('9 trials: centres 1/6, 1/2, 5/6 of each axis, the last changing fastest', () => {
		const points = gridPoints(9, 2);
		expect(points[0]).toEqual([1 / 6, 1 / 6]);
		expect(points[1]).toEqual([1 / 6, 0.5]);
		expect(points[3]).toEqual([0.5, 1 / 6]);
		expect(points[8]).toEqual([5 / 6, 5 / 6]);
		expect(distinctValues(evaluateAll(points, bowl), 0)).toBe(3);
	});
	it('refuses a budget that is not a whole number of at least 1', () => {
		expect(() => gridPoints(0, 2)).toThrow(/at least 1/);
		expect(() => gridPoints(2.5, 2)).toThrow(/whole number/);
	});
});

describe('random search', () => {
	it('9 trials try 9 distinct values of each hyperparameter, inside [0, 1)', () => {
		const trials = evaluateAll(randomPoints(9, 2, createRng(4)), bowl);
		expect(distinctValues(trials, 0)).toBe(9);
		expect(distinctValues(trials, 1)).toBe(9);
		for (const t of trials) for (const v of t.u) expect(v >= 0 && v < 1).toBe(true);
		expect(trials.map((t) => t.cost)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});
	it('is the same for the same seed', () => {
		expect(randomPoints(5, 2, createRng(7))).toEqual(randomPoints(5, 2, createRng(7)));
	});
});

describe('successive halving (η = 3)', () => {
	const calls: number[] = [];
	const partial = (u: readonly number[], resource: number) => {
		calls.push(resource);
		return bowl(u) * resource;
	};
	const trials = successiveHalving(partial, 9, 2, createRng(3));
	it('budget 9: 27 configurations at 1/9, 9 at 1/3, 3 full, costing 3 + 3 + 3 = 9', () => {
		expect(trials.filter((t) => t.resource === 1 / 9)).toHaveLength(27);
		expect(trials.filter((t) => t.resource === 1 / 3)).toHaveLength(9);
		expect(trials.filter((t) => t.resource === 1)).toHaveLength(3);
		expect(trials.at(-1)!.cost).toBeCloseTo(9, 9);
		expect(calls).toHaveLength(39);
	});
	it('promotes the best third of each rung by its early score', () => {
		const first = trials.filter((t) => t.resource === 1 / 9);
		const second = trials.filter((t) => t.resource === 1 / 3);
		const topNine = [...first].sort((a, b) => b.score - a.score).slice(0, 9);
		expect(new Set(second.map((t) => t.config))).toEqual(new Set(topNine.map((t) => t.config)));
		const full = trials.filter((t) => t.resource === 1);
		const topThree = [...second].sort((a, b) => b.score - a.score).slice(0, 3);
		expect(new Set(full.map((t) => t.config))).toEqual(new Set(topThree.map((t) => t.config)));
	});
	it('budget 10: 30 at 1/9, 10 at 1/3, 3 full: 30/9 + 10/3 + 3 = 9.67 ≤ 10', () => {
		const ten = successiveHalving((u, r) => bowl(u) * r, 10, 2, createRng(1));
		expect(ten.at(-1)!.cost).toBeCloseTo(30 / 9 + 10 / 3 + 3, 9);
		expect(ten.filter((t) => t.resource === 1)).toHaveLength(3);
	});
	it('needs a budget of at least 3', () => {
		expect(() => successiveHalving((u) => bowl(u), 2, 2, createRng(1))).toThrow(/at least 3/);
	});
});

describe('bestSoFar', () => {
	const trial = (score: number, cost: number, resource = 1): Trial => ({
		u: [0, 0],
		score,
		resource,
		cost,
		config: 0
	});
	it('keeps the running maximum of full trainings, per whole budget', () => {
		expect(bestSoFar([trial(0.5, 1), trial(0.4, 2), trial(0.7, 3), trial(0.6, 4)], 4)).toEqual([
			0.5, 0.5, 0.7, 0.7
		]);
	});
	it('is null until the first full training; partial scores never count', () => {
		const curve = bestSoFar([trial(0.9, 1 / 3, 1 / 3), trial(0.99, 2 / 3, 1 / 3), trial(0.6, 5 / 3)], 3);
		expect(curve).toEqual([null, 0.6, 0.6]);
	});
});

describe('Bayesian optimisation', () => {
	it('starts with 3 random trials (the seed’s first draws), then closes in on the bowl’s top', () => {
		const trials = bayesianSearch(bowl, 15, 2, createRng(5));
		expect(trials.slice(0, 3).map((t) => t.u)).toEqual(randomPoints(3, 2, createRng(5)));
		// the top is at (0.3, 0.7) with score 1; a candidate grid of 24 per side has a centre within 1/48 of it
		const best = Math.max(...trials.map((t) => t.score));
		expect(best).toBeGreaterThan(1 - 2 * (1 / 48) ** 2 - 1e-3);
	});
	it('is the same for the same seed', () => {
		expect(bayesianSearch(bowl, 8, 2, createRng(2))).toEqual(bayesianSearch(bowl, 8, 2, createRng(2)));
	});
	it('in parallel, a batch is chosen before any of its scores is known', () => {
		// the same bowl, except that trials 4–6 (the first batch of 4 after 3 random) score 0
		let calls = 0;
		const hidden = (u: readonly number[]) => (++calls >= 4 && calls <= 6 ? 0 : bowl(u));
		const batch = bayesianSearch(hidden, 11, 2, createRng(6), { parallel: 4 });
		const plain = bayesianSearch(bowl, 11, 2, createRng(6), { parallel: 4 });
		// trials 4–7 are one batch: the same points whatever trials 4–6 score
		expect(batch.slice(0, 7).map((t) => t.u)).toEqual(plain.slice(0, 7).map((t) => t.u));
		// the next batch sees the zeros, and goes elsewhere
		expect(batch.slice(7).map((t) => t.u)).not.toEqual(plain.slice(7).map((t) => t.u));
		// a batch spreads out: its 4 picks are 4 different points
		expect(new Set(plain.slice(3, 7).map((t) => t.u.join(','))).size).toBe(4);
	});
	it('one at a time, each trial sees every score before it', () => {
		let calls = 0;
		const hidden = (u: readonly number[]) => (++calls === 4 ? 0 : bowl(u));
		const seen = bayesianSearch(hidden, 6, 2, createRng(6));
		const plain = bayesianSearch(bowl, 6, 2, createRng(6));
		expect(seen[3].u).toEqual(plain[3].u);
		expect(seen[4].u).not.toEqual(plain[4].u);
		expect(() => bayesianSearch(bowl, 6, 2, createRng(6), { parallel: 0 })).toThrow(/at least 1/);
	});
});
