/** "On the exam" for missing values: how the exam asks about gaps, from the study notes in ../shared/seeds and the curriculum's exam facts. */
import type { ExamNotes } from '$lib/quiz/exam';

export const missingExam: ExamNotes = {
	asked:
		'Handling missing data is part of task 2.1 (sanitize and prepare data). Scenarios give a table with gaps and ask for the treatment: remove the rows or the column, or impute with the mean, zero or a model of the other columns.',
	settings: [
		{
			name: 'SageMaker Data Wrangler',
			what: 'the "prepare" step of SageMaker, where a missing-value transform (drop or impute) is set up before training.'
		},
		{
			name: 'AWS Glue DataBrew',
			what: "Glue's data-preparation tool, another place the same cleaning step can live."
		},
		{
			name: 'k-NN, regression or MICE imputation',
			what: 'fill each gap from the other columns, so relationships survive better than with the mean or median.'
		}
	],
	tip: 'Dropping rows is safe only when values go missing completely at random; mean imputation keeps the mean but shrinks the spread and the correlations. Fit any imputer on the training data and reuse it unchanged on validation, test and live data.'
};
