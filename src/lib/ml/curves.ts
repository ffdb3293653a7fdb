/**
 * Threshold curves for binary classifiers (ROC, precision–recall) and the
 * areas under them, matching scikit-learn's `roc_curve`, `roc_auc_score`,
 * `precision_recall_curve` and `average_precision_score` (sklearn >= 1.3).
 * Public callers import these from `metrics.ts`; this file also holds the
 * input checks that `metrics.ts` shares.
 */
import { show } from './show';

/**
 * Checks that `a` is a non-empty array of finite numbers.
 * Inputs: the argument's `name` (used in the message) and the value.
 * Output: none. Throws naming the first bad element, e.g. "scores[3] is NaN".
 */
export function checkFiniteArray(name: string, a: readonly number[]): void {
	if (!Array.isArray(a)) throw new Error(`${name} must be an array of numbers`);
	if (a.length === 0) throw new Error(`${name} is empty; at least one value is needed`);
	for (let i = 0; i < a.length; i++) {
		const v: unknown = a[i];
		if (typeof v !== 'number' || !Number.isFinite(v)) {
			throw new Error(`${name}[${i}] is ${show(v)}; every value must be a finite number`);
		}
	}
}

/**
 * Checks two arrays of finite numbers that must pair up element by element.
 * Output: none. Throws if either is empty or holds a non-finite value, or if
 * the lengths differ, e.g. "yTrue and scores differ in length (4 vs 5)".
 */
export function checkPaired(nameA: string, a: readonly number[], nameB: string, b: readonly number[]): void {
	checkFiniteArray(nameA, a);
	checkFiniteArray(nameB, b);
	if (a.length !== b.length) {
		throw new Error(`${nameA} and ${nameB} differ in length (${a.length} vs ${b.length})`);
	}
}

/** ROC curve points; index i is one threshold. Rates are fractions in [0, 1]. */
export interface RocCurve {
	/** False-positive rate FP/N at each threshold, non-decreasing, starting at 0. */
	fpr: number[];
	/** True-positive rate TP/P at each threshold, non-decreasing, starting at 0. */
	tpr: number[];
	/** Score cut-offs (predict positive when score >= threshold), decreasing; the first is +Infinity. */
	thresholds: number[];
}

/** Precision–recall curve; see {@link prCurve} for the array layout. */
export interface PrCurve {
	/** Precision TP/(TP+FP), a fraction; one longer than `thresholds`, ending in 1. */
	precision: number[];
	/** Recall TP/P, a fraction, non-increasing; one longer than `thresholds`, ending in 0. */
	recall: number[];
	/** Distinct scores, increasing. */
	thresholds: number[];
}

/** Cumulative counts at each distinct score, scanned from the highest score down. */
interface ClfCurve {
	fps: number[];
	tps: number[];
	thresholds: number[];
	positives: number;
	negatives: number;
}

/**
 * scikit-learn's `_binary_clf_curve`: after validating, counts true and false
 * positives when predicting positive for every score >= each distinct score.
 */
function binaryClfCurve(yTrue: readonly number[], scores: readonly number[]): ClfCurve {
	checkPaired('yTrue', yTrue, 'scores', scores);
	let positives = 0;
	for (let i = 0; i < yTrue.length; i++) {
		if (yTrue[i] === 1) positives++;
		else if (yTrue[i] !== 0) {
			throw new Error(`yTrue[${i}] is ${show(yTrue[i])}; binary labels must be 0 or 1`);
		}
	}
	const n = scores.length;
	const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => scores[j] - scores[i]);
	const fps: number[] = [];
	const tps: number[] = [];
	const thresholds: number[] = [];
	let tp = 0;
	for (let k = 0; k < n; k++) {
		const idx = order[k];
		if (yTrue[idx] === 1) tp++;
		// Tied scores form one threshold: no cut-off can separate them.
		if (k === n - 1 || scores[order[k + 1]] !== scores[idx]) {
			tps.push(tp);
			fps.push(k + 1 - tp);
			thresholds.push(scores[idx]);
		}
	}
	return { fps, tps, thresholds, positives, negatives: n - positives };
}

function requireBothClasses(c: ClfCurve, what: string): void {
	if (c.positives === 0 || c.negatives === 0) {
		const only = c.positives === 0 ? 'negatives (0)' : 'positives (1)';
		throw new Error(
			`${what} needs both classes, but yTrue holds only ${only}; ` +
				(c.positives === 0 ? 'the true-positive rate' : 'the false-positive rate') +
				' would be 0/0'
		);
	}
}

/** Options for {@link rocCurve}. */
export interface RocOptions {
	/**
	 * Drop thresholds whose point lies on the straight line between its
	 * neighbours (scikit-learn's `drop_intermediate`). Default true; false
	 * gives one point per distinct score, which the UI uses for a slider.
	 */
	dropIntermediate?: boolean;
}

