/**
 * "Check yourself" questions for the split page. Each states the numbers it needs and asks about
 * other rows or a changed setting, so its answer cannot be read off the page; the predict
 * questions' answers come from {@link SplitsQuizFacts} (the engine on the changed state).
 */
import { splitSizes } from '$lib/ml/split';
import { choiceScenario } from '$lib/quiz/scenario';
import { formatCount, formatPercent } from '$lib/format/format';
import { dealQuestions, showMe, type Question } from '$lib/quiz/quiz';
import { asScore } from '$lib/format/scoreText';
import { splitsCodec, type SplitsUrlState } from './codec';
import { resized, type SplitsQuizFacts } from './quizFacts';

const n = formatCount;
type Generator = (facts: SplitsQuizFacts) => Question | null;

const see = (label: string, input: SplitsUrlState, change: Partial<SplitsUrlState>) =>
	showMe(label, splitsCodec, input, change);

/** Stratified test sets the compute question asks about: rows, percent positive, percent held out (share × test size is whole). */
const STRATA_CASES = [
	{ rows: 1000, positive: 5, test: 10 },
	{ rows: 2000, positive: 2, test: 20 },
	{ rows: 800, positive: 10, test: 25 },
	{ rows: 1500, positive: 4, test: 10 }
];

/** Splits the size question asks about: every held-out part rounds up, so the answers are not the naive products. */
const SIZE_CASES = [
	{ rows: 1001, train: 70, val: 15, test: 15 },
	{ rows: 333, train: 80, val: 10, test: 10 },
	{ rows: 1234, train: 60, val: 20, test: 20 },
	{ rows: 95, train: 70, val: 20, test: 10 }
];

/**
 * How the test AUC's spread over 50 seeds moves, as the test-size question keys it: 0 narrower
 * (by more than 15%), 1 wider (by more than 15%), 2 about the same (within 5%); null between,
 * where the key would hang on the noise of 50 seeds' standard deviation (about 10% of it).
 * It read a change of a thousandth as "wider", on a spread of 0.18.
 */
export function spreadWay(sdFrom: number, sdTo: number): 0 | 1 | 2 | null {
	const relative = (sdTo - sdFrom) / sdFrom;
	if (Math.abs(relative) < SAME_SPREAD) return 2;
	if (Math.abs(relative) <= CLEAR_SPREAD) return null;
	return relative < 0 ? 0 : 1;
}
/** Relative changes of the spread the question calls "about the same", and beyond which it calls a direction. */
export const SAME_SPREAD = 0.05;
export const CLEAR_SPREAD = 0.15;

const range = ([lo, hi]: [number, number]) => (lo === hi ? `${lo}` : `${lo} to ${hi}`);

