/**
 * Filling in missing values, as scikit-learn's `SimpleImputer` and `MissingIndicator`.
 * A missing cell is `null`; every other cell must be a finite number. k-nearest-neighbour
 * imputation (`KNNImputer`) lives in knnImpute.ts and shares the checks here.
 */
import { median } from './stats';
import { show } from './show';

export type ImputeStrategy = 'mean' | 'median' | 'most_frequent' | 'constant';

/** A data set with holes: rows × columns, `null` where a value is missing. */
export type MatrixWithGaps = readonly (readonly (number | null)[])[];

/** Output of {@link impute}. */
export interface Imputed {
	/**
	 * The filled data, rows × kept columns. As scikit-learn (with `keep_empty_features=False`),
	 * a column with no observed value is dropped for mean, median and most_frequent: there is
	 * nothing to compute its statistic from. The constant strategy keeps every column.
	 */
	X: number[][];
	/** The value each input column was filled with (scikit-learn's `statistics_`); null for a dropped column. */
	statistics: (number | null)[];
	/** Input columns dropped because every value was missing, in order. */
	dropped: number[];
	/** Input columns that had at least one missing value (the indicator columns, when asked for). */
	missingColumns: number[];
}

/** Options of {@link impute}. */
export interface ImputeOptions {
	/** Append one 0/1 column per input column with a missing value (scikit-learn's `add_indicator=True`). */
	addIndicator?: boolean;
}

/**
 * Checks a matrix with gaps: non-empty, rectangular, each cell null or a finite number.
 * Returns the number of columns. Throws naming the first bad row or cell.
 */
export function checkGappyMatrix(where: string, X: MatrixWithGaps): number {
	if (!Array.isArray(X) || X.length === 0)
		throw new Error(`${where}: X is empty; at least one row is needed`);
	const width = X[0]?.length;
	if (!Array.isArray(X[0]) || width === 0) throw new Error(`${where}: X[0] has no columns`);
	for (let i = 0; i < X.length; i++) {
		const row = X[i];
		if (!Array.isArray(row) || row.length !== width) {
			throw new Error(
				`${where}: X[${i}] has ${Array.isArray(row) ? row.length : 'no'} cells but X[0] has ${width}; rows must be the same length`
			);
		}
		for (let j = 0; j < width; j++) {
			const v = row[j];
			if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
				throw new Error(
					`${where}: X[${i}][${j}] is ${show(v)}; a cell must be a finite number or null (missing)`
				);
			}
		}
	}
	return width;
}

/** The observed (non-null) values of column j. */
export function observedColumn(X: MatrixWithGaps, j: number): number[] {
	const values: number[] = [];
	for (const row of X) if (row[j] !== null) values.push(row[j] as number);
	return values;
}

/**
 * The most frequent value; a tie goes to the smallest value, as scikit-learn's
 * `SimpleImputer(strategy='most_frequent')` (which uses scipy's mode). Input non-empty.
 */
export function mostFrequent(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	let best = sorted[0];
	let bestCount = 0;
	for (let i = 0; i < sorted.length;) {
		let j = i;
		while (j < sorted.length && sorted[j] === sorted[i]) j++;
		// strictly more: an equal count later in ascending order (a larger value) loses the tie
		if (j - i > bestCount) [best, bestCount] = [sorted[i], j - i];
		i = j;
	}
	return best;
}

/** The fill value of one column's observed values for a statistic strategy; null when none is observed. */
function columnStatistic(values: number[], strategy: Exclude<ImputeStrategy, 'constant'>): number | null {
	if (values.length === 0) return null;
	if (strategy === 'median') return median(values);
	if (strategy === 'most_frequent') return mostFrequent(values);
	// the mean, summed in order as NumPy's float64 mean of a short column
	let sum = 0;
	for (const v of values) sum += v;
	return sum / values.length;
}

/**
 * Fills each column's missing cells with one number, as scikit-learn's `SimpleImputer`
 * (fitted and applied to the same X). Inputs: `X`, rows × columns with `null` for missing;
 * `strategy`: 'mean' (of the column's observed values), 'median' (NumPy's median), 'most_frequent'
 * (a tie goes to the smallest value) or 'constant' (`fillValue`, default 0, as scikit-learn
 * for numbers); `options.addIndicator` appends the missing-indicator columns.
 * Output: {@link Imputed}; a column with no observed value is dropped unless the strategy is
 * 'constant' (listed in `dropped`, its statistic null). X is not changed.
 * Throws for an empty or ragged X, a cell that is neither null nor finite, an unknown
 * strategy, or a fill value that is not a finite number.
 */
export function simpleImpute(
	X: MatrixWithGaps,
	strategy: ImputeStrategy,
	fillValue = 0,
	options: ImputeOptions = {}
): Imputed {
	const width = checkGappyMatrix('impute', X);
	if (!['mean', 'median', 'most_frequent', 'constant'].includes(strategy)) {
		throw new Error(
			`impute: strategy is ${show(strategy)}; it must be 'mean', 'median', 'most_frequent' or 'constant'`
		);
	}
	if (typeof fillValue !== 'number' || !Number.isFinite(fillValue)) {
		throw new Error(`impute: fillValue is ${show(fillValue)}; it must be a finite number`);
	}
	const statistics: (number | null)[] = [];
	for (let j = 0; j < width; j++) {
		statistics.push(strategy === 'constant' ? fillValue : columnStatistic(observedColumn(X, j), strategy));
	}
	const dropped = statistics.flatMap((s, j) => (s === null ? [j] : []));
	const kept = statistics.flatMap((s, j) => (s === null ? [] : [j]));
	const { features: missingColumns, matrix: indicator } = missingIndicator(X);
	const filled = X.map((row, i) => {
		const out = kept.map((j) => row[j] ?? (statistics[j] as number));
		return options.addIndicator ? [...out, ...indicator[i]] : out;
	});
	return { X: filled, statistics, dropped, missingColumns };
}

/** Output of {@link missingIndicator}. */
export interface MissingIndicatorResult {
	/** The input columns described, in order (scikit-learn's `features_`). */
	features: number[];
	/** rows × features: 1 where the cell was missing, else 0. */
	matrix: number[][];
}

/**
 * Marks where values are missing, as scikit-learn's `MissingIndicator`. With
 * `features = 'missing-only'` (the default, as scikit-learn) only columns with at least
 * one missing value get an indicator column; with 'all', every column does.
 * Output: {@link MissingIndicatorResult}. Throws for an empty or ragged X or a bad cell.
 */
export function missingIndicator(
	X: MatrixWithGaps,
	features: 'missing-only' | 'all' = 'missing-only'
): MissingIndicatorResult {
	const width = checkGappyMatrix('missingIndicator', X);
	const columns: number[] = [];
	for (let j = 0; j < width; j++) {
		if (features === 'all' || X.some((row) => row[j] === null)) columns.push(j);
	}
	return { features: columns, matrix: X.map((row) => columns.map((j) => (row[j] === null ? 1 : 0))) };
}

/**
 * The imputed matrix alone, as `SimpleImputer(strategy, fill_value).fit_transform(X)`:
 * {@link simpleImpute}'s `X` (see it for the rules, the dropped all-missing columns and
 * the errors). The engine's public name for imputation.
 */
export function impute(X: MatrixWithGaps, strategy: ImputeStrategy, fillValue = 0): number[][] {
	return simpleImpute(X, strategy, fillValue).X;
}