/**
 * Receiver operating characteristic curve, as scikit-learn's
 * `roc_curve(y_true, scores, drop_intermediate=...)` (sklearn >= 1.3).
 *
 * Inputs: `yTrue`, labels 0/1 (1 = positive); `scores`, finite numbers where
 * higher means "more positive", same length; `options.dropIntermediate`.
 * Output: {@link RocCurve}; the first point is (0, 0) at threshold +Infinity
 * and the last is (1, 1) at the lowest score. Tied scores share one point, so
 * all-equal scores give just (0, 0) and (1, 1).
 * Throws for empty or unequal-length input, non-finite scores, labels other
 * than 0/1, or a single class (scikit-learn warns and returns NaN rates).
 */
export function rocCurve(
	yTrue: readonly number[],
	scores: readonly number[],
	options: RocOptions = {}
): RocCurve {
	const c = binaryClfCurve(yTrue, scores);
	requireBothClasses(c, 'rocCurve');
	let { fps, tps, thresholds } = c;
	const m = fps.length;
	if ((options.dropIntermediate ?? true) && m > 2) {
		const keep: number[] = [0];
		for (let i = 1; i < m - 1; i++) {
			// A zero second difference in both counts means the point is collinear.
			const d2f = fps[i + 1] - 2 * fps[i] + fps[i - 1];
			const d2t = tps[i + 1] - 2 * tps[i] + tps[i - 1];
			if (d2f !== 0 || d2t !== 0) keep.push(i);
		}
		keep.push(m - 1);
		fps = keep.map((i) => c.fps[i]);
		tps = keep.map((i) => c.tps[i]);
		thresholds = keep.map((i) => c.thresholds[i]);
	}
	return {
		fpr: [0, ...fps.map((f) => f / c.negatives)],
		tpr: [0, ...tps.map((t) => t / c.positives)],
		thresholds: [Infinity, ...thresholds]
	};
}

/**
 * Area under the ROC curve, as scikit-learn's `roc_auc_score` for binary labels.
 *
 * Inputs: as {@link rocCurve}.
 * Output: a fraction in [0, 1]; equals the probability that a random positive
 * scores above a random negative, ties counting 1/2 (Mann–Whitney U / (P·N)).
 * 0.5 is chance; all-equal scores give exactly 0.5.
 * Throws as {@link rocCurve}, including for a single class.
 */
export function rocAuc(yTrue: readonly number[], scores: readonly number[]): number {
	const c = binaryClfCurve(yTrue, scores);
	requireBothClasses(c, 'rocAuc');
	// Trapezoids on the raw counts, divided once at the end, so the result is the
	// exact U statistic ratio rather than a sum of rounded rate differences.
	let area2 = 0;
	let prevF = 0;
	let prevT = 0;
	for (let i = 0; i < c.fps.length; i++) {
		area2 += (c.fps[i] - prevF) * (c.tps[i] + prevT);
		prevF = c.fps[i];
		prevT = c.tps[i];
	}
	return area2 / (2 * c.positives * c.negatives);
}

/**
 * Precision–recall curve, as scikit-learn's `precision_recall_curve`
 * (sklearn >= 1.3, no truncation at full recall, drop_intermediate=False).
 *
 * Inputs: `yTrue`, labels 0/1; `scores`, finite, same length.
 * Output: {@link PrCurve}. `thresholds` are the distinct scores ascending;
 * `precision[i]` and `recall[i]` are for predicting positive when
 * score >= thresholds[i]; a final point (recall 0, precision 1) is appended,
 * so both arrays are one longer than `thresholds`.
 * Throws for empty or unequal-length input, non-finite scores, labels other
 * than 0/1, or no positive in yTrue (recall would be 0/0; scikit-learn warns
 * and sets recall to 1). yTrue with no negative is fine (precision is all 1).
 */
export function prCurve(yTrue: readonly number[], scores: readonly number[]): PrCurve {
	const c = binaryClfCurve(yTrue, scores);
	if (c.positives === 0) {
		throw new Error('prCurve needs at least one positive (1) in yTrue; recall would be 0/0');
	}
	const m = c.tps.length;
	const precision: number[] = [];
	const recall: number[] = [];
	const thresholds: number[] = [];
	for (let i = m - 1; i >= 0; i--) {
		// tps + fps counts the samples at or above this score, so it is >= 1.
		precision.push(c.tps[i] / (c.tps[i] + c.fps[i]));
		recall.push(c.tps[i] / c.positives);
		thresholds.push(c.thresholds[i]);
	}
	precision.push(1);
	recall.push(0);
	return { precision, recall, thresholds };
}

/**
 * Average precision, as scikit-learn's `average_precision_score`:
 * the sum over thresholds of (R_n − R_{n−1}) · P_n, a step-wise (not
 * interpolated) area under the precision–recall curve.
 *
 * Inputs: as {@link prCurve}.
 * Output: a fraction in [0, 1]; all-equal scores give the prevalence P/n.
 * Throws as {@link prCurve}, including when yTrue has no positive.
 */
export function averagePrecision(yTrue: readonly number[], scores: readonly number[]): number {
	const { precision, recall } = prCurve(yTrue, scores);
	let sum = 0;
	for (let i = 0; i < recall.length - 1; i++) {
		sum -= (recall[i + 1] - recall[i]) * precision[i];
	}
	// The recall steps telescope to exactly 1 in exact arithmetic; clamp the
	// last-bit rounding so the value never reads as 1.0000000000000002.
	return Math.min(1, Math.max(0, sum));
}
