/**
 * Seeded pseudo-random numbers for the widgets.
 *
 * Every widget that samples data takes a seed so that a page reload, a shared
 * link or a test sees exactly the same numbers; `Math.random` cannot be seeded.
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counting generator,
 * 128 bits of state, passes PractRand), whose state is filled from the seed by
 * splitmix32 so that nearby seeds (0, 1, 2, …) give unrelated streams.
 * It is NOT cryptographically secure.
 */

/** A deterministic stream of random numbers; see {@link createRng}. */
export interface Rng {
	/**
	 * Next uniform number.
	 * Output: a number in [0, 1), always a multiple of 2^-32.
	 */
	next(): number;
	/**
	 * Next draw from a normal (Gaussian) distribution, by Box–Muller.
	 * Inputs: `mean` (default 0) and standard deviation `sd` (default 1), in the
	 * caller's units; `sd` = 0 returns `mean` exactly.
	 * Output: a finite number in the same units as `mean`.
	 * Throws if `mean` is not finite or `sd` is negative or not finite.
	 */
	normal(mean?: number, sd?: number): number;
	/**
	 * Next uniform integer.
	 * Input: `n`, an integer in [1, 2^32].
	 * Output: an integer in [0, n), every value equally likely (no modulo bias).
	 * Throws if `n` is not an integer in that range.
	 */
	int(n: number): number;
	/**
	 * Uniformly random permutation (Fisher–Yates).
	 * Input: any array, which is left unchanged.
	 * Output: a new array holding the same elements in random order; an empty
	 * array gives a new empty array.
	 */
	shuffle<T>(a: readonly T[]): T[];
}

const TWO_POW_32 = 4294967296;

/** Returns a generator of well-mixed 32-bit words from one 32-bit state. */
function splitmix32(seed: number): () => number {
	let state = seed | 0;
	return () => {
		state = (state + 0x9e3779b9) | 0;
		let z = state;
		z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
		z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
		return (z ^ (z >>> 15)) >>> 0;
	};
}

/**
 * Creates a seeded random-number generator.
 *
 * Input: `seed`, any safe integer (negative and values above 2^32 are fine:
 * both 32-bit halves are mixed in).
 * Output: an {@link Rng}; two generators made from the same seed produce the
 * same sequence for the same sequence of calls.
 * Throws if `seed` is not a safe integer (NaN, ±Infinity, 0.5, 2^60 …).
 */
export function createRng(seed: number): Rng {
	if (!Number.isSafeInteger(seed)) {
		throw new Error(`createRng: seed is ${String(seed)}; it must be a safe integer`);
	}
	const lo = seed >>> 0;
	const hi = Math.floor(seed / TWO_POW_32) | 0;
	// Each half seeds its own splitmix stream; splitmix's first output is a
	// bijection of its seed, so distinct seeds give distinct (s0, s2) states.
	const mixLo = splitmix32(lo);
	const mixHi = splitmix32(hi ^ 0x6a09e667);
	let s0 = mixLo();
	let s1 = mixLo();
	let s2 = mixHi();
	let s3 = mixHi();

	function nextWord(): number {
		const t = (((s0 + s1) | 0) + s3) | 0;
		s3 = (s3 + 1) | 0;
		s0 = s1 ^ (s1 >>> 9);
		s1 = (s2 + (s2 << 3)) | 0;
		s2 = (s2 << 21) | (s2 >>> 11);
		s2 = (s2 + t) | 0;
		return t >>> 0;
	}

	// Discard a few outputs so that the first values do not echo the seeding.
	for (let i = 0; i < 12; i++) nextWord();

	// Box–Muller yields two independent normals per pair of uniforms; keeping
	// the second halves the cost and stays deterministic.
	let spare: number | null = null;

	function next(): number {
		return nextWord() / TWO_POW_32;
	}

	function standardNormal(): number {
		if (spare !== null) {
			const z = spare;
			spare = null;
			return z;
		}
		// 1 - next() lies in (0, 1], so the logarithm is finite.
		const u1 = 1 - next();
		const u2 = next();
		const r = Math.sqrt(-2 * Math.log(u1));
		const theta = 2 * Math.PI * u2;
		spare = r * Math.sin(theta);
		return r * Math.cos(theta);
	}

	function normal(mean = 0, sd = 1): number {
		if (!Number.isFinite(mean)) {
			throw new Error(`normal: mean is ${String(mean)}; it must be a finite number`);
		}
		if (!Number.isFinite(sd) || sd < 0) {
			throw new Error(`normal: sd is ${String(sd)}; it must be a finite number >= 0`);
		}
		return mean + sd * standardNormal();
	}

	function int(n: number): number {
		if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) {
			throw new Error(`int: n is ${String(n)}; it must be an integer from 1 to 2^32`);
		}
		// Rejection sampling: values at or above the largest multiple of n
		// would make small results slightly more likely than large ones.
		const limit = TWO_POW_32 - (TWO_POW_32 % n);
		let w = nextWord();
		while (w >= limit) w = nextWord();
		return w % n;
	}

	function shuffle<T>(a: readonly T[]): T[] {
		const out = a.slice();
		for (let i = out.length - 1; i > 0; i--) {
			const j = int(i + 1);
			const tmp = out[i];
			out[i] = out[j];
			out[j] = tmp;
		}
		return out;
	}

	return { next, normal, int, shuffle };
}
