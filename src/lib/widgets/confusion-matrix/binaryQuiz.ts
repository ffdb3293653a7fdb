/**
 * "Check yourself" questions about a binary matrix. None asks for a value a metric card
 * prints: they ask what a change would do (answered by the engine on the changed matrix,
 * which "Show me" then opens), or work from numbers the prompt states. Each generator
 * returns null when its question has no answer for these counts.
 */
import { binaryMetrics, type BinaryMetrics, type Counts } from '$lib/ml/metrics';
import { createRng } from '$lib/ml/random';
import { formatCount, formatPercent } from '$lib/format/format';
import { showMe, type Question } from '$lib/quiz/quiz';
import { confusionCodec, type ConfusionUrlState } from './codec';
import { formatMetric } from '$lib/metrics/metricInfo';
import {
	askedMetrics,
	binaryChanges,
	directions,
	metricMove,
	visibleMove,
	type BinaryChange
} from './whatIf';

const n = formatCount;
const f = formatMetric;

/** The four counts as a prompt states them. */
export const countsText = (c: Counts) => `TP ${n(c.tp)}, FP ${n(c.fp)}, FN ${n(c.fn)}, TN ${n(c.tn)}`;

/** Why a change moves what it moves, said once per change. */
const lessons: Record<BinaryChange['id'], string> = {
	'catch-ten':
		'Only the actual positives’ row changes, so specificity, which reads the negatives’ row, cannot move.',
	'ten-false-alarms':
		'Only the actual negatives’ row changes, so recall, which reads the positives’ row, cannot move.',
	'double-negatives':
		'Recall and specificity each read one actual class, so how common the classes are leaves them alone; precision and accuracy mix the two classes and move with it.'
};

type Generator = (input: ConfusionUrlState, c: Counts, m: BinaryMetrics, seed: number) => Question | null;

/** "If this change happened, which way would this metric go?", the metric picked by the seed among those defined before and after. */
function changeQuestion(change: BinaryChange, salt: number): Generator {
	return (input, c, _m, seed) => {
		const after = change.apply(c);
		if (!after) return null;
		const moves = askedMetrics.flatMap((metric) => {
			const move = metricMove(c, after, metric.id);
			// undefined before or after, invisible at three decimals, or pinned at 0: not asked
			return move && visibleMove(move.before, move.after) ? [{ metric, move }] : [];
		});
		if (moves.length === 0) return null;
		const { metric, move } = moves[createRng(seed + salt).int(moves.length)];
		const [top0, bottom0] = metric.fraction(c);
		const [top1, bottom1] = metric.fraction(after);
		const name = metric.name[0].toUpperCase() + metric.name.slice(1);
		return {
			id: `change-${change.id}`,
			form: 'predict',
			see: showMe(change.label, confusionCodec, input, after),
			kind: 'choice',
			prompt: `The matrix holds ${countsText(c)}. If ${change.text}, what would happen to ${metric.name}?`,
			options: directions,
			answer: move.direction,
			explanation: `${name} = ${metric.formula}: ${n(top0)} / ${n(bottom0)} = ${f(move.before)} before, ${n(top1)} / ${n(bottom1)} = ${f(move.after)} after. ${lessons[change.id]}`
		};
	};
}

const doubled = binaryChanges.find((change) => change.id === 'double-negatives') as BinaryChange;

const generators: Generator[] = [
	...binaryChanges.map((change, i) => changeQuestion(change, 101 * (i + 1))),
	(input, c, m) => {
		const after = doubled.apply(c);
		const now = m.precision;
		const then = after ? binaryMetrics(after).precision : null;
		// with no false positives precision does not move, and with no true positives it stays 0: either way its answer would be the card on screen
		if (!after || now === null || then === null || c.fp === 0 || c.tp === 0 || !visibleMove(now, then))
			return null;
		return {
			id: 'precision-after-doubling',
			form: 'predict',
			see: showMe(doubled.label, confusionCodec, input, after),
			kind: 'number',
			prompt: `The matrix holds ${countsText(c)}. If ${doubled.text}, what would precision be?`,
			answer: then,
			proportion: true,
			explanation: `Precision = TP / (TP + FP) = ${n(after.tp)} / (${n(after.tp)} + ${n(after.fp)}) = ${f(then)}, down from ${f(now)}, though the model is just as good: precision depends on how common positives are. Recall stays ${f(m.recall)}.`
		};
	},
	(_input, c, _m, seed) => {
		// the curriculum's check, on numbers that differ from any "flag nothing" matrix on screen
		const rng = createRng(seed + 7);
		const totals = rng.shuffle([2000, 5000, 10_000, 20_000, 50_000]);
		const rates = rng.shuffle([0.005, 0.01, 0.02, 0.05]);
		const onScreen = (total: number, fraud: number) =>
			c.tp === 0 && c.fp === 0 && c.fn === fraud && c.tn === total - fraud;
		const [total, fraud] = totals
			.flatMap((t) => rates.map((r) => [t, Math.round(t * r)]))
			.find(([t, p]) => !onScreen(t, p)) as number[];
		const accuracy = (total - fraud) / total;
		return {
			id: 'flag-nothing',
			form: 'compute',
			kind: 'number',
			prompt: `${n(total)} card payments, ${n(fraud)} of them fraud. A model flags none of them as fraud. What is its accuracy?`,
			answer: accuracy,
			proportion: true,
			explanation: `It is right on every honest payment: ${n(total - fraud)} / ${n(total)} = ${formatPercent(accuracy)}. Its recall is 0 / ${n(fraud)} = 0: it catches no fraud at all. On imbalanced data accuracy rewards predicting the majority.`
		};
	},
	(_input, _c, m, seed) => {
		const rng = createRng(seed + 11);
		const shown = (p: number, r: number) => f(p) === f(m.precision) && f(r) === f(m.recall);
		const pairs = rng.shuffle([0.9, 0.8, 0.6, 0.5].flatMap((p) => [0.2, 0.4, 0.75, 0.9].map((r) => [p, r])));
		const [p, r] = pairs.find(([a, b]) => a !== b && !shown(a, b)) as number[];
		const f1 = (2 * p * r) / (p + r);
		return {
			id: 'f1-from-pr',
			form: 'compute',
			kind: 'number',
			prompt: `A model has precision ${p} and recall ${r}. What is its F1 score?`,
			answer: f1,
			proportion: true,
			explanation: `F1 = 2PR / (P + R) = 2 × ${p} × ${r} / (${p} + ${r}) = ${f(f1)}. The harmonic mean sits nearer the lower of the two than the plain mean (${f((p + r) / 2)}) does: a model cannot buy a high F1 with one of them alone.`
		};
	}
];

/** Every binary question these counts can answer (before dealing). */
export function binaryCandidates(input: ConfusionUrlState, seed: number): Question[] {
	const counts: Counts = { tp: input.tp, fp: input.fp, fn: input.fn, tn: input.tn };
	const metrics = binaryMetrics(counts);
	return generators
		.map((make) => make(input, counts, metrics, seed))
		.filter((q): q is Question => q !== null);
}
