/**
 * What the current matrix is trying to tell the learner: the traps of the exam, spotted
 * in the live numbers (accuracy on imbalanced data, undefined metrics, no better than chance).
 */
import type { BinaryMetrics, Counts, MulticlassMetrics } from '$lib/ml/metrics';
import { formatMetric, formatPercent } from './metricInfo';

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

/** The averaging trap: a class that is both small and badly served drags macro F1 down while weighted F1 hides it. */
export function multiclassInsights(m: MulticlassMetrics, names: string[]): Insight[] {
	const { macro, weighted } = m;
	if (macro.f1 === null || weighted.f1 === null) return [{ kind: 'info', text: 'The matrix is empty: enter some counts.' }];
	const gap = weighted.f1 - macro.f1;
	if (Math.abs(gap) < 0.05)
		return [
			{
				kind: 'info',
				text: `Macro F1 (${formatMetric(macro.f1)}) and weighted F1 (${formatMetric(weighted.f1)}) agree: the classes are served about equally, or are about equally large.`
			}
		];
	const worst = m.perClass.reduce((best, c, i) => ((c.f1 ?? 0) < (m.perClass[best].f1 ?? 0) ? i : best), 0);
	return [
		{
			kind: 'warning',
			text:
				gap > 0
					? `Weighted F1 (${formatMetric(weighted.f1)}) is above macro F1 (${formatMetric(macro.f1)}): the big classes do well and a small one does badly (“${names[worst]}” has F1 ${formatMetric(m.perClass[worst].f1 ?? 0)}). Weighting by support hides it; macro shows it.`
					: `Macro F1 (${formatMetric(macro.f1)}) is above weighted F1 (${formatMetric(weighted.f1)}): the small classes do better than the big ones (“${names[worst]}” has F1 ${formatMetric(m.perClass[worst].f1 ?? 0)}).`
		}
	];
}
