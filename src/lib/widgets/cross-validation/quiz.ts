/** "Check yourself" questions about the folds on screen. */
import { createRng } from '$lib/ml/random';
import type { Fold } from '$lib/ml/split';
import { formatCount } from '$lib/ui/format';
import type { Question } from '$lib/ui/quiz';
import type { Method } from './codec';

export interface CvQuizView {
	n: number;
	folds: Fold[];
	method: Method;
	/** The k of k-fold (or the splits of a time-series split). */
	k: number;
}

const n = formatCount;
type Generator = (v: CvQuizView) => Question | null;

/** scikit-learn's KFold test-fold sizes: the first n mod k folds hold one more. */
export function foldSizes(total: number, k: number): number[] {
	return Array.from({ length: k }, (_, i) => Math.floor(total / k) + (i < total % k ? 1 : 0));
}

const generators: Generator[] = [
	({ n: total, k, method }) => {
		if (method === 'loo' || method === 'timeseries') return null;
		const sizes = foldSizes(total, k);
		return {
			id: 'largest-fold',
			form: 'compute',
			kind: 'number',
			prompt: `${k}-fold cross-validation on ${n(total)} rows: how many rows does the first (largest) test fold hold?`,
			answer: sizes[0],
			tolerance: 0,
			explanation: `${n(total)} = ${k} × ${Math.floor(total / k)} + ${total % k}: the first ${total % k} folds take one extra row, so the sizes are ${sizes.join(', ')}.`
		};
	},
	({ n: total, k, method }) => {
		if (method !== 'timeseries' || k + 1 > total) return null;
		const size = Math.floor(total / (k + 1));
		return {
			id: 'time-series-fold',
			form: 'compute',
			kind: 'number',
			prompt: `scikit-learn's TimeSeriesSplit with ${k} splits on ${n(total)} rows: how many rows does each test fold hold?`,
			answer: size,
			tolerance: 0,
			explanation: `test_size = n_samples // (n_splits + 1) = ${n(total)} // ${k + 1} = ${n(size)}. The test folds are the last ${k} blocks of ${n(size)} rows; each split trains on every row before its block, so the first trains on ${n(total - k * size)}.`
		};
	},
	({ n: total }) => ({
		id: 'loo-fits',
		form: 'compute',
			kind: 'number',
		prompt: `How many models does leave-one-out fit on ${n(total)} rows?`,
		answer: total,
		tolerance: 0,
		explanation: `One per row: each fit leaves a single row out to score it. ${n(total)} fits, against ${5} for 5-fold: the price of using almost all the data for every fit.`
	}),
	({ folds }) => {
		if (folds.length === 0) return null;
		const trainSize = folds[folds.length - 1].train.length;
		return {
			id: 'train-size',
			form: 'compute',
			kind: 'number',
			prompt: 'In the last fold on screen, on how many rows is the model fitted?',
			answer: trainSize,
			tolerance: 0,
			explanation: `Every row not in that fold's test part: ${n(trainSize)} rows.`
		};
	},
	() => {
		const options = ['Before splitting, on all rows', 'Inside each fold, on its training rows only'];
		return {
			id: 'preprocess',
			form: 'compute',
			kind: 'choice',
			prompt: 'You standardise features before k-NN. Where does the scaler get fitted during cross-validation?',
			options,
			answer: options[1],
			explanation: 'Fitting on all rows lets each test fold shape its own scaling: a leak. Fit preprocessing inside each fold (a scikit-learn Pipeline does it for you).'
		};
	},
	() => {
		const options = ['KFold(shuffle=True)', 'TimeSeriesSplit'];
		return {
			id: 'time-splitter',
			form: 'compute',
			kind: 'choice',
			prompt: 'Five years of monthly sales, and a model that forecasts next month. Which scikit-learn splitter cross-validates it honestly?',
			options,
			answer: options[1],
			explanation:
				'Shuffled folds train on months after the ones they test, so the model has seen the future it is asked about. TimeSeriesSplit trains every split on the months before its test block only.'
		};
	},
	() => {
		const options = ['5-fold', 'Leave-one-out'];
		return {
			id: 'variance',
			form: 'compute',
			kind: 'choice',
			prompt: 'Which estimate of the score is usually less biased (each model sees more data) but costs far more fits?',
			options,
			answer: options[1],
			explanation: 'Leave-one-out fits on n − 1 rows, nearly all the data, so its estimate is nearly unbiased, but it needs n fits and its per-fold scores are all 0 or 1. 5- or 10-fold is the usual compromise.'
		};
	}
];

/**
 * `count` questions for these folds. The seed fixes the order of the generators before any is
 * asked, so a question that does not apply (fold sizes under leave-one-out) only drops out and
 * the others keep their places.
 */
export function cvQuestions(view: CvQuizView, seed: number, count = 4): Question[] {
	return createRng(seed)
		.shuffle(generators)
		.map((make) => make(view))
		.filter((q): q is Question => q !== null)
		.slice(0, count);
}
