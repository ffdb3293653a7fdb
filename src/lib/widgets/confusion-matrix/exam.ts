/** "On the exam" for the confusion matrix: facts from the study notes (../shared/seeds) and the curriculum's exam facts. */
import type { ExamNotes } from '$lib/quiz/exam';

export const examNotes: ExamNotes = {
	asked:
		'Questions describe a business and what a mistake costs, then ask for the metric: costly misses (fraud, disease screening) call for recall, costly false alarms (a spam filter) for precision, both on imbalanced data for F1 or PR-AUC, and ranking by score for AUC-ROC. A high accuracy on rare positives is the usual trap.',
	settings: [
		{
			name: 'SageMaker automatic model tuning',
			what: 'searches hyperparameters (Bayesian, random, grid or Hyperband) for the best value of the one metric you give it: pick the one the scenario calls for.'
		},
		{
			name: 'XGBoost `scale_pos_weight`',
			what: 'weighs the rare positive class, about negatives ÷ positives, so that recall does not collapse on imbalanced data.'
		}
	],
	tip: 'Find the costly mistake in the question first: a false negative points to recall, a false positive to precision. If an answer praises accuracy, compare it with the share of the larger class.'
};
