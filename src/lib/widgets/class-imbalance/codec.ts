/**
 * The class-imbalance widget's state in the URL: one table of fields. The data are never in the
 * link: the seed regenerates them exactly.
 */
import { defineCodec, enumField, intField, numberField } from '$lib/url/codec';

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

export interface ImbalanceUrlState {
	/** Share of positives in the data, percent. */
	pos: number;
	/** Distance between the two classes' centres, in standard deviations (small: much overlap). */
	sep: number;
	/** Rows in the data, before the split. */
	n: number;
	seed: number;
	/** The remedy shown in the plot and the headline. */
	rem: Remedy;
	/** Resample after the split (training rows only) or before it (the leak). */
	when: When;
	/** SMOTE's nearest neighbours. */
	k: number;
	/** Custom class weight of a positive row (a negative weighs 1). */
	w: number;
	/** Threshold moving: a score at or above this is flagged positive. */
	t: number;
	/** Which "check yourself" questions are asked. */
	q: number;
}

export const imbalanceCodec = defineCodec<ImbalanceUrlState>({
	pos: numberField(2, 0.5, 50, 0.5),
	sep: numberField(2, 0, 4, 0.25),
	n: intField(1000, 200, 5000),
	seed: intField(1, 1, 1_000_000),
	rem: enumField<Remedy>('smote', remedies),
	when: enumField<When>('after', ['after', 'before']),
	k: intField(5, 1, 10),
	w: numberField(10, 0.1, 1000),
	t: numberField(0.2, 0.01, 0.99, 0.01),
	q: intField(1, 1, 1_000_000)
});
