/**
 * What the confusion-matrix widget says about each binary metric: its name, its formula
 * (TeX, typeset at build time), the formula with the live counts in it, what it means,
 * and why it is undefined when it is. The values themselves come from the engine.
 */
import { formatCount, roundDecimal } from '$lib/format/format';
import type { BinaryMetrics, Counts } from '$lib/ml/metrics';

export type MetricId = keyof BinaryMetrics;

export interface MetricInfo {
	id: MetricId;
	name: string;
	/** A name short enough for a chart label, where `name` is long. */
	shortName?: string;
	/** Other names the exam uses. */
	aka?: string;
	tex: string;
	/** One line: what the number tells. */
	meaning: string;
	/** The formula with these counts in it: numerator and denominator as text. */
	live(c: Counts, m: BinaryMetrics): { numerator: string; denominator: string };
	/** Why the value is 0/0, said in words. */
	undefinedBecause: string;
	/** Whether the value is a proportion (shown also as a percentage). */
	proportion: boolean;
}

const n = formatCount;
const v = (value: number | null) => (value === null ? 'undefined' : formatMetric(value));

/**
 * A metric's value as shown: three decimals, tiny values in scientific notation; null is
 * "undefined". Rounded as written in decimals (138 / 800 = 0.1725 → 0.173), as its
 * percentage is (17.3%), so the two never disagree.
 */
export function formatMetric(value: number | null): string {
	if (value === null) return 'undefined';
	if (value !== 0 && Math.abs(value) < 0.001) return value.toExponential(2);
	return roundDecimal(value, 3).toFixed(3);
}

