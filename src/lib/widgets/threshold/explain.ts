/** Why a rule put the threshold where it did, and what the scores are, said with the live numbers. */
import { binaryMetrics, type Counts } from '$lib/ml/metrics';
import { formatAmount, formatCount, formatPercent } from '$lib/format/format';
import { formatMetric } from '$lib/metrics/metricInfo';
import { calibrationCheck, calibrationGap, type CostComparison, type ReliabilityBin } from './analysis';
import type { Pick, ScoreSource } from './codec';
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
	/** The cheapest threshold beside the formula's (needed for 'cost'). */
	cost?: CostComparison | null;
}

/** One or two sentences on why the threshold is here, or null when the learner placed it. */
export function explainPick({ pick, threshold, counts: c, cfp, cfn, rt, cost }: RuleContext): string | null {
	const m = binaryMetrics(c);
	const t = formatThreshold(threshold);
	switch (pick) {
		case 'f1':
			return `F1 is highest at ${t}: 2TP / (2TP + FP + FN) = ${n(2 * c.tp)} / ${n(2 * c.tp + c.fp + c.fn)} = ${f(m.f1)}. Every other threshold gives a lower F1 on these scores (a tie goes to the higher threshold).`;
		case 'recall':
			return `${t} is the highest threshold that still catches ${rt}% of the positives: recall = ${n(c.tp)} / ${n(c.tp + c.fn)} = ${f(m.recall)}. Any higher and recall falls below ${rt}%. A lower threshold keeps the target too, and may catch a few more positives, but it flags more samples, so its false positives can only grow (precision here: ${f(m.precision)}).`;
		case 'cost': {
			const total = cfp * c.fp + cfn * c.fn;
			const formula =
				cost && cost.formula !== null && cost.formulaCost !== null
					? ` For calibrated probabilities the best threshold is c_FP / (c_FP + c_FN) = ${f(cost.formula)}; on these scores it costs ${formatAmount(cost.formulaCost)}.`
					: '';
			return `Mistakes cost least at ${t}: ${formatAmount(cfp)} × ${n(c.fp)} FP + ${formatAmount(cfn)} × ${n(c.fn)} FN = ${formatAmount(total)}, the lowest total over every threshold.${formula}`;
		}
		case 'half':
			return '0.5 is what predict() uses: for calibrated probabilities it flags a sample when positive is the more likely class. It leaves out what each mistake costs: even for calibrated probabilities it is the cheapest threshold only when c_FP = c_FN.';
		default:
			return null;
	}
}

const range = (bin: ReliabilityBin) => `${bin.from.toFixed(1)}–${bin.to.toFixed(1)}`;

/**
 * What the scores of set A are: exact probabilities (simulated), or a model's estimates whose
 * calibration the bins check (penguins). `bins` is `reliability(set)` for the penguin scores.
 */
export function calibrationNote(src: ScoreSource, bins: ReliabilityBin[]): string {
	if (src === 'simulated') {
		return 'Each score is the exact probability that its sample is positive, given its evidence and the share of positives: the scores are calibrated, so 0.5 means as likely positive as not.';
	}
	const { off, widest } = calibrationCheck(bins);
	if (off.length > 0) {
		const worst = off.reduce((w, bin) =>
			Math.abs(calibrationGap(bin)) > Math.abs(calibrationGap(w)) ? bin : w
		);
		const more = off.length > 1 ? ` (and in ${off.length - 1} more of the five score ranges)` : '';
		return `Not calibrated everywhere: the ${n(worst.count)} penguins scored ${range(worst)} average ${f(worst.meanScore)}, yet ${formatPercent(worst.positiveShare)} of them are male, a gap wider than chance explains${more}; there the scores rank well but are not probabilities.`;
	}
	if (!widest) return 'Too few penguins in each score range to check whether the scores are calibrated.';
	return `Calibration: in each fifth of the score range, the share of males stays within chance of the average score (widest gap: ${n(widest.count)} penguins scored ${range(widest)} average ${f(widest.meanScore)}, ${formatPercent(widest.positiveShare)} male).`;
}
