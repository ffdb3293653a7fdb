/** "Check yourself" questions built from the column, fences and statistics on screen. */
import { maxAbsZ, type ColumnSummary } from '$lib/ml/outliers';
import { createRng } from '$lib/ml/random';
import { formatAmount, formatCount, formatValue as v } from '$lib/ui/format';
import type { Question } from '$lib/ui/quiz';
import type { Flags } from './analysis';

export interface OutliersQuizView {
	/** The examined column, the learner's point included. */
	x: number[];
	name: string;
	flags: Flags;
	before: ColumnSummary;
}

type Generator = (view: OutliersQuizView) => Question | null;

const largest = (x: number[]) => x.reduce((a, b) => (b > a ? b : a), x[0]);

const generators: Generator[] = [
	({ flags: { iqr }, name }) => {
		// the fence for the k on screen is shown beside the chart: ask for the other common k
		const k = iqr.k === 3 ? 1.5 : 3;
		const answer = iqr.q3 + k * iqr.iqr;
		return {
			id: 'upper-fence',
			form: 'compute',
			kind: 'number',
			prompt: `${name} has Q1 = ${v(iqr.q1)} and Q3 = ${v(iqr.q3)}. Where would the upper fence be with k = ${k}?`,
			answer,
			explanation: `IQR = Q3 − Q1 = ${v(iqr.q3)} − ${v(iqr.q1)} = ${v(iqr.iqr)}; upper fence = Q3 + k·IQR = ${v(iqr.q3)} + ${k} × ${v(iqr.iqr)} = ${v(answer)}. ${k > iqr.k ? 'A larger k flags fewer values: only the far ones.' : 'A smaller k flags more values.'}`
		};
	},
	({ x, flags: { z } }) => {
		if (z.std === 0) return null;
		const top = largest(x);
		const answer = (top - z.mean) / z.std;
		return {
			id: 'z-largest',
			form: 'compute',
			kind: 'number',
			prompt: `The mean is ${v(z.mean)} and the standard deviation (ddof 0) ${v(z.std)}. What is the z-score of the largest value, ${v(top)}?`,
			answer,
			tolerance: 0.01,
			explanation: `z = (x − mean) / std = (${v(top)} − ${v(z.mean)}) / ${v(z.std)} = ${answer.toFixed(3)}; ${Math.abs(answer) > z.cutoff ? 'beyond' : 'within'} the cut-off of ${z.cutoff}.`
		};
	},
	({ x, before }) => {
		if (x.length < 3) return null;
		const top = largest(x);
		const answer = (before.n * before.mean - top) / (before.n - 1);
		return {
			id: 'mean-without-largest',
			form: 'compute',
			kind: 'number',
			prompt: `These ${formatCount(before.n)} values have mean ${v(before.mean)}. Remove the largest, ${v(top)}: what is the new mean?`,
			answer,
			explanation: `The sum is n × mean = ${formatCount(before.n)} × ${v(before.mean)} = ${v(before.n * before.mean)}; without ${v(top)} it is ${v(before.n * before.mean - top)}, over ${formatCount(before.n - 1)} values: ${v(answer)}. The median barely moves: it only steps half a value.`
		};
	},
	({ x, before, flags: { iqr } }) => {
		const far = Number((largest(x) + 10 * (iqr.iqr || 1)).toPrecision(3));
		const answer = (before.n * before.mean + far) / (before.n + 1);
		return {
			id: 'append-far',
			form: 'compute',
			kind: 'number',
			prompt: `Append one value, ${v(far)}, to these ${formatCount(before.n)} values with mean ${v(before.mean)}. What is the new mean?`,
			answer,
			explanation: `(n × mean + ${v(far)}) / (n + 1) = (${formatAmount(before.n * before.mean)} + ${v(far)}) / ${formatCount(before.n + 1)} = ${v(answer)}: a shift of ${v(answer - before.mean)} from one value. The median moves at most half a step between neighbouring values.`
		};
	},
	({ x }) => {
		if (x.length < 3) return null;
		const options = ['The mean', 'The median', 'Both, by the same amount'];
		return {
			id: 'drag-largest',
			form: 'compute',
			kind: 'choice',
			prompt: `Drag the largest value (${v(largest(x))}) ten times further out. Which of the two moves?`,
			options,
			answer: options[0],
			explanation: 'The mean adds every value, so it follows the dragged one (by its move divided by n). The median only asks which value is in the middle: the largest stays the largest, so the middle one is unchanged.'
		};
	},
	({ x }) => {
		const n = Math.min(Math.max(x.length, 4), 10);
		const options = ['Yes, if it is far enough out', `No: |z| is at most √(n − 1) = ${v(maxAbsZ(n))}`];
		return {
			id: 'small-sample-z',
			form: 'compute',
			kind: 'choice',
			prompt: `In a column of ${n} values, one lies far from the others. Can the rule “|z| > 3” (std with ddof 0) flag it?`,
			options,
			answer: options[1],
			explanation: `The far value inflates the standard deviation it is measured by: however far it lies, its z-score cannot pass √(n − 1) = ${v(maxAbsZ(n))} (Shiffler, 1988). The IQR rule has no such limit: the quartiles ignore the far value.`
		};
	},
	({ before, name }) => {
		const g = before.skewness;
		if (g === null || Math.abs(g) < 0.2) return null;
		const options = ['To the right (large values)', 'To the left (small values)'];
		return {
			id: 'skew-side',
			form: 'compute',
			kind: 'choice',
			prompt: `The skewness of ${name} is ${g.toFixed(2)}. On which side is its long tail, and which would log1p shorten?`,
			options,
			answer: g > 0 ? options[0] : options[1],
			explanation: `The skewness averages cubed deviations: far values dominate, with their sign. ${g > 0 ? 'Positive: a long right tail, which a log transform pulls in (it compresses large values most).' : 'Negative: a long left tail; a log transform would stretch it further, not shorten it.'}`
		};
	}
];

export function outlierQuestions(view: OutliersQuizView, seed: number, count = 4): Question[] {
	const available = generators.map((make) => make(view)).filter((q): q is Question => q !== null);
	return createRng(seed).shuffle(available).slice(0, count);
}
