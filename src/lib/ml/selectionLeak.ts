/**
 * The feature-selection leak: on a wide table of pure noise, k-NN on the features most
 * correlated with the label scores a coin flip (AUC 0.5) when the features are
 * ranked on the training rows, and far more when they are ranked on all rows, the scored rows
 * included. The split lesson shows it on one split, the cross-validation lesson on each fold.
 */
import { topFeaturesByCorrelation } from './featureSelection';
import { score } from './holdoutScore';
import { createRng } from './random';
import type { SplitData } from './splitDatasets';

/** A score without and with a leak (null where the scored rows have no score). */
export interface LeakPair {
	clean: number | null;
	leaky: number | null;
}

/**
 * The table the leak needs: wide (more columns than rows, as in genomics or text) and without
 * any signal, so that nothing but the leak can lift a score above chance. Half the rows are positive.
 */
export const WIDE_TABLE = { rows: 100, features: 1000, kept: 50 } as const;

/** 100 rows, 50 of them positive, of 1,000 features drawn from N(0, 1) independently of the label. */
export function makeWideTable(seed: number): SplitData {
	const rng = createRng(seed + 3_000_017);
	const positives = new Set(
		rng.shuffle(Array.from({ length: WIDE_TABLE.rows }, (_, i) => i)).slice(0, WIDE_TABLE.rows / 2)
	);
	const X = Array.from({ length: WIDE_TABLE.rows }, () =>
		Array.from({ length: WIDE_TABLE.features }, () => rng.normal())
	);
	return { X, y: X.map((_, i) => (positives.has(i) ? 1 : 0)) };
}

/** The features the leak keeps: the 50 most correlated with the label over all 100 rows, scored rows included. */
export function columnsChosenOnAllRows(table: SplitData): number[] {
	return topFeaturesByCorrelation(table.X, table.y, WIDE_TABLE.kept);
}

/** The features ranked on the `fit` rows only: the honest choice, made again inside every training part. */
export function columnsChosenOn(table: SplitData, fit: readonly number[]): number[] {
	return topFeaturesByCorrelation(table.X, table.y, WIDE_TABLE.kept, fit);
}

/** The table cut down to the listed columns. */
export function projectColumns(table: SplitData, columns: readonly number[]): SplitData {
	return { X: table.X.map((row) => columns.map((j) => row[j])), y: table.y };
}

/**
 * k-NN on 50 of the 1,000 features, fitted on rows `fit` and scored (AUC) on rows
 * `scoreOn`, the features ranked on the `fit` rows only (clean) or on all rows (the leak:
 * `leakyColumns`, from {@link columnsChosenOnAllRows}, computed once per table).
 */
export function selectionLeak(
	table: SplitData,
	fit: readonly number[],
	scoreOn: readonly number[],
	k: number,
	leakyColumns: readonly number[]
): LeakPair {
	if (fit.length === 0 || scoreOn.length === 0) return { clean: null, leaky: null };
	return {
		clean: score(projectColumns(table, columnsChosenOn(table, fit)), fit, scoreOn, k),
		leaky: score(projectColumns(table, leakyColumns), fit, scoreOn, k)
	};
}
