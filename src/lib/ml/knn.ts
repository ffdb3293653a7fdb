/**
 * k-nearest neighbours by brute force with Euclidean distance, as
 * scikit-learn's `NearestNeighbors` / `KNeighborsClassifier(weights='uniform',
 * algorithm='brute')`. Brute force is exact and fast enough for the playground's
 * data (thousands of rows); a tree index would only pay off far beyond that.
 *
 * Ties are resolved deterministically, so a widget and its test always agree:
 * rows at equal distance are ranked by lower index (a stable sort), and a vote
 * tied between labels goes to the smallest label, as scikit-learn's
 * `np.argmax` over its sorted classes does. (scikit-learn's own order among
 * rows at exactly equal distance depends on its partial sort and is not
 * documented; only there can the two differ.)
 */
import { checkFiniteArray } from './curves';
import { largest } from './extremes';
import { checkMatrix } from './stats';

/** A fitted k-NN classifier; see {@link knnClassifier}. */
export interface KnnClassifier {
	/** The number of neighbours that vote. */
	k: number;
	/** Predicted label of each row of X (rows need the training feature count). */
	predict(X: readonly (readonly number[])[]): number[];
	/** Indices into the training rows of the k nearest to `x`, nearest first. */
	neighbours(x: readonly number[]): number[];
}

function checkK(where: string, k: number, available: number, what: string): void {
	if (typeof k !== 'number' || !Number.isInteger(k) || k < 1) {
		throw new Error(`${where}: k is ${String(k)}; it must be an integer >= 1`);
	}
	if (k > available) throw new Error(`${where}: k is ${k} but there are only ${available} ${what}`);
}

/**
 * Indices of the k rows of X nearest to `point`, nearest first, skipping row
 * `skip` (−1 for none). Keeps a sorted list of the best k seen so far, which
 * costs O(n·k) rather than sorting all n distances.
 */
function kNearest(
	X: readonly (readonly number[])[],
	point: readonly number[],
	k: number,
	skip: number
): number[] {
	const best: number[] = [];
	const bestDistance: number[] = [];
	for (let j = 0; j < X.length; j++) {
		if (j === skip) continue;
		const row = X[j];
		// Squared distance orders rows exactly as the distance does and needs no square root.
		let distance = 0;
		for (let f = 0; f < point.length; f++) {
			const d = row[f] - point[f];
			distance += d * d;
		}
		if (!Number.isFinite(distance)) {
			throw new Error(`k-NN: the squared distance to row ${j} overflows; the values are too large`);
		}
		// Strictly closer only: at equal distance the row seen first (lower index) stays ahead.
		if (best.length === k && distance >= bestDistance[k - 1]) continue;
		let p = best.length === k ? k - 1 : best.length;
		while (p > 0 && bestDistance[p - 1] > distance) {
			best[p] = best[p - 1];
			bestDistance[p] = bestDistance[p - 1];
			p--;
		}
		best[p] = j;
		bestDistance[p] = distance;
	}
	return best;
}

/**
 * The k rows nearest to row i of X, by Euclidean distance.
 *
 * Inputs: `X`, a non-empty matrix of finite numbers (rows = samples); `i`, a
 * row index; `k`, an integer from 1 to n − 1.
 * Output: k row indices, nearest first, never i itself (another row equal to
 * row i is at distance 0 and counts); rows at equal distance in ascending index order.
 * Throws for a bad X, i or k, naming the problem.
 */
export function nearestNeighbours(X: readonly (readonly number[])[], i: number, k: number): number[] {
	const where = 'nearestNeighbours';
	checkMatrix(`${where}: X`, X);
	if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= X.length) {
		throw new Error(`${where}: i is ${String(i)}; it must be a row index from 0 to ${X.length - 1}`);
	}
	checkK(where, k, X.length - 1, 'other rows');
	return kNearest(X, X[i], k, i);
}

/** The most frequent label; a tie goes to the smallest label. */
function majority(labels: readonly number[]): number {
	const votes = new Map<number, number>();
	for (const label of labels) votes.set(label, (votes.get(label) ?? 0) + 1);
	let winner = labels[0];
	let most = 0;
	for (const [label, count] of votes) {
		if (count > most || (count === most && label < winner)) {
			winner = label;
			most = count;
		}
	}
	return winner;
}

/**
 * Fits (stores) a k-nearest-neighbour classifier with uniform weights.
 *
 * Inputs: `Xtrain`, a non-empty matrix of finite numbers; `yTrain`, one finite
 * label per row; `k`, an integer from 1 to the number of training rows.
 * Output: a {@link KnnClassifier}; `predict` gives each row the label most
 * common among its k nearest training rows (ties between labels to the
 * smallest label, between rows at equal distance to the lower index). A query
 * row equal to a training row counts that row as a neighbour at distance 0.
 * Throws for bad input; `predict` throws for a row of the wrong length or with
 * a non-finite value.
 */
