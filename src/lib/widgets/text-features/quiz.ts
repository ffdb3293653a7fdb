/**
 * "Check yourself" for the text-features widget: five predict questions about the documents on
 * screen (answered by the engine on the changed state, with "Show me"), five exam scenarios and
 * one computation, dealt four at a time by the question set's number.
 */
import { createRng } from '$lib/ml/random';
import { dealQuestions, type Question } from '$lib/quiz/quiz';
import {
	checkShape,
	emptyDocumentCosine,
	lowestIdfTerm,
	topAfterStopWords,
	widerRange,
	type TextQuizView
} from './quizPredict';
import {
	classifyTickets,
	idfByHand,
	oneHotWords,
	reviewSentiment,
	wordInEveryDocument,
	wordVectors
} from './quizScenarios';

export type { TextQuizView } from './quizPredict';

/** Every question the view and the seed give (a predict question the state cannot ask is left out). */
export function allTextQuestions(view: TextQuizView, seed: number): Question[] {
	const rng = createRng(seed);
	const predict = [
		checkShape(view),
		widerRange(view),
		topAfterStopWords(view),
		lowestIdfTerm(view),
		emptyDocumentCosine(view)
	];
	const scenarios = [
		idfByHand,
		wordInEveryDocument,
		classifyTickets,
		wordVectors,
		reviewSentiment,
		oneHotWords
	].map((make) => make(rng));
	return [...predict.filter((q): q is Question => q !== null), ...scenarios];
}

/** Four questions for the set numbered `seed`, at least half predict or scenario. */
export function textQuestions(view: TextQuizView, seed: number): Question[] {
	// the curriculum's check leads every set
	return dealQuestions(allTextQuestions(view, seed), seed, 4, (q) => q.id === 'check-shape');
}
