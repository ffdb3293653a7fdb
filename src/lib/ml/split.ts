/**
 * Splitting samples into training, validation and test parts, and the
 * cross-validation schemes, as index arrays into the caller's data. Each
 * function follows a scikit-learn splitter (named on the function) so that a
 * learner who repeats the experiment in Python sees the same sizes, the same
 * fold layout without shuffling and the same stratification rule. Shuffled
 * splits are deterministic for a seed but use this project's generator
 * (`random.ts`), so they do not reproduce NumPy's permutations.
 *
 * Every function validates its input and throws an Error saying what is wrong.
 */
import { allocateByClass } from './allocation';
import { appendAll, largest, smallest } from './extremes';
import { checkInteger, range } from './indices';
import { createRng } from './random';
import { show } from './show';
import type { Fold } from './fold';
import { checkLabels, checkSeed, checkShuffle, foldFromTestMask } from './splitChecks';

// Defined a level down so timeSeriesSplit need not import this module back.
export type { Fold } from './fold';

/** Shares of the samples for the three parts; each in [0, 1), train > 0, summing to 1. */
export interface SplitFractions {
	train: number;
	val: number;
	test: number;
}

/** Options of {@link trainValTestSplit}. */
export interface TrainValTestOptions extends SplitFractions {
	/** Seed of the shuffle (default 0); ignored when `shuffle` is false. */
	seed?: number;
	/** Shuffle before splitting (default true). False keeps time order: train, then val, then test. */
	shuffle?: boolean;
	/** Class label of each sample (length n): each part keeps the class proportions. */
	stratify?: readonly number[];
}

/** Sample indices of each part of {@link trainValTestSplit}; together they hold 0..n−1 once each. */
export interface TrainValTest {
	train: number[];
	val: number[];
	test: number[];
}

/** Part sizes, in samples, from {@link splitSizes}. */
export interface SplitSizes {
	train: number;
	val: number;
	test: number;
}

/** Options of {@link kFold} and {@link stratifiedKFold}. */
export interface KFoldOptions {
	/** Shuffle before dealing samples into folds (default false, as scikit-learn). */
	shuffle?: boolean;
	/** Seed of the shuffle (default 0); ignored when `shuffle` is false. */
	seed?: number;
}

/** Fractions within this of each other are equal: 0.7 + 0.15 + 0.15 is not exactly 1 in floating point. */
const FRACTION_TOLERANCE = 1e-9;

/**
 * ⌈x⌉, except that a product within rounding of an integer counts as that
 * integer: 0.07 · 100 is 7.000000000000001 in floating point, and a learner
 * who asks for 7 % of 100 samples expects 7 (scikit-learn's plain `ceil` gives 8).
 */
function ceilCount(x: number): number {
	const nearest = Math.round(x);
	return Math.abs(x - nearest) <= FRACTION_TOLERANCE * Math.max(1, x) ? nearest : Math.ceil(x);
}

/**
 * Sizes of the three parts for n samples.
 *
 * Inputs: `n`, an integer >= 1; the fractions, each in [0, 1) with train > 0,
 * summing to 1 (within 1e-9).
 * Output: {@link SplitSizes} in samples, summing to n. The held-out parts round
 * up, as scikit-learn's `train_test_split` does for `test_size` (its
 * `_validate_shuffle_split`: n_test = ceil(test_size · n)): test = ⌈test · n⌉,
 * val = ⌈val · n⌉, and train gets the rest. (Calling `train_test_split` twice
 * would round the second split's fraction of the remainder instead; this is the
 * one-step rule.) A product within 1e-9 of an integer is taken as that integer,
 * so 0.07 of 100 is 7, where scikit-learn's floating-point ceil gives 8.
 * Examples: n = 7 with 0.8/0.1/0.1 gives 5/1/1; n = 10 with 0.7/0.15/0.15 gives 6/2/2.
 * Throws for a bad n or fraction, fractions not summing to 1, or a training
 * part left empty (e.g. n = 2 with 0.5/0.25/0.25).
 */
