/** "Check yourself" questions built from the split on screen. */
import { createRng } from '$lib/ml/random';
import { splitSizes } from '$lib/ml/split';
import { formatCount } from '$lib/ui/format';
import type { Question } from '$lib/ui/quiz';
import type { SplitsUrlState } from './codec';

export interface SplitsQuizView {
	n: number;
	input: SplitsUrlState;
	counts: { part: string; size: number; positives: number }[];
	spread: number[];
}

const n = formatCount;
type Generator = (v: SplitsQuizView) => Question | null;

const generators: Generator[] = [
	({ input }) => {
		const total = 1000;
		const sizes = splitSizes(total, { train: input.tr / 100, val: input.va / 100, test: input.te / 100 });
		return {
			id: 'val-size',
			form: 'compute',
			kind: 'number',
			prompt: `With ${n(total)} samples and ${input.tr} / ${input.va} / ${input.te}, how many samples are in validation?`,
			answer: sizes.val,
			tolerance: 0,
			explanation: `Each held-out part is rounded up to whole samples, the rule scikit-learn's train_test_split applies to its test part: validation ⌈${input.va / 100} × ${n(total)}⌉ = ${n(sizes.val)}, test ⌈${input.te / 100} × ${n(total)}⌉ = ${n(sizes.test)}, and training takes the remaining ${n(sizes.train)}.`
		};
	},
	({ input }) => {
		const total = 1000;
		const positives = Math.round(total * 0.05);
		const test = Math.ceil((input.te / 100) * total);
		const answer = Math.round((positives * test) / total);
		return {
			id: 'stratified-positives',
			form: 'compute',
			kind: 'number',
			prompt: `${n(total)} rows, 5% positive, a stratified ${input.te}% test set: how many positives does it hold?`,
			answer,
			tolerance: 1,
			explanation: `Stratifying keeps each class's share in every part: 5% of the ${n(test)} test rows is ${n(answer)} (within one, as the counts must be whole).`
		};
	},
	({ counts }) => {
		const test = counts.find((c) => c.part === 'test');
		if (!test || test.size === 0) return null;
		return {
			id: 'test-positives',
			form: 'compute',
			kind: 'number',
			prompt: `Look at the split on screen: how many positives landed in the test part?`,
			answer: test.positives,
			tolerance: 0,
			explanation: `The test part holds ${n(test.size)} samples, ${n(test.positives)} of them positive. Without stratification that number is luck; with it, it follows the class share.`
		};
	},
	({ spread }) => {
		if (spread.length < 2) return null;
		const lowest = Math.min(...spread);
		const highest = Math.max(...spread);
		return {
			id: 'spread',
			form: 'compute',
			kind: 'number',
			prompt: 'Over 50 seeds, how far apart are the lowest and highest test accuracy on screen (highest − lowest)?',
			answer: highest - lowest,
			// "25", "25%" and "0.25" all mean the 25.0 points the explanation gives
			proportion: true,
			tolerance: 0.006,
			explanation: `${(highest * 100).toFixed(1)}% − ${(lowest * 100).toFixed(1)}% = ${((highest - lowest) * 100).toFixed(1)} points, from the seed alone. One split's score is an estimate with noise; cross-validation averages several.`
		};
	},
	() => {
		const options = ['The validation set', 'The test set', 'The training set'];
		return {
			id: 'tune-on',
			form: 'compute',
			kind: 'choice',
			prompt: 'You try 20 values of k and keep the best. Which part should pick it?',
			options,
			answer: options[0],
			explanation: 'Choose on validation, then report the test score once. A k picked for its test score has been fitted to the test set: its score is optimistic, as the tuning table shows against fresh data.'
		};
	},
	() => {
		const options = ['On all rows, before splitting', 'On the training rows of each split only'];
		return {
			id: 'select-features',
			form: 'compute',
			kind: 'choice',
			prompt: 'You keep the 50 of 1,000 features most correlated with the label, then measure test accuracy. Which rows rank the features?',
			options,
			answer: options[1],
			explanation:
				'Ranked on all rows, the test labels help choose the features, and the test score rises even on pure noise, as the wide table on this page shows. Rank them on the training rows only (inside each fold when cross-validating).'
		};
	},
	() => {
		const options = ['Shuffle, then split', 'Split in time order: train on the past, test on the future'];
		return {
			id: 'time-order',
			form: 'compute',
			kind: 'choice',
			prompt: 'Your rows are daily sales over three years. How do you split them?',
			options,
			answer: options[1],
			explanation: 'Shuffling puts tomorrow next to yesterday in training, so the test score measures interpolation, not forecasting; scikit-learn has TimeSeriesSplit for this.'
		};
	}
];

/**
 * `count` questions for these numbers. The seed fixes the order of the generators before any is
 * asked, so a question that cannot be asked (no spread without shuffling) only drops out and
 * the others keep their places.
 */
export function splitsQuestions(view: SplitsQuizView, seed: number, count = 4): Question[] {
	return createRng(seed)
		.shuffle(generators)
		.map((make) => make(view))
		.filter((q): q is Question => q !== null)
		.slice(0, count);
}
