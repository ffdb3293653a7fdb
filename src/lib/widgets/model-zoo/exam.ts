/** "On the exam" for choosing a model: how task 3.2 asks it, from the study notes in ../shared/seeds and the curriculum's exam facts, in our own words. */
import type { ExamNotes } from '$lib/quiz/exam';

export const zooExam: ExamNotes = {
	asked:
		'Task 3.2 asks you to pick a model for a problem and say why: XGBoost, logistic regression, decision trees, random forests, k-NN or a neural network. Scenarios describe the data (tabular or not, linear or not, how much of it) and a symptom (high training and low validation accuracy) and ask for the model or the change.',
	settings: [
		{
			name: 'Linear Learner (`predictor_type`)',
			what: 'SageMaker’s built-in linear model: `binary_classifier`, `multiclass_classifier` or `regressor`. Fast and explainable, but it draws straight boundaries unless you add features.'
		},
		{
			name: 'XGBoost (`num_round`, `eta`, `max_depth`, `subsample`)',
			what: 'gradient-boosted trees, the usual answer for tabular data. More rounds and deeper trees fit harder; `early_stopping_rounds` with a validation channel stops where validation stops improving.'
		},
		{
			name: 'k-NN (`k`, `predictor_type`)',
			what: 'SageMaker’s built-in k-nearest neighbours, classifier or regressor. A small k memorises; it needs scaled features.'
		}
	],
	tip: 'Training accuracy near 100% with a much lower validation score is overfitting: limit depth, use fewer rounds or a lower learning rate, or average trees (a forest). A model stuck near chance on both is too simple for the boundary: add features or pick a non-linear model. Trees need no scaling; k-NN, linear models and networks do.'
};
