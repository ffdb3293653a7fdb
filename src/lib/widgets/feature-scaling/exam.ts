/** "On the exam" for feature scaling: how the AWS Certified Machine Learning – Specialty asks about it. */
import type { ExamNotes } from '$lib/quiz/exam';

export const examNotes: ExamNotes = {
	asked:
		'Questions name a model and ask whether to scale: distance- or variance-based methods (k-NN, k-means, PCA) and penalised or gradient-trained ones (neural networks, linear models with a penalty or trained by gradient descent) want scaled features; tree models such as XGBoost do not. Leakage questions fit a scaler on all the data before the split: fit it on the training data only, then reuse it unchanged on validation, test and live data.',
	settings: [
		{
			name: 'Linear Learner `normalize_data`',
			what: 'has Linear Learner standardise the features itself before training.'
		},
		{
			name: 'SageMaker Data Wrangler',
			what: 'prepares data with built-in transforms, scaling among them, before training.'
		},
		{
			name: 'SageMaker K-Means and k-NN',
			what: 'measure distances between rows, so the feature with the larger spread dominates them unless scaled.'
		}
	],
	tip: 'An answer that scales "because linear models need it" means penalised or gradient-trained ones: an unpenalised least-squares or logistic fit predicts the same either way. An answer that fits the scaler before splitting is the leak.'
};
