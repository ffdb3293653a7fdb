/**
 * The optimisers against steps worked out by hand (on L = w², gradient 2w) and with numpy
 * (the Adam and RMSProp steps, in a throwaway script that wrote the update rules out), and the
 * descent loop's stopping rules.
 */
import { describe, expect, it } from 'vitest';
import {
	adamStep,
	descend,
	momentumStep,
	optimizerStep,
	plainStep,
	rmspropStep,
	freshMemory,
	type OptimizerSettings
} from '$lib/ml/optimize';

const square = (w: readonly number[]) => w[0] * w[0];
const squareGradient = (w: readonly number[]) => [2 * w[0]];
const settings = (rate: number): OptimizerSettings => ({
	rate,
	beta1: 0.9,
	beta2: 0.999,
	rho: 0.9,
	epsilon: 1e-7
});

describe('plain gradient descent on w²: w ← (1 − 2η)w', () => {
	it.each([
		{ name: 'a small rate shrinks w', rate: 0.1, w: 2, expected: 1.6 },
		{ name: 'η = 0.5 lands on the minimum in one step', rate: 0.5, w: 2, expected: 0 },
		{ name: 'η = 0.75 jumps across: 1 − 1.5 = −0.5', rate: 0.75, w: 2, expected: -1 },
		{ name: 'η = 1 bounces between ±w forever', rate: 1, w: 2, expected: -2 },
		{ name: 'η = 1.1 lands further out: 1 − 2.2 = −1.2', rate: 1.1, w: 2, expected: -2.4 }
	])('$name', ({ rate, w, expected }) => {
		expect(plainStep([w], squareGradient([w]), rate)[0]).toBeCloseTo(expected, 12);
	});

	it('zig-zags (the sign flips every step) for 0.5 < η < 1 and still converges', () => {
		const run = descend({
			loss: square,
			gradientAt: squareGradient,
			start: [1],
			optimizer: 'plain',
			settings: settings(0.8),
			steps: 40
		});
		// (1 − 1.6)^k = (−0.6)^k
		run.points.forEach((p, k) => expect(p[0]).toBeCloseTo((-0.6) ** k, 12));
		expect(run.stopped).toBeNull();
	});

	it('diverges for η > 1: |w| grows by |1 − 2η| a step until it escapes', () => {
		const run = descend({
			loss: square,
			gradientAt: squareGradient,
			start: [1],
			optimizer: 'plain',
			settings: settings(1.5),
			steps: 100,
			escape: 1000
		});
		// (1 − 3)^k = (−2)^k passes 1000 at k = 10 (1024)
		expect(run.stopped).toBe('escaped');
		expect(run.points.length).toBe(11);
		expect(run.points[10][0]).toBe(1024);
		expect(run.losses.every(Number.isFinite)).toBe(true);
	});

	it('crawls for a tiny rate: after 50 steps of η = 0.005, w is 0.99^50 of its start', () => {
		const run = descend({
			loss: square,
			gradientAt: squareGradient,
			start: [1],
			optimizer: 'plain',
			settings: settings(0.005),
			steps: 50
		});
		expect(run.points[50][0]).toBeCloseTo(0.99 ** 50, 12);
	});

	it('a loss that overflows stops the run without a NaN', () => {
		const run = descend({
			loss: (w) => Math.exp(w[0]),
			gradientAt: (w) => [-Math.exp(w[0]) * 0 - 1000],
			start: [0],
			optimizer: 'plain',
			settings: settings(1),
			steps: 10
		});
		// w = 1000 after step 1: e^1000 is Infinity, so the run stops with the start alone
		expect(run.stopped).toBe('escaped');
		expect(run.points).toEqual([[0]]);
		expect(run.losses).toEqual([1]);
	});
});

