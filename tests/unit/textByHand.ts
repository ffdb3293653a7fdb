/**
 * The text-features numbers worked out a second way, for the widget's tests: plain ASCII
 * tokenizing (the shipped corpora are ASCII), n-grams by string joins, counts in a Map, and the
 * smooth IDF written out. Nothing here calls the engine or the widget's analysis.
 */
import { ENGLISH_STOP_WORDS } from '$lib/ml/englishStopWords';

export const byHandTokens = (doc: string, dropStopWords = false) =>
	(doc.toLowerCase().match(/[a-z0-9_]{2,}/g) ?? []).filter(
		(t) => !dropStopWords || !ENGLISH_STOP_WORDS.has(t)
	);

/** Every n-gram of each document for n from 1 to `upTo`. */
export function byHandGrams(docs: readonly string[], upTo: number, dropStopWords = false): string[][] {
	return docs.map((doc) => {
		const tokens = byHandTokens(doc, dropStopWords);
		const grams: string[] = [];
		for (let n = 1; n <= upTo; n++)
			for (let i = 0; i + n <= tokens.length; i++) grams.push(tokens.slice(i, i + n).join(' '));
		return grams;
	});
}

/** The distinct terms of some documents at n-grams 1..upTo. */
export const byHandVocabularySize = (docs: readonly string[], upTo: number, dropStopWords = false) =>
	new Set(byHandGrams(docs, upTo, dropStopWords).flat()).size;

/** Each word's count over all documents, most first (ties: alphabetical, as the sorted vocabulary). */
export function byHandTotals(
	docs: readonly string[],
	dropStopWords = false
): { term: string; total: number }[] {
	const totals = new Map<string, number>();
	for (const t of byHandGrams(docs, 1, dropStopWords).flat()) totals.set(t, (totals.get(t) ?? 0) + 1);
	return [...totals]
		.map(([term, total]) => ({ term, total }))
		.sort((a, b) => b.total - a.total || (a.term < b.term ? -1 : 1));
}

/** How many documents hold each word. */
export function byHandDocumentFrequency(docs: readonly string[]): Map<string, number> {
	const df = new Map<string, number>();
	for (const doc of byHandGrams(docs, 1)) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
	return df;
}

export const byHandIdf = (n: number, df: number) => Math.log((1 + n) / (1 + df)) + 1;
