/**
 * The predict questions of the text-features quiz: each asks what a change to the settings on
 * screen will do, gets its key by running the engine on the changed state, and offers "Show me",
 * which opens that state.
 */
import { showMe, type Question } from '$lib/quiz/quiz';
import { counted, formatCount } from '$lib/format/format';
import { joinDocuments, corpora } from './corpora';
import { textCodec, MAX_DOCUMENTS, type TextUrlState } from './codec';
import {
	lowestIdf,
	rangeText,
	termTotals,
	textFeatures,
	vocabularySizes,
	type TextFeatures
} from './analysis';

/** What the quiz reads from the page. */
export interface TextQuizView {
	input: TextUrlState;
	features: TextFeatures | null;
}

/** The features of a changed state; null when min/max df leave nothing to ask about. */
function featuresAfter(input: TextUrlState, change: Partial<TextUrlState>): TextFeatures | null {
	const outcome = textFeatures({ ...input, ...change });
	return outcome.ok && outcome.features.vocabulary.length > 0 ? outcome.features : null;
}

/** The exam's check: two three-word sentences with 1–2-grams, stop words kept. */
export function checkShape({ input }: TextQuizView): Question {
	const documents = corpora.find((c) => c.id === 'check')!.documents;
	const change: Partial<TextUrlState> = {
		docs: joinDocuments(documents),
		ng: '1-2',
		stop: 'keep',
		lower: 'on',
		mindf: 1,
		maxdf: 1
	};
	const after = featuresAfter(input, change)!;
	const [rows, columns] = [after.documents.length, after.vocabulary.length];
	const words = vocabularySizes({ ...input, ...change, ng: '1-1' })![0].size;
	const answer = `${rows} × ${columns}`;
	// the slips: words only, the shape transposed, every n-gram counted with its repeats
	const withRepeats = after.counts.flat().reduce((sum, c) => sum + c, 0);
	const options = [
		...new Set([answer, `${rows} × ${words}`, `${columns} × ${rows}`, `${rows} × ${withRepeats}`])
	];
	return {
		id: 'check-shape',
		form: 'predict',
		kind: 'choice',
		prompt: `Two documents, “${documents[0]}” and “${documents[1]}”, go through CountVectorizer with ngram_range = (1, 2), stop words kept. What shape is the document-term matrix (documents × terms)?`,
		options,
		answer,
		explanation: `One row per document. The columns are the ${formatCount(words)} distinct words (${after.vocabulary.filter((t) => !t.includes(' ')).join(', ')}) plus the ${formatCount(columns - words)} distinct word pairs (${after.vocabulary.filter((t) => t.includes(' ')).join(', ')}): ${answer}.`,
		see: showMe('the two sentences with 1–2-grams', textCodec, input, change)
	};
}

/** How many terms a wider n-gram range gives for the documents on screen. */
export function widerRange({ input, features }: TextQuizView): Question | null {
	if (!features || features.vocabulary.length === 0) return null;
	const sizes = vocabularySizes(input);
	const target = sizes?.find((s) => s.range !== input.ng && s.range !== '1-1');
	if (!sizes || !target) return null;
	const words = sizes[0].size;
	return {
		id: 'wider-range',
		form: 'predict',
		kind: 'number',
		answer: target.size,
		tolerance: 0,
		prompt: `The ${counted(features.documents.length, 'document')} on screen give ${counted(words, 'term')} as single words (every other setting as on screen). How many terms will ${rangeText(target.range)} give?`,
		explanation: `Every run of neighbouring words up to that length becomes a term of its own, and few of them repeat: ${formatCount(words)} words become ${counted(target.size, 'term')} (${(target.size / Math.max(1, words)).toFixed(1)}×).`,
		see: showMe(rangeText(target.range), textCodec, input, { ng: target.range })
	};
}

/** Which term tops the counts once the stop words are dropped (or kept). */
export function topAfterStopWords({ input, features }: TextQuizView): Question | null {
	if (!features) return null;
	const change: Partial<TextUrlState> = { stop: input.stop === 'keep' ? 'english' : 'keep' };
	const after = featuresAfter(input, change);
	if (!after) return null;
	const totals = termTotals(after.vocabulary, after.counts);
	// a tie at the top has no single answer
	if (totals.length < 2 || totals[0].total === totals[1].total) return null;
	const answer = totals[0].term;
	const others = [...termTotals(features.vocabulary, features.counts), ...totals.slice(1)].map((t) => t.term);
	const options = [...new Set([answer, ...others])].slice(0, 4);
	if (options.length < 2) return null;
	const dropping = change.stop === 'english';
	return {
		id: 'top-after-stop-words',
		form: 'predict',
		kind: 'choice',
		prompt: `${dropping ? 'Drop scikit-learn’s English stop words' : 'Keep every word (no stop-word list)'}, counts as on screen otherwise. Which term will have the largest count over all documents?`,
		options: [...options].sort(),
		answer,
		explanation: `“${answer}” occurs ${counted(totals[0].total, 'time')}, more than any other term once ${dropping ? 'the filler words are gone' : 'the filler words are back'}.`,
		see: showMe(dropping ? 'stop words dropped' : 'stop words kept', textCodec, input, {
			...change,
			weight: 'count'
		})
	};
}

/** Which term gets the lowest IDF. */
export function lowestIdfTerm({ input, features }: TextQuizView): Question | null {
	if (!features) return null;
	const lowest = lowestIdf(features);
	if (!lowest || features.vocabulary.length < 2) return null;
	const answer = lowest.terms[0];
	// the highest-IDF terms (rarest) as the wrong options, never a term tied with the answer
	const byIdf = features.vocabulary
		.map((term, j) => ({ term, idf: features.idf[j] }))
		.filter((t) => t.idf > lowest.idf)
		.sort((a, b) => b.idf - a.idf || (a.term < b.term ? -1 : 1));
	const options = [answer, ...byIdf.slice(0, 3).map((t) => t.term)].sort();
	return {
		id: 'lowest-idf',
		form: 'predict',
		kind: 'choice',
		prompt: `With the documents on screen, which of these terms will TfidfVectorizer give the lowest IDF?`,
		options,
		answer,
		explanation: `IDF falls as a term's document frequency rises: “${answer}” is in ${counted(lowest.documentFrequency, 'document')} of ${formatCount(features.documents.length)}, more than any other, so its IDF, ${lowest.idf.toFixed(2)}, is the lowest.`,
		see: showMe('TF-IDF', textCodec, input, { weight: 'tfidf' }, 'idf-panel')
	};
}

/** What cosine similarity an empty document gets. */
export function emptyDocumentCosine({ input, features }: TextQuizView): Question | null {
	if (!features || features.documents.length >= MAX_DOCUMENTS) return null;
	const answer = 'Undefined: its row is all zeros, so the cosine is 0/0';
	return {
		id: 'empty-document-cosine',
		form: 'predict',
		kind: 'choice',
		prompt:
			'Add an empty document (a blank line) to those on screen. What is its cosine similarity with document 1?',
		options: ['0', '1', '0.5', answer],
		answer,
		explanation:
			'An empty document has no term, so its row is all zeros and its length is 0. The cosine divides by both lengths: 0/0, undefined. (scikit-learn’s cosine_similarity reports 0 there, which hides the problem.)',
		see: showMe('an empty document', textCodec, input, { docs: `${input.docs}\n` }, 'cosine-panel')
	};
}
