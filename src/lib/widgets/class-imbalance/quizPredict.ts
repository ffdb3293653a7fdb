/**
 * Predict-then-see questions: what a remedy, the place of resampling or a threshold does to the
 * test scores on screen. Every key is read from the fitted results for exactly the state that
 * "Show me" opens, so the learner sees the answer happen.
 */
import { formatCount, formatPercent } from '$lib/format/format';
import { showMe } from '$lib/quiz/quiz';
import { resultOf } from './results';
import { imbalanceCodec, type Remedy } from './codec';
import { f, REMEDY_NAMES } from './explain';
import type { Generator, ImbalanceQuizView } from './quizView';

export const rises = 'It rises';
export const falls = 'It falls';
export const stays = 'It stays the same';
const directions = [rises, falls, stays];
/** Scores within this of each other "stay the same" (they are shown to three decimals). */
const SAME = 0.0005;
export const direction = (before: number, after: number) =>
	after > before + SAME ? rises : after < before - SAME ? falls : stays;

/** The data the question is about, in words. */
const setting = ({ input, results }: ImbalanceQuizView) =>
	`On ${formatCount(input.n)} rows with ${formatPercent(input.pos / 100)} positives (${formatCount(results.balance.positives)} of the ${formatCount(results.balance.positives + results.balance.negatives)} training rows)`;

const remedyRecall: Generator = (view, rng) => {
	const options: Remedy[] = ['over', 'under', 'smote', 'balanced'];
	const remedy = options[rng.int(options.length)];
	const before = resultOf(view.results, 'none', 'after').metrics.recall;
	const after = resultOf(view.results, remedy, 'after').metrics.recall;
	if (before === null || after === null) return null;
	return {
		id: 'remedy-recall',
		form: 'predict',
		see: showMe(REMEDY_NAMES[remedy].toLowerCase(), imbalanceCodec, view.input, {
			rem: remedy,
			when: 'after'
		}),
		kind: 'choice',
		prompt: `${setting(view)}, the model is first fitted with no remedy, then with ${REMEDY_NAMES[remedy].toLowerCase()} on the training rows only. What happens to recall on the untouched test set?`,
		options: directions,
		answer: direction(before, after),
		explanation: `Recall goes from ${f(before)} to ${f(after)}. Each remedy makes a positive weigh as much as a negative in the fit, so the model flags more rows: more positives are caught, and usually more false alarms come with them.`
	};
};

const beforeSplit: Generator = (view, rng) => {
	const remedy: Remedy = rng.next() < 0.5 ? 'over' : 'smote';
	const after = resultOf(view.results, remedy, 'after');
	const before = resultOf(view.results, remedy, 'before');
	if (after.metrics.f1 === null || before.metrics.f1 === null) return null;
	return {
		id: 'before-split-f1',
		form: 'predict',
		see: showMe(`${REMEDY_NAMES[remedy]} before the split`, imbalanceCodec, view.input, {
			rem: remedy,
			when: 'before'
		}),
		kind: 'choice',
		prompt: `${setting(view)}, ${REMEDY_NAMES[remedy]} is applied to the training rows after the split. A colleague applies it to the whole table first and splits afterwards. What happens to F1 on their test set?`,
		options: directions,
		answer: direction(after.metrics.f1, before.metrics.f1),
		explanation: `F1 goes from ${f(after.metrics.f1)} to ${f(before.metrics.f1)}. Resampled first, the test set is half positives and ${remedy === 'over' ? `${formatCount(before.leak.copies)} of its rows are copies of training rows` : `${formatCount(before.leak.synthetic)} of its rows are SMOTE points between training rows`}: the model is graded on what it has seen.`
	};
};

const copiesInTest: Generator = (view, rng) => {
	const when = rng.next() < 0.5 ? 'after' : 'before';
	const evaluation = resultOf(view.results, 'over', when);
	const any = evaluation.leak.copies > 0;
	return {
		id: 'copies-in-test',
		form: 'predict',
		see: showMe(`oversampling ${when} the split`, imbalanceCodec, view.input, { rem: 'over', when }),
		kind: 'choice',
		prompt: `${setting(view)}, positives are randomly oversampled ${when} the train/test split. Will any test row be an exact copy of a training row?`,
		options: ['Yes', 'No'],
		answer: any ? 'Yes' : 'No',
		explanation: any
			? `Yes: ${formatCount(evaluation.leak.copies)} of the ${formatCount(evaluation.test.y.length)} test rows. Copies made before the split land on both sides of it.`
			: 'No: the split came first, so the copies are made from training rows and stay in training; the test rows are untouched.'
	};
};

const thresholdArea: Generator = (view) => {
	const none = resultOf(view.results, 'none', 'after');
	const moved = resultOf(view.results, 'threshold', 'after');
	return {
		id: 'threshold-pr-auc',
		form: 'predict',
		see: showMe(`threshold ${view.input.t}`, imbalanceCodec, view.input, { rem: 'threshold', when: 'after' }),
		kind: 'choice',
		prompt: `${setting(view)}, the model with no remedy flags a row when its score is at least 0.5. The threshold moves to ${view.input.t}, the model unchanged. What happens to PR-AUC (average precision) on the test set?`,
		options: directions,
		answer: direction(none.ap, moved.ap),
		explanation: `It stays at ${f(moved.ap)}: PR-AUC sums over every threshold of the same scores, so moving the one in use changes recall and precision (${f(none.metrics.recall)} → ${f(moved.metrics.recall)} recall) but not the area.`
	};
};

const thresholdRecall: Generator = (view) => {
	const none = resultOf(view.results, 'none', 'after');
	const moved = resultOf(view.results, 'threshold', 'after');
	if (none.metrics.recall === null || moved.metrics.recall === null) return null;
	return {
		id: 'threshold-recall',
		form: 'predict',
		see: showMe(`threshold ${view.input.t}`, imbalanceCodec, view.input, { rem: 'threshold', when: 'after' }),
		kind: 'choice',
		prompt: `${setting(view)}, the model with no remedy flags a row when its score is at least 0.5. Its threshold moves to ${view.input.t}, nothing refitted. What happens to recall on the test set?`,
		options: directions,
		answer: direction(none.metrics.recall, moved.metrics.recall),
		explanation: `Recall goes from ${f(none.metrics.recall)} to ${f(moved.metrics.recall)}. ${view.input.t < 0.5 ? 'A lower threshold flags every row flagged before and maybe more, so recall can only rise or stay.' : 'A higher threshold flags only rows flagged before, so recall can only fall or stay.'}`
	};
};

const undersampleRows: Generator = (view) => {
	const { negatives, positives } = view.results.balance;
	const kept = resultOf(view.results, 'under', 'after').train.y.length;
	return {
		id: 'undersample-rows',
		form: 'predict',
		see: showMe('random undersampling', imbalanceCodec, view.input, { rem: 'under', when: 'after' }),
		kind: 'number',
		prompt: `The training split holds ${formatCount(negatives)} negatives and ${formatCount(positives)} positives. Random undersampling balances it. How many training rows are left?`,
		answer: kept,
		tolerance: 0,
		explanation: `Negatives are dropped at random until they match the ${formatCount(positives)} positives: ${formatCount(positives)} + ${formatCount(positives)} = ${formatCount(kept)} rows. ${formatCount(negatives - positives)} negatives are thrown away.`
	};
};

export const predictGenerators: Generator[] = [
	remedyRecall,
	beforeSplit,
	copiesInTest,
	thresholdArea,
	thresholdRecall,
	undersampleRows
];
