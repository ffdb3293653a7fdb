/**
 * Bayesian search's model as the page draws it: the surrogate (the engine's GP) fitted to the
 * first trials, its mean and uncertainty at every cell of the map, and where expected
 * improvement sends the next trial. The GP lives in the search's unit square; each map cell
 * is carried there (map position → value → position on the range's scale) before it is asked.
 */
import { expectedImprovement, predictGp } from '$lib/ml/gp';
import { fitSurrogate } from '$lib/ml/search';
import type { Scale } from './codec';
import { searchPosition, valueAt, type SearchObjective } from './objectives';
import type { PlacedTrial } from './runs';

/** Cells per side of the model's maps: 32 × 32 = 1,024. */
export const MODEL_SIDE = 32;

export interface ModelMaps {
	/** Trials the model was fitted to. */
	trials: number;
	/** Posterior mean and standard deviation per cell, rows from the top down (score units). */
	mean: Float64Array;
	sd: Float64Array;
	/** The length scale the marginal likelihood chose (search units). */
	lengthScale: number;
	/** The cell of highest expected improvement, in map coordinates, and its EI (score units). */
	next: { m: [number, number]; ei: number };
	/** The best score so far. */
	best: number;
}

/** The surrogate after `trials` (at least one), on a MODEL_SIDE grid of the map. */
export function modelMaps(
	objective: SearchObjective,
	trials: readonly PlacedTrial[],
	scale: Scale,
	side = MODEL_SIDE
): ModelMaps {
	const surrogate = fitSurrogate(
		trials.map((t) => t.u),
		trials.map((t) => t.score)
	);
	const best = trials.reduce((b, t) => Math.max(b, t.score), -Infinity);
	const [p, q] = objective.params;
	const toSearch = (m: number, param: typeof p) =>
		searchPosition(param, valueAt(param, m, param.axis), scale);
	const mean = new Float64Array(side * side);
	const sd = new Float64Array(side * side);
	let next = { m: [0.5, 0.5] as [number, number], ei: -1 };
	for (let row = 0; row < side; row++) {
		for (let col = 0; col < side; col++) {
			const m: [number, number] = [(col + 0.5) / side, 1 - (row + 0.5) / side];
			const { mean: mu, variance } = predictGp(surrogate.model, [toSearch(m[0], p), toSearch(m[1], q)]);
			const cell = row * side + col;
			mean[cell] = surrogate.centre + surrogate.scale * mu;
			sd[cell] = surrogate.scale * Math.sqrt(variance);
			const ei = expectedImprovement(mean[cell], sd[cell], best);
			if (ei > next.ei) next = { m, ei };
		}
	}
	return {
		trials: trials.length,
		mean,
		sd,
		lengthScale: surrogate.model.settings.lengthScale,
		next,
		best
	};
}
