/**
 * The feature-scaling widget's state in the URL. An uploaded file is never put in a link
 * (it stays in the browser); a link made while one was shown opens the default data.
 */
import type { UploadFallback } from '$lib/kit/dataSource';
import { columnField, defineCodec, enumField, intField, pointsField } from '$lib/url/codec';
import type { StateOf } from '$lib/url/codec';

export type DataSource = 'blobs' | 'penguins' | 'iris' | 'cars' | 'upload';
export type Placement = 'train' | 'test';
export type Compared = 'standard' | 'minmax' | 'maxabs' | 'robust' | 'normalize';
export const maxOutliers = 5;
/** Largest |value| an outlier may take: far beyond any real column here, still exact. */
export const outlierLimit = 1e9;

export const scalingCodec = defineCodec({
	src: enumField<DataSource>('cars', ['blobs', 'penguins', 'iris', 'cars', 'upload']),
	/** The two columns plotted (real tables and uploads). */
	fx: columnField('horsepower'),
	fy: columnField('weight'),
	/** Generated data: sample count and seed (the seed also shuffles the train/test split). */
	n: intField(200, 20, 2000),
	seed: intField(1, 1, 1_000_000),
	/** Points the learner added, in the data's own units. */
	out: pointsField(maxOutliers, outlierLimit),
	/** Fit the scalers on the training rows only (right) or on every row (a leak). */
	fit: enumField('train', ['train', 'all']),
	/** Which rows the added points join: the training rows, or the test rows (where fitting on all rows leaks them). */
	// added after links were first shared: a link without it puts the points in training, as before
	place: enumField<Placement>('train', ['train', 'test']),
	/** The point whose nearest neighbours are shown. */
	pick: intField(0, 0, 1_000_000),
	/** The scaling whose neighbours, formulas and questions are shown. */
	cmp: enumField<Compared>('standard', ['standard', 'minmax', 'maxabs', 'robust', 'normalize']),
	/** Colour the points by their class, or by the k-means cluster found in each space. */
	col: enumField('class', ['class', 'kmeans']),
	q: intField(1, 1, 1_000_000)
});

export type ScalingUrlState = StateOf<typeof scalingCodec>;

/** What a link made with an uploaded file opens in a browser that does not hold that file. */
export const uploadFallback: UploadFallback<ScalingUrlState> = {
	name: 'the cars data',
	settings: { src: 'cars', fx: 'horsepower', fy: 'weight' }
};
