/**
 * "Check yourself" for the regression-metrics widget: predict questions evaluated on the changed
 * state (quizPredict.ts), exam scenarios and two computations (quizScenarios.ts), dealt by the
 * question set's seed. The curriculum's question (errors 1, 1, 1, 9) always leads.
 */
import { createRng } from '$lib/ml/random';
import { dealQuestions, type Question } from '$lib/quiz/quiz';
import { predictGenerators } from './quizPredict';
import { scenarioGenerators } from './quizScenarios';
import type { QuizView } from './quizView';

export type { QuizView } from './quizView';

/** Every question these numbers allow, in a fixed order (for tests), before dealing. */
export function allRegressionQuestions(view: QuizView, seed: number): Question[] {
	// each generator draws from its own stream, so adding one does not change the others' picks
	const predicted = predictGenerators.map((make, i) => make(view, createRng(seed * 100 + i)));
	const scenarios = scenarioGenerators.map((make, i) => make(createRng(seed * 100 + 50 + i)));
	return [...predicted, ...scenarios].filter((q): q is Question => q !== null);
}

export function regressionQuestions(view: QuizView, seed: number, count = 4): Question[] {
	return dealQuestions(allRegressionQuestions(view, seed), seed, count, (q) => q.id === 'errors-1119');
}
