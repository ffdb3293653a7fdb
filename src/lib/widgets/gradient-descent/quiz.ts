/**
 * "Check yourself" for gradient descent: predict-then-see questions on the run on screen, exam
 * scenarios and small computations. Each question states the numbers it needs.
 */
import { askEach } from '$lib/quiz/askEach';
import { dealQuestions, type Question } from '$lib/quiz/quiz';
import { predictGenerators } from './quizPredict';
import { computeGenerators, scenarioGenerators } from './quizScenarios';
import type { Generator, QuizView } from './quizView';

export type { QuizView } from './quizView';

const generators: Generator[] = [...predictGenerators, ...scenarioGenerators, ...computeGenerators];

/** Every question the generators can ask for these numbers; `seed` picks each one's variant. */
export function allGradientQuestions(view: QuizView, seed: number): Question[] {
	return askEach(generators, view, seed);
}

/** Four questions for these numbers, chosen and ordered by `seed`, a prediction first. */
export function gradientQuestions(view: QuizView, seed: number, count = 4): Question[] {
	const available = allGradientQuestions(view, seed);
	const lead = dealQuestions(
		available.filter((q) => q.form === 'predict'),
		seed,
		1
	);
	return dealQuestions(available, seed, count, (q) => lead.includes(q));
}
