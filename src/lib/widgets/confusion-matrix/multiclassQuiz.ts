/**
 * "Check yourself" questions about a multiclass matrix. The per-class table and the averages
 * are on screen, so no question asks for them: they ask what a change would do (the engine
 * answers on the changed matrix, which "Show me" opens), which average a case calls for, or
 * work from numbers the prompt states.
 */
import { multiclassMetrics, type MulticlassMetrics } from '$lib/ml/metrics';
import { createRng } from '$lib/ml/random';
import { formatCount } from '$lib/format/format';
import { showMe, type Question } from '$lib/quiz/quiz';
import { confusionCodec, type ConfusionUrlState } from './codec';
import { formatMetric } from '$lib/metrics/metricInfo';
import { averageScenario, weightedScenario } from './scenarios';
import {
	averageDrops,
	averageNames,
	direction,
	directions,
	fixLargestMistake,
	misreadSmallClass,
	visibleMove,
	type Average
} from './whatIf';

const n = formatCount;
const f = formatMetric;

/** The matrix as a prompt states it: each actual class and its row. */
export function matrixText(matrix: number[][], names: string[]): string {
	return `Rows are the actual class, columns the predicted class (${names.join(', ')}): ${matrix.map((row, i) => `${names[i]} ${row.map(n).join(', ')}`).join('; ')}.`;
}

type Generator = (input: ConfusionUrlState, m: MulticlassMetrics, seed: number) => Question | null;

const quote = (name: string) => `“${name}”`;

/** The smallest class misread as the largest: which average shows it? The answer must lead by 0.005, so it reads the same at three decimals. */
const misreadSmall: Generator = (input, m) => {
	const { mc: matrix, names } = input;
	const change = misreadSmallClass(matrix);
	const drops = change && averageDrops(matrix, change.matrix);
	if (!change || !drops) return null;
	const order = (Object.keys(drops) as Average[]).sort((a, b) => drops[b] - drops[a]);
	if (drops[order[0]] - drops[order[1]] < 0.005) return null;
	const after = multiclassMetrics(change.matrix);
	const size = m.perClass[change.from].support;
	const total = m.perClass.reduce((s, c) => s + c.support, 0);
	const [from, to] = [quote(names[change.from]), quote(names[change.to])];
	const moved = (avg: Average) => `${averageNames[avg]} ${f(m[avg].f1)} → ${f(after[avg].f1)}`;
	return {
		id: 'misread-small-class',
		form: 'predict',
		see: showMe(`every ${names[change.from]} predicted ${names[change.to]}`, confusionCodec, input, {
			mc: change.matrix
		}),
		kind: 'choice',
		prompt: `${matrixText(matrix, names)} If all ${n(size)} ${from} samples were predicted ${to}, which average F1 would fall the most?`,
		options: order.map((avg) => averageNames[avg]).sort(),
		answer: averageNames[order[0]],
		explanation: `${moved('macro')}, ${moved('weighted')}, ${moved('micro')}. Macro counts ${from} as 1 class of ${names.length}, whatever its size; weighted counts it by its ${n(size)} of ${n(total)} samples; micro pools the samples, as accuracy does.`
	};
};

/** The largest mistake put right: which way does one class's precision or recall go? */
const fixMistake: Generator = (input, m, seed) => {
	const { mc: matrix, names } = input;
	const fix = fixLargestMistake(matrix);
	if (!fix) return null;
	const after = multiclassMetrics(fix.matrix);
	const asks = [
		{ cls: fix.actual, what: 'recall' as const },
		{ cls: fix.predicted, what: 'precision' as const },
		{ cls: fix.predicted, what: 'recall' as const },
		{ cls: fix.actual, what: 'precision' as const }
	].filter(({ cls, what }) => {
		const [before, then] = [m.perClass[cls][what], after.perClass[cls][what]];
		return before !== null && then !== null && visibleMove(before, then);
	});
	if (asks.length === 0) return null;
	const { cls, what } = asks[createRng(seed + 37).int(asks.length)];
	const [before, then] = [m.perClass[cls][what] as number, after.perClass[cls][what] as number];
	const line = what === 'recall' ? 'row' : 'column';
	const sum = (mat: number[][]) =>
		what === 'recall' ? mat[cls].reduce((a, b) => a + b, 0) : mat.reduce((a, row) => a + row[cls], 0);
	const [actual, predicted] = [quote(names[fix.actual]), quote(names[fix.predicted])];
	return {
		id: 'fix-largest-mistake',
		form: 'predict',
		see: showMe(`${names[fix.actual]} read right`, confusionCodec, input, { mc: fix.matrix }),
		kind: 'choice',
		prompt: `${matrixText(matrix, names)} If the ${n(fix.count)} ${actual} samples predicted ${predicted} were predicted ${actual} instead, what would happen to the ${what} of ${quote(names[cls])}?`,
		options: directions,
		answer: direction(before, then),
		explanation: `The ${what} of ${quote(names[cls])} is its diagonal cell over its ${line}: ${n(matrix[cls][cls])} / ${n(sum(matrix))} = ${f(before)} before, ${n(fix.matrix[cls][cls])} / ${n(sum(fix.matrix))} = ${f(then)} after. The change stays inside row ${actual}, so every other row, and so every other class's recall, is untouched; it takes ${n(fix.count)} out of column ${predicted} and puts them in column ${actual}.`
	};
};

