/**
 * Text to numbers, as scikit-learn's `CountVectorizer` and `TfidfVectorizer` with their defaults:
 * tokens are runs of two or more word characters (the pattern `(?u)\b\w\w+\b`), lowercased; stop
 * words are dropped before n-grams are formed; n-grams join neighbouring tokens with a space; the
 * vocabulary is sorted (`get_feature_names_out()`); terms outside min_df–max_df are pruned; the
 * smooth IDF is ln((1 + n) / (1 + df)) + 1; sublinear TF is 1 + ln(tf); rows get unit L2 norm.
 * Where it differs on purpose: a vocabulary pruned to nothing is returned empty, not an error, so
 * a page can say why.
 */
import { compareCodePoints } from './encoding';
import { ENGLISH_STOP_WORDS } from './englishStopWords';
import { normalizeRows } from './normalize';
import { show } from './show';

// Python's \w on str: letters, digits and other numbers, and the underscore.
const WORD = /[\p{L}\p{N}_]+/gu;

export interface TokenizeOptions {
	/** Lowercase first (CountVectorizer's `lowercase`, default true). */
	lowercase?: boolean;
}

/**
 * The tokens of one text, in order. Input: any string. Output: its runs of word characters that
 * are at least two characters (code points) long, lowercased unless `lowercase` is false; "a" and
 * "I" are dropped.
 */
