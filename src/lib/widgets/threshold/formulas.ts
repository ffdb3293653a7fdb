/** The threshold explorer's formulas in TeX, typeset at build time by its +page.server.ts. */
import { widgetFormulas } from '$lib/metrics/metricInfo';

export function thresholdFormulas(): Record<string, string> {
	const { precision, recall, f1, accuracy, specificity, fpr, cost } = widgetFormulas();
	return {
		precision,
		recall,
		f1,
		accuracy,
		specificity,
		fpr,
		cost,
		auc: '\\text{AUC} = P(\\text{score}_{+} > \\text{score}_{-}) + \\tfrac{1}{2}P(\\text{tie})',
		ap: '\\text{AP} = \\textstyle\\sum_n (R_n - R_{n-1})\\,P_n'
	};
}
