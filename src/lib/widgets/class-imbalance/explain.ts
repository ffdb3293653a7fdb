/**
 * The page's sentences, each worded once from the numbers of the state and read by the stage,
 * the table, the story and the questions alike.
 */
import { counted, formatCount, formatPercent, formatShort } from '$lib/format/format';
import { formatMetric } from '$lib/metrics/metricInfo';
import type { Evaluation } from './analysis';
import type { Remedy } from './codec';
import type { RemedyResults } from './results';

export const f = formatMetric;

export const REMEDY_NAMES: Record<Remedy, string> = {
	none: 'No remedy',
	over: 'Random oversampling',
	under: 'Random undersampling',
	smote: 'SMOTE',
	balanced: 'Class weights: balanced',
	custom: 'Class weights: custom',
	threshold: 'Threshold moving'
};

/** Short names for the chart's rows and the table. */
export const REMEDY_SHORT: Record<Remedy, string> = {
	none: 'None',
	over: 'Over',
	under: 'Under',
	smote: 'SMOTE',
	balanced: 'Balanced',
	custom: 'Custom',
	threshold: 'Threshold'
};

/** A positive share of the test rows, as the sentences say it. */
export const testPositiveShare = (e: Evaluation) => e.test.y.reduce((sum, v) => sum + v, 0) / e.test.y.length;

/** Where the test rows came from, for the remedy shown: untouched, or how the leak got into them. */
export function leakSentence(e: Evaluation): string {
	const rows = formatCount(e.test.y.length);
	if (!e.resamples)
		return `${REMEDY_NAMES[e.remedy]} resamples nothing, so before or after the split is the same: the ${rows} test rows are untouched.`;
	if (e.when === 'after')
		return `Resampled after the split: the ${rows} test rows are untouched, none a copy of a training row, with the data's own share of positives (${formatPercent(testPositiveShare(e))}).`;
	const share = `${formatPercent(testPositiveShare(e))} positive`;
	if (e.remedy === 'over')
		return `Resampled before the split: ${formatCount(e.leak.copies)} of the ${rows} test rows are exact copies of training rows, and the test set is ${share}.`;
	if (e.remedy === 'smote')
		return `Resampled before the split: ${formatCount(e.leak.synthetic)} of the ${rows} test rows are SMOTE points drawn between training rows, and the test set is ${share}.`;
	return `Resampled before the split: the test set shrinks to ${counted(e.test.y.length, 'row')}, ${share}: far from the data the model will meet.`;
}

/** What the test scores read with the remedy resampled before the split and after it. */
export function inflationSentence(results: RemedyResults, index: number): string | null {
	const after = results.after[index];
	const before = results.before[index];
	if (!after.resamples) return null;
	return `${REMEDY_NAMES[after.remedy]} before the split reads F1 ${f(before.metrics.f1)} and PR-AUC ${f(before.ap)} on its test set; after the split, on the untouched test set, ${f(after.metrics.f1)} and ${f(after.ap)}.`;
}

/** Accuracy with no remedy against flagging nothing. */
export function accuracySentence(results: RemedyResults): string {
	const none = results.after[0];
	return `With no remedy, accuracy is ${f(none.metrics.accuracy)}; flagging nothing at all would score ${f(results.flagNothing)}. Recall is ${f(none.metrics.recall)}: it finds ${formatCount(none.counts.tp)} of the ${formatCount(none.counts.tp + none.counts.fn)} test positives.`;
}

/** XGBoost's scale_pos_weight from the training split: negatives ÷ positives. */
export function scalePosWeightText(results: RemedyResults): string {
	const { negatives, positives, scalePosWeight } = results.balance;
	return `${formatCount(negatives)} ÷ ${formatCount(positives)} = ${formatShort(scalePosWeight)}`;
}
