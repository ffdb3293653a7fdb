/**
 * Classification and regression metrics, agreeing with scikit-learn except
 * where noted: a metric that is 0/0 is `null` here (scikit-learn substitutes 0
 * or 1 with a warning), because the site explains undefined values instead of
 * hiding them. Bad input throws an Error that names the argument and index.
 * The threshold curves live in `curves.ts` and are re-exported from here.
 */
import { checkPaired } from './curves';

export { rocCurve, rocAuc, prCurve, averagePrecision } from './curves';
export type { RocCurve, RocOptions, PrCurve } from './curves';
export { regressionMetrics, residuals, MAPE_EPSILON } from './regressionMetrics';
export type { RegressionMetrics } from './regressionMetrics';

/** Cells of a binary confusion matrix (positive = label 1), as sample counts. */
export interface Counts {
	tp: number;
	fp: number;
	fn: number;
	tn: number;
}

/** Every field is a fraction in [0, 1] (MCC in [−1, 1]) or null when 0/0. */
export interface BinaryMetrics {
	accuracy: number | null;
	precision: number | null;
	recall: number | null;
	specificity: number | null;
	f1: number | null;
	fpr: number | null;
	fnr: number | null;
	npv: number | null;
	mcc: number | null;
	balancedAccuracy: number | null;
	prevalence: number | null;
}

/** Scores for one class of a multiclass problem; fractions or null when 0/0. */
export interface ClassScores {
	precision: number | null;
	recall: number | null;
	f1: number | null;
	/** Number of samples whose actual class is this one. */
	support: number;
}

/** An averaged precision/recall/F1 triple; fractions, null when there is no data. */
export interface Averages {
	precision: number | null;
	recall: number | null;
	f1: number | null;
}

/** Output of {@link multiclassMetrics}. */
export interface MulticlassMetrics {
	accuracy: number | null;
	perClass: ClassScores[];
	macro: Averages;
	weighted: Averages;
	micro: Averages;
}

// A label this large is a typo, not a class: refuse it rather than build a matrix that size.
const MAX_CLASSES = 1000;

function checkCount(where: string, v: unknown): void {
	if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
		const shown = typeof v === 'number' && Number.isNaN(v) ? 'NaN' : String(v);
		throw new Error(`${where} is ${shown}; counts must be non-negative integers`);
	}
}

/**
 * Division that reports 0/0 instead of hiding it.
 * Inputs: finite `numerator` and `denominator` (any units, same for both).
 * Output: numerator / denominator, or null when the denominator is 0 (whatever
 * the numerator). Throws if either input is NaN or ±Infinity.
 */
export function ratio(numerator: number, denominator: number): number | null {
	if (!Number.isFinite(numerator))
		throw new Error(`ratio: numerator is ${String(numerator)}; it must be finite`);
	if (!Number.isFinite(denominator)) {
		throw new Error(`ratio: denominator is ${String(denominator)}; it must be finite`);
	}
	return denominator === 0 ? null : numerator / denominator;
}

/**
 * Every standard metric of a binary confusion matrix.
 *
 * Input: {@link Counts}, each a non-negative integer.
 * Output: {@link BinaryMetrics}. Each rate is null when its denominator is 0:
 * all-zero counts give all nulls. f1 uses scikit-learn's count form
 * 2TP/(2TP+FP+FN), so it is 0 (not null) when TP = 0 but FP+FN > 0, even
 * though precision may be null. balancedAccuracy is null if recall or
 * specificity is. mcc is null when any of TP+FP, TP+FN, TN+FP, TN+FN is 0
 * (it is 0/0 there); scikit-learn's matthews_corrcoef reports 0 instead.
 * Throws naming the field, e.g. "counts.fn is -1", for a negative,
 * fractional, non-finite or non-numeric count.
 */
export function binaryMetrics(counts: Counts): BinaryMetrics {
	for (const key of ['tp', 'fp', 'fn', 'tn'] as const) checkCount(`counts.${key}`, counts[key]);
	const { tp, fp, fn, tn } = counts;
	const total = tp + fp + fn + tn;
	const recall = ratio(tp, tp + fn);
	const specificity = ratio(tn, tn + fp);
	const predPos = tp + fp;
	const actPos = tp + fn;
	const actNeg = tn + fp;
	const predNeg = tn + fn;
	let mcc: number | null = null;
	if (predPos > 0 && actPos > 0 && actNeg > 0 && predNeg > 0) {
		// Dividing by each square root in turn keeps the intermediate values near
		// the counts' own size (the product of four 1e9 counts is 1e36).
		const raw =
			(tp * tn - fp * fn) / Math.sqrt(predPos) / Math.sqrt(actPos) / Math.sqrt(actNeg) / Math.sqrt(predNeg);
		// Rounding can push a perfect ±1 one ulp outside the range.
		mcc = Math.max(-1, Math.min(1, raw));
	}
	return {
		accuracy: ratio(tp + tn, total),
		precision: ratio(tp, predPos),
		recall,
		specificity,
		f1: ratio(2 * tp, 2 * tp + fp + fn),
		fpr: ratio(fp, actNeg),
		fnr: ratio(fn, actPos),
		npv: ratio(tn, predNeg),
		mcc,
		balancedAccuracy: recall === null || specificity === null ? null : (recall + specificity) / 2,
		prevalence: ratio(actPos, total)
	};
}

