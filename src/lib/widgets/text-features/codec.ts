/**
 * The text-features widget's state in the URL: the documents (one per line) and every
 * vectorizer setting. The documents are capped (count and length) so a link stays short and
 * every edit recomputes within a frame.
 */
import { defineCodec, enumField, intField, numberField, textField } from '$lib/url/codec';
import type { StateOf } from '$lib/url/codec';
import { formatCount } from '$lib/format/format';
import { corpora, joinDocuments } from './corpora';

/** Most documents the box takes: enough for a cosine table, few enough to read the matrix. */
export const MAX_DOCUMENTS = 6;
/** Longest document, characters: a sentence or two. */
export const MAX_DOCUMENT_LENGTH = 200;
/** Longest text (documents and their line breaks). */
const MAX_TEXT = MAX_DOCUMENTS * (MAX_DOCUMENT_LENGTH + 1);

export type NgramChoice = '1-1' | '1-2' | '1-3' | '2-2' | '2-3' | '3-3';
export const ngramChoices: readonly NgramChoice[] = ['1-1', '1-2', '1-3', '2-2', '2-3', '3-3'];
export type Weighting = 'count' | 'tfidf';
export type OnOff = 'on' | 'off';
const onOff: readonly OnOff[] = ['on', 'off'];
const offOn: readonly OnOff[] = ['off', 'on'];

/** The documents of a text: one per line. */
export const documentsOf = (text: string): string[] => text.split('\n');

/** Why a text cannot be the documents (too many, too long, control characters), or null. */
export function documentsProblem(text: string): string | null {
	if ([...text].some((c) => c.charCodeAt(0) < 32 && c !== '\n' && c !== '\t'))
		return 'holds control characters';
	const documents = documentsOf(text);
	if (documents.length > MAX_DOCUMENTS)
		return `${formatCount(documents.length)} documents: at most ${MAX_DOCUMENTS}, one per line`;
	const long = documents.findIndex((d) => d.length > MAX_DOCUMENT_LENGTH);
	if (long >= 0)
		return `document ${long + 1} has ${formatCount(documents[long].length)} characters: at most ${MAX_DOCUMENT_LENGTH} each`;
	return null;
}

export const defaultDocuments = joinDocuments(corpora[0].documents);

export const textCodec = defineCodec({
	/** The documents, one per line (an empty line is an empty document). */
	docs: textField(defaultDocuments, MAX_TEXT, documentsProblem),
	/** The n-gram range, smallest and largest n. */
	ng: enumField<NgramChoice>('1-1', ngramChoices),
	/** Drop scikit-learn's English stop words, or keep every word. */
	stop: enumField('keep', ['keep', 'english']),
	/** Raw counts (CountVectorizer) or TF-IDF weights (TfidfVectorizer). */
	weight: enumField<Weighting>('count', ['count', 'tfidf']),
	lower: enumField<OnOff>('on', onOff),
	/** Keep terms in at least this many documents (min_df as a count). */
	mindf: intField(1, 1, MAX_DOCUMENTS),
	/** Keep terms in at most this share of the documents (max_df as a proportion). */
	maxdf: numberField(1, 0.05, 1, 0.05),
	/** Counts become 1 or 0. */
	bin: enumField<OnOff>('off', offOn),
	/** Smooth IDF (add one document holding every term). */
	smooth: enumField<OnOff>('on', onOff),
	/** Sublinear TF, 1 + ln(tf). */
	sub: enumField<OnOff>('off', offOn),
	/** TF-IDF rows scaled to unit L2 length, or left as they are. */
	norm: enumField('l2', ['l2', 'none']),
	q: intField(1, 1, 1_000_000)
});

export type TextUrlState = StateOf<typeof textCodec>;
