/**
 * "Check yourself" questions for the cross-validation page. Each states the numbers it needs and
 * asks about rows or settings other than those on screen, so its answer cannot be read off the
 * page; the predict questions' answers come from {@link CvQuizFacts} (the engine on the changed state).
 */
import { formatCount } from '$lib/format/format';
import { choiceScenario } from '$lib/quiz/scenario';
import { dealQuestions, showMe, type Question } from '$lib/quiz/quiz';
import { cvCodec, type CvUrlState } from './codec';
import { questionFolds, type CvQuizFacts } from './quizFacts';

const n = formatCount;
type Generator = (facts: CvQuizFacts) => Question | null;

/** scikit-learn's KFold test-fold sizes: the first n mod k folds hold one more. */
export function foldSizes(total: number, k: number): number[] {
	return Array.from({ length: k }, (_, i) => Math.floor(total / k) + (i < total % k ? 1 : 0));
}

/** Row and fold counts the compute questions use: each leaves a remainder of at least 2, so the three orders of sizes differ. */
const SIZE_CASES = [
	{ rows: 103, k: 5 },
	{ rows: 47, k: 4 },
	{ rows: 58, k: 5 },
	{ rows: 74, k: 4 },
	{ rows: 250, k: 6 }
];

/** A case the page is not showing, picked by the question seed. */
function offScreen<T extends { rows: number; k: number }>(cases: T[], input: CvUrlState): T {
	const others = cases.filter((c) => !(c.rows === input.n && c.k === input.folds));
	return others[input.q % others.length];
}

const see = (label: string, input: CvUrlState, change: Partial<CvUrlState>) =>
	showMe(label, cvCodec, input, change);

