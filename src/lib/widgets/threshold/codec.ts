/**
 * The threshold explorer's state in the URL: one table of fields from which encoding and
 * decoding are generated. Everything that shapes the scores is here (not the scores
 * themselves: the seed regenerates them exactly).
 */
import { defineCodec, enumField, intField, listField, numberField } from '$lib/url/codec';
import type { StateOf } from '$lib/url/codec';
import { penguinFeatures, type PenguinFeature } from './penguinFeatures';

export const maxSamples = 20_000;
export const maxCost = 1_000_000;

export type ScoreSource = 'simulated' | 'penguins';
export type Pick = 'none' | 'f1' | 'recall' | 'cost' | 'half';

const featureList = (defaults: PenguinFeature[]) =>
	listField<PenguinFeature>(
		defaults,
		',',
		(raw) => ((penguinFeatures as readonly string[]).includes(raw) ? (raw as PenguinFeature) : null),
		{ min: 1, max: penguinFeatures.length }
	);

export const thresholdCodec = defineCodec(
	{
		src: enumField<ScoreSource>('simulated', ['simulated', 'penguins']),
		/** Simulated scores: sample size, % positives, separation and spread of the classes, seed. */
		n: intField(1000, 20, maxSamples),
		pos: intField(20, 1, 50),
		sep: numberField(2, 0, 5, 0.1),
		sd: numberField(1, 0.5, 3, 0.1),
		seed: intField(1, 1, 1_000_000),
		/** Penguin models A and B: the measurements each uses. */
		fa: featureList(['bill_depth_mm', 'body_mass_g']),
		fb: featureList(['flipper_length_mm']),
		/** The threshold: a score >= t is predicted positive. */
		t: numberField(0.5, 0, 1),
		/** Which rule placed the threshold ('none' once it is dragged), so its reason stays on screen. */
		pick: enumField<Pick>('none', ['none', 'f1', 'recall', 'cost', 'half']),
		/** Costs of one false positive and one false negative. */
		cfp: numberField(1, 0, maxCost),
		cfn: numberField(5, 0, maxCost),
		/** Recall the "reach a recall" button aims for, in percent. */
		rt: intField(95, 1, 100),
		/** Compare with score set B, and B's own % positives and separation (simulated). */
		cmp: enumField('off', ['off', 'on']),
		bpos: intField(2, 1, 50),
		bsep: numberField(2, 0, 5, 0.1),
		/** The histogram's height: counts, or each class as a share of its own size. */
		hist: enumField('count', ['count', 'share']),
		/** Which "check yourself" questions are asked. */
		q: intField(1, 1, 1_000_000)
	},
	{
		check(decoded) {
			for (const key of ['fa', 'fb'] as const) {
				if (new Set(decoded.value[key]).size !== decoded.value[key].length) {
					decoded.problems.push(
						`The link repeats a measurement in model ${key === 'fa' ? 'A' : 'B'}; using its default.`
					);
					decoded.value[key] = [...thresholdCodec.fields[key].default];
				}
			}
		}
	}
);

export type ThresholdUrlState = StateOf<typeof thresholdCodec>;
