/**
 * Every story step, checked against the numbers of the state the page builds for it (its
 * link at several seeds), each number its text quotes recomputed here: the grid's values and
 * best by hand (numpy agrees: 0.15, 0.41, 0.67 and 0.736), trial counts from the trials'
 * values, bests from the by-hand surfaces. Outside a component derived values are recomputed
 * on every read, so each test reads each one once.
 */
import { describe, expect, it } from 'vitest';
import { formatPercent } from '$lib/format/format';
import { createRng } from '$lib/ml/random';
import { formatParam, formatScore } from '$lib/widgets/hyperparameter-search/format';
import { logScaleByHand, oneMattersByHand, storyState } from './hyperparameterSearchFixtures';

const seeds = [1, 2, 3, 4, 5, 6];
const noJunk = (text: string) => expect(text).not.toMatch(/NaN|undefined|Infinity|null/);

/** The best of `n` random trials on the log-scale surface, drawn as the engine draws them (u then v per trial). */
function randomLogBest(n: number, scale: 'linear' | 'log', seed: number) {
	const rng = createRng(seed);
	const value = (u: number, lo: number, hi: number) =>
		scale === 'log' ? lo * (hi / lo) ** u : lo + u * (hi - lo);
	let best = -Infinity;
	const rates: number[] = [];
	for (let i = 0; i < n; i++) {
		const rate = value(rng.next(), 1e-5, 1);
		const penalty = value(rng.next(), 1e-6, 10);
		rates.push(rate);
		best = Math.max(best, logScaleByHand(rate, penalty));
	}
	return { best, rates };
}

describe('step 1: grid, 9 trials, 3 values', () => {
	it('quotes the 3 dropouts, the grid best and the true best', async () => {
		const state = await storyState('grid-three', 1);
		const story = state.storyText!;
		expect(story.holds).toBe(true);
		expect(story.text).toContain('only 3 values of dropout (0.15, 0.41 and 0.67)');
		const gridBest = Math.max(
			...[0.15, 0.41, 0.67].flatMap((d) => [0.58167, 0.745, 0.90833].map((m) => oneMattersByHand(d, m)))
		);
		expect(gridBest).toBeCloseTo(0.7363840930381723, 4);
		expect(story.text).toContain(`Its best is ${formatScore(gridBest)}`);
		expect(story.text).toContain('the true best is 0.932, at dropout 0.254');
		noJunk(story.text);
	});
});

describe('step 2: random, 9 trials, 9 values', () => {
	it.each(seeds)(
		'seed %i: 9 values, this seed’s best, and random beating the grid on most seeds',
		async (seed) => {
			const state = await storyState('random-nine', seed);
			const story = state.storyText!;
			expect(story.holds).toBe(true);
			const rng = createRng(seed);
			let best = -Infinity;
			for (let i = 0; i < 9; i++)
				best = Math.max(best, oneMattersByHand(0.02 + 0.78 * rng.next(), 0.5 + 0.49 * rng.next()));
			expect(story.text).toContain(`try 9 values of dropout; this seed's best is ${formatScore(best)}`);
			let wins = 0;
			for (let s = 1; s <= 20; s++) {
				const r = createRng(s);
				let b = -Infinity;
				for (let i = 0; i < 9; i++)
					b = Math.max(b, oneMattersByHand(0.02 + 0.78 * r.next(), 0.5 + 0.49 * r.next()));
				if (b > 0.7363840930381723) wins++;
			}
			expect(wins).toBeGreaterThan(10);
			expect(story.text).toContain(`beats the grid's 0.736 on ${wins}`);
			noJunk(story.text);
		}
	);
});

describe('step 3: a linear range wastes decades', () => {
	it.each(seeds)('seed %i: most trials in the top decade, the best far below 0.92', async (seed) => {
		const state = await storyState('linear-waste', seed);
		const story = state.storyText!;
		const { best, rates } = randomLogBest(20, 'linear', seed);
		const inTop = rates.filter((r) => r >= 0.1).length;
		const near = rates.filter((r) => Math.abs(Math.log10(r) + 2.7) <= 0.5).length;
		expect(inTop).toBeGreaterThan(10);
		expect(best).toBeLessThan(0.92 - 0.1);
		expect(story.holds).toBe(true);
		expect(story.text).toContain(`${inTop} of 20 trials have a learning rate of 0.1 or more`);
		expect(story.text).toContain(`puts ${formatPercent(0.9, 0)} of its draws`);
		expect(story.text).toContain(
			`${near} land within half a decade of the best learning rate, ${formatParam(10 ** -2.7)}`
		);
		expect(story.text).toContain(`the best score is ${formatScore(best)} against a true best of 0.920`);
		noJunk(story.text);
	});
});

describe('step 4: a log range spreads them', () => {
	it.each(seeds)(
		'seed %i: trials near the best rate, and a better best than the linear range',
		async (seed) => {
			const state = await storyState('log-range', seed);
			const story = state.storyText!;
			const log = randomLogBest(20, 'log', seed);
			const linear = randomLogBest(20, 'linear', seed);
			const near = log.rates.filter((r) => Math.abs(Math.log10(r) + 2.7) <= 0.5).length;
			expect(near).toBeGreaterThan(0);
			expect(log.best).toBeGreaterThan(linear.best + 0.1);
			expect(story.holds).toBe(true);
			expect(story.text).toContain(
				`(20%): ${log.rates.filter((r) => r >= 0.1).length} of 20 trials in the top decade, ${near} within half a decade`
			);
			expect(story.text).toContain(
				`The best score is ${formatScore(log.best)}; the same seed on a linear range found ${formatScore(linear.best)}`
			);
			noJunk(story.text);
		}
	);
});

describe('step 5: Bayesian search closes in', () => {
	it.each(seeds)(
		'seed %i: within 0.05 of the true best and above random search on the seed',
		async (seed) => {
			const state = await storyState('bayes', seed);
			const story = state.storyText!;
			const run = state.run!;
			expect(run.trials).toHaveLength(20);
			const best = Math.max(...run.trials.map((t) => logScaleByHand(t.values[0], t.values[1])));
			const random = randomLogBest(20, 'log', seed).best;
			expect(best).toBeGreaterThanOrEqual(0.92 - 0.05);
			expect(best).toBeGreaterThan(random);
			expect(story.holds).toBe(true);
			expect(story.text).toContain(
				`Its best after 20 trials is ${formatScore(best)}, against a true best of 0.920`
			);
			expect(story.text).toContain(`random search on the same seed reached ${formatScore(random)}`);
			noJunk(story.text);
		}
	);
});
