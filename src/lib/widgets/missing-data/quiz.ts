/** "Check yourself" questions built from the column, the holes and the methods on screen. */
import { createRng } from '$lib/ml/random';
import type { Question } from '$lib/ui/quiz';
import { formatCount } from '$lib/ui/format';
import type { Outcome, StudyData, Summary } from './analysis';
import type { HoleMechanism, Method } from './codec';

export interface MissingQuizView {
	data: StudyData;
	/** The values before any hole was punched. */
	truth: Summary;
	results: Outcome[];
	mech: HoleMechanism;
}

/** Up to four significant digits, as the widget writes values. */
export const show = (v: number) => String(Number(v.toPrecision(4))).replace('-', '−');
/** A difference with its sign always written: "+23.66", "−225.1". */
export const signed = (v: number) => `${v >= 0 ? '+' : '−'}${show(Math.abs(v))}`;
/** A share of a reference value as a signed percentage with one decimal: "−5.4%". */
export const signedPercent = (v: number, of: number) => {
	const p = (100 * v) / Math.abs(of || 1);
	return `${p >= 0 ? '+' : '−'}${Math.abs(p).toFixed(1)}%`;
};

type Generator = (v: MissingQuizView) => Question | null;
const find = (results: Outcome[], id: Method) => results.find((o) => o.id === id)!;

const generators: Generator[] = [
	({ data, results }) => {
		const kept = find(results, 'drop-rows');
		const filled = find(results, 'mean');
		const n = filled.rows;
		if (!kept.summary?.std || kept.rows === n) return null;
		const answer = kept.summary.std * Math.sqrt(kept.rows / n);
		return {
			id: 'mean-shrink',
			form: 'compute',
			kind: 'number',
			prompt: `${data.name} has ${formatCount(kept.rows)} observed values out of ${formatCount(n)}, with σ = ${show(kept.summary.std)}. Fill every gap with the mean: what is σ afterwards (ddof 0)?`,
			answer,
			tolerance: Math.max(0.005 * answer, 1e-9),
			explanation: `The filled values sit exactly at the mean, so they add rows but no squared deviation: σ_after = σ_obs · √(n_obs / n) = ${show(kept.summary.std)} · √(${kept.rows} / ${n}) = ${show(answer)}.`
		};
	},
	({ data, results }) => {
		const { filled, rows: total } = find(results, 'mean');
		const complete = total - filled.length;
		if (filled.length === 0) return null;
		// the rows kept now are on screen; a second column with gaps of its own is not
		const answer = complete * 0.9;
		return {
			id: 'rows-kept',
			form: 'compute',
			kind: 'number',
			prompt: `${formatCount(total)} rows, of which ${formatCount(filled.length)} miss ${data.name}. Suppose another column also misses 10% of its values, in rows chosen at random. About how many rows would dropping incomplete rows keep?`,
			answer,
			tolerance: 0.5,
			explanation: `${formatCount(complete)} rows are complete in ${data.name}; each keeps its other value with probability 0.9, so about ${formatCount(complete)} × 0.9 = ${show(answer)} stay. Each column with gaps multiplies the loss: listwise deletion with many such columns can throw away most of a table.`
		};
	},
	({ data, results }) => {
		const kept = find(results, 'drop-rows');
		if (kept.summary?.mean == null || kept.rows === find(results, 'mean').rows) return null;
		return {
			id: 'mean-after',
			form: 'compute',
			kind: 'number',
			prompt: `The observed values of ${data.name} have mean ${show(kept.summary.mean)}. After filling every gap with that mean, what is the column's mean?`,
			answer: kept.summary.mean,
			tolerance: Math.abs(kept.summary.mean) * 0.001 + 1e-9,
			explanation: 'Adding values equal to the mean leaves the mean where it was; what changes is the spread (smaller) and the correlation with other columns (weaker).'
		};
	},
	({ mech }) => {
		const options = ['MCAR: every value equally likely to go', 'MNAR: the chance depends on the missing value itself'];
		return {
			id: 'bias-mechanism',
			form: 'compute',
			kind: 'choice',
			prompt: `${mech === 'mnar' ? 'Here large values went missing. ' : ''}Under which mechanism does dropping the incomplete rows leave the mean of the rest unbiased?`,
			options,
			answer: options[0],
			explanation: 'When every value is equally likely to be lost, the rows left are a random sample, so their mean only wobbles around the truth. When large values are the likeliest to go, the rows left are the small ones and their mean is too low, however many rows there are.'
		};
	},
	() => {
		const options = ['Median imputation', 'Adding a missing-indicator column', 'Dropping the column'];
		return {
			id: 'indicator',
			form: 'compute',
			kind: 'choice',
			prompt: 'Missingness itself carries information (e.g. income left blank more often by high earners). Which choice lets a model use that?',
			options,
			answer: options[1],
			explanation: 'An indicator column (1 = was missing) keeps the fact of missingness as a feature next to the filled value, as scikit-learn\'s add_indicator=True does. A fill value alone erases it.'
		};
	},
	({ data, truth, results }) => {
		const knn = find(results, 'knn');
		const meanFilled = find(results, 'mean');
		if (truth.r === null || knn.summary?.r == null || meanFilled.summary?.r == null || knn.filled.length === 0) return null;
		const options = ['Mean imputation', 'k-NN imputation'];
		const answer = Math.abs(knn.summary.r - truth.r) <= Math.abs(meanFilled.summary.r - truth.r) ? options[1] : options[0];
		return {
			id: 'correlation',
			form: 'compute',
			kind: 'choice',
			prompt: `Before the holes, r(${data.name}, ${data.byName}) = ${show(truth.r)}. Which imputation keeps r closer to that here?`,
			options,
			answer,
			explanation: `Mean imputation gives r = ${show(meanFilled.summary.r)}: the filled rows sit on a flat line whatever ${data.byName} is. k-NN fills from rows with a similar ${data.byName}, giving r = ${show(knn.summary.r)}.`
		};
	}
];

export function missingQuestions(view: MissingQuizView, seed: number, count = 4): Question[] {
	const available = generators.map((make) => make(view)).filter((q): q is Question => q !== null);
	return createRng(seed).shuffle(available).slice(0, count);
}
