/**
 * What the current matrix is trying to tell the learner: the traps of the exam, spotted
 * in the live numbers (accuracy on imbalanced data, undefined metrics, no better than chance).
 */
import type { BinaryMetrics, Counts } from '$lib/ml/metrics';
import { formatPercent } from './metricInfo';

export interface Insight {
	kind: 'warning' | 'info';
	text: string;
}

export function binaryInsights(c: Counts, m: BinaryMetrics): Insight[] {
	const insights: Insight[] = [];
	const { accuracy, prevalence, recall, precision } = m;
	if (accuracy === null || prevalence === null) return [{ kind: 'info', text: 'The matrix is empty: enter some counts.' }];

	const majority = Math.max(prevalence, 1 - prevalence);
	if (recall !== null && recall < 0.5 && accuracy >= 0.9)
		insights.push({
			kind: 'warning',
			text: `Accuracy is ${formatPercent(accuracy)}, yet recall is ${formatPercent(recall)}: most positives are missed. At ${formatPercent(prevalence)} prevalence, a model that flags nothing scores ${formatPercent(1 - prevalence)} accuracy.`
		});
	else if (accuracy <= majority && c.tp + c.fp + c.fn + c.tn > 0)
		insights.push({
			kind: 'warning',
			text: `Accuracy ${formatPercent(accuracy)} is no better than always predicting the larger class (${formatPercent(majority)}).`
		});
	if (precision === null)
		insights.push({
			kind: 'info',
			text: 'Nothing is predicted positive, so precision is 0/0: undefined here. scikit-learn warns and reports 0 (its zero_division setting).'
		});
	if (recall === null)
		insights.push({
			kind: 'info',
			text: 'There are no actual positives, so recall is 0/0: undefined. Check the data before the model.'
		});
	if (prevalence < 0.1 && prevalence > 0)
		insights.push({
			kind: 'info',
			text: `Positives are rare (${formatPercent(prevalence)}): judge this model by recall, precision, F1, MCC or PR-AUC, not accuracy.`
		});
	return insights;
}