export function splitSizes(n: number, fractions: SplitFractions): SplitSizes {
	const where = 'trainValTestSplit';
	checkInteger(where, 'n', n, 1);
	if (typeof fractions !== 'object' || fractions === null) {
		throw new Error(`${where}: the options must be an object with train, val and test fractions`);
	}
	for (const key of ['train', 'val', 'test'] as const) {
		const v: unknown = fractions[key];
		if (typeof v !== 'number' || !(v >= 0 && v < 1)) {
			throw new Error(`${where}: ${key} is ${show(v)}; each fraction must be a number in [0, 1)`);
		}
	}
	const { train, val, test } = fractions;
	if (train === 0) throw new Error(`${where}: train is 0; the training part needs a fraction > 0`);
	const sum = train + val + test;
	if (Math.abs(sum - 1) > FRACTION_TOLERANCE) {
		// 12 significant digits show 0.7 + 0.1 + 0.1 as 0.9, not 0.8999999999999999.
		const shown = Number(sum.toPrecision(12));
		throw new Error(
			`${where}: the fractions sum to ${shown} (train ${train} + val ${val} + test ${test}); they must sum to 1`
		);
	}
	const nTest = ceilCount(test * n);
	const nVal = ceilCount(val * n);
	const nTrain = n - nTest - nVal;
	if (nTrain < 1) {
		throw new Error(
			`${where}: with n = ${n}, test = ${test} and val = ${val} hold out ${nTest} and ${nVal} samples ` +
				`(each rounded up), leaving ${nTrain} for training; use more samples or smaller held-out fractions`
		);
	}
	return { train: nTrain, val: nVal, test: nTest };
}

/**
 * Splits sample indices 0..n−1 into training, validation and test parts.
 *
 * Inputs: `n`, the number of samples (integer >= 1); options
 * {@link TrainValTestOptions}: the three fractions (see {@link splitSizes} for
 * how they round: held-out parts ⌈fraction · n⌉, train the rest), `seed`
 * (default 0), `shuffle` (default true) and optional `stratify` labels.
 * Output: {@link TrainValTest}; every index appears in exactly one part.
 * - shuffle false: contiguous and in order, train = the first samples, then
 *   val, then test (the safe choice for time-ordered data: no future sample is
 *   trained on). As scikit-learn, stratifying needs shuffling, so
 *   `stratify` with shuffle false throws.
 * - shuffle true: a seeded random permutation; as scikit-learn's
 *   `ShuffleSplit`, test takes its first samples, then val, train the rest, and
 *   each part is in permuted order.
 * - stratify: as scikit-learn's `StratifiedShuffleSplit`: the samples of each
 *   class are permuted and dealt to the parts so that each part's count of a
 *   class is within one sample of its exact share (class count · part size / n;
 *   see `approximateMode`). Classes are the distinct label values.
 * Deterministic: the same n, options and seed give the same split.
 * Throws for bad fractions or n (see {@link splitSizes}), a bad seed, labels of
 * the wrong length or not finite, and as scikit-learn when stratifying: a class
 * with a single sample, or a non-empty part smaller than the number of classes.
 */