function checkBeta(beta: number): void {
	if (typeof beta !== 'number' || !Number.isFinite(beta) || beta <= 0) {
		throw new Error(`beta is ${String(beta)}; it must be a finite number > 0`);
	}
}

/**
 * F-beta from precision and recall: (1+β²)·P·R / (β²·P + R).
 *
 * Inputs: `precision` and `recall`, fractions in [0, 1] or null; `beta` > 0
 * (β > 1 weighs recall more, β < 1 precision more).
 * Output: a fraction in [0, 1], or null if either input is null or both are 0
 * (0/0; scikit-learn's count form gives 0 there, see {@link fBetaFromCounts}).
 * Throws if beta is not a finite number > 0, or P or R is outside [0, 1].
 */
export function fBeta(precision: number | null, recall: number | null, beta: number): number | null {
	checkBeta(beta);
	for (const [name, v] of [
		['precision', precision],
		['recall', recall]
	] as const) {
		if (v !== null && !(typeof v === 'number' && v >= 0 && v <= 1)) {
			throw new Error(`${name} is ${String(v)}; it must be null or a number in [0, 1]`);
		}
	}
	if (precision === null || recall === null) return null;
	const b2 = beta * beta;
	return ratio((1 + b2) * precision * recall, b2 * precision + recall);
}

/**
 * F-beta from counts, exactly as scikit-learn's fbeta_score:
 * (1+β²)·TP / ((1+β²)·TP + β²·FN + FP).
 *
 * Inputs: {@link Counts} (TN is validated but unused); `beta` > 0.
 * Output: a fraction in [0, 1]; 0 when TP = 0 but FP or FN is not; null only
 * when TP = FP = FN = 0. Throws for bad counts or beta.
 */
export function fBetaFromCounts(counts: Counts, beta: number): number | null {
	for (const key of ['tp', 'fp', 'fn', 'tn'] as const) checkCount(`counts.${key}`, counts[key]);
	checkBeta(beta);
	const { tp, fp, fn } = counts;
	const b2 = beta * beta;
	return ratio((1 + b2) * tp, (1 + b2) * tp + b2 * fn + fp);
}

/**
 * Confusion matrix of integer class labels (rows = actual, columns = predicted).
 *
 * Inputs: `yTrue`, `yPred`, equal-length non-empty arrays of integers in
 * [0, K); `nClasses` = K, default max label + 1 (at most 1000).
 * Output: a K×K array of counts; M[i][j] = samples of class i predicted as j.
 * Unlike scikit-learn, which keeps only labels that occur, every class 0..K−1
 * gets a row and a column, so an absent class shows as zeros.
 * Throws for empty or unequal-length input, a non-integer or negative label, a
 * label >= nClasses, or a bad nClasses.
 */
export function confusionMatrix(
	yTrue: readonly number[],
	yPred: readonly number[],
	nClasses?: number
): number[][] {
	checkPaired('yTrue', yTrue, 'yPred', yPred);
	if (nClasses !== undefined && (!Number.isInteger(nClasses) || nClasses < 1 || nClasses > MAX_CLASSES)) {
		throw new Error(`nClasses is ${String(nClasses)}; it must be an integer from 1 to ${MAX_CLASSES}`);
	}
	let maxLabel = 0;
	for (const [name, y] of [
		['yTrue', yTrue],
		['yPred', yPred]
	] as const) {
		for (let i = 0; i < y.length; i++) {
			if (!Number.isInteger(y[i]) || y[i] < 0) {
				throw new Error(`${name}[${i}] is ${y[i]}; class labels must be integers >= 0`);
			}
			if (nClasses !== undefined && y[i] >= nClasses) {
				throw new Error(`${name}[${i}] is ${y[i]}, outside 0..${nClasses - 1} for nClasses = ${nClasses}`);
			}
			if (y[i] >= MAX_CLASSES) {
				throw new Error(`${name}[${i}] is ${y[i]}; at most ${MAX_CLASSES} classes are supported`);
			}
			maxLabel = Math.max(maxLabel, y[i]);
		}
	}
	const k = nClasses ?? maxLabel + 1;
	const m = Array.from({ length: k }, () => new Array<number>(k).fill(0));
	for (let i = 0; i < yTrue.length; i++) m[yTrue[i]][yPred[i]]++;
	return m;
}

