/**
 * "Check yourself" for outliers: predict-then-see questions (quizPredict.ts), exam scenarios
 * (quizScenario.ts) and computations with the column's own numbers, dealt by seed.
 */
import { maxAbsZ } from '$lib/ml/outliers';
import { median } from '$lib/ml/stats';
import { formatCount, roundDecimal, formatValue as v } from '$lib/format/format';
import { dealQuestions, type Question } from '$lib/quiz/quiz';
import { questionsFrom } from '$lib/quiz/generators';
import { zCannotFlag } from './analysis';
import { exactSum, exactText, goesText } from './text';
import { predictGenerators } from './quizPredict';
import { scenarioGenerators } from './quizScenario';
import type { OutliersQuizView, Generator } from './quizView';

// Defined a level down so the generator modules need not import this module back.
export type { OutliersQuizView, Generator } from './quizView';

export const largest = (x: number[]) => x.reduce((a, b) => (b > a ? b : a), x[0]);

const computeGenerators: Generator[] = [
	({ flags: { iqr }, data }) => {
		// the fence for the k on screen is shown beside the chart: ask for the other common k
		const k = iqr.k === 3 ? 1.5 : 3;
		const answer = iqr.q3 + k * iqr.iqr;
		return {
			id: 'upper-fence',
			form: 'compute',
			kind: 'number',
			prompt: `${data.xName} has Q1 = ${v(iqr.q1)} and Q3 = ${v(iqr.q3)}. Where would the upper fence be with k = ${k}?`,
			answer,
			explanation: `IQR = Q3 − Q1 = ${v(iqr.q3)} − ${v(iqr.q1)} = ${v(iqr.iqr)}; upper fence = Q3 + k·IQR = ${v(iqr.q3)} + ${k} × ${v(iqr.iqr)} = ${v(answer)}. ${k > iqr.k ? 'A larger k flags fewer values: only the far ones.' : 'A smaller k flags more values.'}`
		};
	},
	({ data: { x }, flags: { z } }) => {
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
			explanation: `z = (x − mean) / std = (${v(top)} − ${v(z.mean)}) / ${v(z.std)} = ${v(answer)}; ${Math.abs(answer) > z.cutoff ? 'beyond' : 'within'} the cut-off of ${z.cutoff}.`
		};
	},
	({ data: { x }, before }) => {
		if (x.length < 3) return null;
		const top = largest(x);
		// every number written exactly at the data's own decimals, so the working adds up as printed
		const { value: sum, digits } = exactSum(x);
		const rest = roundDecimal(sum - top, digits);
		const answer = rest / (before.n - 1);
		const remaining = [...x];
		remaining.splice(x.indexOf(top), 1);
		const medianAfter = median(remaining);
		return {
			id: 'mean-without-largest',
			form: 'compute',
			kind: 'number',
			prompt: `These ${formatCount(before.n)} values add up to ${exactText(sum, digits)} (mean ${v(before.mean)}). Remove the largest, ${exactText(top, digits)}: what is the new mean?`,
			answer,
			explanation: `(${exactText(sum, digits)} − ${exactText(top, digits)}) / ${formatCount(before.n - 1)} = ${exactText(rest, digits)} / ${formatCount(before.n - 1)} = ${v(answer)}. ${goesText('The median', before.median, medianAfter)}.`
		};
	},
	() => {
		// the curriculum's check question, on twenty values a learner can add up: 41, 42, …, 60
		const values = Array.from({ length: 20 }, (_, i) => 41 + i);
		const answer = (values.reduce((a, b) => a + b, 0) + 1000) / 21;
		return {
			id: 'append-thousand',
			form: 'compute',
			kind: 'number',
			prompt: 'Twenty values, 41, 42, …, 60, have mean and median 50.5. Append 1,000: what is the new mean?',
			answer,
			explanation: `(20 × 50.5 + 1,000) / 21 = 2,010 / 21 = ${v(answer)}: one value pulls the mean up by ${v(answer - 50.5)}. The median of the 21 values is the 11th smallest, 51: it moves by half a step.`
		};
	},
	({ data: { x }, flags }) => {
		// the flag table states the bound when it stops the z rule on this column: then the page answers the question
		if (zCannotFlag(flags, x.length)) return null;
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
	({ before, data, input }) => {
		const g = before.skewness;
		// with the log on, the page says which tail the log shortens
		if (g === null || Math.abs(g) < 0.2 || input.treat === 'log') return null;
		const options = ['To the right (large values)', 'To the left (small values)'];
		return {
			id: 'skew-side',
			form: 'compute',
			kind: 'choice',
			prompt: `The skewness of ${data.xName} is ${v(g)}. On which side is its long tail, and which would log1p shorten?`,
			options,
			answer: g > 0 ? options[0] : options[1],
			explanation: `The skewness averages cubed deviations: far values dominate, with their sign. ${g > 0 ? 'Positive: a long right tail, which a log transform pulls in (it compresses large values most).' : 'Negative: a long left tail; a log transform would stretch it further, not shorten it.'}`
		};
	}
];

/** Every question the numbers on screen allow, before dealing. */
export function allOutlierQuestions(view: OutliersQuizView): Question[] {
	return questionsFrom([...predictGenerators, ...scenarioGenerators, ...computeGenerators], view);
}

/** `count` questions dealt by `seed`, at least half of them predict or scenario questions. */
export function outlierQuestions(view: OutliersQuizView, seed: number, count = 4): Question[] {
	return dealQuestions(allOutlierQuestions(view), seed, count);
}