export function trainValTestSplit(n: number, options: TrainValTestOptions): TrainValTest {
	const where = 'trainValTestSplit';
	const sizes = splitSizes(n, options);
	const shuffle = checkShuffle(where, options.shuffle ?? true);
	const seed = checkSeed(where, options.seed ?? 0);
	const stratify = options.stratify;

	if (stratify === undefined) {
		if (!shuffle) {
			return {
				train: range(0, sizes.train),
				val: range(sizes.train, sizes.train + sizes.val),
				test: range(sizes.train + sizes.val, n)
			};
		}
		// scikit-learn's ShuffleSplit order: test takes the head of the permutation, then val, then train.
		const permutation = createRng(seed).shuffle(range(0, n));
		const trainStart = sizes.test + sizes.val;
		return {
			train: permutation.slice(trainStart),
			val: permutation.slice(sizes.test, trainStart),
			test: permutation.slice(0, sizes.test)
		};
	}

	checkLabels(where, 'stratify', stratify, n);
	if (!shuffle) {
		// scikit-learn's train_test_split raises the same: a stratified split has to pick samples from within each class.
		throw new Error(
			`${where}: stratify needs shuffle = true; a contiguous split cannot keep class proportions`
		);
	}
	const classes = [...new Set(stratify)].sort((a, b) => a - b);
	const members = classes.map(() => [] as number[]);
	const classIndex = new Map(classes.map((c, i) => [c, i]));
	stratify.forEach((label, i) => members[classIndex.get(label) as number].push(i));
	const fewest = smallest(members.map((m) => m.length));
	if (fewest < 2) {
		const lonely = classes[members.findIndex((m) => m.length < 2)];
		throw new Error(
			`${where}: class ${lonely} has only 1 sample; stratifying needs at least 2 per class (as scikit-learn)`
		);
	}
	for (const part of ['train', 'val', 'test'] as const) {
		if (sizes[part] > 0 && sizes[part] < classes.length) {
			throw new Error(
				`${where}: the ${part} part holds ${sizes[part]} ${sizes[part] === 1 ? 'sample' : 'samples'}, fewer than the ${classes.length} classes; ` +
					'a stratified part needs at least one sample per class (as scikit-learn)'
			);
		}
	}

	const rng = createRng(seed);
	// Column order train, val, test, as scikit-learn allocates train before test.
	const allocation = allocateByClass(
		members.map((m) => m.length),
		[sizes.train, sizes.val, sizes.test],
		rng
	);
	const parts: TrainValTest = { train: [], val: [], test: [] };
	members.forEach((indices, c) => {
		const permuted = rng.shuffle(indices);
		const [nTrain, nVal] = allocation[c];
		appendAll(parts.train, permuted.slice(0, nTrain));
		appendAll(parts.val, permuted.slice(nTrain, nTrain + nVal));
		appendAll(parts.test, permuted.slice(nTrain + nVal));
	});
	// Otherwise each part would list the classes in blocks (scikit-learn permutes them too).
	return { train: rng.shuffle(parts.train), val: rng.shuffle(parts.val), test: rng.shuffle(parts.test) };
}

function checkFoldCount(where: string, n: number, k: number): void {
	checkInteger(where, 'k', k, 2);
	if (k > n) {
		throw new Error(
			`${where}: k is ${k} but there are only ${n} samples; each fold needs at least one sample`
		);
	}
}

/**
 * K-fold cross-validation, as scikit-learn's `KFold(n_splits=k, shuffle=...)`.
 *
 * Inputs: `n` samples (integer >= 2), `k` folds (integer, 2 <= k <= n);
 * options {@link KFoldOptions} (shuffle default false, seed default 0).
 * Output: k {@link Fold}s. The test folds partition 0..n−1: the first n mod k
 * folds hold ⌊n/k⌋ + 1 samples, the rest ⌊n/k⌋ (n = 7, k = 3: 3, 2, 2).
 * Without shuffling they are contiguous runs in order ([0 1 2], [3 4], [5 6]);
 * with it the indices are permuted first (seeded), then cut the same way. As
 * scikit-learn's `split`, both index lists of a fold come out ascending.
 * Throws if n or k is not an integer, k < 2, k > n, or the seed is bad.
 */
export function kFold(n: number, k: number, options: KFoldOptions = {}): Fold[] {
	const where = 'kFold';
	checkInteger(where, 'n', n, 1);
	checkFoldCount(where, n, k);
	const shuffle = checkShuffle(where, options.shuffle ?? false);
	const seed = checkSeed(where, options.seed ?? 0);
	const order = shuffle ? createRng(seed).shuffle(range(0, n)) : range(0, n);
	const folds: Fold[] = [];
	let start = 0;
	for (let f = 0; f < k; f++) {
		const size = Math.floor(n / k) + (f < n % k ? 1 : 0);
		const inTest = new Array<boolean>(n).fill(false);
		for (let p = start; p < start + size; p++) inTest[order[p]] = true;
		folds.push(foldFromTestMask(n, inTest));
		start += size;
	}
	return folds;
}

/** Class of each label numbered by first appearance (scikit-learn's StratifiedKFold encoding), and the class sizes. */
function encodeByAppearance(labels: readonly number[]): { encoded: number[]; counts: number[] } {
	const code = new Map<number, number>();
	const counts: number[] = [];
	const encoded = labels.map((label) => {
		let c = code.get(label);
		if (c === undefined) {
			c = counts.length;
			code.set(label, c);
			counts.push(0);
		}
		counts[c]++;
		return c;
	});
	return { encoded, counts };
}

