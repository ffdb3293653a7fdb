/**
 * The k-means widget's state in the URL: the data settings, k, the start and the step on
 * screen, so a link reopens the exact frame. An uploaded file never goes in a link.
 */
import type { UploadFallback } from '$lib/kit/dataSource';
import { defineCodec, enumField, intField, numberField, pointsField } from '$lib/url/codec';
import type { StateOf } from '$lib/url/codec';

export type KMeansSource =
	'blobs' | 'aniso' | 'moons' | 'circles' | 'uniform' | 'iris' | 'penguins' | 'upload';
export type StartMethod = 'k-means++' | 'random' | 'click';
export const maxK = 10;
/** Largest |coordinate| of a placed centroid: beyond any data shown here, still exact. */
const coordinateLimit = 1e9;

export const kMeansCodec = defineCodec({
	src: enumField<KMeansSource>('blobs', [
		'blobs',
		'aniso',
		'moons',
		'circles',
		'uniform',
		'iris',
		'penguins',
		'upload'
	]),
	/** Generated data: samples, blob count, their spread (standard deviation), sizes, noise, seed. */
	n: intField(300, 20, 2000),
	blobs: intField(4, 1, 8),
	spread: numberField(1, 0.1, 5, 0.1),
	sizes: enumField('equal', ['equal', 'unequal']),
	noise: numberField(0.06, 0, 0.5, 0.01),
	dseed: intField(1, 1, 1_000_000),
	/** Standardise every feature before clustering (and before PCA for tables). */
	scale: enumField('off', ['on', 'off']),
	k: intField(4, 1, maxK),
	init: enumField<StartMethod>('k-means++', ['k-means++', 'random', 'click']),
	/** Seed of the starting centroids. */
	seed: intField(1, 1, 1_000_000),
	/** Centroids the learner placed by clicking, in the plotted units. */
	placed: pointsField(maxK, coordinateLimit),
	/** The frame on screen: 0 the start, then assign and update in turn. */
	step: intField(0, 0, 10_000),
	/** Frames per second when playing. */
	speed: numberField(2, 0.5, 10, 0.5),
	q: intField(1, 1, 1_000_000)
});

export type KMeansUrlState = StateOf<typeof kMeansCodec>;

/** What a link made with an uploaded file opens in a browser that does not hold that file. */
export const uploadFallback: UploadFallback<KMeansUrlState> = {
	name: 'generated blobs',
	settings: { src: 'blobs' }
};
