/**
 * "Check yourself" for the class-imbalance widget: predict questions keyed on the fitted results
 * (quizPredict.ts) and exam scenarios (quizScenarios.ts), dealt by the question set's seed.
 */
import { askEach } from '$lib/quiz/askEach';
import { dealQuestions, type Question } from '$lib/quiz/quiz';
import { predictGenerators } from './quizPredict';
import { scenarioGenerators } from './quizScenarios';
import type { ImbalanceQuizView } from './quizView';

export type { ImbalanceQuizView } from './quizView';

const generators = [...predictGenerators, ...scenarioGenerators];

/** Every question these numbers allow, in the generators' order; `seed` picks each one's variant. */
export function allImbalanceQuestions(view: ImbalanceQuizView, seed: number): Question[] {
	return askEach(generators, view, seed);
}

/** Up to `count` questions, chosen and ordered by `seed`; the curriculum's scale_pos_weight question leads. */
export function imbalanceQuestions(view: ImbalanceQuizView, seed: number, count = 4): Question[] {
	return dealQuestions(allImbalanceQuestions(view, seed), seed, count, (q) => q.id === 'scale-pos-weight');
}
