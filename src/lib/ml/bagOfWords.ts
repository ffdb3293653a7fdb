/**
 * A bag of words, as scikit-learn's `CountVectorizer` with its defaults: lowercase,
 * tokens are runs of two or more word characters (the pattern `(?u)\b\w\w+\b`),
 * n-grams join neighbouring tokens with a space, the vocabulary is sorted. The encoding
 * widget's short form of text.ts (which holds the tokenizer and every other option).
 */
import { countVectorize as countTerms } from './text';

export { ngrams, tokenize } from './text';

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
	const { vocabulary, counts } = countTerms(documents, { ngramRange });
	return { vocabulary, counts };
}
