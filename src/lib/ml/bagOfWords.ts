/**
 * A bag of words, as scikit-learn's `CountVectorizer` with its defaults: lowercase,
 * tokens are runs of two or more word characters (the pattern `(?u)\b\w\w+\b`),
 * n-grams join neighbouring tokens with a space, the vocabulary is sorted.
 */
import { compareCodePoints } from './encoding';
import { show } from './show';

// Python's \w on str: letters, digits and other numbers, and the underscore.
const WORD = /[\p{L}\p{N}_]+/gu;

/**
 * The tokens of one text, in order. Input: any string. Output: its lowercased runs of
 * word characters that are at least two characters (code points) long; "a" and "I" are dropped.
 */
export function tokenize(text: string): string[] {
	return (text.toLowerCase().match(WORD) ?? []).filter((t) => [...t].length >= 2);
}

/** The n-grams of a token list for every n from min to max, as CountVectorizer's `ngram_range`. */
export function ngrams(tokens: readonly string[], [min, max]: readonly [number, number]): string[] {
	if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min) {
		throw new Error(`ngrams: range is (${show(min)}, ${show(max)}); it needs whole numbers 1 <= min <= max`);
	}
	const grams: string[] = [];
	for (let n = min; n <= max; n++) {
		for (let i = 0; i + n <= tokens.length; i++) grams.push(tokens.slice(i, i + n).join(' '));
	}
	return grams;
}

/** Output of {@link countVectorize}. */
export interface BagOfWords {
	/** Every term, sorted (CountVectorizer's `get_feature_names_out()`). */
	vocabulary: string[];
	/** counts[d][t]: how often term t occurs in document d. */
	counts: number[][];
}

/**
 * The document-term count matrix of some texts, as `CountVectorizer(ngram_range).fit_transform`.
 * Inputs: `documents`, strings; `ngramRange` (default [1, 1]: single words).
 * Output: {@link BagOfWords}; a text with no token gives a row of zeros.
 */
export function countVectorize(
	documents: readonly string[],
	ngramRange: readonly [number, number] = [1, 1]
): BagOfWords {
	const grams = documents.map((d, i) => {
		if (typeof d !== 'string')
			throw new Error(`countVectorize: documents[${i}] is ${show(d)}; each document must be a string`);
		return ngrams(tokenize(d), ngramRange);
	});
	const vocabulary = [...new Set(grams.flat())].sort(compareCodePoints);
	const index = new Map(vocabulary.map((t, j) => [t, j]));
	const counts = grams.map((doc) => {
		const row = new Array<number>(vocabulary.length).fill(0);
		for (const g of doc) row[index.get(g)!]++;
		return row;
	});
	return { vocabulary, counts };
}
