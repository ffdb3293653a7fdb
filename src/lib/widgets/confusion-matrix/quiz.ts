/**
 * The confusion matrix's "check yourself" set: the questions the matrix on screen can answer
 * (binaryQuiz.ts, multiclassQuiz.ts) and the exam scenarios (scenarios.ts), dealt by the seed
 * with a predict question first and at least half of them predict or scenario questions.
 */
import { createRng } from '$lib/ml/random';
import { dealQuestions, type Question } from '$lib/quiz/quiz';
import { binaryCandidates } from './binaryQuiz';
import type { ConfusionUrlState } from './codec';
import { multiclassCandidates } from './multiclassQuiz';
import { binaryScenarioQuestions } from './scenarios';

/**
 * Deals `count` of the questions, one predict question (picked by the seed) leading, so every
 * set asks the learner to foresee a change and offers "Show me" when the matrix allows one.
 */
function deal(questions: Question[], seed: number, count: number): Question[] {
	const predicts = questions.filter((q) => q.form === 'predict');
	const lead = predicts.length > 0 ? predicts[createRng(seed + 97).int(predicts.length)].id : null;
	return dealQuestions(questions, seed, count, (q) => q.id === lead);
}

/** Every question the binary matrix of `input` offers, scenarios included. */
export function allBinaryQuestions(input: ConfusionUrlState, seed: number): Question[] {
	return [...binaryCandidates(input, seed), ...binaryScenarioQuestions(seed)];
}

/** `count` questions about the binary matrix, picked by the seed. */
export function binaryQuestions(input: ConfusionUrlState, seed: number, count = 4): Question[] {
	return deal(allBinaryQuestions(input, seed), seed, count);
}

/** `count` questions about the multiclass matrix, picked by the seed. */
export function multiclassQuestions(input: ConfusionUrlState, seed: number, count = 4): Question[] {
	return deal(multiclassCandidates(input, seed), seed, count);
}
