/**
 * The class-imbalance questions: well formed over states and question sets (quizRules), the
 * curriculum's scale_pos_weight question always dealt first, and each key checked against the
 * labels, scores and rows of the state its Show me opens, worked out here by hand.
 */
import { describe, expect, it } from 'vitest';
import { isCorrect, type Question } from '$lib/quiz/quiz';
import { imbalanceCodec, type ImbalanceUrlState } from '$lib/widgets/class-imbalance/codec';
import { allImbalanceQuestions, imbalanceQuestions } from '$lib/widgets/class-imbalance/quiz';
import { falls, rises, stays } from '$lib/widgets/class-imbalance/quizPredict';
import { dataFor, resultsInput } from '$lib/widgets/class-imbalance/results';
import {
	averagePrecisionByHand,
	copiesByValue,
	fitted,
	scoresByHand,
	stateWith
} from './classImbalanceByHand';
import { expectWellFormedQuestions } from './quizRules';

const decode = (params: URLSearchParams) => imbalanceCodec.decode(params);
const STATES: Partial<ImbalanceUrlState>[] = [
	{},
	{ pos: 5, rem: 'none', seed: 2 },
	{ pos: 1, t: 0.6, when: 'before', seed: 3 }
];

const byHandDirection = (before: number, after: number) =>
	after > before + 0.0005 ? rises : after < before - 0.0005 ? falls : stays;

/** The state a predict question's Show me opens, and its results fitted here. */
async function shown(question: Question) {
	if (question.form !== 'predict') throw new Error(`${question.id} is not a predict question`);
	const input = decode(new URLSearchParams(question.see.params)).value;
	return { input, results: await fitted(input) };
}

describe('class-imbalance questions', () => {
	it.each(STATES)('are well formed, at least 8, and lead with scale_pos_weight (%o)', async (change) => {
		const input = stateWith(change);
		const view = { input, results: await fitted(input) };
		const all = allImbalanceQuestions(view, 1);
		expect(all.length).toBeGreaterThanOrEqual(8);
		expect(all.filter((q) => q.form !== 'compute').length * 2).toBeGreaterThanOrEqual(all.length);
		for (const q of [1, 2, 5]) {
			const dealt = imbalanceQuestions(view, q);
			expectWellFormedQuestions(dealt, decode);
			expect(dealt[0].id).toBe('scale-pos-weight');
		}
	});

	it('keys every question by hand', async () => {
		for (const change of STATES) {
			const input = stateWith(change);
			const view = { input, results: await fitted(input) };
			const { data, split } = dataFor(resultsInput(input));
			const trainPositives = split.train.filter((i) => data.y[i] === 1).length;
			const trainNegatives = split.train.length - trainPositives;
			for (const question of allImbalanceQuestions(view, 4)) {
				const key = (given: string | number) =>
					expect(isCorrect(question, String(given)), question.id).toBe(true);
				if (question.id === 'scale-pos-weight')
					key(19); // 9,500 ÷ 500
				else if (question.id === 'balanced-weight') key(split.train.length / (2 * trainPositives));
				else if (question.id === 'undersample-rows') key(2 * trainPositives);
				else if (question.id === 'copies-in-test') {
					const { results } = await shown(question);
					const evaluation = results[question.prompt.includes('before') ? 'before' : 'after'][1];
					key(copiesByValue(evaluation.train.X, evaluation.test.X) > 0 ? 'Yes' : 'No');
				} else if (question.id === 'remedy-recall' || question.id === 'before-split-f1') {
					const { input: opened, results } = await shown(question);
					const index = imbalanceCodec.fields.rem.options!.indexOf(opened.rem);
					const metric = question.id === 'remedy-recall' ? 'recall' : 'f1';
					const base = question.id === 'remedy-recall' ? results.after[0] : results.after[index];
					const changed = results[opened.when][index];
					const before = scoresByHand(base.test.y, base.test.scores, 0.5)[metric]!;
					const after = scoresByHand(changed.test.y, changed.test.scores, 0.5)[metric]!;
					key(byHandDirection(before, after));
				} else if (question.id === 'threshold-pr-auc' || question.id === 'threshold-recall') {
					const none = view.results.after[0];
					if (question.id === 'threshold-pr-auc') {
						// the same scores: PR-AUC cannot change
						expect(averagePrecisionByHand(none.test.y, none.test.scores)).toBeCloseTo(
							view.results.after[6].ap,
							12
						);
						key(stays);
					} else {
						const before = scoresByHand(none.test.y, none.test.scores, 0.5).recall!;
						const after = scoresByHand(none.test.y, none.test.scores, input.t).recall!;
						key(byHandDirection(before, after));
					}
				} else if (question.kind === 'choice') {
					// the scenarios' keys are facts, each written as the first option of its list
					expect(question.options).toContain(question.answer);
				}
			}
			expect(trainNegatives).toBeGreaterThan(trainPositives);
		}
	});
});
