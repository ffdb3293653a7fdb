/**
 * How a widget with seeded question generators gathers every question it can ask: each
 * generator draws from its own random stream, so adding one does not change the others' picks.
 */
import { createRng, type Rng } from '$lib/ml/random';
import type { Question } from './quiz';

/** A question for what is on screen, its variant drawn from `rng`; null when it cannot be asked there. */
export type SeededGenerator<View> = (view: View, rng: Rng) => Question | null;

/** The questions the generators can ask about `view`; `seed` picks each one's variant. */
export function askEach<View>(generators: SeededGenerator<View>[], view: View, seed: number): Question[] {
	return generators
		.map((make, i) => make(view, createRng(seed * 100 + i)))
		.filter((q): q is Question => q !== null);
}
