/**
 * The data-splits widget's state in the URL; the three percentages are checked together. Links
 * from before the data had a seed of its own carry only `seed`, which then seeded both: such a
 * link's data seed is its split seed, so it still shows the rows it showed.
 */
import { defineCodec, enumField, intField, numberField } from '$lib/url/codec';
import { candidateKs } from '$lib/ml/holdoutScore';
import { minimum } from './fractions';

type Switch = 'on' | 'off';
const onOff = (value: Switch) => enumField<Switch>(value, ['on', 'off']);

export interface SplitsUrlState {
	n: number;
	/** Positives, in percent. */
	pos: number;
	sep: number;
	/** Seed of the data alone. */
	dseed: number;
	/** Seed of the split's shuffle alone. */
	seed: number;
	tr: number;
	va: number;
	te: number;
	shuffle: Switch;
	strat: Switch;
	/** Time-ordered, drifting data. */
	time: Switch;
	/** 30% of the rows duplicated before the split. */
	dup: Switch;
	/** The feature-selection demo's headline: features chosen on all rows (the leak) or on the training rows. */
	fsel: Switch;
	/** Neighbours of the k-NN model. */
	k: number;
	q: number;
}

export const splitsCodec = defineCodec<SplitsUrlState>(
	{
		n: intField(200, 20, 1000),
		pos: intField(10, 1, 50),
		sep: numberField(1.5, 0, 5, 0.1),
		dseed: intField(1, 1, 1_000_000),
		seed: intField(1, 1, 1_000_000),
		tr: intField(80, minimum.train, 95),
		va: intField(10, minimum.val, 85),
		te: intField(10, minimum.test, 90),
		shuffle: onOff('on'),
		strat: onOff('off'),
		time: onOff('off'),
		dup: onOff('off'),
		fsel: onOff('off'),
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
