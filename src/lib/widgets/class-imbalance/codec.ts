/**
 * The class-imbalance widget's state in the URL: one table of fields. The data are never in the
 * link: the seed regenerates them exactly.
 */
import { defineCodec, enumField, intField, numberField } from '$lib/url/codec';
import type { StateOf } from '$lib/url/codec';

export type Remedy = 'none' | 'over' | 'under' | 'smote' | 'balanced' | 'custom' | 'threshold';
/** Resample before the split (the leak) or after it, on the training rows only. */
export type When = 'after' | 'before';

export const remedies: readonly Remedy[] = [
	'none',
	'over',
	'under',
	'smote',
	'balanced',
	'custom',
	'threshold'
];

export const imbalanceCodec = defineCodec({
	/** Share of positives in the data, percent. */
	pos: numberField(2, 0.5, 50, 0.5),
	/** Distance between the two classes' centres, in standard deviations (small: much overlap). */
	sep: numberField(2, 0, 4, 0.25),
	/** Rows in the data, before the split. */
	n: intField(1000, 200, 5000),
	seed: intField(1, 1, 1_000_000),
	/** The remedy shown in the plot and the headline. */
	rem: enumField<Remedy>('smote', remedies),
	/** Resample after the split (training rows only) or before it (the leak). */
	when: enumField<When>('after', ['after', 'before']),
	/** SMOTE's nearest neighbours (fewer are used when the training positives are too few). */
	k: intField(5, 1, 10),
	/** Custom class weight of a positive row (a negative weighs 1). */
	w: numberField(10, 0.1, 1000),
	/** Threshold moving: a score at or above this is flagged positive. */
	t: numberField(0.2, 0.01, 0.99, 0.01),
	/** Which "check yourself" questions are asked. */
	q: intField(1, 1, 1_000_000)
});

export type ImbalanceUrlState = StateOf<typeof imbalanceCodec>;
