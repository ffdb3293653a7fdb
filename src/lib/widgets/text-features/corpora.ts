/**
 * The small corpora a learner can load (one document per line). Each is chosen so the traps show:
 * "the" is in every document and is its most frequent word, and word pairs more than double the
 * vocabulary.
 */
export type CorpusId = 'pets' | 'reviews' | 'check';

export interface Corpus {
	id: CorpusId;
	name: string;
	documents: string[];
}

export const corpora: readonly Corpus[] = [
	{
		id: 'pets',
		name: 'Cats and dogs',
		documents: [
			'The cat sat on the mat.',
			'The dog sat on the log.',
			'The cat chased the dog, then the cat slept.',
			'The dog and the cat are friends.'
		]
	},
	{
		id: 'reviews',
		name: 'Product reviews',
		documents: [
			'The battery is great and the screen is great.',
			'The battery died after a week.',
			'The screen is bright and the sound is clear.',
			'The sound is terrible and the battery is weak.'
		]
	},
	{ id: 'check', name: 'The exam check: two short sentences', documents: ['the cat sat', 'the dog sat'] }
];

/** The documents as the text box and the link hold them: one per line. */
export const joinDocuments = (documents: readonly string[]) => documents.join('\n');
