/** The cross-validation page's "On the exam" box (facts from the exam guide's study notes and CURRICULUM.md). */
import type { ExamNotes } from '$lib/quiz/exam';

export const cvExam: ExamNotes = {
	asked:
		'Questions name the splitter for the data: k-fold to compare models, stratified k-fold when a class is rare, leave-one-out for a very small data set, and splits in time order for forecasts. They also expect you to know that cross-validation multiplies training: k folds are k fits for every candidate.',
	settings: [
		{
			name: 'SageMaker automatic model tuning',
			what: 'searches hyperparameters (Bayesian, random, grid or Hyperband) for the best objective metric; cross-validating each candidate multiplies its training jobs by k.'
		}
	],
	tip: 'Scalers, imputers, encoders and feature selection are fitted on each fold’s training rows only; an answer that fits them on all the data before splitting describes a leak.'
};
