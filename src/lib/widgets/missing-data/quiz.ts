/**
 * "Check yourself" questions for the missing-values widget. Each states the numbers it needs;
 * the predict questions ask about a missing rate other than the one on screen (whose numbers
 * the page prints) and get their answers from the engine run at that rate.
 */
import { createRng } from '$lib/ml/random';
import { dealQuestions, showMe, type Question } from '$lib/quiz/quiz';
import { questionsFrom, type QuestionGenerator } from '$lib/quiz/generators';
import { choiceScenario } from '$lib/quiz/scenario';
import { formatCount, formatPercent } from '$lib/format/format';
import { meanFilledSummary, punchedPositions, type Outcome, type StudyData, type Summary } from './analysis';
import {
	biasedMechanisms,
	mechanismEffects,
	SYSTEMATIC_ERRORS,
	VERDICT_SEEDS,
	type MechanismEffect
} from './bias';
import { missingCodec, type MissingUrlState } from './codec';

export interface MissingQuizView {
	/** The link state on screen: "Show me" changes it. */
	input: MissingUrlState;
	data: StudyData;
	/** The values before any hole was punched. */
	truth: Summary;
	results: Outcome[];
}

/** Up to four significant digits, as the widget writes values. */
export const show = (v: number) => String(Number(v.toPrecision(4))).replace('-', '−');
/** A difference with its sign always written: "+23.66", "−225.1". */
export const signed = (v: number) => `${v >= 0 ? '+' : '−'}${show(Math.abs(v))}`;
/** A share of a reference value as a signed percentage with one decimal: "−5.4%". */
export const signedPercent = (v: number, of: number) => {
	const share = v / Math.abs(of || 1);
	return `${share >= 0 ? '+' : '−'}${formatPercent(Math.abs(share))}`;
};
const percent = (rate: number) => formatPercent(rate, 0);

/** Missing rates a question may ask about; never the one on screen, whose numbers the page prints. */
export const questionRates = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6] as const;

/** The options of the drop-rows question: which mechanisms bias the kept rows' mean. */
export const biasOptions = [
	'MNAR only',
	'MAR and MNAR',
	'All three: MCAR, MAR and MNAR',
	'None of them'
] as const;

/** The option that names these biased mechanisms (MCAR, MAR, MNAR order); null when no option does. */
export function biasOption(biased: readonly string[]): string | null {
	const key = biased.join(',');
	const byKey: Record<string, string> = {
		mnar: biasOptions[0],
		'mar,mnar': biasOptions[1],
		'mcar,mar,mnar': biasOptions[2],
		'': biasOptions[3]
	};
	return byKey[key] ?? null;
}

/** How much of dropping rows' bias k-NN leaves: the options of the k-NN question and the rule that picks one. */
export const knnOptions = [
	'Almost none of it (under 10%)',
	'Part of it',
	'Almost all of it (over 90%)'
] as const;
/** The shares of the bias left at which the k-NN question's options meet. */
export const knnBoundaries = [0.1, 0.9] as const;
/**
 * How far the share left must lie from each boundary for the question to be asked: 9.6% left
 * against "under 10%" would grade on noise (another seed, another k, and it crosses).
 */
export const KNN_MARGIN = 0.03;
/** The option for the share of the bias left, `1 − recovered`; null when that share lies within {@link KNN_MARGIN} of a boundary. */
export function knnOption(recovered: number): string | null {
	const left = 1 - recovered;
	if (knnBoundaries.some((b) => Math.abs(left - b) < KNN_MARGIN)) return null;
	if (left < knnBoundaries[0]) return knnOptions[0];
	if (left > knnBoundaries[1]) return knnOptions[2];
	return knnOptions[1];
}

/** Correlation after a change: the options and the rule (a change under 0.005 is "about the same"). */
export const correlationOptions = [
	'Weaker: closer to 0',
	'About the same',
	'Stronger: further from 0'
] as const;
export const CORRELATION_SAME = 0.005;
/** How far |Δ|r|| must lie from {@link CORRELATION_SAME} for the question to be asked, so the key does not rest on the fourth digit. */
export const CORRELATION_MARGIN = 0.002;
/** The option for r going from `before` to `after`; null when the change lies within the margin of the "about the same" boundary. */
export function correlationOption(before: number, after: number): string | null {
	const change = Math.abs(after) - Math.abs(before);
	if (Math.abs(Math.abs(change) - CORRELATION_SAME) < CORRELATION_MARGIN) return null;
	if (change < -CORRELATION_SAME) return correlationOptions[0];
	if (change > CORRELATION_SAME) return correlationOptions[2];
	return correlationOptions[1];
}

