/**
 * Three leaks, each scored with and without the leak on the same split, so that the split's
 * own luck cancels and only the leak differs: duplicated rows, a scaler fitted on all rows,
 * and features chosen on all rows.
 */
import { topFeaturesByCorrelation } from '$lib/ml/featureSelection';
import { createRng } from '$lib/ml/random';
import { fitScaler } from '$lib/ml/scaling';
import { splitSizes, trainValTestSplit, type TrainValTest } from '$lib/ml/split';
import { fractionsOf, score, usableK, type SplitData, type SplitSettings } from './analysis';

/** A test score without and with a leak (null where a part is empty). */
export interface LeakPair {
	clean: number | null;
	leaky: number | null;
}

/**
 * The parts of a split of data with appended copies, less the copies (rows `n` and on): the same
 * split had the duplicates been removed first, each original row keeping its part.
 */
export function withoutCopies(parts: TrainValTest, n: number): TrainValTest {
	const keep = (rows: number[]) => rows.filter((i) => i < n);
	return { train: keep(parts.train), val: keep(parts.val), test: keep(parts.test) };
}

/**
 * Test accuracy with the copies (a copy of a training row may sit in test, and k-NN finds its
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
		X: fitScaler('standard', rows.map((i) => data.X[i])).transform(data.X),
		y: data.y
	});
	const all = data.X.map((_, i) => i);
	return {
		clean: score(scaledBy(parts.train), parts.train, parts.test, k),
		leaky: score(scaledBy(all), parts.train, parts.test, k)
	};
}

/**
 * The table the feature-selection leak needs: wide (more columns than rows, as in genomics or
 * text) and without any signal, so that nothing but the leak can lift a score above chance.
 * Half the rows are positive.
 */
export const WIDE_TABLE = { rows: 100, features: 1000, kept: 50 } as const;

/** 100 rows, 50 of them positive, of 1,000 features drawn from N(0, 1) independently of the label. */
export function makeWideTable(seed: number): SplitData {
	const rng = createRng(seed + 3_000_017);
	const positives = new Set(rng.shuffle(Array.from({ length: WIDE_TABLE.rows }, (_, i) => i)).slice(0, WIDE_TABLE.rows / 2));
	const X = Array.from({ length: WIDE_TABLE.rows }, () => Array.from({ length: WIDE_TABLE.features }, () => rng.normal()));
	return { X, y: X.map((_, i) => (positives.has(i) ? 1 : 0)) };
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

/** The features the leak keeps: the 50 most correlated with the label over all 100 rows, test rows included. */
export function columnsChosenOnAllRows(table: SplitData): number[] {
	return topFeaturesByCorrelation(table.X, table.y, WIDE_TABLE.kept);
}

/**
 * k-NN on 50 of the 1,000 features, chosen by correlation with the label on the training rows
 * only (clean) or on all rows (the leak: `leakyColumns`, from {@link columnsChosenOnAllRows}).
 */
export function selectionLeak(table: SplitData, parts: TrainValTest, k: number, leakyColumns: number[]): LeakPair {
	if (parts.train.length === 0 || parts.test.length === 0) return { clean: null, leaky: null };
	const on = (columns: number[]): number | null => {
		const projected = { X: table.X.map((row) => columns.map((j) => row[j])), y: table.y };
		return score(projected, parts.train, parts.test, k);
	};
	return { clean: on(topFeaturesByCorrelation(table.X, table.y, WIDE_TABLE.kept, parts.train)), leaky: on(leakyColumns) };
}
