/**
 * "Check yourself" questions built from the matrix on screen. Each generator returns null
 * when its question has no answer for these numbers (e.g. precision when it is undefined).
 */
import { formatCount } from '$lib/ui/format';
import { binaryMetrics, type BinaryMetrics, type Counts, type MulticlassMetrics } from '$lib/ml/metrics';
import { createRng } from '$lib/ml/random';
import type { Question } from '$lib/ui/quiz';
import { formatMetric } from './metricInfo';

/** A question about counts `c` whose metrics are `m`, or null when it has no answer for them. */
type Generator = (c: Counts, m: BinaryMetrics) => Question | null;

const n = formatCount;
const f = formatMetric;

/** A question asking for a metric's value, or null while the metric is undefined. */
function metricQuestion(id: string, prompt: string, value: number | null, working: (v: string) => string): Question | null {
	return value === null ? null : { id, form: 'compute',
			kind: 'number', prompt, answer: value, proportion: true, explanation: working(f(value)) };
}

const binaryGenerators: Generator[] = [
	(c, m) =>
		metricQuestion('recall', 'What is the recall of this classifier?', m.recall, (v) =>
			`Recall = TP / (TP + FN) = ${n(c.tp)} / ${n(c.tp + c.fn)} = ${v}.`
		),
	(c, m) =>
		metricQuestion('precision', 'What is the precision?', m.precision, (v) =>
			`Precision = TP / (TP + FP) = ${n(c.tp)} / ${n(c.tp + c.fp)} = ${v}.`
		),
	(c, m) =>
		metricQuestion('accuracy', 'What is the accuracy?', m.accuracy, (v) =>
			`Accuracy = (TP + TN) / all = ${n(c.tp + c.tn)} / ${n(c.tp + c.fp + c.fn + c.tn)} = ${v}.`
		),
	(c, m) => {
		const { f1, precision, recall } = m;
		return metricQuestion('f1', 'What is the F1 score?', f1, (v) =>
			precision !== null && recall !== null && precision + recall > 0
				? `F1 = 2PR / (P + R) = 2 × ${f(precision)} × ${f(recall)} / (${f(precision)} + ${f(recall)}) = ${v}.`
				: `F1 = 2TP / (2TP + FP + FN) = ${n(2 * c.tp)} / ${n(2 * c.tp + c.fp + c.fn)} = ${v}.`
		);
	},
	(c) => {
		const total = c.tp + c.fp + c.fn + c.tn;
		if (total === 0) return null;
		const negatives = c.fp + c.tn;
		const accuracy = negatives / total;
		return {
			id: 'flag-nothing',
			form: 'compute',
			kind: 'number',
			prompt: `A "model" that predicts negative for all ${n(total)} samples: what is its accuracy?`,
			answer: accuracy,
			proportion: true,
			explanation: `It is right on every actual negative: ${n(negatives)} / ${n(total)} = ${f(accuracy)}, with a recall of 0. That is why accuracy misleads on imbalanced data.`
		};
	},
	(c, m) => {
		const { precision, recall } = m;
		if (precision === null || recall === null || precision === recall) return null;
		return {
			id: 'which-higher',
			form: 'compute',
			kind: 'choice',
			prompt: 'Which is higher here, precision or recall?',
			options: ['Precision', 'Recall'],
			answer: precision > recall ? 'Precision' : 'Recall',
			explanation:
				precision > recall
					? `Precision ${f(precision)} > recall ${f(recall)}: there are fewer false positives (${n(c.fp)}) than false negatives (${n(c.fn)}).`
					: `Recall ${f(recall)} > precision ${f(precision)}: there are fewer false negatives (${n(c.fn)}) than false positives (${n(c.fp)}).`
		};
	},
	(c, m) => {
		const before = m.precision;
		// from undefined (0/0) precision neither rises nor falls: no question then
		if (c.fn < 10 || before === null) return null;
		const caught = binaryMetrics({ ...c, tp: c.tp + 10, fn: c.fn - 10 });
		const after = caught.precision as number;
		const answer = after > before ? 'Goes up' : after < before ? 'Goes down' : 'Stays the same';
		return {
			id: 'catch-ten',
			form: 'compute',
			kind: 'choice',
			prompt: 'The model now catches 10 of the positives it missed (10 false negatives become true positives), with no other change. What happens to precision?',
			options: ['Goes up', 'Goes down', 'Stays the same'],
			answer,
			explanation: `Precision becomes ${n(c.tp + 10)} / ${n(c.tp + 10 + c.fp)} = ${f(after)} (was ${f(before)}). Recall rises too, to ${f(caught.recall)}.`
		};
	},
	(c, m) =>
		metricQuestion('fpr', 'What is the false positive rate (the x-axis of a ROC curve)?', m.fpr, (v) =>
			`FPR = FP / (FP + TN) = ${n(c.fp)} / ${n(c.fp + c.tn)} = ${v}, which is 1 − specificity.`
		)
];

