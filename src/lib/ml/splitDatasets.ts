/**
 * The labelled data the split and cross-validation lessons deal into parts: two Gaussian
 * classes in 2-D with a rare positive class, optionally drifting in time, and fresh samples
 * from the same source (the truth a held-out score estimates). Deterministic for a seed.
 */
import { createRng, type Rng } from './random';

export interface SplitData {
	X: number[][];
	/** 1 for the (rarer) positive class, 0 otherwise. */
	y: number[];
}

export interface DataOptions {
	n: number;
	/** Share of positives, a fraction. */
	positiveShare: number;
	/** Distance between the class centres (per axis). */
	separation: number;
	/** Seed of the data alone: a split has a seed of its own, so changing it never changes the rows. */
	seed: number;
	/** Samples in time order with both classes drifting, so the future looks unlike the past. */
	drift: boolean;
}

/** Both class centres move by (3t, 3t) as time t runs from 0 (first row) to 1 (last row). */
const DRIFT_PER_UNIT_TIME = 3;

/**
 * `count` samples, round(count · share) (at least one) of them positive at random places:
 * two Gaussian classes (sd 1) around (d, d) and (d + s, d + s), d = `driftOf(i)` for sample i.
 */
function drawSamples(
	rng: Rng,
	count: number,
	share: number,
	separation: number,
	driftOf: (i: number) => number
): SplitData {
	const positives = new Set(
		rng.shuffle(Array.from({ length: count }, (_, i) => i)).slice(0, Math.max(1, Math.round(count * share)))
	);
	const X: number[][] = [];
	const y: number[] = [];
	for (let i = 0; i < count; i++) {
		const label = positives.has(i) ? 1 : 0;
		const shift = driftOf(i) + label * separation;
		X.push([rng.normal(shift, 1), rng.normal(shift, 1)]);
		y.push(label);
	}
	return { X, y };
}

/**
 * Inputs: {@link DataOptions}. Output: n samples of two Gaussian classes (sd 1) around (0, 0)
 * and (s, s), max(1, round(n · share)) of them positive. With drift, sample i is taken at time
 * t = i / (n − 1) and both centres move by (3t, 3t): late negatives land where early positives were.
 */
export function makeSplitData({ n, positiveShare, separation, seed, drift }: DataOptions): SplitData {
	// a stream of its own, apart from any split's shuffle
	const rng = createRng(seed + 1_000_003);
	return drawSamples(rng, n, positiveShare, separation, (i) =>
		drift ? (DRIFT_PER_UNIT_TIME * i) / Math.max(1, n - 1) : 0
	);
}

/** Fresh samples to score against: how many, and (for drifting data) how far past the series they reach. */
export const FRESH_COUNT = 1000;

/**
 * 1,000 new samples from the same source, the truth a held-out part estimates. For drifting data
 * they come from after the series ends: times evenly from just past t = 1 to 1 + `horizon`
 * (a fraction of the series' length), since a model is used on the future, not on its own past.
 */
export function makeFreshData(options: DataOptions, horizon: number): SplitData {
	// the stream earlier versions drew their fresh samples from, so old links show the same table
	const rng = createRng(options.seed + 100_000 + 1_000_003);
	const driftOf = options.drift
		? (i: number) => DRIFT_PER_UNIT_TIME * (1 + (horizon * (i + 1)) / FRESH_COUNT)
		: () => 0;
	return drawSamples(rng, FRESH_COUNT, options.positiveShare, options.separation, driftOf);
}
