/** What this widget's question generators read (apart from quiz.ts, which imports the generators). */
import type { Rng } from '$lib/ml/random';
import type { Question } from '$lib/quiz/quiz';
import type { Evaluation } from './analysis';
import type { RegressionUrlState } from './codec';

/** What the questions read: the link state and its evaluation (the numbers on screen). */
export interface QuizView {
	input: RegressionUrlState;
	evaluation: Evaluation;
}

/** Builds one question for these numbers, or null when it has no clear answer for them. */
export type Generator = (view: QuizView, rng: Rng) => Question | null;