export function tokenize(doc: string, { lowercase = true }: TokenizeOptions = {}): string[] {
	const text = lowercase ? doc.toLowerCase() : doc;
	return (text.match(WORD) ?? []).filter((t) => [...t].length >= 2);
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

/**
 * A document-frequency bound. A plain number follows scikit-learn's int / float rule as far as
 * JavaScript can: for `minDf` a whole number >= 1 is a count of documents and a number below 1 a
 * proportion; for `maxDf` a number up to 1 is a proportion (1 = every document) and a whole
 * number above 1 a count. The object forms say which outright (`{ count: 1 }` as a maxDf, or
 * `{ proportion: 1 }` as a minDf, which plain numbers cannot).
 */
export type DfBound = number | { count: number } | { proportion: number };

export interface CountOptions extends TokenizeOptions {
	/** Smallest and largest n of the n-grams (default [1, 1]). */
	ngramRange?: readonly [number, number];
	/** 'english': scikit-learn's list; a list of words; null (default): none. Checked after lowercasing. */
	stopWords?: 'english' | readonly string[] | null;
	/** Keep terms in at least this many documents (default 1). */
	minDf?: DfBound;
	/** Keep terms in at most this many documents (default 1.0: all). */
	maxDf?: DfBound;
	/** Every non-zero count becomes 1 (default false). */
	binary?: boolean;
}

/** Output of {@link countVectorize}. */
export interface TermCounts {
	/** Every term kept, sorted (CountVectorizer's `get_feature_names_out()`). */
	vocabulary: string[];
	/** counts[d][t]: how often term t occurs in document d (1 or 0 when `binary`). */
	counts: number[][];
	/** documentFrequency[t]: how many documents hold term t. */
	documentFrequency: number[];
	/** Terms dropped by min_df / max_df (scikit-learn's `stop_words_`), sorted. */
	pruned: string[];
}

/** A DfBound as a number of documents out of n (a proportion times n, as scikit-learn compares it). */
function boundCount(bound: DfBound, n: number, which: 'minDf' | 'maxDf'): number {
	const bad = (why: string) =>
		new Error(`countVectorize: ${which} is ${show(JSON.stringify(bound))}; ${why}`);
	if (typeof bound === 'object' && bound !== null) {
		if ('count' in bound) {
			if (!Number.isInteger(bound.count) || bound.count < 0) throw bad('a count must be a whole number >= 0');
			return bound.count;
		}
		if (!(bound.proportion >= 0 && bound.proportion <= 1)) throw bad('a proportion must be in [0, 1]');
		return bound.proportion * n;
	}
	if (typeof bound !== 'number' || !Number.isFinite(bound) || bound < 0)
		throw bad('it must be a number >= 0');
	const isCount = which === 'minDf' ? bound >= 1 : bound > 1;
	if (isCount && !Number.isInteger(bound)) throw bad('a count must be a whole number');
	return isCount ? bound : bound * n;
}

function stopList(stopWords: CountOptions['stopWords']): ReadonlySet<string> | null {
	if (stopWords === 'english') return ENGLISH_STOP_WORDS;
	if (stopWords === null || stopWords === undefined) return null;
	if (!Array.isArray(stopWords)) throw new Error(`countVectorize: stopWords is ${show(stopWords)}`);
	return new Set(stopWords);
}

/**
 * The document-term count matrix of some texts, as `CountVectorizer(...).fit_transform(docs)`.
 * Inputs: `docs`, strings; options as {@link CountOptions}. Output: {@link TermCounts}; a text with
 * no token gives a row of zeros. Throws for a non-string document, a bad range or bound, or
 * bounds that cross (max_df below min_df, as scikit-learn).
 */
export function countVectorize(docs: readonly string[], options: CountOptions = {}): TermCounts {
	const {
		ngramRange = [1, 1],
		stopWords = null,
		minDf = 1,
		maxDf = 1.0,
		binary = false,
		lowercase = true
	} = options;
	const stops = stopList(stopWords);
	const n = docs.length;
	const least = boundCount(minDf, n, 'minDf');
	const most = boundCount(maxDf, n, 'maxDf');
	// with no document there is nothing to prune (and a proportion of 0 documents is 0, below any count)
	if (n > 0 && most < least)
		throw new Error('countVectorize: maxDf corresponds to fewer documents than minDf');
	const grams = docs.map((d, i) => {
		if (typeof d !== 'string')
			throw new Error(`countVectorize: documents[${i}] is ${show(d)}; each document must be a string`);
		const tokens = tokenize(d, { lowercase });
		return ngrams(stops ? tokens.filter((t) => !stops.has(t)) : tokens, ngramRange);
	});
	const frequency = new Map<string, number>();
	for (const doc of grams) for (const g of new Set(doc)) frequency.set(g, (frequency.get(g) ?? 0) + 1);
	const all = [...frequency.keys()].sort(compareCodePoints);
	const keep = (t: string) => frequency.get(t)! >= least && frequency.get(t)! <= most;
	const vocabulary = all.filter(keep);
	const index = new Map(vocabulary.map((t, j) => [t, j]));
	const counts = grams.map((doc) => {
		const row = new Array<number>(vocabulary.length).fill(0);
		for (const g of doc) {
			const j = index.get(g);
			if (j !== undefined) row[j] = binary ? 1 : row[j] + 1;
		}
		return row;
	});
	return {
		vocabulary,
		counts,
		documentFrequency: vocabulary.map((t) => frequency.get(t)!),
		pruned: all.filter((t) => !keep(t))
	};
}

export interface TfidfOptions extends CountOptions {
	/** Row norm (default 'l2'); null leaves rows as they are. */
	norm?: 'l1' | 'l2' | null;
	/** Multiply by the IDF (default true); false leaves plain (or sublinear) term frequencies. */
	useIdf?: boolean;
	/** Add one document holding every term: ln((1 + n) / (1 + df)) + 1 (default true); else ln(n / df) + 1. */
	smoothIdf?: boolean;
	/** Term frequency 1 + ln(tf) instead of tf (tf > 0; default false). */
	sublinearTf?: boolean;
}

/** Output of {@link tfidf}. */
export interface TfidfResult extends TermCounts {
	/** Each term's IDF (natural log), computed even when `useIdf` is false so a page can show it. */
	idf: number[];
	/** matrix[d][t]: the weight of term t in document d. */
	matrix: number[][];
}

/** Each term's inverse document frequency from its document frequency, out of n documents. */
export function inverseDocumentFrequency(df: readonly number[], n: number, smoothIdf = true): number[] {
	return df.map((d) => (smoothIdf ? Math.log((1 + n) / (1 + d)) : Math.log(n / d)) + 1);
}

/**
 * TF-IDF weights, as `TfidfVectorizer(...).fit_transform(docs)`: counts (binary if asked), then
 * sublinear TF, times IDF, then each row to unit norm (an all-zero row stays zero).
 * Inputs: `docs`, strings; options as {@link TfidfOptions}. Output: {@link TfidfResult}.
 */
export function tfidf(docs: readonly string[], options: TfidfOptions = {}): TfidfResult {
	const { norm = 'l2', useIdf = true, smoothIdf = true, sublinearTf = false } = options;
	if (norm !== null && norm !== 'l1' && norm !== 'l2')
		throw new Error(`tfidf: norm is ${show(norm)}; it must be 'l1', 'l2' or null`);
	const counted = countVectorize(docs, options);
	const idf = inverseDocumentFrequency(counted.documentFrequency, docs.length, smoothIdf);
	const weighted = counted.counts.map((row) =>
		row.map((tf, j) => {
			const frequency = sublinearTf && tf > 0 ? 1 + Math.log(tf) : tf;
			return useIdf ? frequency * idf[j] : frequency;
		})
	);
	// normalizeRows wants at least one column; with no term every row is empty anyway
	const matrix = norm && counted.vocabulary.length > 0 ? normalizeRows(weighted, norm) : weighted;
	return { ...counted, idf, matrix };
}

/** Cosine similarity of two equal-length vectors; null when either is all zeros (0/0). */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number | null {
	if (a.length !== b.length) throw new Error(`cosineSimilarity: lengths ${a.length} and ${b.length} differ`);
	let dot = 0;
	let aa = 0;
	let bb = 0;
	for (let i = 0; i < a.length; i++) {
		dot += a[i] * b[i];
		aa += a[i] * a[i];
		bb += b[i] * b[i];
	}
	if (aa === 0 || bb === 0) return null;
	// rounding can push a vector's similarity with itself a hair past 1
	return Math.max(-1, Math.min(1, dot / Math.sqrt(aa * bb)));
}

/** Every pair's cosine similarity (rows × rows, symmetric); null where a row is all zeros. */
export function cosineMatrix(rows: readonly (readonly number[])[]): (number | null)[][] {
	return rows.map((a) => rows.map((b) => cosineSimilarity(a, b)));
}
