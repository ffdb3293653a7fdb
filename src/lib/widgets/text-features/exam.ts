/** "On the exam" for text features: how the exam asks about them, from the study notes in ../shared/seeds, in our own words. */
import type { ExamNotes } from '$lib/quiz/exam';

export const textExam: ExamNotes = {
	asked:
		'Feature engineering (task 2.2) lists tokenization, n-grams and TF-IDF. A classic item gives two or three short sentences and an n-gram range and asks the shape of the TF-IDF matrix (documents × distinct terms). Scenarios then ask which service or algorithm turns text into features or labels.',
	settings: [
		{
			name: 'BlazingText, Word2Vec mode',
			what: 'unsupervised word embeddings (`mode` = skipgram, cbow or batch_skipgram): dense vectors where words used alike lie close.'
		},
		{
			name: 'BlazingText, text classification mode',
			what: 'supervised labelling of sentences or documents (`mode=supervised`, fastText-style); `word_ngrams` adds word pairs as features.'
		},
		{
			name: 'Amazon Comprehend',
			what: 'managed NLP by API call: sentiment, entities, key phrases, language, custom classification; no model to build.'
		},
		{
			name: 'One-hot / bag of words vs embeddings',
			what: 'one sparse column per word (or n-gram), no notion that two words mean alike; embeddings are a few hundred dense numbers learned from context.'
		}
	],
	tip: 'Count the columns, not the words: distinct unigrams plus distinct bigrams (after any stop-word removal), one row per document. And a word in every document gets the lowest IDF, not zero, with smoothing.'
};
