/**
 * Starting centroids for an elbow sweep, seeded once and shared between the values of k.
 *
 * Greedy k-means++ (see lloyd.ts) draws the same random numbers for its first c centres
 * whatever k is, as long as k asks for the same number of candidates per centre,
 * 2 + ⌊ln k⌋: with one seed, the start for k = 5 is the first five centres of the start for
 * k = 7 (both draw 3 candidates). So the sweep seeds each (seed, candidate count) once, for
 * the largest k that needs it, and gives every k its first k centres: the very centroids
 * seeding each k alone would give, for about a third of the work (k = 1…10: 56 passes over
 * the data per seed instead of 158). Random starts (a partial shuffle) share prefixes the
 * same way, whatever k.
 */
import type { FlatData } from './flatData';
import { candidateCount, kMeansPlusPlus, randomRows } from './lloyd';
import { createRng } from './random';
import type { KMeansInit } from './kmeans';

/** Which starts a k shares: those with its candidate count, or all of them for random starts (0). */
function family(init: KMeansInit, k: number): number {
	return init === 'random' ? 0 : candidateCount(k);
}

export class SharedStarts {
	/** For each family, the largest k of the sweep in it. */
	private readonly largest = new Map<number, number>();
	/** Seeded centroids (row-major) by seed and family. */
	private readonly seeded = new Map<string, Float64Array>();

	constructor(
		private readonly flat: FlatData,
		private readonly init: KMeansInit,
		ks: readonly number[]
	) {
		for (const k of ks) {
			const f = family(init, k);
			this.largest.set(f, Math.max(k, this.largest.get(f) ?? 0));
		}
	}

	/** The start of the run with this seed for k (one of the sweep's ks): k rows × d, a fresh copy. */
	start(k: number, seed: number): Float64Array {
		const f = family(this.init, k);
		const key = `${seed}/${f}`;
		let centroids = this.seeded.get(key);
		if (!centroids) {
			const largest = this.largest.get(f);
			if (largest === undefined || largest < k) throw new Error(`SharedStarts: k = ${k} is not one of the sweep's values`);
			const rng = createRng(seed);
			centroids = this.init === 'random' ? randomRows(this.flat, largest, rng) : kMeansPlusPlus(this.flat, largest, rng);
			this.seeded.set(key, centroids);
		}
		return centroids.slice(0, k * this.flat.d);
	}
}
