/**
 * The L1 vs L2 story: on each step, over several seeds, the lesson holds and every number the
 * text quotes is recomputed here from the engine directly (scikit-learn's conventions: Ridge's α
 * is n·λ, Lasso's α is λ), not read from the widget's analysis.
 */
import { describe, expect, it } from 'vitest';
import { lasso, predictLinear, ridge, type LinearFit } from '$lib/ml/linear';
import { fitScaler } from '$lib/ml/scaling';
import { syntheticProblem } from '$lib/widgets/regularization/data';
import { lambdaText, show } from '$lib/widgets/regularization/explain';
import { storyState } from './regularizationFixtures';

const SEEDS = [1, 2, 3, 4, 5];
const tight = { tol: 1e-10, maxIter: 100_000 };
const sumAbs = (w: number[]) => w.reduce((s, v) => s + Math.abs(v), 0);

/** The synthetic table's rows, scaled with the training rows' statistics. */
function scaledRows(n: number, noise: number, seed: number) {
	const p = syntheticProblem(n, noise, seed);
	const scaler = fitScaler('standard', p.train.X);
	return { p, train: scaler.transform(p.train.X), val: scaler.transform(p.val.X), sd: scaler.params.scale };
}
const rmse = (fit: LinearFit, X: number[][], y: number[]) =>
	Math.sqrt(predictLinear(fit, X).reduce((s, v, i) => s + (v - y[i]) ** 2, 0) / y.length);

function expectClean(text: string) {
	expect(text).not.toMatch(/NaN|undefined|Infinity|null/);
}

describe('story steps', () => {
	it.each(SEEDS)('l2-shrinks, seed %i: every weight shrinks, none is 0', async (seed) => {
		const state = await storyState('l2-shrinks', seed);
		const said = state.storyText!;
		expect(said.holds).toBe(true);
		expectClean(said.text);
		const { p, train } = scaledRows(40, 2, seed);
		const lambda = 10 ** -0.5;
		const fit = ridge(train, p.train.y, p.train.y.length * lambda);
		const ols = ridge(train, p.train.y, 0);
		expect(fit.coef.filter((w) => w === 0)).toHaveLength(0);
		expect(said.text).toContain(`λ = ${lambdaText(-0.5)}`);
		expect(said.text).toContain(`add up to ${show(sumAbs(fit.coef))}`);
		expect(said.text).toContain(`against ${show(sumAbs(ols.coef))}`);
		expect(said.text).toContain(`keeps ${show(fit.coef[1])}`);
	});

	it.each(SEEDS)('l1-zeroes, seed %i: L1 sets weights to exactly 0 where L2 sets none', async (seed) => {
		const state = await storyState('l1-zeroes', seed);
		const said = state.storyText!;
		expect(said.holds).toBe(true);
		expectClean(said.text);
		const { p, train } = scaledRows(40, 2, seed);
		const fit = lasso(train, p.train.y, 10 ** -0.5, tight);
		const zeroed = p.features.filter((_, j) => fit.coef[j] === 0);
		expect(zeroed.length).toBeGreaterThan(0);
		expect(said.text).toContain(`${zeroed.length} of 8 weights`);
		for (const f of zeroed) expect(said.text).toContain(f.name);
		expect(said.text).toContain(
			`${zeroed.filter((f) => f.truth === 0).length} of them with a true weight of 0`
		);
		expect(said.text).toContain('sets none to 0');
	});

	it.each(SEEDS)('validation-u, seed %i: validation RMSE falls then climbs over λ', async (seed) => {
		const state = await storyState('validation-u', seed);
		const said = state.storyText!;
		expect(said.holds).toBe(true);
		expectClean(said.text);
		const { p, train, val } = scaledRows(25, 3, seed);
		// every slider position, each fitted from cold
		const logs = Array.from({ length: 51 }, (_, i) => Number((-3 + i * 0.1).toFixed(1)));
		const errors = logs.map((l) => {
			const fit = lasso(train, p.train.y, 10 ** l, tight);
			return { l, val: rmse(fit, val, p.val.y), train: rmse(fit, train, p.train.y) };
		});
		const best = errors.reduce((a, b) => (b.val <= a.val ? b : a));
		const [first, last] = [errors[0], errors[errors.length - 1]];
		expect(best.val).toBeLessThan(first.val);
		expect(best.val).toBeLessThan(last.val);
		expect(said.text).toContain(`With ${p.train.y.length} noisy training rows`);
		expect(p.train.y.length).toBe(25);
		expect(said.text).toContain(`is ${show(first.val)} at the smallest λ`);
		expect(said.text).toContain(`falls to ${show(best.val)} at λ = ${lambdaText(best.l)}`);
		expect(said.text).toContain(`climbs to ${show(last.val)}`);
		expect(said.text).toContain(`(${show(first.train)} to ${show(last.train)})`);
	});

	it.each(SEEDS)('units, seed %i: unscaled, the hundredths column goes first', async (seed) => {
		const state = await storyState('units', seed);
		const said = state.storyText!;
		expect(said.holds).toBe(true);
		expectClean(said.text);
		const { p, train, sd } = scaledRows(40, 2, seed);
		const raw = lasso(p.train.X, p.train.y, 0.1, tight);
		const scaled = lasso(train, p.train.y, 0.1, tight);
		expect(raw.coef[4]).toBe(0);
		expect(raw.coef[3]).not.toBe(0);
		expect(scaled.coef[4]).not.toBe(0);
		expect(said.text).toContain(`keeps x3 (thousands) at ${show(raw.coef[3] * sd[3])} per σ`);
		expect(said.text).toContain(`moves y by ${show(1.5)}`);
		// the true weights per unit, 150 and 0.0015: a ratio of 100,000
		expect(said.text).toContain('100,000 times larger');
		expect(said.text).toContain(`Scaled, it keeps ${show(scaled.coef[4])}`);
	});

	it('no step is on screen at the defaults, and every step opens from its link with its own text', async () => {
		const state = await storyState('l1-zeroes', 1);
		state.load(new URLSearchParams(''));
		expect(state.storyStep).toBeNull();
		for (const step of state.steps) {
			const opened = new (state.constructor as new () => typeof state)();
			opened.load(new URLSearchParams(state.stepLink(step).slice(1)));
			expect(opened.storyStep?.id).toBe(step.id);
		}
	});
});
