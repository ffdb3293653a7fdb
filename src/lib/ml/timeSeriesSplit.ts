/** scikit-learn's `TimeSeriesSplit`: folds that always train on the past and test on what follows. Exported through split.ts. */
import { checkInteger, range } from './indices';
import type { Fold } from './fold';

/** Options of {@link timeSeriesSplit}, as scikit-learn's `TimeSeriesSplit` arguments. */
export interface TimeSeriesSplitOptions {
	/** Samples in each test fold; default ⌊n / (k + 1)⌋. */
	testSize?: number;
	/** Samples dropped between the end of each training part and its test fold (default 0). */
	gap?: number;
	/** Keep only the latest this-many training samples (a sliding window); default unlimited. */
	maxTrainSize?: number;
}

/**
 * Time-series cross-validation, as scikit-learn's `TimeSeriesSplit(n_splits=k,
 * test_size, gap, max_train_size)`: samples are in time order and never
 * shuffled; each split trains on the past and tests on the block after it.
 *
 * Inputs: `n` samples, `k` splits (integer >= 2); options
 * {@link TimeSeriesSplitOptions}: testSize (default ⌊n/(k+1)⌋), gap (default 0),
 * maxTrainSize (default unlimited).
 * Output: k {@link Fold}s. The test folds are the last k blocks of testSize
 * samples, starting at n − k·testSize; split i trains on every sample before
 * its test block less the `gap` samples just before it (only the latest
 * maxTrainSize of them, if set), so the training part grows.
 * Example (scikit-learn's docs): n = 6, k = 5: train [0] test [1]; train [0 1]
 * test [2]; …; train [0 1 2 3 4] test [5].
 * Throws, as scikit-learn, when k + 1 > n or when the splits leave no
 * training sample (n − gap − k · testSize <= 0), or for a bad option.
 */
export function timeSeriesSplit(n: number, k: number, options: TimeSeriesSplitOptions = {}): Fold[] {
	const where = 'timeSeriesSplit';
	checkInteger(where, 'n', n, 1);
	checkInteger(where, 'k', k, 2);
	if (k + 1 > n) {
		throw new Error(`${where}: k = ${k} splits need k + 1 = ${k + 1} blocks but there are only ${n} samples`);
	}
	const testSize = checkInteger(where, 'testSize', options.testSize ?? Math.floor(n / (k + 1)), 1);
	const gap = checkInteger(where, 'gap', options.gap ?? 0, 0);
	const maxTrainSize =
		options.maxTrainSize === undefined
			? Infinity
			: checkInteger(where, 'maxTrainSize', options.maxTrainSize, 1);
	if (n - gap - testSize * k <= 0) {
		throw new Error(
			`${where}: too many splits (k = ${k}) for ${n} samples with testSize = ${testSize} and gap = ${gap}; ` +
				'no sample would be left to train on in the first split'
		);
	}
	const folds: Fold[] = [];
	for (let testStart = n - k * testSize; testStart < n; testStart += testSize) {
		const trainEnd = testStart - gap;
		folds.push({
			train: range(Math.max(0, trainEnd - maxTrainSize), trainEnd),
			test: range(testStart, testStart + testSize)
		});
	}
	return folds;
}
