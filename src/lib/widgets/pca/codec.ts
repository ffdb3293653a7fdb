/**
 * The PCA widget's state in the URL: which data, whether it is standardised first, how many
 * components are kept, and the generated clouds' shape (stretch, angle, size, seed).
 */
import { defineCodec, enumField, intField, numberField } from '$lib/url/codec';
import type { StateOf } from '$lib/url/codec';

export type PcaSource = 'cloud2' | 'cloud3' | 'penguins' | 'cars';
export type Scaling = 'none' | 'standard';
/** The scaling the switch turns to. */
export const otherScaling = (scale: Scaling): Scaling => (scale === 'none' ? 'standard' : 'none');

/** Features of each source: the clouds' axes, the real tables' numeric columns used. */
export const featureCount: Record<PcaSource, number> = { cloud2: 2, cloud3: 3, penguins: 4, cars: 6 };

export const pcaCodec = defineCodec(
	{
		src: enumField<PcaSource>('cloud2', ['cloud2', 'cloud3', 'penguins', 'cars']),
		/** 'standard': each feature to mean 0, std 1 (StandardScaler) before the PCA; 'none': centred only, as PCA itself does. */
		scale: enumField<Scaling>('none', ['none', 'standard']),
		/** Components kept for the reconstruction, 1 to the source's feature count. */
		k: intField(1, 1, 6),
		/** Generated clouds: how many times longer the long axis is than the short one. */
		stretch: numberField(4, 1, 10, 0.5),
		/** Generated clouds: the long axis' angle from the first feature's axis, degrees. */
		angle: intField(30, 0, 180),
		n: intField(200, 20, 1000),
		seed: intField(1, 1, 1_000_000),
		q: intField(1, 1, 1_000_000)
	},
	{
		// a link may ask for more components than its data has features (k=6 on the 2-D cloud)
		check(decoded) {
			const { src, k } = decoded.value;
			if (k > featureCount[src]) {
				decoded.problems.push(
					`The link asked for ${k} components, but this data has ${featureCount[src]} features; keeping ${featureCount[src]}.`
				);
				decoded.value.k = featureCount[src];
			}
		}
	}
);

export type PcaUrlState = StateOf<typeof pcaCodec>;
