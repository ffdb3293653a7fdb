/**
 * The encoding widget's state in the URL. An uploaded file never goes in a link (it stays in
 * the browser); a link made while one was shown opens the penguins instead.
 */
import type { UploadFallback } from '$lib/kit/dataSource';
import { defineCodec, enumField, intField, textField } from '$lib/url/codec';
import { MAX_SHOWN_BINS } from './analysis';

export type EncodingSource = 'penguins' | 'cars' | 'shop' | 'upload';
export type NgramChoice = '1' | '2' | '12';

export interface EncodingUrlState {
	src: EncodingSource;
	/** The categorical column encoded. */
	cat: string;
	/** One-hot: keep every column, or drop the first category's. */
	drop: 'none' | 'first';
	/** A value the learner offers the fitted one-hot encoder, and what it does with an unknown one. */
	nv: string;
	unk: 'error' | 'ignore';
	/** The ordinal order as positions in the sorted categories, e.g. "2.0.1"; empty: sorted. */
	ord: string;
	/** The numeric target a linear model predicts from the ordinal codes. */
	y: string;
	/** The column binned (any column: a text one gets a message). */
	num: string;
	bins: number;
	/** Text for the bag of words, and its n-grams: words, pairs, or both. */
	text: string;
	ng: NgramChoice;
	q: number;
}

const noControls = (text: string) =>
	[...text].some((c) => c.charCodeAt(0) < 32 && c !== '\n' && c !== '\t') ? 'holds control characters' : null;

export const encodingCodec = defineCodec<EncodingUrlState>({
	src: enumField<EncodingSource>('penguins', ['penguins', 'cars', 'shop', 'upload']),
	cat: textField('island', 80, noControls),
	drop: enumField<'none' | 'first'>('none', ['none', 'first']),
	nv: textField('Anvers', 80, noControls),
	unk: enumField<'error' | 'ignore'>('error', ['error', 'ignore']),
	ord: textField('', 4000, (text) =>
		/^(\d{1,4}(\.\d{1,4})*)?$/.test(text) ? null : 'not positions joined by dots'
	),
	y: textField('body_mass_g', 80, noControls),
	num: textField('body_mass_g', 80, noControls),
	bins: intField(4, 2, MAX_SHOWN_BINS),
	text: textField('The cat sat on the mat.\nThe dog sat on the log.\nThe cat saw the dog.', 400, noControls),
	ng: enumField<NgramChoice>('1', ['1', '2', '12']),
	q: intField(1, 1, 1_000_000)
});

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
