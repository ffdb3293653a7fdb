/**
 * "Check yourself" for the tab on screen: its own questions plus the exam cases both tabs
 * share, dealt by the question seed. Every question states its numbers; none asks for what
 * the page prints (the best epoch, the lowest-error degree, the network's size).
 */
import { createRng, type Rng } from '$lib/ml/random';
import { dealQuestions, type Question } from '$lib/quiz/quiz';
import { networkGenerators, type NetworkQuizView } from './networkQuestions';
import { polynomialGenerators, type PolynomialQuizView } from './polynomialQuestions';
import { scenarioGenerators } from './scenarioQuestions';

export type OverfittingQuizView = NetworkQuizView & PolynomialQuizView;
type Generator = (view: OverfittingQuizView, rng: Rng) => Question | null;

/** Every question the tab on screen can ask now (each generator once; null ones left out). */
export function availableQuestions(view: OverfittingQuizView, seed: number): Question[] {
	const own: Generator[] = view.input.tab === 'network' ? networkGenerators : polynomialGenerators;
	// the numbers in the questions follow the seed too, on a stream apart from the dealing's
	const rng = createRng(seed + 7_000_001);
	const questions = [...own.map((make) => make(view, rng)), ...scenarioGenerators.map((make) => make(rng))];
	return questions.filter((q): q is Question => q !== null);
}

export function overfittingQuestions(view: OverfittingQuizView, seed: number, count = 4): Question[] {
	return dealQuestions(availableQuestions(view, seed), seed, count);
}
