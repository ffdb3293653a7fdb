/**
 * The cross-validation widget's state in the URL. Links from before the data had a seed of its
 * own carry only `seed`, which then seeded both: such a link's data seed is its seed, so it still
 * shows the rows it showed.
 */
import { defineCodec, enumField, intField, numberField } from '$lib/url/codec';
import type { StateOf } from '$lib/url/codec';
import { candidateKs } from '$lib/ml/holdoutScore';

export type Method = 'kfold' | 'stratified' | 'timeseries' | 'loo';

type Switch = 'on' | 'off';

export const cvCodec = defineCodec(
	{
		method: enumField<Method>('kfold', ['kfold', 'stratified', 'timeseries', 'loo']),
		/** Number of folds (k-fold and stratified) or of splits (time series). */
		folds: intField(5, 2, 20),
		shuffle: enumField<Switch>('on', ['on', 'off']),
		n: intField(103, 20, 300),
		pos: intField(20, 1, 50),
		sep: numberField(1.5, 0, 5, 0.1),
		/** Time-ordered data that drift. */
		time: enumField<Switch>('off', ['on', 'off']),
		/** Seed of the data alone. */
		dseed: intField(1, 1, 1_000_000),
		/** Seed of the shuffle alone. */
		seed: intField(1, 1, 1_000_000),
		/** Neighbours of the k-NN model scored on each fold. */
		k: intField(5, 1, candidateKs[candidateKs.length - 1]),
		/** The leak panel's headline: features chosen on all rows before the folds (the leak) or inside each fold. */
		fsel: enumField<Switch>('off', ['on', 'off']),
		q: intField(1, 1, 1_000_000)
	},
	{
		check(decoded, params) {
			if (params.has('seed') && !params.has('dseed')) decoded.value.dseed = decoded.value.seed;
		}
	}
);

export type CvUrlState = StateOf<typeof cvCodec>;