export function knnClassifier(
	Xtrain: readonly (readonly number[])[],
	yTrain: readonly number[],
	k: number
): KnnClassifier {
	const where = 'knnClassifier';
	const d = checkMatrix(`${where}: Xtrain`, Xtrain);
	checkFiniteArray(`${where}: yTrain`, yTrain);
	if (yTrain.length !== Xtrain.length) {
		throw new Error(`${where}: Xtrain has ${Xtrain.length} rows but yTrain has ${yTrain.length} labels`);
	}
	checkK(where, k, Xtrain.length, 'training rows');
	// Copies, so that later edits to the caller's arrays cannot change the model.
	const rows = Xtrain.map((row) => row.slice());
	const labels = yTrain.slice();

	const neighbours = (x: readonly number[]): number[] => {
		checkFiniteArray(`${where}: query row`, x);
		if (x.length !== d)
			throw new Error(`${where}: the query row has ${x.length} features; the training rows have ${d}`);
		return kNearest(rows, x, k, -1);
	};
	const predict = (X: readonly (readonly number[])[]): number[] => {
		if (!Array.isArray(X)) throw new Error(`${where}: predict needs an array of rows`);
		return X.map((x, i) => {
			const features: unknown = x;
			if (!Array.isArray(features) || x.length !== d) {
				const got = Array.isArray(features) ? `${x.length} features` : 'no features';
				throw new Error(`${where}: X[${i}] has ${got}; the training rows have ${d}`);
			}
			checkFiniteArray(`${where}: X[${i}]`, x);
			return majority(kNearest(rows, x, k, -1).map((j) => labels[j]));
		});
	};
	return { k, predict, neighbours };
}

/** Checks a test set against the training set: same feature count, finite labels, one per row. */
function checkTestSet(
	where: string,
	Xtrain: readonly (readonly number[])[],
	Xtest: readonly (readonly number[])[],
	yTest: readonly number[]
): void {
	const d = checkMatrix(`${where}: Xtest`, Xtest);
	if (d !== Xtrain[0].length)
		throw new Error(`${where}: Xtest has ${d} features but Xtrain has ${Xtrain[0].length}`);
	checkFiniteArray(`${where}: yTest`, yTest);
	if (yTest.length !== Xtest.length) {
		throw new Error(`${where}: Xtest has ${Xtest.length} rows but yTest has ${yTest.length} labels`);
	}
}

/**
 * Accuracy of a k-NN classifier fitted on the training data and scored on the test data.
 *
 * Inputs: `Xtrain`, `yTrain`, `k` as {@link knnClassifier}; `Xtest` and
 * `yTest`, a non-empty test set with the same number of features.
 * Output: the fraction of test rows predicted correctly, in [0, 1].
 * Throws for bad input or mismatched lengths or feature counts.
 */
export function knnAccuracy(
	Xtrain: readonly (readonly number[])[],
	yTrain: readonly number[],
	Xtest: readonly (readonly number[])[],
	yTest: readonly number[],
	k: number
): number {
	const where = 'knnAccuracy';
	const model = knnClassifier(Xtrain, yTrain, k);
	checkTestSet(where, Xtrain, Xtest, yTest);
	const predicted = model.predict(Xtest);
	let correct = 0;
	for (let i = 0; i < predicted.length; i++) if (predicted[i] === yTest[i]) correct++;
	return correct / predicted.length;
}

/**
 * Test accuracy of k-NN for several k at once, with one neighbour search per test row: the
 * nearest max(ks) training rows are found once, and each k votes among the first k of them
 * (same ties as {@link knnClassifier}). Equal to calling {@link knnAccuracy} for each k, at
 * about 1 / ks.length of the cost, which is what tuning k in a widget needs.
 * Output: one accuracy per entry of `ks`, in the same order. Throws as knnAccuracy.
 */
export function knnAccuracies(
	Xtrain: readonly (readonly number[])[],
	yTrain: readonly number[],
	Xtest: readonly (readonly number[])[],
	yTest: readonly number[],
	ks: readonly number[]
): number[] {
	const where = 'knnAccuracies';
	if (ks.length === 0) return [];
	ks.forEach((k) => checkK(where, k, Xtrain.length, 'training rows'));
	const model = knnClassifier(Xtrain, yTrain, largest(ks));
	checkTestSet(where, Xtrain, Xtest, yTest);
	const correct = ks.map(() => 0);
	Xtest.forEach((x, i) => {
		const labels = model.neighbours(x).map((j) => yTrain[j]);
		ks.forEach((k, n) => {
			if (majority(labels.slice(0, k)) === yTest[i]) correct[n]++;
		});
	});
	return correct.map((c) => c / Xtest.length);
}
