/**
 * "Check yourself" for the L1 vs L2 widget: predict questions fitted on the changed state
 * (quizPredict.ts) and exam scenarios (quizScenarios.ts), dealt by the question set's seed.
 */
import { createRng } from '$lib/ml/random';
import { dealQuestions, type Question } from '$lib/quiz/quiz';
import { type RegularizationUrlState } from './codec';
import type { Problem } from './data';
import { predictGenerators } from './quizPredict';
import { scenarioGenerators } from './quizScenarios';

export interface RegularizationQuizView {
	input: RegularizationUrlState;
	problem: Problem;
}

/** λ values (log10) a predict question may ask about: never the one on screen. */
export const QUESTION_LOG_LAMBDAS = [-1.5, -1, -0.5, 0] as const;

/** The λ (log10) the questions ask about: one of {@link QUESTION_LOG_LAMBDAS} other than `logLambda`, picked by the question set. */
export function questionLambda(logLambda: number, seed: number): number {
	const others = QUESTION_LOG_LAMBDAS.filter((l) => l !== logLambda);
	return others[createRng(seed).int(others.length)];
}

/**
 * Every question the state allows, in a fixed order (for tests), before dealing. The link state's
 * λ is the one the questions ask about (see {@link questionLambda}): never the one on screen.
 */
export function allQuestions(view: RegularizationQuizView, seed: number): Question[] {
	const rng = createRng(seed + 1);
	const predicted = predictGenerators.map((g) => g(view));
	const scenarios = scenarioGenerators.map((g) => g(rng));
	return [...predicted, ...scenarios].filter((q): q is Question => q !== null);
}

export function regularizationQuestions(view: RegularizationQuizView, seed: number, count = 4): Question[] {
	// the curriculum's question (zero weights under L1 and L2) always leads
	return dealQuestions(allQuestions(view, seed), seed, count, (q) => q.id === 'zeros-l1');
}
