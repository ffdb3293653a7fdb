/**
 * "Check yourself" questions built from the scores and threshold on screen. Each generator
 * returns null when its question has no answer for these numbers.
 */
import { formatCount } from '$lib/ui/format';
import { binaryMetrics, type Counts } from '$lib/ml/metrics';
import { createRng } from '$lib/ml/random';
import { countsAt } from '$lib/ml/threshold';
import type { Question } from '$lib/ui/quiz';
import { formatMetric } from '$lib/widgets/confusion-matrix/metricInfo';
import { formatThreshold, stepThreshold } from './format';
import type { ScoreAnalysis } from './State.svelte';

/** What the questions read: the scores' analysis, the threshold and its matrix, the costs. */
export interface QuizView {
	a: ScoreAnalysis | null;
	b: ScoreAnalysis | null;
	threshold: number;
	counts: Counts | null;
	input: { cfp: number; cfn: number };
}

type Generator = (v: QuizView & { a: ScoreAnalysis; counts: Counts }) => Question | null;

const n = formatCount;
const f = formatMetric;
const directions = ['It goes up', 'It goes down', 'It stays the same'];

function direction(before: number, after: number): string {
	if (after > before) return directions[0];
	if (after < before) return directions[1];
	return directions[2];
}

const generators: Generator[] = [
	({ a, threshold, counts }) => {
		const moved = stepThreshold(threshold, threshold <= 0.85 ? 0.1 : -0.1);
		const raised = moved > threshold;
		const recallNow = counts.tp / a.index.positives;
		const next = countsAt(a.index, moved);
		const recallNext = next.tp / a.index.positives;
		return {
			id: 'recall-direction',
			form: 'compute',
			kind: 'choice',
			prompt: `The threshold moves from ${formatThreshold(threshold)} to ${formatThreshold(moved)}. What happens to recall?`,
			options: directions,
			answer: direction(recallNow, recallNext),
			explanation:
				`${raised ? 'A higher threshold flags fewer samples, so true positives can only fall or stay' : 'A lower threshold flags more samples, so true positives can only rise or stay'}: ` +
				`recall goes from ${n(counts.tp)} / ${n(a.index.positives)} = ${f(recallNow)} to ${n(next.tp)} / ${n(a.index.positives)} = ${f(recallNext)}.`
		};
	},
	({ a, threshold }) => {
		const lower = stepThreshold(threshold, threshold >= 0.15 ? -0.1 : 0.1);
		const c = countsAt(a.index, lower);
		const precision = binaryMetrics(c).precision;
		if (precision === null) return null;
		return {
			id: 'precision-at',
			form: 'compute',
			kind: 'number',
			prompt: `Move the threshold to ${formatThreshold(lower)}: what is the precision then? (Read the counts off the histogram or try it.)`,
			answer: precision,
			proportion: true,
			explanation: `At ${formatThreshold(lower)}, ${n(c.tp + c.fp)} samples score at or above it, ${n(c.tp)} of them positive: precision = ${n(c.tp)} / ${n(c.tp + c.fp)} = ${f(precision)}.`
		};
	},
	({ a }) => ({
		id: 'flag-all',
		form: 'compute',
			kind: 'number',
		prompt: 'At threshold 0 every sample is flagged positive. What is the precision?',
		answer: a.prevalence,
		proportion: true,
		explanation: `Everything flagged means TP = all ${n(a.index.positives)} positives and FP = all ${n(a.index.negatives)} negatives: precision = ${n(a.index.positives)} / ${n(a.index.positives + a.index.negatives)} = ${f(a.prevalence)}, the share of positives. That is the baseline drawn on the precision–recall plot.`
	}),
	({ a, threshold }) => ({
		id: 'auc-threshold',
		form: 'compute',
			kind: 'choice',
		prompt: `You move the threshold from ${formatThreshold(threshold)} to ${formatThreshold(threshold > 0.5 ? 0.2 : 0.8)}. What happens to the ROC AUC (${f(a.auc)})?`,
		options: directions,
		answer: directions[2],
		explanation: 'The ROC curve already holds every threshold at once; moving the threshold only moves the point along it. AUC measures how well the scores rank positives above negatives, whatever threshold you pick.'
	}),
	({ input }) => {
		const { cfp, cfn } = input;
		if (cfp + cfn === 0) return null;
		const best = cfp / (cfp + cfn);
		return {
			id: 'calibrated-cost',
			form: 'compute',
			kind: 'number',
			prompt: `A false positive costs ${n(cfp)} and a false negative ${n(cfn)}. If the scores were calibrated probabilities, at which threshold is flagging a sample worth it?`,
			answer: best,
			explanation: `Flag when the expected cost of a miss beats that of a false alarm: p × ${n(cfn)} > (1 − p) × ${n(cfp)}, so p > ${n(cfp)} / (${n(cfp)} + ${n(cfn)}) = ${f(best)}. Not 0.5 unless the two mistakes cost the same.`
		};
	},
	({ counts }) => {
		const negatives = counts.fp + counts.tn;
		if (negatives === 0) return null;
		const fpr = counts.fp / negatives;
		return {
			id: 'roc-x',
			form: 'compute',
			kind: 'number',
			prompt: 'Where is the current point on the ROC curve horizontally: what is its false positive rate?',
			answer: fpr,
			proportion: true,
			explanation: `FPR = FP / (FP + TN) = ${n(counts.fp)} / ${n(negatives)} = ${f(fpr)}: the share of negatives wrongly flagged.`
		};
	},
	({ a, b }) => {
		if (!b || f(a.auc) === f(b.auc)) return null;
		return {
			id: 'compare-auc',
			form: 'compute',
			kind: 'choice',
			prompt: 'Which score set has the higher ROC AUC?',
			options: ['A', 'B'],
			answer: a.auc > b.auc ? 'A' : 'B',
			explanation: `ROC AUC: A ${f(a.auc)}, B ${f(b.auc)}. Compare with the average precisions, A ${f(a.ap)} and B ${f(b.ap)}: with rare positives a ROC curve can look fine while precision collapses.`
		};
	}
];

/** Up to `count` questions for these numbers, chosen and ordered by `seed`. */
export function thresholdQuestions(view: QuizView, seed: number, count = 4): Question[] {
	const { a, counts } = view;
	if (!a || !counts) return [];
	const available = generators.map((make) => make({ ...view, a, counts })).filter((q): q is Question => q !== null);
	// the comparison question leads whenever B is on screen: it is what the comparison is for
	const rng = createRng(seed);
	const compare = available.filter((q) => q.id === 'compare-auc');
	const rest = rng.shuffle(available.filter((q) => q.id !== 'compare-auc'));
	return [...compare, ...rest].slice(0, count);
}
