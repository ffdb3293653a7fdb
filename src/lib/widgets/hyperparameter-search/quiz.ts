/**
 * "Check yourself" questions for hyperparameter search: predict-then-see questions about
 * strategies, budgets and scales on the surface on screen (each answered by the engine's own
 * rule, which "Show me" opens), exam scenarios on SageMaker automatic model tuning, and two
 * computations from stated numbers.
 */
import { askEach } from '$lib/quiz/askEach';
import { dealQuestions, type Question } from '$lib/quiz/quiz';
import { predictGenerators } from './quizPredict';
import { scenarioGenerators } from './quizScenarios';
import type { Generator, QuizView } from './quizView';

export type { Generator, QuizView } from './quizView';

const generators: Generator[] = [...predictGenerators, ...scenarioGenerators];

/** Every question the generators can ask for these numbers; `seed` picks each one's variant. */
export function allSearchQuestions(view: QuizView, seed: number): Question[] {
	return askEach(generators, view, seed);
}

/** Up to `count` questions, chosen and ordered by `seed`; the curriculum's grid-against-random question leads. */
export function searchQuestions(view: QuizView, seed: number, count = 4): Question[] {
	return dealQuestions(allSearchQuestions(view, seed), seed, count, (q) => q.id === 'grid-values');
}