export const metricInfo: MetricInfo[] = [
	{
		id: 'accuracy',
		name: 'Accuracy',
		tex: '\\frac{TP + TN}{TP + FP + FN + TN}',
		meaning: 'Of all predictions, the share that was right.',
		live: (c) => ({
			numerator: `${n(c.tp)} + ${n(c.tn)}`,
			denominator: `${n(c.tp)} + ${n(c.fp)} + ${n(c.fn)} + ${n(c.tn)}`
		}),
		undefinedBecause: 'the matrix is empty, so accuracy is 0/0',
		proportion: true
	},
	{
		id: 'precision',
		name: 'Precision',
		aka: 'positive predictive value',
		tex: '\\frac{TP}{TP + FP}',
		meaning: 'Of everything flagged positive, the share that really was positive.',
		live: (c) => ({ numerator: n(c.tp), denominator: `${n(c.tp)} + ${n(c.fp)}` }),
		undefinedBecause: 'nothing was predicted positive, so precision is 0/0',
		proportion: true
	},
	{
		id: 'recall',
		name: 'Recall',
		aka: 'sensitivity, true positive rate',
		tex: '\\frac{TP}{TP + FN}',
		meaning: 'Of all actual positives, the share that was caught.',
		live: (c) => ({ numerator: n(c.tp), denominator: `${n(c.tp)} + ${n(c.fn)}` }),
		undefinedBecause: 'there are no actual positives, so recall is 0/0',
		proportion: true
	},
	{
		id: 'specificity',
		name: 'Specificity',
		aka: 'true negative rate',
		tex: '\\frac{TN}{TN + FP}',
		meaning: 'Of all actual negatives, the share correctly left alone.',
		live: (c) => ({ numerator: n(c.tn), denominator: `${n(c.tn)} + ${n(c.fp)}` }),
		undefinedBecause: 'there are no actual negatives, so specificity is 0/0',
		proportion: true
	},
	{
		id: 'f1',
		name: 'F1 score',
		tex: '\\frac{2\\,TP}{2\\,TP + FP + FN} = \\frac{2PR}{P + R}',
		meaning: 'The harmonic mean of precision and recall: high only when both are.',
		live: (c) => ({ numerator: `2 × ${n(c.tp)}`, denominator: `2 × ${n(c.tp)} + ${n(c.fp)} + ${n(c.fn)}` }),
		undefinedBecause: 'there are no actual and no predicted positives, so F1 is 0/0',
		proportion: true
	},
	{
		id: 'fpr',
		name: 'False positive rate',
		aka: 'fall-out, 1 − specificity',
		tex: '\\frac{FP}{FP + TN}',
		meaning: 'Of all actual negatives, the share falsely flagged: the x-axis of a ROC curve.',
		live: (c) => ({ numerator: n(c.fp), denominator: `${n(c.fp)} + ${n(c.tn)}` }),
		undefinedBecause: 'there are no actual negatives, so the false positive rate is 0/0',
		proportion: true
	},
	{
		id: 'fnr',
		name: 'False negative rate',
		aka: 'miss rate, 1 − recall',
		tex: '\\frac{FN}{FN + TP}',
		meaning: 'Of all actual positives, the share that was missed.',
		live: (c) => ({ numerator: n(c.fn), denominator: `${n(c.fn)} + ${n(c.tp)}` }),
		undefinedBecause: 'there are no actual positives, so the false negative rate is 0/0',
		proportion: true
	},
	{
		id: 'npv',
		name: 'Negative predictive value',
		shortName: 'NPV',
		tex: '\\frac{TN}{TN + FN}',
		meaning: 'Of everything predicted negative, the share that really was negative.',
		live: (c) => ({ numerator: n(c.tn), denominator: `${n(c.tn)} + ${n(c.fn)}` }),
		undefinedBecause: 'nothing was predicted negative, so NPV is 0/0',
		proportion: true
	},
	{
		id: 'mcc',
		name: 'Matthews correlation coefficient',
		shortName: 'MCC',
		aka: 'MCC',
		tex: '\\frac{TP \\cdot TN - FP \\cdot FN}{\\sqrt{(TP+FP)(TP+FN)(TN+FP)(TN+FN)}}',
		meaning:
			'The correlation between prediction and truth, from −1 to 1; 0 is chance. Honest on imbalanced data.',
		live: (c) => ({
			numerator: `${n(c.tp)}·${n(c.tn)} − ${n(c.fp)}·${n(c.fn)}`,
			denominator: `√(${n(c.tp + c.fp)}·${n(c.tp + c.fn)}·${n(c.tn + c.fp)}·${n(c.tn + c.fn)})`
		}),
		undefinedBecause:
			'a whole row or column of the matrix is zero, so MCC is 0/0 (scikit-learn reports 0 here)',
		proportion: false
	},
	{
		id: 'balancedAccuracy',
		name: 'Balanced accuracy',
		tex: '\\frac{\\text{recall} + \\text{specificity}}{2}',
		meaning: 'Accuracy with both classes counting equally, however rare one is.',
		live: (_c, m) => ({ numerator: `${v(m.recall)} + ${v(m.specificity)}`, denominator: '2' }),
		undefinedBecause: 'one class has no actual samples, so recall or specificity is 0/0',
		proportion: true
	},
	{
		id: 'prevalence',
		name: 'Prevalence',
		tex: '\\frac{TP + FN}{TP + FP + FN + TN}',
		meaning:
			'The share of actual positives in the data: the accuracy of always saying "negative" is 1 minus this.',
		live: (c) => ({ numerator: `${n(c.tp)} + ${n(c.fn)}`, denominator: `${n(c.tp + c.fp + c.fn + c.tn)}` }),
		undefinedBecause: 'the matrix is empty, so prevalence is 0/0',
		proportion: true
	}
];

/** TeX of every binary metric and of the widget's other formulas, keyed for `renderFormulas`. */
export function widgetFormulas(): Record<string, string> {
	const tex: Record<string, string> = {};
	for (const info of metricInfo) tex[info.id] = info.tex;
	tex.fBeta = 'F_\\beta = \\frac{(1+\\beta^2)\\,TP}{(1+\\beta^2)\\,TP + \\beta^2 FN + FP}';
	tex.cost = '\\text{cost} = c_{FP}\\cdot FP + c_{FN}\\cdot FN';
	tex.macro = '\\text{macro} = \\tfrac{1}{K}\\textstyle\\sum_k m_k';
	tex.weighted = '\\text{weighted} = \\textstyle\\sum_k \\tfrac{n_k}{N}\\, m_k';
	tex.micro = '\\text{micro } P = \\frac{\\sum_k TP_k}{\\sum_k (TP_k + FP_k)}';
	return tex;
}
