/**
 * Everything the text-features page shows, from its link state: the vectorizer's options, the
 * matrix (counts or TF-IDF), each term's IDF, the cosine similarity of the documents, and the
 * readings the story, the callouts and the quiz share (the most frequent terms, the lowest IDF,
 * the vocabulary's size at each n-gram range). Pure functions, unit-tested.
 */
import { cosineMatrix, countVectorize, tfidf, type TfidfOptions, type TfidfResult } from '$lib/ml/text';
import { ENGLISH_STOP_WORDS } from '$lib/ml/englishStopWords';
import { formatCount } from '$lib/format/format';
import { smallest } from '$lib/ml/extremes';
import { documentsOf, type NgramChoice, type TextUrlState } from './codec';

/** The n-gram range a choice stands for. */
export function rangeOf(choice: NgramChoice): [number, number] {
	const [min, max] = choice.split('-').map(Number);
	return [min, max];
}

/** The engine's options for a link state (TfidfVectorizer's; the count view reads its counts). */
export function vectorOptions(input: TextUrlState): TfidfOptions {
	return {
		ngramRange: rangeOf(input.ng),
		stopWords: input.stop === 'english' ? 'english' : null,
		lowercase: input.lower === 'on',
		minDf: input.mindf,
		maxDf: { proportion: input.maxdf },
		binary: input.bin === 'on',
		smoothIdf: input.smooth === 'on',
		sublinearTf: input.sub === 'on',
		norm: input.norm === 'l2' ? 'l2' : null
	};
}

export interface TextFeatures extends TfidfResult {
	documents: string[];
	/** What the heat map shows: the counts (CountVectorizer) or the TF-IDF weights. */
	weights: number[][];
	/** Cosine similarity of the documents' rows of `weights`; null where a row is all zeros. */
	cosine: (number | null)[][];
	/** Documents (0-based) whose row is all zeros: no term of theirs is in the vocabulary. */
	emptyRows: number[];
}

export type FeaturesOutcome = { ok: true; features: TextFeatures } | { ok: false; reason: string };

/**
 * The matrix of the documents under the link's settings, or why there is none: min_df and
 * max_df that no term can meet both of (scikit-learn raises an error there).
 */
export function textFeatures(input: TextUrlState): FeaturesOutcome {
	const documents = documentsOf(input.docs);
	const most = input.maxdf * documents.length;
	if (most < input.mindf)
		return {
			ok: false,
			reason: `max_df keeps terms in at most ${formatCount(Math.floor(most + 1e-9))} of the ${formatCount(documents.length)} documents, min_df asks for ${formatCount(input.mindf)}: no term can pass both.`
		};
	const result = tfidf(documents, vectorOptions(input));
	const weights = input.weight === 'count' ? result.counts : result.matrix;
	return {
		ok: true,
		features: {
			...result,
			documents,
			weights,
			cosine: cosineMatrix(weights),
			emptyRows: weights.flatMap((row, i) => (row.every((v) => v === 0) ? [i] : []))
		}
	};
}

/** A term's count over every document, and its share of all the counts. */
export interface TermTotal {
	term: string;
	total: number;
	share: number;
	stopWord: boolean;
}

/** The terms by their count over all documents, most first (ties in vocabulary order). */
export function termTotals(
	vocabulary: readonly string[],
	counts: readonly (readonly number[])[]
): TermTotal[] {
	const totals = vocabulary.map((_, j) => counts.reduce((sum, row) => sum + row[j], 0));
	const all = totals.reduce((a, b) => a + b, 0);
	return vocabulary
		.map((term, j) => ({
			term,
			total: totals[j],
			share: all > 0 ? totals[j] / all : 0,
			// an n-gram counts as filler only when every word in it is a stop word
			stopWord: term.split(' ').every((word) => ENGLISH_STOP_WORDS.has(word.toLowerCase()))
		}))
		.sort((a, b) => b.total - a.total);
}

/** The terms with the lowest IDF (in the most documents), and how many documents hold them. */
export interface LowestIdf {
	terms: string[];
	idf: number;
	documentFrequency: number;
	/** The terms are in every document. */
	inEvery: boolean;
}

export function lowestIdf(features: TextFeatures): LowestIdf | null {
	if (features.vocabulary.length === 0) return null;
	const least = smallest(features.idf);
	const at = features.idf.flatMap((v, j) => (v === least ? [j] : []));
	const df = features.documentFrequency[at[0]];
	return {
		terms: at.map((j) => features.vocabulary[j]),
		idf: least,
		documentFrequency: df,
		inEvery: df === features.documents.length
	};
}

