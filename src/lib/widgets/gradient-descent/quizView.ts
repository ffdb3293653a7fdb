/** What the gradient-descent questions read: the surface, the link state and optimiser A's run. */
import type { Surface } from '$lib/ml/lossSurfaces';
import type { Rng } from '$lib/ml/random';
import type { Question } from '$lib/quiz/quiz';
import type { Run } from './analysis';
import type { GradientUrlState } from './codec';

export interface QuizView {
	surface: Surface;
	input: GradientUrlState;
	runA: Run;
	start: [number, number];
}

/** Builds one question from the numbers, or null when they do not suit it; `rng` picks its variant. */
export type Generator = (view: QuizView, rng: Rng) => Question | null;