/**
 * Stratified k-fold cross-validation, as scikit-learn's `StratifiedKFold`
 * (the algorithm of version 0.22 and later, `_make_test_folds`).
 *
 * Inputs: `labels`, one finite class label per sample; `k` folds (integer,
 * 2 <= k <= number of samples); options {@link KFoldOptions}.
 * Output: k {@link Fold}s (indices ascending) whose test folds partition the
 * samples, each fold holding ⌊c/k⌋ or ⌈c/k⌉ of a class of c samples. How, as
 * scikit-learn: classes are numbered by first appearance; the encoded labels are
 * sorted (`y_order = np.sort(y_encoded)`) and dealt round robin, position p to
 * fold p mod k (`allocation[i] = np.bincount(y_order[i::n_splits])`), which
 * fixes how many of each class every fold gets; then the samples of each class,
 * in index order, fill fold 0's share, then fold 1's, … (without shuffle), or
 * take those fold numbers in a seeded random order (with shuffle).
 * Example (scikit-learn's docs): labels [0, 0, 1, 1], k = 2: test folds [0, 2] and [1, 3].
 * Throws, as scikit-learn raises ValueError, when k exceeds the size of every
 * class, or the number of samples. When only some classes are smaller than k,
 * scikit-learn merely warns; this function returns the folds (some then lack
 * that class) and {@link stratifiedKFoldWarnings} gives the warning's text, so
 * that a widget can show it.
 */
export function stratifiedKFold(labels: readonly number[], k: number, options: KFoldOptions = {}): Fold[] {
	const where = 'stratifiedKFold';
	checkLabels(where, 'labels', labels);
	const n = labels.length;
	checkFoldCount(where, n, k);
	const shuffle = checkShuffle(where, options.shuffle ?? false);
	const seed = checkSeed(where, options.seed ?? 0);
	const { encoded, counts } = encodeByAppearance(labels);
	if (counts.every((c) => c < k)) {
		throw new Error(
			`${where}: k is ${k} but no class has that many samples (largest: ${largest(counts)}); ` +
				'k cannot be greater than the number of members in each class'
		);
	}
	const rng = createRng(seed);
	const testFold = new Array<number>(n);
	let position = 0; // where this class's run starts in y_order
	counts.forEach((count, c) => {
		// Fold numbers for this class's samples: position p of y_order goes to fold p mod k,
		// written out fold by fold (np.arange(k).repeat(allocation[:, c])).
		const perFold = new Array<number>(k).fill(0);
		for (let p = position; p < position + count; p++) perFold[p % k]++;
		position += count;
		let foldsForClass: number[] = [];
		perFold.forEach((m, f) => {
			for (let t = 0; t < m; t++) foldsForClass.push(f);
		});
		if (shuffle) foldsForClass = rng.shuffle(foldsForClass);
		let next = 0;
		for (let i = 0; i < n; i++) if (encoded[i] === c) testFold[i] = foldsForClass[next++];
	});
	return range(0, k).map((f) =>
		foldFromTestMask(
			n,
			testFold.map((t) => t === f)
		)
	);
}

/**
 * The warning scikit-learn's `StratifiedKFold` issues (UserWarning) for
 * these labels and k: when the smallest class has fewer than k members, some
 * test folds lack that class. Inputs as {@link stratifiedKFold}.
 * Output: the warnings as sentences; empty when there is none.
 */
export function stratifiedKFoldWarnings(labels: readonly number[], k: number): string[] {
	checkLabels('stratifiedKFoldWarnings', 'labels', labels);
	checkInteger('stratifiedKFoldWarnings', 'k', k, 2);
	const { counts } = encodeByAppearance(labels);
	const fewest = smallest(counts);
	return fewest < k
		? [
				`The least populated class has only ${fewest} ${fewest === 1 ? 'member' : 'members'}, which is less than k = ${k}: some test folds lack it.`
			]
		: [];
}

/**
 * Leave-one-out cross-validation, as scikit-learn's `LeaveOneOut`: n folds,
 * fold i testing on sample i alone and training on all the others.
 * Input: `n`, an integer >= 2 (scikit-learn refuses one sample: nothing would be left to train on).
 * Output: n {@link Fold}s, indices ascending.
 */
export function leaveOneOut(n: number): Fold[] {
	checkInteger('leaveOneOut', 'n', n, 2);
	return range(0, n).map((i) => ({ train: [...range(0, i), ...range(i + 1, n)], test: [i] }));
}

export { approximateMode } from './allocation';
export { timeSeriesSplit } from './timeSeriesSplit';
export type { TimeSeriesSplitOptions } from './timeSeriesSplit';
