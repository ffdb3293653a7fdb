/**
 * The hyperparameter-search widget's state in the URL: one table of fields from which
 * encoding and decoding are generated. The trials are not stored: the seed regenerates them.
 */
import { defineCodec, enumField, intField } from '$lib/url/codec';
import type { StateOf } from '$lib/url/codec';

export type ObjectiveId = 'one-matters' | 'ridge' | 'log-scale';
export type Strategy = 'grid' | 'random' | 'bayes' | 'hyperband';
export type Scale = 'linear' | 'log';

/** Full trainings a search may spend; 3 is the least successive halving can use, 40 keeps Bayesian search within a frame. */
export const MIN_BUDGET = 3;
export const MAX_BUDGET = 40;

/** Most parallel jobs offered: beyond it a 3-to-40-trial search is one or two batches. */
export const MAX_PARALLEL = 8;

export const strategies: readonly Strategy[] = ['grid', 'random', 'bayes', 'hyperband'];

export const searchCodec = defineCodec({
	/** The known validation-score surface searched. */
	obj: enumField<ObjectiveId>('one-matters', ['one-matters', 'ridge', 'log-scale']),
	/** The strategy drawn on the map. */
	strat: enumField<Strategy>('grid', strategies),
	/** Budget in full trainings. */
	n: intField(9, MIN_BUDGET, MAX_BUDGET),
	/** How each hyperparameter's range is searched: evenly in its values, or in their logarithms. */
	scale: enumField<Scale>('linear', ['linear', 'log']),
	seed: intField(1, 1, 1_000_000),
	/** Bayesian search's training jobs at once (SageMaker's MaxParallelTrainingJobs). */
	par: intField(1, 1, MAX_PARALLEL),
	/** Trials shown on the map (and the model after that many), capped at the budget. */
	at: intField(MAX_BUDGET, 1, MAX_BUDGET),
	/** Which "check yourself" questions are asked. */
	q: intField(1, 1, 1_000_000)
});

export type SearchUrlState = StateOf<typeof searchCodec>;