const generators: Generator[] = [
	({ input }) => {
		const { rows, positive, test } = STRATA_CASES[input.q % STRATA_CASES.length];
		const held = splitSizes(rows, { train: 1 - test / 100, val: 0, test: test / 100 }).test;
		const answer = Math.round((held * positive) / 100);
		return {
			id: 'stratified-positives',
			form: 'compute',
			kind: 'number',
			prompt: `${n(rows)} rows, ${positive}% of them positive, and a stratified ${test}% test set: how many positives does the test set hold?`,
			answer,
			tolerance: 0,
			explanation: `The test set holds ⌈${test / 100} × ${n(rows)}⌉ = ${n(held)} rows, and stratifying keeps the ${positive}% share in it: ${positive / 100} × ${n(held)} = ${n(answer)}.`
		};
	},
	({ input }) => {
		const c = SIZE_CASES.filter((s) => s.rows !== input.n)[input.q % (SIZE_CASES.length - 1)];
		const sizes = splitSizes(c.rows, { train: c.train / 100, val: c.val / 100, test: c.test / 100 });
		return {
			id: 'train-size',
			form: 'compute',
			kind: 'number',
			prompt: `${n(c.rows)} rows split ${c.train} / ${c.val} / ${c.test} (training / validation / test), each held-out part rounded up as scikit-learn rounds its test part: how many rows does training get?`,
			answer: sizes.train,
			tolerance: 0,
			explanation: `Validation ⌈${c.val / 100} × ${n(c.rows)}⌉ = ${n(sizes.val)}, test ⌈${c.test / 100} × ${n(c.rows)}⌉ = ${n(sizes.test)}, and training the rest: ${n(c.rows)} − ${n(sizes.val)} − ${n(sizes.test)} = ${n(sizes.train)}.`
		};
	},
	({ input, n: rows, positives, strata }) => {
		if (!strata) return null;
		const stratifiedNow = input.strat === 'on' && input.shuffle === 'on';
		const [lo, hi] = strata.plain;
		if (lo === hi) return null;
		const share = `${n(rows)} rows, ${n(positives)} of them positive, split with seeds 1–50 into a ${n(strata.testSize)}-row test part`;
		const options = [
			`Always ${range(strata.stratified)}: each part keeps the class share`,
			`Anywhere from ${lo} to ${hi}, by the luck of the seed`
		];
		if (stratifiedNow) {
			return {
				id: 'stratify-off',
				form: 'predict',
				kind: 'choice',
				prompt: `${share}: stratified, it holds ${range(strata.stratified)} positives on every seed. Turn stratifying off: how many will it hold?`,
				options,
				answer: options[1],
				explanation: `Unstratified, seeds 1–50 put ${lo} to ${hi} positives in the test part: in a small test set the rare class's share is luck, and with no positive its AUC is undefined. Stratifying deals each class separately.`,
				see: see('stratify off', input, { strat: 'off' })
			};
		}
		return {
			id: 'stratify-on',
			form: 'predict',
			kind: 'choice',
			prompt: `${share}: unstratified, it holds ${lo} to ${hi} positives. Turn stratifying on: how many will it hold?`,
			options,
			answer: options[0],
			explanation: `Stratified, every seed's test part holds ${range(strata.stratified)} (${n(positives)} × ${n(strata.testSize)} / ${n(rows)} = ${((positives * strata.testSize) / rows).toFixed(1)}, rounded): the class share survives the split, whatever the seed.`,
			see: see('stratify on', input, { strat: 'on', shuffle: 'on' })
		};
	},
	({ input, testSize }) => {
		if (!testSize) return null;
		const way = spreadWay(testSize.sdFrom, testSize.sdTo);
		if (way === null) return null;
		const options = [
			'Narrower: more test rows, less luck in each score',
			'Wider: fewer training rows make every score noisier',
			'About the same: the seed is the only noise'
		];
		const why = [
			'A larger test part averages over more rows, so one split says more; the price is fewer rows to train on.',
			'Here the smaller training part cost more than the larger test part gained.',
			'Here the two effects, more test rows and fewer training rows, cancel.'
		][way];
		const parts = resized(
			{
				train: input.tr,
				val: input.va,
				test: input.te,
				shuffle: true,
				stratify: input.strat === 'on',
				seed: input.seed
			},
			testSize.to
		);
		return {
			id: 'test-size-spread',
			form: 'predict',
			kind: 'choice',
			prompt: `With a ${testSize.from}% test part (${n(testSize.sizeFrom)} rows), the test AUC over split seeds 1–50 has a standard deviation of ${asScore(testSize.sdFrom)}. Make the test part ${testSize.to}% (${n(testSize.sizeTo)} rows): will that spread get narrower or wider?`,
			options,
			answer: options[way],
			explanation: `Its standard deviation goes from ${asScore(testSize.sdFrom)} to ${asScore(testSize.sdTo)}. ${why}`,
			see: see(`test ${testSize.to}%`, input, { tr: parts.train, va: parts.val, te: parts.test })
		};
	},
	({ input, n: rows, timeShuffle }) => {
		if (!timeShuffle) return null;
		const { testSize, afterTraining } = timeShuffle;
		return {
			id: 'time-shuffle',
			form: 'predict',
			kind: 'number',
			prompt: `Take these ${n(rows)} rows as a series in time order. Split in order, all ${n(testSize)} test rows come after every training row, as a forecast's would. Shuffle before splitting (split seed ${input.seed}): how many of the ${n(testSize)} test rows will come after every training row?`,
			answer: afterTraining,
			tolerance: 0,
			explanation: `${n(afterTraining)}: shuffled, the test rows are scattered through the series, so the model is tested on times it has trained around, and its score no longer says how well it forecasts.`,
			see: see('shuffled, time-ordered rows', input, { time: 'on', shuffle: 'on', strat: 'off' })
		};
	},
	() => {
		const options = ['The validation data', 'The test data', 'The training data'];
		return choiceScenario({
			id: 'tune-on',
			prompt:
				'A team runs SageMaker automatic model tuning over 50 hyperparameter settings, then reports the winner’s score as what customers will see. On which data should the tuning job’s objective metric be measured?',
			options,
			explanation:
				'Tune on validation data and score the winner once on a test set the tuning never saw. Picked for its test score, a model’s test score is optimistic, as this page’s tuning table shows against fresh data.'
		});
	},
	() => {
		const options = [
			'Choose the words on the training rows only, after the split',
			'Choose the words on all emails, then split',
			'Keep all 20,000 words and skip selection'
		];
		return choiceScenario({
			id: 'select-features',
			prompt:
				'A spam filter has 300 labelled emails and 20,000 word-count features. The team keeps the 100 words most correlated with "spam", then holds out 20% to test. Which order gives an honest test score?',
			options,
			explanation:
				'Chosen on all emails, the test labels help pick the words, and the test score rises even when the words carry no signal, as the noise table on this page shows. Split first; fit every step on the training rows.'
		});
	},
	() => {
		const options = [
			'Split in time order: train on the past, test on the last weeks',
			'Shuffle, then split 80 / 10 / 10',
			'Stratify by day of the week'
		];
		return choiceScenario({
			id: 'time-order',
			prompt: 'Three years of daily sales, and a model that forecasts next week. How do you split the rows?',
			options,
			explanation:
				'Shuffled, the test days sit between training days, so the score measures filling gaps in the past, not forecasting. Keep the order (scikit-learn’s TimeSeriesSplit does it for cross-validation).'
		});
	},
	({ input }) => {
		const [total, fraud] = [
			[1000, 20],
			[5000, 50],
			[2000, 100]
		][input.q % 3];
		const accuracy = formatPercent((total - fraud) / total, 0);
		const options = [
			'ROC AUC: 0.5 for a model that ranks no case above another',
			`Accuracy: ${accuracy} here`,
			'Specificity: 100% here'
		];
		return choiceScenario({
			id: 'fraud-metric',
			prompt: `A bank's fraud test set holds ${n(total)} transactions, ${n(fraud)} of them fraud. A model that flags nothing is ${accuracy} accurate. Which metric shows that it has learned nothing?`,
			options,
			explanation: `Flagging nothing is right on every legitimate transaction, so accuracy is ${n(total - fraud)} / ${n(total)} = ${accuracy} and specificity 100%. AUC asks whether frauds score above legitimate cases; a constant score ties every pair, 0.5. This page scores by AUC for that reason.`
		});
	}
];

/** Four questions for these facts, chosen by the seed, at least half of them predict or scenario questions. */
export function splitsQuestions(facts: SplitsQuizFacts, seed: number, count = 4): Question[] {
	return dealQuestions(allSplitsQuestions(facts), seed, count);
}

/** Every question these facts allow, in a fixed order (for tests). */
export function allSplitsQuestions(facts: SplitsQuizFacts): Question[] {
	return generators.map((make) => make(facts)).filter((q): q is Question => q !== null);
}
