/**
 * The known surfaces the strategies search: validation accuracy as a function of two
 * hyperparameters, built so that each shows one lesson (one hyperparameter that matters and
 * one that barely does; a narrow diagonal ridge; a learning rate whose good values lie
 * decades below its range's top). Each surface is written in map coordinates m ∈ [0, 1]²:
 * a hyperparameter's position along its axis, in its values (linear) or their logarithms
 * (log), as the map draws it. A search works in its own unit square u, which its range's
 * scale maps to values; `toMap` carries a trial over.
 */
import type { ObjectiveId, Scale } from './codec';

export interface Hyperparameter {
	name: string;
	lo: number;
	hi: number;
	/** How the map draws the axis: in values, or in decades. */
	axis: Scale;
}

export interface SearchObjective {
	id: ObjectiveId;
	/** The select's words. */
	label: string;
	/** What the surface is, for captions. */
	description: string;
	params: readonly [Hyperparameter, Hyperparameter];
	/** The hyperparameter that matters (its distinct values are counted). */
	important: 0 | 1;
	/** Validation accuracy at map position m. */
	score(m: readonly number[]): number;
	/** Where the surface is highest, in map coordinates, by construction. */
	peak: readonly [number, number];
}

const bump = (x: number, centre: number, width: number) => Math.exp(-(((x - centre) / width) ** 2));

export const objectives: Record<ObjectiveId, SearchObjective> = {
	'one-matters': {
		id: 'one-matters',
		label: 'One that matters',
		description: 'dropout matters, momentum barely',
		params: [
			{ name: 'dropout', lo: 0.02, hi: 0.8, axis: 'linear' },
			{ name: 'momentum', lo: 0.5, hi: 0.99, axis: 'linear' }
		],
		important: 0,
		// a narrow peak in dropout, placed between a 3-value grid's 1/6 and 1/2; momentum moves it by at most 0.012
		score: ([a, b]) => 0.7 + 0.22 * bump(a, 0.3, 0.09) + 0.012 * (1 - (b - 0.6) ** 2),
		peak: [0.3, 0.6]
	},
	ridge: {
		id: 'ridge',
		label: 'A narrow ridge',
		description: 'a narrow ridge of learning rate against momentum',
		params: [
			{ name: 'learning rate', lo: 0.01, hi: 0.5, axis: 'linear' },
			{ name: 'momentum', lo: 0.5, hi: 0.99, axis: 'linear' }
		],
		important: 0,
		// a higher rate wants less momentum: good scores lie along m₂ = 0.85 − 0.7 m₁, best near m₁ = 0.7
		score: ([a, b]) => 0.55 + 0.37 * bump(b, 0.85 - 0.7 * a, 0.05) * bump(a, 0.7, 0.5),
		peak: [0.7, 0.85 - 0.7 * 0.7]
	},
	'log-scale': {
		id: 'log-scale',
		label: 'Decades (log scale)',
		description: 'learning rate × L2 penalty, over decades',
		params: [
			{ name: 'learning rate', lo: 1e-5, hi: 1, axis: 'log' },
			{ name: 'L2 penalty', lo: 1e-6, hi: 10, axis: 'log' }
		],
		important: 0,
		// best near a learning rate of 10^−2.7 ≈ 0.002 and a penalty of 10^−3; a wide range above 0.01 learns nothing
		score: ([a, b]) => 0.5 + 0.42 * bump(a, 2.3 / 5, 0.12) * (0.75 + 0.25 * bump(b, 3 / 7, 0.25)),
		peak: [2.3 / 5, 3 / 7]
	}
};

/** A hyperparameter's value at position s ∈ [0, 1] of its range, searched on `scale`. */
export function valueAt(param: Hyperparameter, s: number, scale: Scale): number {
	return scale === 'log' ? param.lo * (param.hi / param.lo) ** s : param.lo + s * (param.hi - param.lo);
}

/** The position on `scale` of a value (the inverse of valueAt). */
export function searchPosition(param: Hyperparameter, value: number, scale: Scale): number {
	return scale === 'log'
		? Math.log(value / param.lo) / Math.log(param.hi / param.lo)
		: (value - param.lo) / (param.hi - param.lo);
}

/** The map position of a value: along its axis in values, or in decades. */
export const mapPosition = (param: Hyperparameter, value: number): number =>
	searchPosition(param, value, param.axis);

/** A search's point u (on `scale`) as map coordinates. */
export function toMap(objective: SearchObjective, u: readonly number[], scale: Scale): [number, number] {
	const [p, q] = objective.params;
	return [mapPosition(p, valueAt(p, u[0], scale)), mapPosition(q, valueAt(q, u[1], scale))];
}

/** The score of a search's point u on `scale`: what a full training reports. */
export const scoreOn = (objective: SearchObjective, scale: Scale) => (u: readonly number[]) =>
	objective.score(toMap(objective, u, scale));

/** The true best: the surface at its peak. */
export const bestScore = (objective: SearchObjective) => objective.score(objective.peak);

/** Cells per side of the drawn surface: 64 × 64 = 4,096 cells, on a canvas. */
export const MAP_SIDE = 64;

/**
 * The surface at the centres of a side × side grid of map cells, rows from the top (largest
 * second hyperparameter) down, as the map's canvas paints them.
 */
export function surfaceGrid(objective: SearchObjective, side = MAP_SIDE): Float64Array {
	const cells = new Float64Array(side * side);
	for (let row = 0; row < side; row++)
		for (let col = 0; col < side; col++)
			cells[row * side + col] = objective.score([(col + 0.5) / side, 1 - (row + 0.5) / side]);
	return cells;
}
