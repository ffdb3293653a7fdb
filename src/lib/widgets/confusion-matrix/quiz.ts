/**
 * The confusion matrix's "check yourself" set: the questions the matrix on screen can answer
 * (binaryQuiz.ts, multiclassQuiz.ts) and the exam scenarios (scenarios.ts), dealt by the seed
 * with at least half of them predict or scenario questions.
 */
import { dealQuestions, type Question } from '$lib/ui/quiz';
import { binaryCandidates } from './binaryQuiz';
import type { ConfusionUrlState } from './codec';
import { multiclassCandidates } from './multiclassQuiz';
import { binaryScenarioQuestions } from './scenarios';

/** Every question the binary matrix of `input` offers, scenarios included. */
export function allBinaryQuestions(input: ConfusionUrlState, seed: number): Question[] {
	return [...binaryCandidates(input, seed), ...binaryScenarioQuestions(seed)];
}

/** `count` questions about the binary matrix, picked by the seed. */
export function binaryQuestions(input: ConfusionUrlState, seed: number, count = 4): Question[] {
	return dealQuestions(allBinaryQuestions(input, seed), seed, count);
}

/** `count` questions about the multiclass matrix, picked by the seed. */
export function multiclassQuestions(input: ConfusionUrlState, seed: number, count = 4): Question[] {
	return dealQuestions(multiclassCandidates(input, seed), seed, count);
}
