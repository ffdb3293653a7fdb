import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../../src/lib/ml/random';

function draws(seed: number, n: number): number[] {
	const rng = createRng(seed);
	return Array.from({ length: n }, () => rng.next());
}

describe('createRng', () => {
	it('gives the same sequence for the same seed', () => {
		for (const seed of [0, 1, 42, -7, 2 ** 40 + 3]) {
			expect(draws(seed, 200)).toEqual(draws(seed, 200));
		}
	});

	it('keeps normal, int and shuffle deterministic too', () => {
		const run = (): unknown[] => {
			const rng = createRng(123);
			return [rng.normal(), rng.int(1000), rng.shuffle([1, 2, 3, 4, 5, 6]), rng.normal(2, 3), rng.next()];
		};
		expect(run()).toEqual(run());
	});

	it('gives different sequences for different seeds, including neighbouring ones', () => {
		const seeds = [0, 1, 2, 3, -1, 2 ** 32, 2 ** 32 + 1];
		const firsts = seeds.map((s) => draws(s, 5).join(','));
		expect(new Set(firsts).size).toBe(seeds.length);
	});

	it('rejects seeds that are not safe integers', () => {
		for (const bad of [NaN, Infinity, -Infinity, 0.5, 2 ** 60]) {
			expect(() => createRng(bad)).toThrow(/seed/);
		}
	});

	it('next() stays in [0, 1)', () => {
		fc.assert(
			fc.property(fc.integer(), (seed) => {
				const rng = createRng(seed);
				for (let i = 0; i < 200; i++) {
					const u = rng.next();
					if (!(u >= 0 && u < 1)) return false;
				}
				return true;
			})
		);
	});

	it('next() has mean near 1/2 and variance near 1/12', () => {
		const xs = draws(7, 20000);
		const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
		const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
		// Standard error of the mean is sqrt(1/12/20000) ≈ 0.002.
		expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
		expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.005);
	});

	it('int(n) returns integers in [0, n) and reaches both ends', () => {
		fc.assert(
			fc.property(fc.integer(), fc.integer({ min: 1, max: 50 }), (seed, n) => {
				const rng = createRng(seed);
				for (let i = 0; i < 100; i++) {
					const k = rng.int(n);
					if (!Number.isInteger(k) || k < 0 || k >= n) return false;
				}
				return true;
			})
		);
		const rng = createRng(5);
		const seen = new Set(Array.from({ length: 500 }, () => rng.int(5)));
		expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
		expect(createRng(9).int(1)).toBe(0);
		const big = createRng(9).int(2 ** 32);
		expect(big).toBeGreaterThanOrEqual(0);
		expect(big).toBeLessThan(2 ** 32);
	});

	it('int(n) throws unless n is an integer from 1 to 2^32', () => {
		const rng = createRng(1);
		for (const bad of [0, -1, 1.5, NaN, Infinity, 2 ** 32 + 1]) {
			expect(() => rng.int(bad)).toThrow(/n is/);
		}
	});

	it('int(10) is roughly uniform (chi-square test)', () => {
		const rng = createRng(2024);
		const n = 10000;
		const counts = new Array<number>(10).fill(0);
		for (let i = 0; i < n; i++) counts[rng.int(10)]++;
		const expected = n / 10;
		const chi2 = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
		// 9 degrees of freedom: the 99.9th percentile is 27.9; 40 is loose but
		// still fails a generator that favours any digit by ~6%.
		expect(chi2).toBeLessThan(40);
	});

	it('shuffle returns a permutation and leaves the input alone', () => {
		fc.assert(
			fc.property(fc.integer(), fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 30 }), (seed, a) => {
				const before = a.slice();
				const out = createRng(seed).shuffle(a);
				expect(a).toEqual(before);
				expect(out).not.toBe(a);
				expect([...out].sort((x, y) => x - y)).toEqual([...a].sort((x, y) => x - y));
			})
		);
	});

	it('shuffle actually reorders, with every position equally likely', () => {
		const rng = createRng(11);
		// firstPos[v] counts how often value v lands in slot 0 of a 4-element shuffle.
		const firstPos = [0, 0, 0, 0];
		const trials = 8000;
		for (let t = 0; t < trials; t++) firstPos[rng.shuffle([0, 1, 2, 3])[0]]++;
		for (const c of firstPos) expect(Math.abs(c / trials - 0.25)).toBeLessThan(0.03);
	});

	it('normal() has sample mean ≈ 0 and sd ≈ 1 over 20,000 draws', () => {
		const rng = createRng(99);
		const n = 20000;
		const xs = Array.from({ length: n }, () => rng.normal());
		const mean = xs.reduce((s, x) => s + x, 0) / n;
		const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
		// Standard error of the mean is 1/sqrt(20000) ≈ 0.007; of the sd ≈ 0.005.
		expect(Math.abs(mean)).toBeLessThan(0.03);
		expect(Math.abs(sd - 1)).toBeLessThan(0.03);
		// About 68.3% of a normal lies within one sd of the mean.
		const within = xs.filter((x) => Math.abs(x) < 1).length / n;
		expect(Math.abs(within - 0.6827)).toBeLessThan(0.02);
	});

	it('normal(mean, sd) shifts and scales', () => {
		const rng = createRng(3);
		const n = 20000;
		const xs = Array.from({ length: n }, () => rng.normal(10, 2));
		const mean = xs.reduce((s, x) => s + x, 0) / n;
		const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
		expect(Math.abs(mean - 10)).toBeLessThan(0.06);
		expect(Math.abs(sd - 2)).toBeLessThan(0.06);
		expect(createRng(3).normal(4, 0)).toBe(4);
	});

	it('normal() rejects a bad mean or sd', () => {
		const rng = createRng(1);
		expect(() => rng.normal(NaN)).toThrow(/mean/);
		expect(() => rng.normal(0, -1)).toThrow(/sd/);
		expect(() => rng.normal(0, Infinity)).toThrow(/sd/);
	});
});
