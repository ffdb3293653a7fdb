/** "On the exam" for categorical encoding: how the exam asks about it, from the study notes in ../shared/seeds. */
import type { ExamNotes } from '$lib/quiz/exam';

export const encodingExam: ExamNotes = {
	asked:
		'Feature engineering (task 2.2) names one-hot encoding, binning and tokenization among its concepts. Scenarios describe a column and ask how to turn it into numbers: a binary class as 0 and 1, an ordinal one (sizes) as ordered numbers, a nominal one (colours, cities) as one-hot columns.',
	settings: [
		{
			name: 'One-hot encoding',
			what: 'one 0/1 column per category: the choice for a column whose categories have no order.'
		},
		{ name: 'Ordinal mapping', what: 'categories with an order mapped to numbers that keep it (S < M < L).' },
		{ name: 'Binning', what: 'a number cut into ranges, which a model then treats as categories.' },
		{
			name: 'SageMaker Data Wrangler',
			what: 'the "prepare" step of SageMaker, where encoding transforms are set up before training.'
		}
	],
	tip: 'Integer codes on a nominal column invent an order and distances the data never had: when the column holds colours or cities, look for one-hot.'
};
