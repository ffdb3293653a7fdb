/** Why a rule put the threshold where it did, said with the live numbers. */
import { binaryMetrics, type Counts } from '$lib/ml/metrics';
import { formatAmount, formatCount } from '$lib/ui/format';
import { formatMetric } from '$lib/widgets/confusion-matrix/metricInfo';
import type { Pick } from './codec';
import { formatThreshold } from './format';

const n = formatCount;
const f = formatMetric;

export interface RuleContext {
	pick: Pick;
	threshold: number;
	counts: Counts;
	cfp: number;
	cfn: number;
	/** Target recall in percent. */
	rt: number;
}

/** One or two sentences on why the threshold is here, or null when the learner placed it. */
export function explainPick({ pick, threshold, counts: c, cfp, cfn, rt }: RuleContext): string | null {
	const m = binaryMetrics(c);
	const t = formatThreshold(threshold);
	switch (pick) {
		case 'f1':
			return `F1 is highest at ${t}: 2TP / (2TP + FP + FN) = ${n(2 * c.tp)} / ${n(2 * c.tp + c.fp + c.fn)} = ${f(m.f1)}. Every other threshold gives a lower F1 on these scores (a tie goes to the higher threshold).`;
		case 'recall':
			return `${t} is the highest threshold that still catches ${rt}% of the positives: recall = ${n(c.tp)} / ${n(c.tp + c.fn)} = ${f(m.recall)}. Any higher and recall falls below ${rt}%. A lower threshold keeps the target too, and may catch a few more positives, but it flags more samples, so its false positives can only grow (precision here: ${f(m.precision)}).`;
		case 'cost': {
			const cost = cfp * c.fp + cfn * c.fn;
			const calibrated = cfp + cfn > 0 ? ` For perfectly calibrated probabilities the best threshold would be c_FP / (c_FP + c_FN) = ${f(cfp / (cfp + cfn))}.` : '';
			return `Mistakes cost least at ${t}: ${formatAmount(cfp)} × ${n(c.fp)} FP + ${formatAmount(cfn)} × ${n(c.fn)} FN = ${formatAmount(cost)}, the lowest total over every threshold.${calibrated}`;
		}
		case 'half':
			return '0.5 is what a model\'s predict() uses by default (the more likely class wins). Nothing about your costs or your class balance went into it.';
		default:
			return null;
	}
}
