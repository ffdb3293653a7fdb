/**
 * "Check yourself" questions for the threshold explorer: predict-then-see questions about the
 * scores on screen (each answered by running the engine on the changed state, which "Show me"
 * opens), exam scenarios, and a computation from stated counts. Each question states the
 * numbers it needs; none asks for a number the page prints beside it.
 */
import { askEach } from '$lib/quiz/askEach';
import { dealQuestions, type Question } from '$lib/quiz/quiz';
import { predictGenerators } from './quizPredict';
import { scenarioGenerators } from './quizScenarios';
import type { QuizView, Generator } from './quizView';

// Defined a level down so the generator modules need not import this module back.
export type { QuizView, Generator } from './quizView';

const generators: Generator[] = [...predictGenerators, ...scenarioGenerators];

/** Every question the generators can ask for these numbers; `seed` picks each one's variant. */
export function allThresholdQuestions(view: QuizView, seed: number): Question[] {
	return askEach(generators, view, seed);
}

/** Predict-then-see questions that lead each set: foreseeing what a change does, then seeing it, is the page's lesson. */
export const leadingPredictions = 2;

/** Up to `count` questions for these numbers, chosen and ordered by `seed`: two predictions first, then the rest. */
export function thresholdQuestions(view: QuizView, seed: number, count = 4): Question[] {
	const available = allThresholdQuestions(view, seed);
	const leading = new Set(
		dealQuestions(
			available.filter((q) => q.form === 'predict'),
			seed,
			leadingPredictions
		)
	);
	return dealQuestions(available, seed, count, (q) => leading.has(q));
}
