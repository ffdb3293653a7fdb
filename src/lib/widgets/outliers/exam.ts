/** "On the exam" for outliers: how the AWS Certified Machine Learning – Specialty asks about them. */
import type { ExamNotes } from '$lib/quiz/exam';

export const examNotes: ExamNotes = {
	asked:
		'Questions show a column with a few extreme values and ask how to spot them (a box plot and IQR fences, z-scores) and what to do: investigate first, fix or drop errors, cap or log-transform real but extreme values, and keep them when they are the signal. When the unusual records are the goal (fraud, failing machines) and there are no labels, the answer is an anomaly detector.',
	settings: [
		{
			name: 'Random Cut Forest',
			what: 'SageMaker’s built-in, unsupervised anomaly detector: it gives each record an anomaly score, with no labels needed.'
		}
	],
	tip: 'Fences are fitted like a scaler: on the training data, then reused unchanged. To describe a column with outliers, the median and IQR hold still where the mean and standard deviation follow the extremes.'
};
