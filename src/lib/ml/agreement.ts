/**
 * How well a clustering agrees with known groups: the adjusted Rand index, as
 * scikit-learn's `adjusted_rand_score` (computed, as there, from the pair confusion
 * matrix). 1 for the same partition whatever the cluster numbers, about 0 for a random
 * one, negative when worse than chance. Used to show where k-means fails (moons, rings).
 */
import { show } from './show';

/**
 * Adjusted Rand index of two labelings of the same samples (any integers; only which
 * samples share a label matters). Over all pairs of samples, with tp the pairs together
 * in both, tn apart in both, fp together only in `predicted`, fn together only in `truth`:
 * ARI = 2(tp·tn − fn·fp) / ((tp + fn)(fn + tn) + (tp + fp)(fp + tn)); 1 when fp = fn = 0.
 * Throws for different lengths, no samples, or a label that is not an integer.
 */
export function adjustedRandScore(truth: readonly number[], predicted: readonly number[]): number {
	if (truth.length !== predicted.length) {
		throw new Error(
			`adjustedRandScore: the labelings have ${truth.length} and ${predicted.length} samples; they must match`
		);
	}
	const n = truth.length;
	if (n === 0) throw new Error('adjustedRandScore needs at least one sample');
	[truth, predicted].forEach((labels, which) =>
		labels.forEach((label, i) => {
			if (!Number.isSafeInteger(label))
				throw new Error(
					`adjustedRandScore: ${which ? 'predicted' : 'truth'}[${i}] is ${show(label)}; labels must be integers`
				);
		})
	);
	const cells = new Map<string, number>();
	const rows = new Map<number, number>();
	const columns = new Map<number, number>();
	for (let i = 0; i < n; i++) {
		const key = `${truth[i]} ${predicted[i]}`;
		cells.set(key, (cells.get(key) ?? 0) + 1);
		rows.set(truth[i], (rows.get(truth[i]) ?? 0) + 1);
		columns.set(predicted[i], (columns.get(predicted[i]) ?? 0) + 1);
	}
	const sumOfSquares = (counts: Iterable<number>) => [...counts].reduce((sum, c) => sum + c * c, 0);
	// ordered pairs (i ≠ j), as scikit-learn's pair_confusion_matrix counts them
	const together = sumOfSquares(cells.values());
	const tp = together - n;
	const fp = sumOfSquares(columns.values()) - together;
	const fn = sumOfSquares(rows.values()) - together;
	const tn = n * n - fp - fn - together;
	if (fp === 0 && fn === 0) return 1;
	return (2 * (tp * tn - fn * fp)) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn));
}
