/** The gradient-descent widget's link codec, start placement, verdicts and charts, against values worked out by hand. */
import { describe, expect, it } from 'vitest';
import { gradientCodec } from '$lib/widgets/gradient-descent/codec';
import { logOf, powerLabel } from '$lib/widgets/gradient-descent/chartData';
import { openState } from './gradientDescentFixtures';

describe('codec', () => {
	it('round-trips a state with every field changed', () => {
		const state = {
			...gradientCodec.defaults(),
			surf: 'two' as const,
			opt: 'adam' as const,
			lr: 0.0316,
			beta: 0.8,
			rho: 0.95,
			beta2: 0.99,
			steps: 321,
			start: [-1.25, 0.5] as [number, number],
			batch: 'mini' as const,
			seed: 77,
			cmp: 'nesterov' as const,
			lrb: 2.5,
			q: 9
		};
		const decoded = gradientCodec.decode(gradientCodec.encode(state));
		expect(decoded.problems).toEqual([]);
		expect(decoded.value).toEqual(state);
	});

	it.each([
		['lr=abc', 'lr'],
		['lr=5', 'lr'],
		['steps=0', 'steps'],
		['start=1_2_3', 'start'],
		['start=x_1', 'start'],
		['start=20_1', 'start'],
		['opt=sgd', 'opt']
	])('refuses %s field by field, keeping the rest', (query, field) => {
		const { value, problems } = gradientCodec.decode(new URLSearchParams(`${query}&surf=long`));
		expect(problems.length).toBe(1);
		expect(problems[0]).toContain(field);
		expect(value.surf).toBe('long');
		expect(value[field as 'lr']).toEqual(gradientCodec.defaults()[field as 'lr']);
	});

	it("a start outside the surface's frame falls back to the surface's own start, with a notice", () => {
		// the bowl's frame is [−3, 3]²
		const { value, problems } = gradientCodec.decode(new URLSearchParams('surf=bowl&start=5_0'));
		expect(value.start).toBeNull();
		expect(problems[0]).toMatch(/outside the bowl surface's frame/);
	});
});

describe('state', () => {
	it('a click or key places the start to two decimals, and only inside the frame', () => {
		const state = openState('');
		state.place(1.23456, -0.98765);
		expect(state.input.start).toEqual([1.23, -0.99]);
		state.place(7, 0);
		expect(state.input.start).toEqual([1.23, -0.99]);
		expect(state.runA!.trajectory.points[0]).toEqual([1.23, -0.99]);
	});

	it('a new surface starts from its own start', () => {
		const state = openState('start=1_1');
		state.setSurface('valley');
		expect(state.input.start).toBeNull();
		expect(state.start).toEqual([-1.5, 2.5]);
	});

	it('a diverged run says "Diverged", never NaN, even when it overflows', () => {
		// plain descent at η = 3 on the valley: w₁³ terms overflow within a few steps
		const state = openState('surf=valley&opt=plain&lr=3&steps=500');
		const run = state.runA!;
		expect(run.verdict.kind).toBe('diverged');
		expect(run.verdict.escaped).toBe(true);
		expect(run.trajectory.losses.every(Number.isFinite)).toBe(true);
		expect(state.sentenceA).toMatch(
			/^The loss grew .* the run stopped after \d+ steps? when w ran past ±1,000,000\.$/
		);
		expect(state.lossChart!.series[0].y.every(Number.isFinite)).toBe(true);
	});

	it('mini-batches of one row on the iris loss: a noisy path whose verdict names the batch', () => {
		const state = openState('surf=logistic&opt=plain&lr=1&steps=100&batch=one&seed=3');
		const run = state.runA!;
		expect(state.stochasticBatch).toEqual({ rows: 1, of: 100 });
		expect(run.verdict.kind).toBe('noisy');
		expect(state.sentenceA).toContain('Each step sees 1 row of 100');
		// the full batch on the same surface and rate takes no turn back
		const full = openState('surf=logistic&opt=plain&lr=1&steps=100&batch=full');
		expect(full.runA!.verdict.reversals).toBe(0);
	});

	it('two minima: plain descent from the right settles in the higher valley, and the sentence says so', () => {
		const state = openState('surf=two&opt=plain&lr=0.05&steps=100');
		expect(state.runA!.verdict.kind).toBe('converged');
		expect(state.sentenceA).toMatch(/^In the higher valley, near \(0\.9601, 0\)/);
	});
});

describe('log axes', () => {
	it('plot log10 of a value, with 0 on the floor at 10⁻¹²', () => {
		expect(logOf(1000)).toBe(3);
		expect(logOf(0)).toBe(-12);
		expect(logOf(1e-15)).toBe(-12);
		expect([0, 1, 2, -3].map(powerLabel)).toEqual(['1', '10', '10²', '10⁻³']);
	});
});
