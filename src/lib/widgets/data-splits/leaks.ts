/**
 * Three leaks, each scored with and without the leak on the same split, so that the split's
 * own luck cancels and only the leak differs: duplicated rows, a scaler fitted on all rows,
 * and features chosen on all rows (whose code both split lessons share, in
 * `$lib/ml/selectionLeak`). Every score is ROC AUC, null where the test rows hold one class.
 */
import { score, usableK } from '$lib/ml/holdoutScore';
import { fitScaler } from '$lib/ml/scaling';
import { WIDE_TABLE, type LeakPair } from '$lib/ml/selectionLeak';
import { splitSizes, trainValTestSplit, type TrainValTest } from '$lib/ml/split';
import type { SplitData } from '$lib/ml/splitDatasets';
import { fractionsOf, type SplitSettings } from './analysis';

/**
 * The parts of a split of data with appended copies, less the copies (rows `n` and on): the same
 * split had the duplicates been removed first, each original row keeping its part.
 */
export function withoutCopies(parts: TrainValTest, n: number): TrainValTest {
	const keep = (rows: number[]) => rows.filter((i) => i < n);
	return { train: keep(parts.train), val: keep(parts.val), test: keep(parts.test) };
}

/** Which version of the test part has no AUC (it holds one class), or null when both have one. */
export type OneClassSide = 'with and without the copies' | 'with the copies' | 'without the copies' | null;

/** What the duplicated-rows paragraph says, read once from the split's scores and the 50-seed means. */
export interface DuplicateReading {
	/** The copies' lift of the test AUC on this split; null when either score is undefined. */
	lift: number | null;
	oneClassSide: OneClassSide;
	/** With k > 1 a twin is one vote of k, and here the copies did not lift the score (on this split or on average): the page says why. */
	twinOutvoted: boolean;
}

/** A leak's lift of the test AUC (leaky − clean); null when either score is undefined. */
export const leakLift = (pair: LeakPair): number | null =>
	pair.clean !== null && pair.leaky !== null ? pair.leaky - pair.clean : null;

export function readDuplicates(
	pair: LeakPair,
	seedMeans: { clean: number; leaky: number } | null,
	k: number
): DuplicateReading {
	const lift = leakLift(pair);
	const oneClassSide: OneClassSide =
		pair.leaky === null && pair.clean === null
			? 'with and without the copies'
			: pair.leaky === null
				? 'with the copies'
				: pair.clean === null
					? 'without the copies'
					: null;
	const twinOutvoted =
		k > 1 && ((lift !== null && lift <= 0) || (seedMeans !== null && seedMeans.leaky <= seedMeans.clean));
	return { lift, oneClassSide, twinOutvoted };
}

/**
 * Test AUC with the copies (a copy of a training row may sit in test, and k-NN finds its
 * twin) and on the same parts without them. `data` holds the n originals, then the copies.
 */
export function duplicateLeak(data: SplitData, parts: TrainValTest, n: number, k: number): LeakPair {
	const clean = withoutCopies(parts, n);
	return { clean: score(data, clean.train, clean.test, k), leaky: score(data, parts.train, parts.test, k) };
}

/**
 * k-NN on standardised features, the scaler (mean and sd per feature) fitted on the training rows
 * (clean) or on all rows, test rows included (the leak).
 */
export function scalingLeak(data: SplitData, parts: TrainValTest, k: number): LeakPair {
	if (parts.train.length === 0 || parts.test.length === 0) return { clean: null, leaky: null };
	const scaledBy = (rows: number[]): SplitData => ({
		X: fitScaler(
			'standard',
			rows.map((i) => data.X[i])
		).transform(data.X),
		y: data.y
	});
	const all = data.X.map((_, i) => i);
	return {
		clean: score(scaledBy(parts.train), parts.train, parts.test, k),
		leaky: score(scaledBy(all), parts.train, parts.test, k)
	};
}

/**
 * The wide table split with the page's fractions and seed. Always shuffled (its rows have no
 * order) and never stratified (its classes are balanced).
 */
export function splitWideTable(s: SplitSettings, seed = s.seed): TrainValTest {
	return trainValTestSplit(WIDE_TABLE.rows, { ...fractionsOf(s), seed, shuffle: true });
}

/** The k k-NN uses on the wide table: the page's k, capped at the wide table's training rows. */
export function wideTableK(s: SplitSettings, k: number): number {
	return usableK(k, splitSizes(WIDE_TABLE.rows, fractionsOf(s)).train);
}

/** A scaler's leak under this much AUC is what the page calls "usually this small". */
export const SMALL_SCALING_LEAK = 0.005;

/**
 * Whether the scaler's leak is small: its mean lift over the seeds where there are seeds
 * (`seedMeans`, clean and leaky means), else its lift on this split; false without a lift.
 */
export function scalingLeakSmall(
	split: LeakPair | null,
	seedMeans: { clean: number; leaky: number } | null
): boolean {
	const lift = seedMeans
		? seedMeans.leaky - seedMeans.clean
		: split && split.clean !== null && split.leaky !== null
			? split.leaky - split.clean
			: null;
	return lift !== null && Math.abs(lift) < SMALL_SCALING_LEAK;
}
