/**
 * scikit-learn's CountVectorizer documentation example: its corpus, and the vocabulary
 * (get_feature_names_out()) and counts (X.toarray()) it prints for single words and for
 * ngram_range=(2, 2). Published values, checked by both vectorizers' tests (ml/text and
 * ml/bagOfWords).
 */
export const docsCorpus = [
	'This is the first document.',
	'This document is the second document.',
	'And this is the third one.',
	'Is this the first document?'
];

export const docsWords = {
	vocabulary: ['and', 'document', 'first', 'is', 'one', 'second', 'the', 'third', 'this'],
	counts: [
		[0, 1, 1, 1, 0, 0, 1, 0, 1],
		[0, 2, 0, 1, 0, 1, 1, 0, 1],
		[1, 0, 0, 1, 1, 0, 1, 1, 1],
		[0, 1, 1, 1, 0, 0, 1, 0, 1]
	]
};

export const docsBigrams = {
	vocabulary: [
		'and this',
		'document is',
		'first document',
		'is the',
		'is this',
		'second document',
		'the first',
		'the second',
		'the third',
		'third one',
		'this document',
		'this is',
		'this the'
	],
	counts: [
		[0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0],
		[0, 1, 0, 1, 0, 1, 0, 1, 0, 0, 1, 0, 0],
		[1, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 1, 0],
		[0, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 1]
	]
};
