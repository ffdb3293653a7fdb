/** The split page's "On the exam" box (facts from the exam guide's study notes and CURRICULUM.md). */
import type { ExamNotes } from '$lib/quiz/exam';

export const splitsExam: ExamNotes = {
	asked:
		'Questions describe a data set and ask how to divide it: training to fit, validation to compare models and tune, test to score the final model once (80 / 10 / 10 is the usual split). Imbalanced classes call for a stratified split and a metric such as F1, PR-AUC or ROC AUC rather than accuracy; time-stamped data call for a split in time order.',
	settings: [
		{
			name: 'SageMaker automatic model tuning',
			what: 'picks hyperparameters (Bayesian, random, grid or Hyperband search) by an objective metric: measure it on validation data and keep the test set out of tuning.'
		},
		{
			name: 'XGBoost `scale_pos_weight`',
			what: 'weights the rare class (about negatives ÷ positives) in training; resample or weight the training part only, after the split.'
		}
	],
	tip: 'A score that looks too good usually means a leak: duplicated rows across the parts, or a scaler, encoder or feature selection fitted before the split.'
};
