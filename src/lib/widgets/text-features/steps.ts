/**
 * The text-features story: four steps on the documents on screen (a step never sets them, so a
 * learner's own text stays), each saying from the numbers shown what to look at: filler words top
 * the raw counts, a word in every document gets the lowest IDF, word pairs multiply the
 * vocabulary, and dropping stop words leaves the content words. `holds` says whether the numbers
 * show it (the unit tests check it does on the shipped corpora).
 */
import type { StepText, StoryStep } from '$lib/kit/story';
import { counted, formatCount, formatPercent } from '$lib/format/format';
import { rangeText, twoDecimals, type LowestIdf, type TermTotal, type TextFeatures } from './analysis';
import type { TextUrlState } from './codec';

/** What a step reads from the page (the widget's state provides it). */
export interface TextStepView {
	features: TextFeatures | null;
	totals: TermTotal[];
	lowest: LowestIdf | null;
	highest: { term: string; idf: number; documentFrequency: number } | null;
	sizes: { range: TextUrlState['ng']; size: number }[] | null;
	keptSize: number | null;
}

/** How many terms of a list are quoted, and the quote. */
const quoted = (terms: readonly string[]) => terms.map((t) => `“${t}”`).join(', ');
/** Words counted in all documents. */
const wordsCounted = (totals: readonly TermTotal[]) => totals.reduce((sum, t) => sum + t.total, 0);
const noTerms: StepText = { holds: false, text: 'No term is left: type a few words in the documents.' };

function fillerOnTop({ features, totals }: TextStepView): StepText | null {
	if (!features) return null;
	if (totals.length === 0) return noTerms;
	const top = totals[0];
	const topThree = totals.slice(0, 3);
	const fillers = topThree.filter((t) => t.stopWord).length;
	return {
		holds: top.stopWord,
		text:
			`The most frequent term is “${top.term}”: ${formatCount(top.total)} of the ${formatCount(wordsCounted(totals))} words counted (${formatPercent(top.share)}). ` +
			`${formatCount(fillers)} of the top ${formatCount(topThree.length)} (${quoted(topThree.map((t) => t.term))}) ${fillers === 1 ? 'is a stop word' : 'are stop words'}: filler that says nothing about what a document is about, yet raw counts rank it first.`
	};
}

function everyDocumentLeast({ features, lowest, highest }: TextStepView): StepText | null {
	if (!features) return null;
	if (!lowest || !highest) return noTerms;
	const n = features.documents.length;
	const where = lowest.inEvery
		? `in all ${formatCount(n)} documents`
		: `in ${formatCount(lowest.documentFrequency)} of the ${formatCount(n)} documents`;
	return {
		holds: lowest.inEvery && highest.idf > lowest.idf,
		text:
			`${quoted(lowest.terms)} ${lowest.terms.length === 1 ? 'is' : 'are'} ${where}: IDF ${twoDecimals(lowest.idf)}, the lowest on screen; ` +
			`“${highest.term}”, in ${counted(highest.documentFrequency, 'document')}, gets ${twoDecimals(highest.idf)}. TF-IDF multiplies each count by its IDF, so a word that every document has tells the documents apart least.`
	};
}

function pairsMultiply({ features, sizes }: TextStepView): StepText | null {
	if (!features || !sizes) return null;
	const [words, pairs, triples] = sizes;
	if (words.size === 0) return noTerms;
	const times = pairs.size / words.size;
	return {
		holds: times >= 1.5,
		text:
			`Words alone give ${counted(words.size, 'term')}; ${rangeText(pairs.range)} give ${formatCount(pairs.size)} (${times.toFixed(1)}×), and ${rangeText(triples.range)} ${formatCount(triples.size)}. ` +
			`A document of L words adds up to L − 1 pairs, and most pairs occur only once: more columns, each rarer.`
	};
}

function stopWordsGone({ features, totals, keptSize }: TextStepView): StepText | null {
	if (!features || keptSize === null) return null;
	if (totals.length === 0) return noTerms;
	const top = totals[0];
	return {
		holds: features.vocabulary.length < keptSize && !top.stopWord,
		text:
			`Without English stop words the vocabulary falls from ${formatCount(keptSize)} to ${counted(features.vocabulary.length, 'term')}, ` +
			`and the most frequent is now “${top.term}” (${formatCount(top.total)} of ${formatCount(wordsCounted(totals))} words): the counts now follow what the documents are about.`
	};
}

export const textSteps: StoryStep<TextUrlState, TextStepView>[] = [
	{
		id: 'filler-on-top',
		title: 'Filler words top the counts',
		settings: { weight: 'count', stop: 'keep', ng: '1-1', bin: 'off' },
		say: fillerOnTop
	},
	{
		id: 'every-document-least',
		title: 'A word in every document weighs least',
		settings: { weight: 'tfidf', stop: 'keep', ng: '1-1', smooth: 'on' },
		say: everyDocumentLeast
	},
	{
		id: 'pairs-multiply',
		title: 'Word pairs multiply the vocabulary',
		settings: { weight: 'count', stop: 'keep', ng: '1-2' },
		say: pairsMultiply
	},
	{
		id: 'stop-words-gone',
		title: 'Drop the stop words',
		settings: { weight: 'count', stop: 'english', ng: '1-1', bin: 'off' },
		say: stopWordsGone
	}
];
