/**
 * The feature-scaling widget's state in the URL. An uploaded file is never put in a link
 * (it stays in the browser); a link made while one was shown opens the default data.
 */
import type { UploadFallback } from '$lib/kit/dataSource';
import { defineCodec, enumField, intField, pointsField, textField } from '$lib/url/codec';

export type DataSource = 'blobs' | 'penguins' | 'iris' | 'cars' | 'upload';
export type Placement = 'train' | 'test';
export type Compared = 'standard' | 'minmax' | 'maxabs' | 'robust' | 'normalize';
export const maxOutliers = 5;
/** Largest |value| an outlier may take: far beyond any real column here, still exact. */
export const outlierLimit = 1e9;

export interface ScalingUrlState {
	src: DataSource;
	/** The two columns plotted (real tables and uploads). */
	fx: string;
	fy: string;
	/** Generated data: sample count and seed (the seed also shuffles the train/test split). */
	n: number;
	seed: number;
	/** Points the learner added, in the data's own units. */
	out: [number, number][];
	/** Fit the scalers on the training rows only (right) or on every row (a leak). */
	fit: 'train' | 'all';
	/** Which rows the added points join: the training rows, or the test rows (where fitting on all rows leaks them). */
	place: Placement;
	/** The point whose nearest neighbours are shown. */
	pick: number;
	/** The scaling whose neighbours, formulas and questions are shown. */
	cmp: Compared;
	/** Colour the points by their class, or by the k-means cluster found in each space. */
	col: 'class' | 'kmeans';
	q: number;
}

const columnName = (text: string) =>
	[...text].some((c) => c.charCodeAt(0) < 32) ? 'holds control characters' : null;

export const scalingCodec = defineCodec<ScalingUrlState>({
	src: enumField<DataSource>('cars', ['blobs', 'penguins', 'iris', 'cars', 'upload']),
	fx: textField('horsepower', 80, columnName),
	fy: textField('weight', 80, columnName),
	n: intField(200, 20, 2000),
	seed: intField(1, 1, 1_000_000),
	out: pointsField(maxOutliers, outlierLimit),
	fit: enumField<'train' | 'all'>('train', ['train', 'all']),
	// added after links were first shared: a link without it puts the points in training, as before
	place: enumField<Placement>('train', ['train', 'test']),
	pick: intField(0, 0, 1_000_000),
	cmp: enumField<Compared>('standard', ['standard', 'minmax', 'maxabs', 'robust', 'normalize']),
	col: enumField<'class' | 'kmeans'>('class', ['class', 'kmeans']),
	q: intField(1, 1, 1_000_000)
});

/** What a link made with an uploaded file opens in a browser that does not hold that file. */
export const uploadFallback: UploadFallback<ScalingUrlState> = {
	name: 'the cars data',
	settings: { src: 'cars', fx: 'horsepower', fy: 'weight' }
};