/** Three questions about a binary matrix, picked by the seed from those that have answers. */
export function binaryQuestions(counts: Counts, seed: number, count = 3): Question[] {
	const metrics = binaryMetrics(counts);
	const available = binaryGenerators.map((make) => make(counts, metrics)).filter((q): q is Question => q !== null);
	return createRng(seed).shuffle(available).slice(0, count);
}

/** Three questions about a multiclass matrix and its averages. */
export function multiclassQuestions(
	matrix: number[][],
	names: string[],
	metrics: MulticlassMetrics,
	seed: number,
	count = 3
): Question[] {
	const rng = createRng(seed);
	const k = rng.int(names.length);
	const total = matrix.flat().reduce((a, b) => a + b, 0);
	const perClass = metrics.perClass[k];
	const candidates: (Question | null)[] = [
		perClass.recall === null
			? null
			: {
					id: `recall-${k}`,
					form: 'compute',
			kind: 'number',
					prompt: `What is the recall of class “${names[k]}”?`,
					answer: perClass.recall,
					proportion: true,
					explanation: `Its diagonal cell over its row: ${n(matrix[k][k])} / ${n(perClass.support)} = ${f(perClass.recall)}.`
				},
		perClass.precision === null
			? null
			: {
					id: `precision-${k}`,
					form: 'compute',
			kind: 'number',
					prompt: `What is the precision of class “${names[k]}”?`,
					answer: perClass.precision,
					proportion: true,
					explanation: `Its diagonal cell over its column: ${n(matrix[k][k])} / ${n(matrix.reduce((s, row) => s + row[k], 0))} = ${f(perClass.precision)}.`
				},
		metrics.macro.f1 === null
			? null
			: {
					id: 'macro-f1',
					form: 'compute',
			kind: 'number',
					prompt: 'What is the macro-averaged F1 (the plain mean of the per-class F1 scores)?',
					answer: metrics.macro.f1,
					proportion: true,
					explanation: `(${metrics.perClass.map((c) => f(c.f1 ?? 0)).join(' + ')}) / ${names.length} = ${f(metrics.macro.f1)}.`
				},
		{
			id: 'micro',
			form: 'compute',
			kind: 'choice',
			prompt: 'For single-label multiclass data, micro-averaged precision always equals which number?',
			options: ['Accuracy', 'Macro-averaged recall', 'Weighted F1'],
			answer: 'Accuracy',
			explanation: `Every wrong prediction is one false positive (for the predicted class) and one false negative (for the actual class), so micro precision = micro recall = accuracy = ${f(metrics.accuracy)}.`
		},
		{
			id: 'total',
			form: 'compute',
			kind: 'number',
			prompt: 'How many samples of class “' + names[k] + '” are in the data (its support)?',
			answer: perClass.support,
			tolerance: 0,
			explanation: `The sum of its row: ${matrix[k].map(n).join(' + ')} = ${n(perClass.support)} of ${n(total)} samples.`
		}
	];
	return rng.shuffle(candidates.filter((q): q is Question => q !== null)).slice(0, count);
}
