/**
 * The missing-values widget's state in the URL. An uploaded file never leaves its browser,
 * so a link made while one was shown opens the penguins instead, and says so.
 */
import type { UploadFallback } from '$lib/kit/dataSource';
import {
	allowEmpty,
	columnField,
	defineCodec,
	enumField,
	intField,
	listField,
	numberField
} from '$lib/url/codec';
import type { StateOf } from '$lib/url/codec';

export type Source = 'penguins' | 'cars' | 'iris' | 'upload';
/** How the holes are punched: the three mechanisms, or the learner's own clicks. */
export type HoleMechanism = 'mcar' | 'mar' | 'mnar' | 'hand';
export type Method =
	'drop-rows' | 'drop-column' | 'mean' | 'median' | 'most_frequent' | 'constant' | 'knn' | 'indicator';
export const methods: readonly Method[] = [
	'drop-rows',
	'drop-column',
	'mean',
	'median',
	'most_frequent',
	'constant',
	'knn',
	'indicator'
];
/** Most cells punched by hand that a link holds. */
export const maxHandHoles = 2500;
/** Largest |fill value|: far beyond any column here, still exact. */
export const fillLimit = 1e9;

const rowNumber = (raw: string) => (/^\d{1,7}$/.test(raw) ? Number(raw) : null);
/** Row numbers joined by "_"; none is an empty string. */
const handField = allowEmpty(listField<number>([], '_', rowNumber, { min: 1, max: maxHandHoles }), '');

export const missingCodec = defineCodec({
	src: enumField<Source>('penguins', ['penguins', 'cars', 'iris', 'upload']),
	/** The column studied (the one with holes) and the second column (for r, MAR and k-NN). */
	col: columnField('body_mass_g'),
	by: columnField('flipper_length_mm'),
	mech: enumField<HoleMechanism>('mcar', ['mcar', 'mar', 'mnar', 'hand']),
	/** Share of the column's observed values punched out (not by hand). */
	rate: numberField(0.3, 0, 1, 0.01),
	seed: intField(1, 1, 1_000_000),
	/** The method shown in the histograms and formulas. */
	method: enumField<Method>('mean', methods),
	/** The constant strategy's fill value. */
	fill: numberField(0, -fillLimit, fillLimit),
	/** Neighbours averaged by k-NN imputation. */
	k: intField(5, 1, 50),
	/** Rows (of the table) punched by hand. */
	hand: handField,
	q: intField(1, 1, 1_000_000)
});

export type MissingUrlState = StateOf<typeof missingCodec>;

/** Default columns of each real table: a column with a strong partner, so r has something to lose. */
export const defaultColumns: Record<Exclude<Source, 'upload'>, [string, string]> = {
	penguins: ['body_mass_g', 'flipper_length_mm'],
	cars: ['horsepower', 'weight'],
	iris: ['petal_length_cm', 'petal_width_cm']
};

/** What a link made with an uploaded file opens in a browser that does not hold that file. */
export const uploadFallback: UploadFallback<MissingUrlState> = {
	name: 'the penguins',
	settings: {
		src: 'penguins',
		col: defaultColumns.penguins[0],
		by: defaultColumns.penguins[1],
		hand: []
	}
};
