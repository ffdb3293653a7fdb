/** "On the exam" for PCA: how the AWS Certified Machine Learning – Specialty asks about it. */
import type { ExamNotes } from '$lib/quiz/exam';

export const examNotes: ExamNotes = {
	asked:
		'PCA appears as the answer to "too many features" (the curse of dimensionality, slow training, correlated columns, a 2-D picture of wide data) and as a trap: features on different scales must be standardised first, and the components keep variance, not the label.',
	settings: [
		{
			name: 'PCA',
			what: 'SageMaker’s built-in, unsupervised dimensionality reduction; `algorithm_mode` is `regular` (exact) or `randomized` (for many rows and features).'
		},
		{ name: 'num_components', what: 'How many components the model returns.' },
		{
			name: 'subtract_mean',
			what: 'Centres the data before the decomposition (default true). It does not scale: standardise the features yourself.'
		}
	],
	tip: 'Choose the number of components from the cumulative explained variance (e.g. 95%). Fit PCA, like a scaler, on the training data only and reuse it on validation, test and live data.'
};
