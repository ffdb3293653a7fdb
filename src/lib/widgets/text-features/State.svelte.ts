/**
 * The text-features widget's state: the link state (documents and vectorizer settings) as
 * `$state`, and every result `$derived` once from the pure analysis: the matrix, the IDFs, the
 * cosine table, and the readings the story, the callouts and the quiz all quote.
 */
import { UrlState } from '$lib/kit/UrlState.svelte';
import {
	emptyRowsSentence,
	highestIdf,
	idfRanking,
	lowestIdf,
	prunedSentence,
	sizeWithStopWords,
	termTotals,
	textFeatures,
	vocabularySizes
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
	/** Why there is no matrix (min_df against max_df), or null. */
	problem = $derived(this.outcome.ok ? null : this.outcome.reason);
	/** Terms by their count over every document, most first. */
	totals = $derived(this.features ? termTotals(this.features.vocabulary, this.features.counts) : []);
	lowest = $derived(this.features ? lowestIdf(this.features) : null);
	highest = $derived(this.features ? highestIdf(this.features) : null);
	/** The vocabulary's size for words, up to pairs and up to triples, the other settings as on screen. */
	sizes = $derived(vocabularySizes(this.input));
	/** The vocabulary's size with every word kept (what dropping stop words saves). */
	keptSize = $derived(sizeWithStopWords(this.input));

	/** Each term with its document frequency and IDF, lowest IDF first (the IDF chart). */
	idfByTerm = $derived(this.features ? idfRanking(this.features) : []);
	/** The sentence under the matrix about all-zero rows, or null. */
	emptyRowsText = $derived(this.features ? emptyRowsSentence(this.features.emptyRows) : null);
	/** What min_df / max_df pruned, in words. */
	prunedText = $derived(this.features ? prunedSentence(this.features.pruned) : '');

	questions = $derived(textQuestions({ input: this.input, features: this.features }, this.input.q));

	/** Loads a shipped corpus into the documents box. */
	loadCorpus(corpus: Corpus) {
		this.input.docs = joinDocuments(corpus.documents);
	}
}
