/**
 * The decision-boundary models' shared vocabulary: the kinds, one model's settings and the
 * plane they learn from. The widget's codec and the fitting job (run in a worker) both read it.
 */

import { MAX_UNITS } from '$lib/nn/architecture';

export type ModelKind = 'logistic' | 'knn' | 'tree' | 'forest' | 'boosting' | 'nn';
export const MODEL_KINDS: readonly ModelKind[] = ['logistic', 'knn', 'tree', 'forest', 'boosting', 'nn'];

/** The neural network's hidden units: 1 to the network kit's largest layer (src/lib/nn/architecture.ts). */
export const MAX_HIDDEN_UNITS = MAX_UNITS;

/** The deepest limit on offer; one more, at the slider's top, means "no limit" (scikit-learn's max_depth=None). */
export const MAX_DEPTH = 12;
export const NO_LIMIT = MAX_DEPTH + 1;

export type SettingName = 'deg' | 'k' | 'depth' | 'trees' | 'rounds' | 'units';

/** One model's kind and the key setting of each kind. */
export interface ModelSettings {
	kind: ModelKind;
	/** Logistic regression: degree of the polynomial features (1 = the two inputs alone). */
	deg: number;
	/** k-NN: neighbours that vote. */
	k: number;
	/** Decision tree: maximum depth, NO_LIMIT for none. */
	depth: number;
	/** Random forest: trees. */
	trees: number;
	/** Gradient boosting: rounds (trees). */
	rounds: number;
	/** Neural network: units of its one hidden layer. */
	units: number;
}

/** The key setting of each kind. */
export const SETTING_OF: Record<ModelKind, SettingName> = {
	logistic: 'deg',
	knn: 'k',
	tree: 'depth',
	forest: 'trees',
	boosting: 'rounds',
	nn: 'units'
};

/** The points both models learn from, split once into training and test rows. */
export interface Plane {
	/** One row per point: the two inputs in their own units. */
	X: number[][];
	/** Class 0 or 1 per row. */
	y: number[];
	train: number[];
	test: number[];
	xDomain: [number, number];
	yDomain: [number, number];
	/** The inputs' names (axis titles) and the classes' names. */
	axes: [string, string];
	classes: [string, string];
}
