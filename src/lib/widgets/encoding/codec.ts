/**
 * The encoding widget's state in the URL. An uploaded file never goes in a link (it stays in
 * the browser); a link made while one was shown opens the penguins instead.
 */
import type { UploadFallback } from '$lib/kit/dataSource';
import { defineCodec, enumField, intField, textField } from '$lib/url/codec';
import type { StateOf } from '$lib/url/codec';
import { MAX_SHOWN_BINS } from './analysis';

export type EncodingSource = 'penguins' | 'cars' | 'shop' | 'upload';
export type NgramChoice = '1' | '2' | '12';

const noControls = (text: string) =>
	[...text].some((c) => c.charCodeAt(0) < 32 && c !== '\n' && c !== '\t') ? 'holds control characters' : null;

export const encodingCodec = defineCodec({
	src: enumField<EncodingSource>('penguins', ['penguins', 'cars', 'shop', 'upload']),
	/** The categorical column encoded. */
	cat: textField('island', 80, noControls),
	/** One-hot: keep every column, or drop the first category's. */
	drop: enumField('none', ['none', 'first']),
	/** A value the learner offers the fitted one-hot encoder, and what it does with an unknown one. */
	nv: textField('Anvers', 80, noControls),
	unk: enumField('error', ['error', 'ignore']),
	/** The ordinal order as positions in the sorted categories, e.g. "2.0.1"; empty: sorted. */
	ord: textField('', 4000, (text) =>
		/^(\d{1,4}(\.\d{1,4})*)?$/.test(text) ? null : 'not positions joined by dots'
	),
	/** The numeric target a linear model predicts from the ordinal codes. */
	y: textField('body_mass_g', 80, noControls),
	/** The column binned (any column: a text one gets a message). */
	num: textField('body_mass_g', 80, noControls),
	bins: intField(4, 2, MAX_SHOWN_BINS),
	/** Text for the bag of words, and its n-grams: words, pairs, or both. */
	text: textField('The cat sat on the mat.\nThe dog sat on the log.\nThe cat saw the dog.', 400, noControls),
	ng: enumField<NgramChoice>('1', ['1', '2', '12']),
	q: intField(1, 1, 1_000_000)
});

export type EncodingUrlState = StateOf<typeof encodingCodec>;

/** What a link made with an uploaded file opens in a browser that does not hold that file. */
export const uploadFallback: UploadFallback<EncodingUrlState> = {
	name: 'the penguins',
	settings: {
		src: 'penguins',
		cat: 'island',
		y: 'body_mass_g',
		num: 'body_mass_g',
		ord: ''
	}
};
