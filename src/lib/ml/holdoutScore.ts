/**
 * A k-NN model fitted on some rows of a table and scored on others by ROC AUC: the score the
 * split and cross-validation lessons report. With 10–20% positives, accuracy rewards calling
 * every row negative (80–90%); AUC gives that 0.5, as it gives any model that ignores the
 * features, and it reads the model's ranking, not one threshold. The model's score for a row is
 * the share of its k nearest training rows that are positive (scikit-learn's
 * `KNeighborsClassifier.predict_proba`, uniform weights).
 *
 * AUC is the chance that a random positive row outscores a random negative one, ties counting
 * half. Rows that hold one class only have no AUC (it is 0/0): the score is null, and
 * {@link missingClass} says which class is missing. scikit-learn's `roc_auc_score` raises there.
 */
import { largest } from './extremes';
import { knnClassifier } from './knn';
import { rocAuc } from './metrics';
import { mean, std } from './stats';
import type { SplitData } from './splitDatasets';

/** The neighbour counts the split lessons offer. */
export const candidateKs = [1, 3, 5, 7, 9, 11, 15, 21, 31];

/** The k that k-NN can use with this many training rows: k itself, or all of them when there are fewer. */
export function usableK(k: number, trainSize: number): number {
	return Math.max(1, Math.min(k, trainSize));
}

/** Which class the rows lack ('positive' or 'negative'), or null when they hold both. An empty list lacks both: 'positive'. */
export function missingClass(y: readonly number[], rows: readonly number[]): 'positive' | 'negative' | null {
	let positives = 0;
	for (const i of rows) if (y[i] === 1) positives++;
	if (positives === 0) return 'positive';
	return positives === rows.length ? 'negative' : null;
}

const allRows = (y: readonly number[]) => y.map((_, i) => i);

/** ROC AUC of `scores` against 0/1 labels (scikit-learn's roc_auc_score); null when the labels hold one class only. */
export function auc(yTrue: readonly number[], scores: readonly number[]): number | null {
	return missingClass(yTrue, allRows(yTrue)) === null ? rocAuc(yTrue, scores) : null;
}

/**
 * The counts AUC is made of: over every (positive, negative) pair of rows, how often the positive
 * scores higher (`won`) and how often the two tie. AUC = (won + ties / 2) / (positives · negatives).
 */
export function aucPairs(
	yTrue: readonly number[],
	scores: readonly number[]
): { won: number; ties: number; positives: number; negatives: number } {
	const pos = scores.filter((_, i) => yTrue[i] === 1);
	const neg = scores.filter((_, i) => yTrue[i] !== 1);
	let won = 0;
	let ties = 0;
	for (const p of pos) {
		for (const q of neg) {
			if (p > q) won++;
			else if (p === q) ties++;
		}
	}
	return { won, ties, positives: pos.length, negatives: neg.length };
}

const pick = (data: SplitData, rows: readonly number[]) => rows.map((i) => data.X[i]);
const labelsOf = (data: SplitData, rows: readonly number[]) => rows.map((i) => data.y[i]);

/** Share of positives among the first k of each neighbour list (labels of the training rows). */
function shares(neighbourLabels: number[][], k: number): number[] {
	return neighbourLabels.map((labels) => {
		let positives = 0;
		for (let j = 0; j < k; j++) positives += labels[j] === 1 ? 1 : 0;
		return positives / k;
	});
}

/** For each row of `X`, the labels of its max(ks) nearest rows among `fit` (nearest first). */
function neighbourLabels(
	data: SplitData,
	fit: readonly number[],
	X: readonly (readonly number[])[],
	k: number
): number[][] {
	const trainY = labelsOf(data, fit);
	const model = knnClassifier(pick(data, fit), trainY, k);
	return X.map((x) => model.neighbours(x).map((j) => trainY[j]));
}

/**
 * k-NN's score for each row of `X`: the share of its k nearest rows among `fit` (rows of `data`)
 * that are positive, k capped at the training rows. Empty when either is empty.
 */
export function knnShares(
	data: SplitData,
	fit: readonly number[],
	X: readonly (readonly number[])[],
	k: number
): number[] {
	if (fit.length === 0 || X.length === 0) return [];
	const used = usableK(k, fit.length);
	return shares(neighbourLabels(data, fit, X, used), used);
}

/** {@link knnShares} for rows `scoreOn` of `data`. */
export function knnPredictions(
	data: SplitData,
	fit: readonly number[],
	scoreOn: readonly number[],
	k: number
): number[] {
	return knnShares(data, fit, pick(data, scoreOn), k);
}

/** AUC of k-NN fitted on rows `fit` and scored on rows `scoreOn` of `data`; null when either is empty or the scored rows hold one class. */
export function score(
	data: SplitData,
	fit: readonly number[],
	scoreOn: readonly number[],
	k: number
): number | null {
	if (fit.length === 0 || missingClass(data.y, scoreOn) !== null) return null;
	return auc(labelsOf(data, scoreOn), knnPredictions(data, fit, scoreOn, k));
}

/** AUC of k-NN fitted on rows `fit` of `data`, scored on every row of `other` (fresh data); null as {@link score}. */
export function scoreOnOther(
	data: SplitData,
	fit: readonly number[],
	other: SplitData,
	k: number
): number | null {
	if (fit.length === 0) return null;
	return auc(other.y, knnShares(data, fit, other.X, k));
}

/**
 * AUC of k-NN for several k at once, fitted on rows `fit` of `data` and scored on `test` (a
 * table of its own), with one neighbour search per scored row: each k reads the first k of the
 * nearest max(ks). Output: one score per k (null as {@link score}); every k must be at most the
 * training rows.
 */
export function scoresForKs(
	data: SplitData,
	fit: readonly number[],
	test: SplitData,
	ks: readonly number[]
): (number | null)[] {
	if (ks.length === 0) return [];
	if (fit.length === 0 || missingClass(test.y, allRows(test.y)) !== null) return ks.map(() => null);
	const labels = neighbourLabels(data, fit, test.X, largest(ks));
	return ks.map((k) => auc(test.y, shares(labels, k)));
}

/** The rows listed, as a table of their own. */
export function rowsOf(data: SplitData, rows: readonly number[]): SplitData {
	return { X: pick(data, rows), y: labelsOf(data, rows) };
}

/** Mean and population standard deviation (ddof 0); null for no values. */
export function meanAndSd(values: readonly number[]): { mean: number; sd: number } | null {
	return values.length === 0 ? null : { mean: mean(values), sd: std(values) };
}
