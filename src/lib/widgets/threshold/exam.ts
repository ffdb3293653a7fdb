/** "On the exam" for the threshold explorer: how thresholds, ROC and PR curves are asked, and the SageMaker settings that carry them. */
import type { ExamNotes } from '$lib/quiz/exam';

export const examNotes: ExamNotes = {
	asked:
		'Scenarios name the costly mistake (a missed fraud, a lost e-mail) and ask which metric to optimise or which way to move the threshold; others ask which metric compares models when positives are rare.',
	settings: [
		{
			name: 'Linear Learner: `binary_classifier_model_selection_criteria`',
			what: 'how it picks its model and threshold on validation data: `accuracy`, `f_beta`, `precision_at_target_recall`, `recall_at_target_precision`.'
		},
		{
			name: 'Linear Learner: `target_recall`, `target_precision`',
			what: 'the recall or precision those two criteria must hold, as the "Recall ≥" rule here does.'
		},
		{
			name: 'XGBoost: `eval_metric`',
			what: '`auc` for ranking; `aucpr` (PR-AUC, the idea of average precision) when positives are rare.'
		}
	],
	tip: 'Costly misses (fraud, screening) → recall and a lower threshold; costly false alarms (spam) → precision and a higher one; rare positives → PR-AUC over ROC AUC; ranking → ROC AUC.'
};
