/**
 * The class-imbalance tests' own arithmetic, written apart from the widget's: confusion counts
 * from labels and scores, the scores built from them, and test rows that repeat a training row
 * found by their values (not by the widget's bookkeeping of sources).
 */
import { imbalanceCodec, type ImbalanceUrlState } from '$lib/widgets/class-imbalance/codec';
import { fitAll, resultsInput, type RemedyResults } from '$lib/widgets/class-imbalance/results';

export const SEEDS = [1, 2, 3];

export function countsByHand(y: readonly number[], scores: readonly number[], threshold: number) {
	let tp = 0;
	let fp = 0;
	let fn = 0;
	let tn = 0;
	for (let i = 0; i < y.length; i++) {
		const flagged = scores[i] >= threshold;
		if (y[i] === 1 && flagged) tp++;
		else if (y[i] === 1) fn++;
		else if (flagged) fp++;
		else tn++;
	}
	return { tp, fp, fn, tn };
}

export function scoresByHand(y: readonly number[], scores: readonly number[], threshold: number) {
	const { tp, fp, fn, tn } = countsByHand(y, scores, threshold);
	return {
		tp,
		fn,
		accuracy: (tp + tn) / y.length,
		recall: tp + fn === 0 ? null : tp / (tp + fn),
		precision: tp + fp === 0 ? null : tp / (tp + fp),
		f1: 2 * tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn)
	};
}

/** Test rows whose two values equal a training row's exactly (continuous data: only a copy does). */
export function copiesByValue(train: readonly number[][], test: readonly number[][]): number {
	const seen = new Set(train.map((row) => row.join(',')));
	return test.filter((row) => seen.has(row.join(','))).length;
}

/** A link state: the defaults with `change`, as a step or Show me opens it. */
export const stateWith = (change: Partial<ImbalanceUrlState>): ImbalanceUrlState => ({
	...imbalanceCodec.defaults(),
	...change
});

const fits = new Map<string, Promise<RemedyResults>>();

/** Every remedy fitted for a state, at once (no slices); kept per data and settings, which the remedy shown does not change. */
export function fitted(input: ImbalanceUrlState): Promise<RemedyResults> {
	const key = JSON.stringify(resultsInput(input));
	if (!fits.has(key))
		fits.set(
			key,
			fitAll(resultsInput(input), async () => {})
		);
	return fits.get(key)!;
}

/**
 * Average precision as scikit-learn's `average_precision_score` defines it, written out: walk
 * the distinct scores from the highest, and add each threshold's precision times the recall it adds.
 */
export function averagePrecisionByHand(y: readonly number[], scores: readonly number[]): number {
	const positives = y.filter((v) => v === 1).length;
	const thresholds = [...new Set(scores)].sort((a, b) => b - a);
	let previousRecall = 0;
	let sum = 0;
	for (const t of thresholds) {
		const { tp, fp } = countsByHand(y, scores, t);
		const recall = tp / positives;
		sum += (recall - previousRecall) * (tp / (tp + fp));
		previousRecall = recall;
	}
	return sum;
}

/** Words a sentence must never show. */
export const BROKEN = /NaN|undefined|Infinity|null/;
