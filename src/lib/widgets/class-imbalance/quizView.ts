/** What the class-imbalance questions read: the link state the results were fitted for, and the results. */
import type { Question } from '$lib/quiz/quiz';
import type { Rng } from '$lib/ml/random';
import type { ImbalanceUrlState } from './codec';
import type { RemedyResults } from './results';

export interface ImbalanceQuizView {
	input: ImbalanceUrlState;
	results: RemedyResults;
}

/** A question for these numbers, or null when they do not allow it. */
export type Generator = (view: ImbalanceQuizView, rng: Rng) => Question | null;
