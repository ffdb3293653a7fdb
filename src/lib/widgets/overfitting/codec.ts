/** The overfitting widget's state in the URL: both tabs' settings (never the trained weights). */
import { ACTIVATIONS, MAX_HIDDEN_LAYERS, MAX_UNITS, type Activation } from '$lib/nn/architecture';
import { CROSSES, type Cross } from '$lib/nn/features';
import { OPTIMIZERS, type OptimizerName } from '$lib/nn/settings';
import { DATA_NAMES, type DataName } from '$lib/ml/planeData';
import { allowEmpty, defineCodec, enumField, intField, listField, numberField } from '$lib/url/codec';
import type { StateOf } from '$lib/url/codec';
import { MIN_TRAIN_POINTS, splitLeavesEnough, trainingCount } from './polynomial';

export type Tab = 'network' | 'polynomial';
export { DATA_NAMES, type DataName };
type Switch = 'on' | 'off';

/** Learning rates on offer, as the TensorFlow Playground's list (10 to show divergence). */
export const LEARNING_RATES = [0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10];
/** L1 / L2 rates on offer (0 = off). */
export const PENALTIES = [0, 0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1];

const unitCount = (raw: string) =>
	/^\d+$/.test(raw) && Number(raw) >= 1 && Number(raw) <= MAX_UNITS ? Number(raw) : null;
const crossName = (raw: string) => ((CROSSES as readonly string[]).includes(raw) ? (raw as Cross) : null);
const oneOf = (values: number[], fallback: number) => ({
	...numberField(fallback, Math.min(...values), Math.max(...values)),
	parse(raw: string) {
		const value = Number(raw);
		return values.includes(value)
			? { ok: true as const, value }
			: { ok: false as const, reason: `not one of ${values.join(', ')}` };
	}
});

/** Layers and crosses are joined by "-"; none is "none" (an empty value would read as "missing"). */
const layersField = allowEmpty(
	listField<number>([4, 2], '-', unitCount, { min: 1, max: MAX_HIDDEN_LAYERS }),
	'none'
);
const crossField = allowEmpty(listField<Cross>([], '-', crossName, { min: 1, max: CROSSES.length }), 'none');

export const overfittingCodec = defineCodec(
	{
		tab: enumField<Tab>('network', ['network', 'polynomial']),
		data: enumField<DataName>('circles', DATA_NAMES),
		/** Classes of blobs and spiral (the others have two). */
		cls: intField(3, 2, 4),
		noise: numberField(0.15, 0, 1, 0.05),
		n: intField(200, 20, 1000),
		/** Training share, in percent; the rest is validation. */
		tr: intField(50, 10, 90),
		seed: intField(1, 1, 1_000_000),
		layers: layersField,
		act: enumField<Activation>('tanh', ACTIVATIONS),
		opt: enumField<OptimizerName>('adam', OPTIMIZERS),
		lr: oneOf(LEARNING_RATES, 0.03),
		bs: intField(10, 1, 100),
		l1: oneOf(PENALTIES, 0),
		l2: oneOf(PENALTIES, 0),
		drop: numberField(0, 0, 0.8, 0.05),
		/** Early-stopping patience in epochs; 0 is off. */
		pat: intField(0, 0, 200),
		restore: enumField<Switch>('on', ['on', 'off']),
		cross: crossField,
		/**
		 * Polynomial tab: samples, noise, seed, validation share in percent, degree, log10 of the
		 * ridge penalty (−9 = off). The page shows the split as a training share (100 − pval), the
		 * network tab's notion; the URL keeps the validation share so that old links still read.
		 */
		pn: intField(30, 5, 200),
		pnoise: numberField(0.25, 0, 1, 0.05),
		pseed: intField(1, 1, 1_000_000),
		pval: intField(30, 10, 90),
		deg: intField(3, 1, 15),
		lam: numberField(-9, -9, 2, 0.5),
		q: intField(1, 1, 1_000_000)
	},
	{
		check(decoded) {
			const { pn, pval } = decoded.value;
			if (!splitLeavesEnough(pn, pval)) {
				const fallback = overfittingCodec.fields.pval.default;
				decoded.problems.push(
					`The link holds out ${pval}% of ${pn} points for validation, leaving ${trainingCount(pn, pval)} for training; a fit needs at least ${MIN_TRAIN_POINTS}, so the training share is ${100 - fallback}%.`
				);
				decoded.value.pval = fallback;
			}
		}
	}
);

export type OverfittingUrlState = StateOf<typeof overfittingCodec>;
