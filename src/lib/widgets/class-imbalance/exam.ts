/** "On the exam" for class imbalance: how the exam asks about rare classes, from the study notes in ../shared/seeds and the curriculum's exam facts. */
import type { ExamNotes } from '$lib/quiz/exam';

export const imbalanceExam: ExamNotes = {
	asked:
		'Rare positives (fraud, defects, churn, disease) come up in data preparation (task 2.1) and evaluation. A scenario reports high accuracy on imbalanced data, or asks how to make the model catch more of the rare class without leaking the test set.',
	settings: [
		{
			name: '`scale_pos_weight`',
			what: "XGBoost's weight on the positive class; set it near negatives ÷ positives (9,500 ÷ 500 = 19)."
		},
		{
			name: '`positive_example_weight_mult`',
			what: "Linear Learner's weight on positive examples; `balanced` weighs the two classes equally."
		},
		{
			name: 'SageMaker Data Wrangler',
			what: 'its balance-data transform offers random oversampling, random undersampling and SMOTE: run it on the training split only.'
		},
		{
			name: 'Stratified splits and folds',
			what: 'keep the rare class at its real share in every split, so the test set looks like production.'
		}
	],
	tip: 'Accuracy near the majority share means nothing: judge with recall, precision, F1 or PR-AUC. Resample or weight only the training data, never before the split, and leave the test set at the real class balance.'
};