/** Macro against weighted on stated numbers: a small class with a poor F1. */
const averagesByHand: Generator = (_input, m, seed) => {
	const rng = createRng(seed + 41);
	const cases = rng.shuffle([
		{ f1: [0.95, 0.9, 0.3], support: [800, 150, 50] },
		{ f1: [0.92, 0.85, 0.1], support: [600, 300, 100] },
		{ f1: [0.88, 0.8, 0.4], support: [900, 80, 20] }
	]);
	const kind: 'macro' | 'weighted' = rng.next() < 0.5 ? 'macro' : 'weighted';
	const valueOf = (c: (typeof cases)[number]) => {
		const total = c.support.reduce((a, b) => a + b, 0);
		return kind === 'macro'
			? c.f1.reduce((a, b) => a + b, 0) / c.f1.length
			: c.f1.reduce((s, v, i) => s + (v * c.support[i]) / total, 0);
	};
	// never the value the averages table prints for the matrix on screen
	const chosen =
		cases.find((c) => f(valueOf(c)) !== f(m.macro.f1) && f(valueOf(c)) !== f(m.weighted.f1)) ?? cases[0];
	const answer = valueOf(chosen);
	const total = chosen.support.reduce((a, b) => a + b, 0);
	const working =
		kind === 'macro'
			? `(${chosen.f1.join(' + ')}) / 3 = ${f(answer)}`
			: `(${chosen.f1.map((v, i) => `${chosen.support[i]} × ${v}`).join(' + ')}) / ${n(total)} = ${f(answer)}`;
	return {
		id: 'average-by-hand',
		form: 'compute',
		kind: 'number',
		prompt: `Three classes have F1 scores ${chosen.f1.join(', ')} and ${chosen.support.map(n).join(', ')} samples. What is the ${kind === 'macro' ? 'macro-averaged F1 (the plain mean over classes)' : 'weighted-average F1 (each class weighted by its samples)'}?`,
		answer,
		proportion: true,
		explanation: `${working}. The small class's poor F1 ${kind === 'macro' ? 'counts a full third here' : `counts only ${chosen.support[2]} of ${n(total)} here`}: macro shows it, weighted hides it.`
	};
};

/** Micro averaging on stated numbers: for single-label data it is the accuracy. */
const microByHand: Generator = (_input, m, seed) => {
	const rng = createRng(seed + 43);
	const options = rng.shuffle(
		[200, 400, 500, 1000].flatMap((total) => [0.6, 0.7, 0.85, 0.9].map((share) => [total, share]))
	);
	// never the accuracy the averages table prints for the matrix on screen
	const [total, share] = options.find(([, s]) => f(s) !== f(m.accuracy)) as number[];
	const right = Math.round(total * share);
	return {
		id: 'micro-by-hand',
		form: 'compute',
		kind: 'number',
		prompt: `A 4-class model makes ${n(total)} predictions, one label per sample, and ${n(right)} of them are right. What is its micro-averaged precision?`,
		answer: right / total,
		proportion: true,
		explanation: `Micro averaging pools every class's TP and FP first. Each wrong prediction is one false positive (for the class it named), so micro precision = right / all = ${n(right)} / ${n(total)} = ${f(right / total)}: the accuracy. Micro recall and micro F1 are the same number.`
	};
};

const generators: Generator[] = [
	misreadSmall,
	fixMistake,
	averagesByHand,
	microByHand,
	(_input, _m, seed) => averageScenario(seed),
	(_input, _m, seed) => weightedScenario(seed)
];

/** Every multiclass question this matrix can answer (before dealing). */
export function multiclassCandidates(input: ConfusionUrlState, seed: number): Question[] {
	const metrics = multiclassMetrics(input.mc);
	return generators.map((make) => make(input, metrics, seed)).filter((q): q is Question => q !== null);
}
