/**
 * The text-features widget's state: the link state (documents and vectorizer settings) as
 * `$state`, and every result `$derived` once from the pure analysis: the matrix, the IDFs, the
 * cosine table, and the readings the story, the callouts and the quiz all quote.
 */
import { UrlState } from '$lib/kit/UrlState.svelte';
import {
	emptyRowsSentence,
	highestIdf,
	idfLevels,
	idfRanking,
	lowestIdf,
	prunedSentence,
	sizeWithStopWords,
	termTotals,
	textFeatures,
	vocabularySizes,
	type TextFeatures
} from './analysis';
import { textCodec, type TextUrlState } from './codec';
import { joinDocuments, type Corpus } from './corpora';
import { textQuestions } from './quiz';
import { textSteps } from './steps';

export class TextFeaturesState extends UrlState<TextUrlState> {
	constructor() {
		super(textCodec);
	}

	/** The story: filler words, the lowest IDF, word pairs, stop words dropped. */
	readonly steps = textSteps;

	outcome = $derived(textFeatures(this.input));
	/** The matrix and all it gives; null while min_df and max_df leave no term possible. */
	features = $derived(this.outcome.ok ? this.outcome.features : null);
	/** Whether the matrix has a column: there is a matrix and some term passed the settings. */
	hasTerms = $derived((this.features?.vocabulary.length ?? 0) > 0);
	#lastDrawn: TextFeatures | null = null;
	/**
	 * What the matrix, IDF and cosine charts draw: the matrix, or while no term is left (the charts
	 * hidden, not unmounted) the last one that had a column, so showing them again changes only what
	 * differs instead of rebuilding every row. Only for drawing: no sentence reads it.
	 */
	drawn = $derived.by(() => {
		if (this.hasTerms) this.#lastDrawn = this.features;
		return this.#lastDrawn;
	});
	/** Why there is no matrix (min_df against max_df), or null. */
	problem = $derived(this.outcome.ok ? null : this.outcome.reason);
	/** Terms by their count over every document, most first. */
	totals = $derived(this.features ? termTotals(this.features.vocabulary, this.features.counts) : []);
	lowest = $derived(this.features ? lowestIdf(this.features) : null);
	highest = $derived(this.features ? highestIdf(this.features) : null);
	/** The lowest- and highest-IDF terms, worked through under "Show the maths"; one when every IDF is the same. */
	idfExamples = $derived.by(() => {
		const examples: { term: string; idf: number; documentFrequency: number }[] = [];
		if (this.lowest)
			examples.push({
				term: this.lowest.terms[0],
				idf: this.lowest.idf,
				documentFrequency: this.lowest.documentFrequency
			});
		// every term at one IDF (pruned to a single document frequency): the lowest is also the highest
		if (this.highest && this.highest.term !== examples[0]?.term) examples.push(this.highest);
		return examples;
	});
	/** The vocabulary's size for words, up to pairs and up to triples, the other settings as on screen. */
	sizes = $derived(vocabularySizes(this.input));
	/** The vocabulary's size with every word kept (what dropping stop words saves). */
	keptSize = $derived(sizeWithStopWords(this.input));

	/** Each term with its document frequency and IDF, lowest IDF first (the IDF chart, hidden while no term is left). */
	idfByTerm = $derived(this.drawn ? idfRanking(this.drawn) : []);
	/** The same, one entry per document frequency (the IDF chart's bars). */
	idfLevels = $derived(idfLevels(this.idfByTerm));
	/** The sentence under the matrix about all-zero rows, or null. */
	emptyRowsText = $derived(this.features ? emptyRowsSentence(this.features.emptyRows) : null);
	/** What min_df / max_df pruned, in words (everything, when no term can meet both). */
	prunedText = $derived(this.features ? prunedSentence(this.features.pruned) : 'no term can meet both.');

	questions = $derived(textQuestions({ input: this.input, features: this.features }, this.input.q));

	/** Loads a shipped corpus into the documents box. */
	loadCorpus(corpus: Corpus) {
		this.input.docs = joinDocuments(corpus.documents);
	}
}
