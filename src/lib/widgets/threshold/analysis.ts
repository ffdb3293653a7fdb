/**
 * What the threshold explorer derives from its score sets, whatever the threshold: the sorted
 * index, curves and areas, the histogram; the cheapest threshold against the formula for
 * calibrated probabilities; and a reliability check of the scores by bins. Pure functions,
 * read by the state, the charts, the sentences and the quiz alike.
 */
import { averagePrecision, binaryMetrics, prCurve, rocAuc, rocCurve } from '$lib/ml/metrics';
import type { ScoreSet } from '$lib/ml/scores';
import {
	countsAt,
	errorCost,
	indexScores,
	minCostThreshold,
	thresholdForRecall,
	type ScoreIndex,
	type ThresholdChoice
} from '$lib/ml/threshold';

/** Bins of the score histogram over [0, 1]. */
export const histogramBins = 40;

/** Everything that follows from one set of scores, whatever the threshold. */
export interface ScoreAnalysis {
	set: ScoreSet;
	index: ScoreIndex;
	roc: { fpr: number[]; tpr: number[]; thresholds: number[] };
	pr: { precision: number[]; recall: number[]; thresholds: number[] };
	auc: number;
	/** Average precision: the step-wise area under the precision–recall curve (PR-AUC). */
	ap: number;
	prevalence: number;
	/** Counts per histogram bin, negatives and positives. */
	histogram: { negatives: number[]; positives: number[] };
}

export function analyse(set: ScoreSet): ScoreAnalysis {
	const index = indexScores(set.yTrue, set.scores);
	const negatives = new Array<number>(histogramBins).fill(0);
	const positives = new Array<number>(histogramBins).fill(0);
	set.scores.forEach((score, i) => {
		const bin = Math.min(histogramBins - 1, Math.max(0, Math.floor(score * histogramBins)));
		(set.yTrue[i] === 1 ? positives : negatives)[bin]++;
	});
	return {
		set,
		index,
		roc: rocCurve(set.yTrue, set.scores),
		pr: prCurve(set.yTrue, set.scores),
		auc: rocAuc(set.yTrue, set.scores),
		ap: averagePrecision(set.yTrue, set.scores),
		prevalence: index.positives / set.scores.length,
		histogram: { negatives, positives }
	};
}

/**
 * The best threshold for calibrated probabilities: flag when the expected cost of a miss,
 * p · c_FN, exceeds that of a false alarm, (1 − p) · c_FP, i.e. p > c_FP / (c_FP + c_FN).
 * Null when both costs are 0 (every threshold is free).
 */
export function calibratedCostThreshold(costFp: number, costFn: number): number | null {
	return costFp + costFn > 0 ? costFp / (costFp + costFn) : null;
}

/** The cheapest threshold on the data beside the formula's threshold, with what each costs here. */
export interface CostComparison {
	cheapest: ThresholdChoice;
	cheapestCost: number;
	/** c_FP / (c_FP + c_FN), null when both costs are 0. */
	formula: number | null;
	/** The total cost on these scores at the formula's threshold. */
	formulaCost: number | null;
}

export function compareWithFormula(index: ScoreIndex, costFp: number, costFn: number): CostComparison {
	const cheapest = minCostThreshold(index, costFp, costFn);
	const formula = calibratedCostThreshold(costFp, costFn);
	return {
		cheapest,
		cheapestCost: errorCost(cheapest.counts, costFp, costFn),
		formula,
		formulaCost: formula === null ? null : errorCost(countsAt(index, formula), costFp, costFn)
	};
}

/**
 * Precision at the highest threshold that catches `recall` of the positives (a fraction in
 * (0, 1]): how clean the flags are at that recall. Null without positives.
 */
export function precisionAtRecall(index: ScoreIndex, recall: number): number | null {
	const choice = thresholdForRecall(index, recall);
	return choice ? binaryMetrics(choice.counts).precision : null;
}

/** One bin of a reliability check: the scores in [from, to) (the last bin includes 1). */
export interface ReliabilityBin {
	from: number;
	to: number;
	count: number;
	/** The average score: the share of positives that calibrated scores promise. */
	meanScore: number;
	/** The share that is positive. */
	positiveShare: number;
	/**
	 * Two standard errors of that share if the scores were calibrated: √(Σ p(1 − p)) / count,
	 * doubled. A gap wider than this is more than chance explains (about 5% of the time).
	 */
	band: number;
}

/**
 * The scores cut into `bins` equal bins over [0, 1]; bins with fewer than `minCount` samples
 * are left out (their share says little).
 */
export function reliability(set: ScoreSet, bins = 5, minCount = 10): ReliabilityBin[] {
	const sums = Array.from({ length: bins }, () => ({ count: 0, score: 0, positives: 0, variance: 0 }));
	set.scores.forEach((score, i) => {
		const bin = sums[Math.min(bins - 1, Math.floor(score * bins))];
		bin.count++;
		bin.score += score;
		bin.positives += set.yTrue[i];
		bin.variance += score * (1 - score);
	});
	return sums.flatMap((s, i) =>
		s.count < minCount
			? []
			: [
					{
						from: i / bins,
						to: (i + 1) / bins,
						count: s.count,
						meanScore: s.score / s.count,
						positiveShare: s.positives / s.count,
						band: (2 * Math.sqrt(s.variance)) / s.count
					}
				]
	);
}

/** The gap between what a bin's scores promise and what it holds. */
export const calibrationGap = (bin: ReliabilityBin) => bin.positiveShare - bin.meanScore;

/** The bins whose gap is wider than chance explains, and the bin with the widest gap. */
export function calibrationCheck(bins: ReliabilityBin[]): {
	off: ReliabilityBin[];
	widest: ReliabilityBin | null;
} {
	const off = bins.filter((bin) => Math.abs(calibrationGap(bin)) > bin.band);
	const widest = bins.reduce<ReliabilityBin | null>(
		(w, bin) => (!w || Math.abs(calibrationGap(bin)) > Math.abs(calibrationGap(w)) ? bin : w),
		null
	);
	return { off, widest };
}