const generators: Generator[] = [
	({ input }) => {
		const { rows, k } = offScreen(SIZE_CASES, input);
		const sizes = foldSizes(rows, k);
		const q = Math.floor(rows / k);
		const r = rows % k;
		const answer = sizes.join(', ');
		const options = [
			answer,
			[...sizes].reverse().join(', '),
			[...new Array<number>(k - 1).fill(q), q + r].join(', ')
		];
		return {
			id: 'fold-sizes',
			form: 'compute',
			kind: 'choice',
			prompt: `scikit-learn's KFold(n_splits=${k}) on ${n(rows)} rows: what are the test fold sizes, in order?`,
			options,
			answer,
			explanation: `${n(rows)} = ${k} × ${q} + ${r}: ${r} folds of ⌈${n(rows)}/${k}⌉ = ${q + 1} rows, then ${k - r} of ⌊${n(rows)}/${k}⌋ = ${q}. KFold gives the extra rows to the first folds.`
		};
	},
	({ input }) => {
		if (input.method === 'timeseries') return null;
		const from = questionFolds(input);
		const to = from <= 10 ? 2 * from : 5;
		const candidates = 3 + (input.q % 4);
		return {
			id: 'more-folds-fits',
			form: 'predict',
			kind: 'number',
			prompt: `You compare ${candidates} values of a hyperparameter, each by ${from}-fold cross-validation: ${candidates} × ${from} = ${candidates * from} model fits. Switch to ${to} folds: how many fits now?`,
			answer: candidates * to,
			tolerance: 0,
			explanation: `Every fold is one fit for every candidate: ${candidates} × ${to} = ${candidates * to}. With ${to} folds each fit also trains on ${to > from ? 'more' : 'fewer'} rows (all but 1/${to} of them).`,
			see: see(`${to} folds`, input, { method: input.method === 'loo' ? 'kfold' : input.method, folds: to })
		};
	},
	({ input, n: rows, timeShuffle }) => {
		if (!timeShuffle) return null;
		const { folds, trainOnLater } = timeShuffle;
		return {
			id: 'time-shuffle',
			form: 'predict',
			kind: 'number',
			prompt: `Take these ${n(rows)} rows as a series in time order, and cross-validate with shuffled ${folds}-fold instead of TimeSeriesSplit: in how many of the ${folds} folds will the model train on a row from after one it is tested on?`,
			answer: trainOnLater,
			tolerance: 0,
			explanation: `${trainOnLater} of ${folds}: shuffling scatters each test fold over the whole series, so ${trainOnLater === folds ? 'every model has' : 'those models have'} seen part of the future it is scored on, and the score no longer measures forecasting. TimeSeriesSplit: 0, since each split trains only on rows before its test block.`,
			see: see(`shuffled ${folds}-fold on time-ordered rows`, input, {
				method: 'kfold',
				shuffle: 'on',
				time: 'on',
				folds
			})
		};
	},
	({ input, n: rows, positives, stratify }) => {
		if (!stratify) return null;
		const { plain, stratified } = stratify;
		if (Math.max(...plain) - Math.min(...plain) <= 1) return null;
		const k = plain.length;
		const lo = Math.min(...stratified);
		const hi = Math.max(...stratified);
		const answer = lo === hi ? `${lo} in every fold` : `${lo} or ${hi} in every fold`;
		const options = [
			answer,
			`The same ${plain.join(', ')}: stratifying only reorders the rows`,
			`Anywhere from 0 to ${positives}, as chance deals them`
		];
		return {
			id: 'stratify-folds',
			form: 'predict',
			kind: 'choice',
			prompt: `${n(rows)} rows, ${n(positives)} of them positive. Plain ${k}-fold puts ${plain.join(', ')} positives in its test folds. Switch to stratified ${k}-fold: how many positives will each test fold hold?`,
			options,
			answer,
			explanation: `Stratified k-fold deals each class on its own: ${n(positives)} positives into ${k} folds is ⌊${positives}/${k}⌋ = ${Math.floor(positives / k)} or ⌈${positives}/${k}⌉ = ${Math.ceil(positives / k)} per fold, so every fold can score the rare class.`,
			see: see(`stratified ${k}-fold`, input, { method: 'stratified', folds: k })
		};
	},
	() => {
		const options = [
			'TimeSeriesSplit: each split trains on the months before its test block',
			'KFold(n_splits=5, shuffle=True)',
			'StratifiedKFold(n_splits=5)'
		];
		return choiceScenario({
			id: 'monthly-sales',
			prompt:
				'Five years of monthly sales, and a model that forecasts next month. Which scikit-learn splitter cross-validates it honestly?',
			options,
			explanation:
				'Shuffled or stratified folds train on months after the ones they test, so the model has seen the future it is asked about. TimeSeriesSplit trains each split on the past only, as the forecast will be made.'
		});
	},
	({ input }) => {
		const scans = [40, 30, 35, 45][input.q % 4];
		const options = [
			`Leave-one-out: ${scans} fits, each on ${scans - 1} scans`,
			`5-fold: 5 fits, each on ${(scans * 4) / 5} scans`,
			`One 80/20 split: 1 fit on ${(scans * 4) / 5} scans`
		];
		return choiceScenario({
			id: 'small-data',
			prompt: `A clinic has ${scans} labelled scans and wants each model trained on as many of them as possible; compute is no problem. Which cross-validation?`,
			options,
			explanation: `Leave-one-out trains on all but one scan, ${scans} times: the usual choice for very small data sets, at the cost of ${scans} fits.`
		});
	},
	() => {
		const options = [
			'StratifiedKFold(n_splits=10)',
			'KFold(n_splits=10, shuffle=True)',
			'TimeSeriesSplit(n_splits=10)'
		];
		return choiceScenario({
			id: 'imbalanced-folds',
			prompt:
				'A fraud model: 2,000 transactions, 40 of them fraud. Which splitter makes sure every one of 10 test folds holds exactly 4 fraud cases?',
			options,
			explanation:
				'Stratified k-fold deals each class separately, 40 / 10 = 4 frauds per fold. Shuffled KFold leaves it to chance, so a fold may hold 1 or 8, and its score means little.'
		});
	},
	() => {
		const options = [
			"The genes were chosen with the test folds' labels: choose them inside each fold",
			'10 folds are too few; leave-one-out would have been honest',
			'AUC cannot be used with 120 patients'
		];
		return choiceScenario({
			id: 'selection-leak',
			prompt:
				'A team has 120 patients and 5,000 gene features. Using all 120 patients, they keep the 50 genes most correlated with the outcome, then run 10-fold cross-validation: AUC 0.90. On new patients the model scores about 0.5. What went wrong?',
			options,
			explanation:
				'Selecting on all rows let every test fold help choose the genes, so the folds were no longer unseen. Any step fitted on data (a scaler, feature selection, resampling) belongs inside each fold, fitted on its training rows.'
		});
	},
	({ input }) => {
		const rows = [57, 80, 150, 212].filter((r) => r !== input.n)[input.q % 3];
		return {
			id: 'loo-fits',
			form: 'compute',
			kind: 'number',
			prompt: `Leave-one-out cross-validation on ${n(rows)} rows: how many models does it fit?`,
			answer: rows,
			tolerance: 0,
			explanation: `One per row: each fit leaves a single row out to score it, so ${n(rows)} fits of ${n(rows - 1)} rows each, against 5 for 5-fold.`
		};
	},
	({ input }) => {
		const cases = [
			{ rows: 103, k: 5 },
			{ rows: 120, k: 3 },
			{ rows: 250, k: 4 },
			{ rows: 90, k: 6 }
		];
		const { rows, k } =
			input.method === 'timeseries' ? offScreen(cases, input) : cases[input.q % cases.length];
		const size = Math.floor(rows / (k + 1));
		return {
			id: 'time-series-size',
			form: 'compute',
			kind: 'number',
			prompt: `scikit-learn's TimeSeriesSplit(n_splits=${k}) on ${n(rows)} rows: how many rows does each test fold hold?`,
			answer: size,
			tolerance: 0,
			explanation: `test_size = n_samples // (n_splits + 1) = ${n(rows)} // ${k + 1} = ${n(size)}. The test folds are the last ${k} blocks of ${n(size)} rows; the first split trains on the ${n(rows - k * size)} rows before them.`
		};
	}
];

/** Four questions for these facts, chosen by the seed, at least half of them predict or scenario questions. */
export function cvQuestions(facts: CvQuizFacts, seed: number, count = 4): Question[] {
	const available = generators.map((make) => make(facts)).filter((q): q is Question => q !== null);
	return dealQuestions(available, seed, count);
}

/** Every question these facts allow, in a fixed order (for tests). */
export function allCvQuestions(facts: CvQuizFacts): Question[] {
	return generators.map((make) => make(facts)).filter((q): q is Question => q !== null);
}
