/** "On the exam" for L1 vs L2: how the exam asks about regularisation, from the study notes in ../shared/seeds and the curriculum's exam facts. */
import type { ExamNotes } from '$lib/quiz/exam';

export const regularizationExam: ExamNotes = {
	asked:
		'Regularisation sits in task 3.4 (hyperparameter optimisation) beside dropout. Questions describe a model that overfits (low training error, high validation error) or one with many irrelevant features, and ask for the remedy: L1 to drop features, L2 to shrink weights, more regularisation against overfitting, less against underfitting.',
	settings: [
		{
			name: 'Linear Learner `l1` and `wd`',
			what: 'the L1 penalty and the L2 penalty (weight decay) of SageMaker’s built-in linear model; both can be tuned automatically.'
		},
		{
			name: 'Linear Learner `normalize_data`',
			what: 'standardises the features before training (on by default), so the penalty treats every feature alike.'
		},
		{
			name: 'XGBoost `alpha` and `lambda`',
			what: 'the L1 and L2 penalties on the leaf weights of the boosted trees.'
		}
	],
	tip: 'L1 → sparse model, feature selection. L2 → small weights, keeps correlated features together. Scale features first: linear models, k-NN and neural nets need it, trees do not.'
};