describe('momentum and Nesterov on w² (η = 0.1, β = 0.9, from w = 1, v = 0), by hand', () => {
	it('momentum: v = −0.2, w = 0.8; then v = 0.9·(−0.2) − 0.1·1.6 = −0.34, w = 0.46', () => {
		const one = momentumStep([1], [0], [2], 0.1, 0.9);
		expect(one.velocity[0]).toBeCloseTo(-0.2, 12);
		expect(one.w[0]).toBeCloseTo(0.8, 12);
		const two = momentumStep(one.w, one.velocity, squareGradient(one.w), 0.1, 0.9);
		expect(two.velocity[0]).toBeCloseTo(-0.34, 12);
		expect(two.w[0]).toBeCloseTo(0.46, 12);
	});

	it('Nesterov takes step 2’s gradient at 0.8 + 0.9·(−0.2) = 0.62: v = −0.18 − 0.124 = −0.304, w = 0.496', () => {
		let w = [1];
		let memory = freshMemory(1);
		const seen: number[] = [];
		const gradientAt = (at: readonly number[]) => {
			seen.push(at[0]);
			return squareGradient(at);
		};
		for (let step = 0; step < 2; step++)
			({ w, memory } = optimizerStep('nesterov', w, memory, gradientAt, settings(0.1), step));
		expect(seen[0]).toBeCloseTo(1, 12);
		expect(seen[1]).toBeCloseTo(0.62, 12);
		expect(memory.velocity[0]).toBeCloseTo(-0.304, 12);
		expect(w[0]).toBeCloseTo(0.496, 12);
	});
});

describe('RMSProp and Adam', () => {
	it('RMSProp’s first step on w² from 1 (η = 0.01, ρ = 0.9): s = 0.4, w = 1 − 0.02 / √0.4 = 0.96837722839 (numpy)', () => {
		const next = rmspropStep([1], [0], [2], 0.01, 0.9, 1e-7);
		expect(next.meanSquare[0]).toBeCloseTo(0.4, 12);
		expect(next.w[0]).toBeCloseTo(0.9683772283983154, 12);
	});

	it('one Adam step from m = 0.5, v = 0.2 at t = 3 with g = 1 (numpy: m = 0.55, v = 0.2008, w = 0.99752055209557)', () => {
		const next = adamStep([1], [0.5], [0.2], 3, [1], { rate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 });
		expect(next.m[0]).toBeCloseTo(0.55, 12);
		expect(next.v[0]).toBeCloseTo(0.2008, 12);
		// m̂ = 0.55 / (1 − 0.9³) = 2.0295203, v̂ = 0.2008 / (1 − 0.999³) = 67.000311
		expect(next.w[0]).toBeCloseTo(0.9975205520955724, 12);
	});

	it('Adam’s first step moves every parameter by about η, whatever its gradient’s size', () => {
		// m̂ = g and v̂ = g² on step 1, so the step is η g / (|g| + ε) ≈ η sign(g)
		const next = adamStep([0, 0], [0, 0], [0, 0], 1, [40, -0.02], {
			rate: 0.05,
			beta1: 0.9,
			beta2: 0.999,
			epsilon: 1e-8
		});
		expect(next.w[0]).toBeCloseTo(-0.05, 6);
		expect(next.w[1]).toBeCloseTo(0.05, 6);
	});
});

describe('descend', () => {
	it('records the step sizes as the distance between points', () => {
		const run = descend({
			loss: (w) => w[0] * w[0] + w[1] * w[1],
			gradientAt: (w) => [2 * w[0], 2 * w[1]],
			start: [3, 4],
			optimizer: 'plain',
			settings: settings(0.25),
			steps: 2
		});
		// w ← 0.5 w: (3, 4) → (1.5, 2) → (0.75, 1); steps of 2.5 and 1.25
		expect(run.points).toEqual([
			[3, 4],
			[1.5, 2],
			[0.75, 1]
		]);
		expect(run.stepSizes).toEqual([2.5, 1.25]);
		expect(run.losses).toEqual([25, 6.25, 1.5625]);
	});

	it('refuses a non-finite start and a negative step count', () => {
		const base = {
			loss: square,
			gradientAt: squareGradient,
			optimizer: 'plain' as const,
			settings: settings(0.1)
		};
		expect(() => descend({ ...base, start: [NaN], steps: 1 })).toThrow(/finite/);
		expect(() => descend({ ...base, start: [1], steps: -1 })).toThrow(/steps/);
	});
});
