/**
 * What-if changes to a confusion matrix, for the questions that ask the learner to foresee
 * what a change does before "Show me" applies it: the matrix after the change, and which
 * way a metric moves, both computed by the engine, never guessed.
 */
import { binaryMetrics, multiclassMetrics, type BinaryMetrics, type Counts } from '$lib/ml/metrics';
import { maxCount } from './codec';
import { formatMetric } from '$lib/metrics/metricInfo';

export interface BinaryChange {
	id: 'catch-ten' | 'ten-false-alarms' | 'double-negatives';
	/** The change in words, to follow "If". */
	text: string;
	/** What "Show me" shows, after "Show me: ". */
	label: string;
	/** The counts after the change; null when these counts cannot take it (too few to move, or past the largest count). */
	apply(c: Counts): Counts | null;
}

const fits = (c: Counts): Counts | null => (Object.values(c).every((v) => v <= maxCount) ? c : null);

export const binaryChanges: BinaryChange[] = [
	{
		id: 'catch-ten',
		text: 'the model caught 10 of the positives it now misses (10 false negatives become true positives)',
		label: '10 false negatives become true positives',
		apply: (c) => (c.fn < 10 ? null : fits({ ...c, tp: c.tp + 10, fn: c.fn - 10 }))
	},
	{
		id: 'ten-false-alarms',
		text: 'the model flagged 10 more negatives by mistake (10 true negatives become false positives)',
		label: '10 true negatives become false positives',
		apply: (c) => (c.tn < 10 ? null : fits({ ...c, fp: c.fp + 10, tn: c.tn - 10 }))
	},
	{
		id: 'double-negatives',
		text: 'twice as many negatives arrived and the model treated them alike (FP and TN double; TP and FN stay)',
		label: 'twice the negatives',
		apply: (c) => (c.fp + c.tn === 0 ? null : fits({ ...c, fp: 2 * c.fp, tn: 2 * c.tn }))
	}
];

/** The metrics a change question asks about, with the fraction behind each, for the working. */
export const askedMetrics: {
	id: keyof BinaryMetrics & ('precision' | 'recall' | 'specificity' | 'accuracy' | 'f1');
	name: string;
	formula: string;
	fraction(c: Counts): [number, number];
}[] = [
	{ id: 'precision', name: 'precision', formula: 'TP / (TP + FP)', fraction: (c) => [c.tp, c.tp + c.fp] },
	{ id: 'recall', name: 'recall', formula: 'TP / (TP + FN)', fraction: (c) => [c.tp, c.tp + c.fn] },
	{ id: 'specificity', name: 'specificity', formula: 'TN / (TN + FP)', fraction: (c) => [c.tn, c.tn + c.fp] },
	{
		id: 'accuracy',
		name: 'accuracy',
		formula: '(TP + TN) / all',
		fraction: (c) => [c.tp + c.tn, c.tp + c.fp + c.fn + c.tn]
	},
	{
		id: 'f1',
		name: 'the F1 score',
		formula: '2TP / (2TP + FP + FN)',
		fraction: (c) => [2 * c.tp, 2 * c.tp + c.fp + c.fn]
	}
];

export type Direction = 'Rises' | 'Falls' | 'Stays the same';
export const directions: Direction[] = ['Rises', 'Falls', 'Stays the same'];

/**
 * Which way a value moved. Equal within a relative 1e-12: 2·TN / 2·(TN + FP) and TN / (TN + FP)
 * are the same number, and rounding must not make it "rise".
 */
export function direction(before: number, after: number): Direction {
	if (Math.abs(after - before) <= 1e-12 * Math.max(1, Math.abs(before))) return 'Stays the same';
	return after > before ? 'Rises' : 'Falls';
}

/**
 * Whether a question may ask about a move from `before` to `after`: a rise or fall must show at
 * the three decimals the page prints (doubling the negatives moves accuracy 0.9000 → 0.9001,
 * which reads 0.900 both times), and a value pinned at 0 both times teaches nothing.
 */
export function visibleMove(before: number, after: number): boolean {
	if (before === 0 && after === 0) return false;
	return direction(before, after) === 'Stays the same' || formatMetric(before) !== formatMetric(after);
}

/** A binary metric before and after a change, both defined, or null. */
export function metricMove(
	before: Counts,
	after: Counts,
	id: keyof BinaryMetrics
): { before: number; after: number; direction: Direction } | null {
	const a = binaryMetrics(before)[id];
	const b = binaryMetrics(after)[id];
	return a === null || b === null ? null : { before: a, after: b, direction: direction(a, b) };
}

const support = (matrix: number[][], k: number) => matrix[k].reduce((s, v) => s + v, 0);

/**
 * The smallest class's samples all predicted as the largest class: a small class served
 * badly. Null unless the smallest class is smaller than the mean class (else the averages
 * weigh it alike) and the change changes something.
 */
export function misreadSmallClass(
	matrix: number[][]
): { from: number; to: number; matrix: number[][] } | null {
	const sizes = matrix.map((_, k) => support(matrix, k));
	const total = sizes.reduce((a, b) => a + b, 0);
	const from = sizes.indexOf(Math.min(...sizes));
	const to = sizes.indexOf(Math.max(...sizes));
	if (
		sizes[from] === 0 ||
		sizes[from] * sizes.length >= total ||
		from === to ||
		matrix[from][to] === sizes[from]
	)
		return null;
	const changed = matrix.map((row, i) =>
		i === from ? row.map((_, j) => (j === to ? sizes[from] : 0)) : [...row]
	);
	return { from, to, matrix: changed };
}

export type Average = 'macro' | 'weighted' | 'micro';
export const averageNames: Record<Average, string> = {
	macro: 'Macro F1',
	weighted: 'Weighted F1',
	micro: 'Micro F1'
};

/** How far each average F1 falls from `before` to `after` (positive: it fell); null where one is undefined. */
export function averageDrops(before: number[][], after: number[][]): Record<Average, number> | null {
	const [a, b] = [multiclassMetrics(before), multiclassMetrics(after)];
	const drops = {} as Record<Average, number>;
	for (const avg of ['macro', 'weighted', 'micro'] as const) {
		const [x, y] = [a[avg].f1, b[avg].f1];
		if (x === null || y === null) return null;
		drops[avg] = x - y;
	}
	return drops;
}

/** The largest mistake (an off-diagonal cell; the first on a tie) moved onto the diagonal: those samples now classified right. */
export function fixLargestMistake(
	matrix: number[][]
): { actual: number; predicted: number; count: number; matrix: number[][] } | null {
	let best: { actual: number; predicted: number; count: number } | null = null;
	for (let i = 0; i < matrix.length; i++)
		for (let j = 0; j < matrix.length; j++)
			if (i !== j && matrix[i][j] > 0 && (best === null || matrix[i][j] > best.count))
				best = { actual: i, predicted: j, count: matrix[i][j] };
	if (best === null) return null;
	const { actual, predicted, count } = best;
	if (matrix[actual][actual] + count > maxCount) return null;
	const changed = matrix.map((row) => [...row]);
	changed[actual][actual] += count;
	changed[actual][predicted] = 0;
	return { actual, predicted, count, matrix: changed };
}
