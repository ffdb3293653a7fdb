/** What this widget's question generators read (apart from quiz.ts, which imports the generators). */
import type { Rng } from '$lib/ml/random';
import type { Question } from '$lib/quiz/quiz';
import type { GridAgainstRandom } from './analysis';
import type { SearchUrlState } from './codec';
import type { SearchObjective } from './objectives';

/** What the questions read: the inputs, the surface on screen and its grid-against-random verdict. */
export interface QuizView {
	input: SearchUrlState;
	objective: SearchObjective;
	trueBest: number;
	versus: GridAgainstRandom;
}

/** Builds one question for these numbers, or null when it has no clear answer for them. */
export type Generator = (view: QuizView, rng: Rng) => Question | null;