/** Standard errors either side of the verdict's boundary within which the bias question is not asked: there the key would rest on noise. */
export const BIAS_MARGIN = 1;
/** Whether a mechanism's average bias lies within {@link BIAS_MARGIN} standard errors of the verdict's boundary. */
export function nearVerdict(e: MechanismEffect): boolean {
	if (e.averageBias === null || !e.standardError) return false;
	return Math.abs(Math.abs(e.averageBias) / e.standardError - SYSTEMATIC_ERRORS) < BIAS_MARGIN;
}

interface Context extends MissingQuizView {
	/** A missing rate other than the one on screen, for the predict questions. */
	rate: number;
	/** A second such rate, for the shrink question. */
	otherRate: number;
	/** Each mechanism at `rate` (this seed, k): what the drop-rows and k-NN questions ask about. */
	effects: MechanismEffect[];
}

type Generator = QuestionGenerator<Context>;
const find = (results: Outcome[], id: Outcome['id']) => results.find((o) => o.id === id)!;

const generators: Generator[] = [
	({ otherRate }) => {
		const answer = Math.sqrt(1 - otherRate);
		return {
			id: 'shrink-factor',
			form: 'compute',
			kind: 'number',
			prompt: `${percent(otherRate)} of a column's values are missing; you fill them with the mean of the other ${percent(1 - otherRate)}. Its standard deviation (ddof 0) is then the observed values' σ times what?`,
			answer,
			tolerance: 0.005,
			explanation: `The filled values sit on the mean: they add rows but no squared deviation, so σ_after = σ_obs · √(n_obs / n) = σ_obs · √${show(1 - otherRate)} = σ_obs × ${answer.toFixed(3)}. When values go missing completely at random, σ_obs matches the truth on average, so the column's spread shrinks by about that factor.`
		};
	},
	({ input, data, rate }) => {
		if (input.mech === 'hand') return null;
		const summaryAt = (r: number) =>
			meanFilledSummary(data, punchedPositions(data, input.mech, r, input.seed, []));
		const [before, after] = [summaryAt(input.rate), summaryAt(rate)];
		if (before?.r == null || after?.r == null) return null;
		const answer = correlationOption(before.r, after.r);
		if (answer === null) return null;
		return {
			id: 'correlation-rate',
			form: 'predict',
			kind: 'choice',
			prompt: `With ${percent(input.rate)} of ${data.name} missing (${input.mech.toUpperCase()}) and every gap filled with the mean, r with ${data.byName} is ${show(before.r)}. At ${percent(rate)} missing (same mechanism, same seed), what happens to r?`,
			options: [...correlationOptions],
			answer,
			explanation: `r goes from ${show(before.r)} to ${show(after.r)}. Every filled row sits at the mean whatever ${data.byName} is, a flat line through the cloud: ${rate > input.rate ? 'more of them weaken' : 'fewer of them weaken less'} the relationship a model can see.`,
			see: showMe(`${percent(rate)} missing, mean imputation`, missingCodec, input, { rate, method: 'mean' })
		};
	},
	({ input, data, rate, effects }) => {
		if (effects.some((e) => e.averageBias === null || nearVerdict(e))) return null;
		const answer = biasOption(biasedMechanisms(effects));
		if (answer === null) return null;
		const averages = effects.map((e) => `${e.mechanism.toUpperCase()} ${signed(e.averageBias!)}`).join(', ');
		return {
			id: 'biased-mechanisms',
			form: 'predict',
			kind: 'choice',
			prompt: `${percent(rate)} of ${data.name} goes missing, and you drop the incomplete rows. Under which mechanisms is the mean of the rows kept biased (off the same way seed after seed, not just noisy)? MAR: the gaps follow ${data.byName}; MNAR: they follow ${data.name} itself.`,
			options: [...biasOptions],
			answer,
			explanation: `Averaged over ${VERDICT_SEEDS} seeds the kept mean is off by ${averages}. Only completely at random are the rows kept a random sample; when the gaps follow a column related to ${data.name}, or ${data.name} itself, the rows kept lean one way.`,
			see: showMe(`MAR at ${percent(rate)}, dropping rows`, missingCodec, input, {
				mech: 'mar',
				rate,
				method: 'drop-rows'
			})
		};
	},
	({ input, data, rate, effects }) => {
		const mnar = effects.find((e) => e.mechanism === 'mnar')!;
		if (mnar.recovered === null || mnar.dropBias === null || mnar.knnBias === null) return null;
		const answer = knnOption(mnar.recovered);
		if (answer === null) return null;
		return {
			id: 'knn-mnar',
			form: 'predict',
			kind: 'choice',
			prompt: `${percent(rate)} of ${data.name} goes missing, the largest values most often (MNAR). Dropping those rows leaves the mean ${signed(mnar.dropBias)} off. How much of that bias is left if you fill the gaps by k-NN (k = ${input.k}, neighbours by ${data.byName}) instead?`,
			options: [...knnOptions],
			answer,
			explanation: `k-NN leaves ${signed(mnar.knnBias)}, ${Math.round(100 * (1 - mnar.recovered))}% of the bias: it fills a gap from rows with a similar ${data.byName}, so it recovers the bias only as far as ${data.byName} predicts ${data.name}. Nothing recovers the part that depends on the missing value alone.`,
			see: showMe(`MNAR at ${percent(rate)}, k-NN`, missingCodec, input, {
				mech: 'mnar',
				rate,
				method: 'knn'
			})
		};
	},
	() =>
		choiceScenario({
			id: 'unbiased-mechanism',
			prompt:
				"A survey's income column has gaps. You plan to drop the incomplete rows before training. For which kind of gap does the mean income of the rows kept stay unbiased?",
			options: [
				'MCAR: every value equally likely to go',
				'MAR: the chance follows another column, such as age',
				'MNAR: the chance follows the income itself'
			],
			explanation:
				'Only when every value is equally likely to be lost are the rows kept a random sample, whose mean wobbles around the truth. When the gaps follow age (MAR) or income itself (MNAR), the rows kept lean one way, however many rows there are.'
		}),
	() => {
		const options = [
			'Median imputation',
			'A missing-indicator column next to the filled value',
			'Dropping the column'
		];
		return choiceScenario({
			id: 'indicator',
			prompt:
				"A bank's loan applications leave income blank more often when the applicant earns a lot. Which choice lets the model use the fact that income was blank?",
			options,
			answer: options[1],
			explanation:
				"An indicator column (1 = was missing) keeps the fact of missingness as a feature, as scikit-learn's add_indicator=True does. A fill value alone erases it; dropping the column loses the income too."
		});
	},
	({ data }) => {
		const options = ['Mean imputation', 'k-NN imputation', 'Filling with 0'];
		return choiceScenario({
			id: 'keep-relationship',
			prompt: `Before training, a data scientist fills the gaps of ${data.name}, a feature strongly related to ${data.byName}. Which imputation keeps that relationship best?`,
			options,
			answer: options[1],
			explanation: `k-NN (like regression or MICE imputation) fills each gap from rows with a similar ${data.byName}, so the filled values follow the relationship. The mean or 0 puts every gap on one flat line, which weakens the correlation.`
		});
	},
	() =>
		choiceScenario({
			id: 'fit-on-train',
			prompt:
				"A pipeline fills a feature's gaps with its mean before a model is trained and evaluated. Which rows should that mean come from?",
			options: [
				'The training rows only, then the same value on validation, test and live rows',
				'All rows, test rows included',
				'Each split its own mean'
			],
			explanation:
				'Fit imputers, like scalers and encoders, on the training data and reuse them unchanged; a mean taken over the test rows lets them shape the training data, so the test score is no longer an honest estimate.'
		}),
	({ data, results }) => {
		const { filled, rows: total } = find(results, 'mean');
		const complete = total - filled.length;
		if (filled.length === 0) return null;
		// a count of rows: the expected count is the key, and any whole number within a row of it passes (215.1: 215 and 216), as "about" asks
		const answer = complete * 0.9;
		return {
			id: 'rows-kept',
			form: 'compute',
			kind: 'number',
			prompt: `${formatCount(total)} rows, of which ${formatCount(filled.length)} miss ${data.name}. Suppose another column also misses 10% of its values, in rows chosen at random. About how many rows would dropping incomplete rows keep (a whole number)?`,
			answer,
			tolerance: 1,
			explanation: `${formatCount(complete)} rows are complete in ${data.name}; each keeps its other value with probability 0.9, so about ${formatCount(complete)} × 0.9 = ${show(answer)} stay: any whole number within a row of it counts. Each column with gaps multiplies the loss: listwise deletion with many such columns can throw away most of a table.`
		};
	}
];

/** Two distinct missing rates other than `current`, picked by `seed`. */
export function ratesFor(current: number, seed: number): [number, number] {
	const [first, second] = createRng(seed).shuffle(questionRates.filter((r) => Math.abs(r - current) > 1e-9));
	return [first, second];
}

export function missingQuestions(view: MissingQuizView, seed: number, count = 4): Question[] {
	const [rate, otherRate] = ratesFor(view.input.rate, seed);
	const context: Context = {
		...view,
		rate,
		otherRate,
		effects: mechanismEffects(view.data, rate, view.input.seed, view.input.k)
	};
	return dealQuestions(questionsFrom(generators, context), seed, count);
}
