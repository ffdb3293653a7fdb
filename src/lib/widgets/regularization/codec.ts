/**
 * The L1 vs L2 widget's state in the URL: one table of fields. The data are never in the link:
 * the seed regenerates the synthetic table exactly, and the real one is shipped with the site.
 */
import { defineCodec, enumField, intField, numberField } from '$lib/url/codec';
import type { StateOf } from '$lib/url/codec';

export type DataName = 'synthetic' | 'cars';
export type Penalty = 'none' | 'l2' | 'l1' | 'enet';
export type Switch = 'on' | 'off';

/** The λ slider's range, as log10 λ: every path is computed on this grid, one point per slider step. */
export const LOG_LAMBDA = { min: -3, max: 2, step: 0.1 } as const;

export const regularizationCodec = defineCodec({
	data: enumField<DataName>('synthetic', ['synthetic', 'cars']),
	pen: enumField<Penalty>('l1', ['none', 'l2', 'l1', 'enet']),
	/** log10 of λ, the penalty's strength on scikit-learn's ElasticNet scale. */
	lam: numberField(-1, LOG_LAMBDA.min, LOG_LAMBDA.max, LOG_LAMBDA.step),
	/** Elastic net's mix: the share of the penalty that is L1 (scikit-learn's l1_ratio). */
	mix: numberField(0.5, 0.05, 0.95, 0.05),
	/** Standardise the features (fitted on the training rows) before fitting. */
	scale: enumField<Switch>('on', ['on', 'off']),
	/** Synthetic table: training rows, noise sd on the target, seed. */
	n: intField(40, 20, 400),
	noise: numberField(2, 0, 6, 0.5),
	seed: intField(1, 1, 1_000_000),
	/** Which "check yourself" questions are asked. */
	q: intField(1, 1, 1_000_000)
});

export type RegularizationUrlState = StateOf<typeof regularizationCodec>;