/** The term with the highest IDF (first in vocabulary order), for the contrast the story draws. */
export function highestIdf(
	features: TextFeatures
): { term: string; idf: number; documentFrequency: number } | null {
	if (features.vocabulary.length === 0) return null;
	let best = 0;
	features.idf.forEach((v, j) => {
		if (v > features.idf[best]) best = j;
	});
	return {
		term: features.vocabulary[best],
		idf: features.idf[best],
		documentFrequency: features.documentFrequency[best]
	};
}

/** The n-gram ranges the size chart compares: words, up to pairs, up to triples. */
export const sizeRanges: readonly NgramChoice[] = ['1-1', '1-2', '1-3'];

/** The vocabulary's size at each range of `sizeRanges`, every other setting as on screen. */
export function vocabularySizes(input: TextUrlState): { range: NgramChoice; size: number }[] | null {
	const documents = documentsOf(input.docs);
	if (input.maxdf * documents.length < input.mindf) return null;
	return sizeRanges.map((range) => ({
		range,
		size: countVectorize(documents, { ...vectorOptions(input), ngramRange: rangeOf(range) }).vocabulary.length
	}));
}

/** How a range reads on the page: "1–2-grams", "words only". */
export function rangeText(choice: NgramChoice): string {
	const [min, max] = rangeOf(choice);
	return min === max ? `${min}-grams` : `${min}–${max}-grams`;
}

/** The vocabulary's size with every word kept, the other settings as on screen; null if none can pass min/max df. */
export function sizeWithStopWords(input: TextUrlState): number | null {
	const documents = documentsOf(input.docs);
	if (input.maxdf * documents.length < input.mindf) return null;
	return countVectorize(documents, { ...vectorOptions(input), stopWords: null }).vocabulary.length;
}

/** Up to four significant digits, as the page writes weights and IDFs. */
export const showNumber = (value: number) => String(Number(value.toPrecision(3)));
/** A weight or IDF with two decimals, as the heat map and the story write them. */
export const twoDecimals = (value: number) => value.toFixed(2);

/** What the page says under the matrix about all-zero rows, or null when there is none. */
export function emptyRowsSentence(emptyRows: readonly number[]): string | null {
	if (emptyRows.length === 0) return null;
	const names = emptyRows.map((i) => `Document ${i + 1}`).join(', ');
	return `${names} ${emptyRows.length === 1 ? 'has' : 'have'} no term in the vocabulary: an all-zero row, whose cosine similarity with any document is undefined (0/0).`;
}

/** Each term with its document frequency and IDF, lowest IDF first (ties in vocabulary order). */
export function idfRanking(features: TextFeatures): { term: string; df: number; idf: number }[] {
	return features.vocabulary
		.map((term, j) => ({ term, df: features.documentFrequency[j], idf: features.idf[j] }))
		.sort((a, b) => a.idf - b.idf);
}

/** The terms that share a document frequency, and so an IDF: the IDF depends on nothing else. */
export interface IdfLevel {
	df: number;
	idf: number;
	/** In vocabulary order. */
	terms: string[];
}

/** The ranking grouped by document frequency, lowest IDF (most documents) first. */
export function idfLevels(ranking: readonly { term: string; df: number; idf: number }[]): IdfLevel[] {
	const levels: IdfLevel[] = [];
	for (const { term, df, idf } of ranking) {
		const level = levels.find((l) => l.df === df);
		if (level) level.terms.push(term);
		else levels.push({ df, idf, terms: [term] });
	}
	return levels;
}

/** Longest list of pruned terms the page names in full. */
const NAMED_PRUNED = 8;

/** What min_df / max_df removed, in words: "no term pruned", or the terms (the first few, then how many more). */
export function prunedSentence(pruned: readonly string[]): string {
	if (pruned.length === 0) return 'no term pruned.';
	const named = pruned
		.slice(0, NAMED_PRUNED)
		.map((t) => `“${t}”`)
		.join(', ');
	const more = pruned.length > NAMED_PRUNED ? ` and ${formatCount(pruned.length - NAMED_PRUNED)} more` : '';
	return `${formatCount(pruned.length)} ${pruned.length === 1 ? 'term' : 'terms'} pruned: ${named}${more}.`;
}
