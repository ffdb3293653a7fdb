/**
 * The outliers widget's state in the URL. An uploaded file never goes into a link (it stays
 * in the browser); a link made while one was shown opens the cars data with a notice.
 */
import type { UploadFallback } from '$lib/kit/dataSource';
import { columnField, defineCodec, enumField, intField, numberField } from '$lib/url/codec';
import type { Field, StateOf } from '$lib/url/codec';

export type DataSource = 'cars' | 'penguins' | 'iris' | 'normal' | 'skewed' | 'upload';
export type Rule = 'iqr' | 'z';
export type Treatment = 'keep' | 'remove' | 'cap' | 'winsor' | 'log';
/** Largest |value| the added point may take: far beyond any column here, still exact. */
export const pointLimit = 1e9;

/** One point as "x_y", none as an empty string. */
const pointField: Field<[number, number] | null> = {
	default: null,
	parse(raw) {
		if (raw === '') return { ok: true, value: null };
		const parts = raw.split('_').map((v) => (v.trim() === '' ? NaN : Number(v)));
		if (parts.length !== 2 || !parts.every((v) => Number.isFinite(v) && Math.abs(v) <= pointLimit))
			return { ok: false, reason: 'not two numbers' };
		return { ok: true, value: [parts[0], parts[1]] };
	},
	format: (p) => (p ? `${p[0]}_${p[1]}` : ''),
	equals: (a, b) => (a === null || b === null ? a === b : a[0] === b[0] && a[1] === b[1])
};

export const outliersCodec = defineCodec({
	src: enumField<DataSource>('cars', ['cars', 'penguins', 'iris', 'normal', 'skewed', 'upload']),
	/** The column examined (real tables and uploads), and the one fitted against it. */
	col: columnField('horsepower'),
	col2: columnField('mpg'),
	/** Generated data: sample count and seed. */
	n: intField(200, 10, 2000),
	seed: intField(1, 1, 1_000_000),
	/** The IQR multiplier k of the fences Q1 − k·IQR, Q3 + k·IQR. */
	k: numberField(1.5, 0, 10),
	/** The z-score cut-off: |z| above it is flagged. */
	z: numberField(3, 0.5, 10),
	/** Which rule's flags the treatment acts on. */
	rule: enumField<Rule>('iqr', ['iqr', 'z']),
	treat: enumField<Treatment>('keep', ['keep', 'remove', 'cap', 'winsor', 'log']),
	/** Winsorizing: the percentage of values capped at each end. */
	pct: intField(5, 1, 25),
	/** The learner's added point (column value, fitted value), or null. */
	pt: pointField,
	q: intField(1, 1, 1_000_000)
});

export type OutliersUrlState = StateOf<typeof outliersCodec>;

/** What a link made with an uploaded file opens in a browser that does not hold that file. */
export const uploadFallback: UploadFallback<OutliersUrlState> = {
	name: 'the cars data',
	settings: { src: 'cars', col: 'horsepower', col2: 'mpg', pt: null }
};