/**
 * Per-class and averaged precision, recall and F1 from a confusion matrix,
 * matching scikit-learn's precision_recall_fscore_support / classification_report.
 *
 * Input: a square K×K matrix (K >= 2) of non-negative integer counts,
 * rows = actual class, columns = predicted class.
 * Output: {@link MulticlassMetrics}. For class c: TP = M[c][c], FP = column
 * sum − TP, FN = row sum − TP, support = row sum; precision, recall and
 * f1 = 2TP/(2TP+FP+FN) are null when 0/0. As in scikit-learn (labels =
 * 0..K−1, zero_division='warn'), a null per-class value counts as 0 in the
 * macro (plain mean over all K classes) and weighted (support-weighted)
 * averages, so a class never predicted pulls macro precision down. micro
 * precision = recall = f1 = accuracy (true for single-label data). Averages
 * and accuracy are null only when the matrix holds no samples.
 * Throws for a non-square or ragged matrix, K < 2, or a bad count
 * (message names the cell, e.g. "matrix[1][2] is -1").
 */
export function multiclassMetrics(matrix: readonly (readonly number[])[]): MulticlassMetrics {
	// Checked through `unknown` so that Array.isArray does not narrow to any[].
	const raw: unknown = matrix;
	if (!Array.isArray(raw)) throw new Error('matrix must be an array of rows');
	const k = matrix.length;
	if (k < 2) throw new Error(`matrix has ${k} row(s); at least 2 classes are needed`);
	for (let i = 0; i < k; i++) {
		const row: unknown = matrix[i];
		if (!Array.isArray(row) || row.length !== k) {
			const len = Array.isArray(row) ? row.length : 'no';
			throw new Error(`matrix[${i}] has ${len} entries; a ${k}-class matrix must be ${k}×${k}`);
		}
		for (let j = 0; j < k; j++) checkCount(`matrix[${i}][${j}]`, matrix[i][j]);
	}
	const colSum = new Array<number>(k).fill(0);
	let total = 0;
	let correct = 0;
	const perClass: ClassScores[] = [];
	for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) colSum[j] += matrix[i][j];
	for (let c = 0; c < k; c++) {
		const tp = matrix[c][c];
		const support = matrix[c].reduce((s, v) => s + v, 0);
		const fp = colSum[c] - tp;
		const fn = support - tp;
		total += support;
		correct += tp;
		perClass.push({
			precision: ratio(tp, tp + fp),
			recall: ratio(tp, support),
			f1: ratio(2 * tp, 2 * tp + fp + fn),
			support
		});
	}
	const average = (key: 'precision' | 'recall' | 'f1', weighted: boolean): number | null => {
		if (total === 0) return null;
		let sum = 0;
		for (const s of perClass) sum += (s[key] ?? 0) * (weighted ? s.support : 1);
		return sum / (weighted ? total : k);
	};
	const accuracy = ratio(correct, total);
	return {
		accuracy,
		perClass,
		macro: {
			precision: average('precision', false),
			recall: average('recall', false),
			f1: average('f1', false)
		},
		weighted: {
			precision: average('precision', true),
			recall: average('recall', true),
			f1: average('f1', true)
		},
		micro: { precision: accuracy, recall: accuracy, f1: accuracy }
	};
}

/**
 * The binary counts of class k against the rest, read from a square count matrix
 * (rows actual, columns predicted): TP its diagonal cell, FP the rest of its column,
 * FN the rest of its row, TN everything else. This is how per-class metrics are defined.
 */
export function oneVsRest(matrix: readonly (readonly number[])[], k: number): Counts {
	if (!Number.isInteger(k) || k < 0 || k >= matrix.length)
		throw new Error(`class ${k} is not in a ${matrix.length}-class matrix (0 to ${matrix.length - 1})`);
	let total = 0;
	let actual = 0;
	let predicted = 0;
	for (let i = 0; i < matrix.length; i++) {
		for (let j = 0; j < matrix.length; j++) {
			total += matrix[i][j];
			if (i === k) actual += matrix[i][j];
			if (j === k) predicted += matrix[i][j];
		}
	}
	const tp = matrix[k][k];
	return { tp, fp: predicted - tp, fn: actual - tp, tn: total - actual - predicted + tp };
}
