/**
 * The data-splits widget's state in the URL; the three percentages are checked together. Links
 * from before the data had a seed of its own carry only `seed`, which then seeded both: such a
 * link's data seed is its split seed, so it still shows the rows it showed.
 */
import { defineCodec, enumField, intField, numberField } from '$lib/url/codec';
import type { StateOf } from '$lib/url/codec';
import { candidateKs } from '$lib/ml/holdoutScore';
import { minimum } from './fractions';

type Switch = 'on' | 'off';
const onOff = (value: Switch) => enumField<Switch>(value, ['on', 'off']);

export const splitsCodec = defineCodec(
	{
		n: intField(200, 20, 1000),
		/** Positives, in percent. */
		pos: intField(10, 1, 50),
		sep: numberField(1.5, 0, 5, 0.1),
		/** Seed of the data alone. */
		dseed: intField(1, 1, 1_000_000),
		/** Seed of the split's shuffle alone. */
		seed: intField(1, 1, 1_000_000),
		tr: intField(80, minimum.train, 95),
		va: intField(10, minimum.val, 85),
		te: intField(10, minimum.test, 90),
		shuffle: onOff('on'),
		strat: onOff('off'),
		/** Time-ordered, drifting data. */
		time: onOff('off'),
		/** 30% of the rows duplicated before the split. */
		dup: onOff('off'),
		/** The feature-selection demo's headline: features chosen on all rows (the leak) or on the training rows. */
		fsel: onOff('off'),
		/** Neighbours of the k-NN model. */
		k: intField(5, 1, candidateKs[candidateKs.length - 1]),
		q: intField(1, 1, 1_000_000)
	},
	{
		check(decoded, params) {
			if (params.has('seed') && !params.has('dseed')) decoded.value.dseed = decoded.value.seed;
			const { tr, va, te } = decoded.value;
			if (tr + va + te !== 100) {
				decoded.problems.push(`The link's parts add up to ${tr + va + te}%, not 100%; using 80 / 10 / 10.`);
				Object.assign(decoded.value, { tr: 80, va: 10, te: 10 });
			}
		}
	}
);

export type SplitsUrlState = StateOf<typeof splitsCodec>;
