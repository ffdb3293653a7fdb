/** "On the exam" for over- and underfitting (facts from the project's exam study notes and curriculum). */
import type { ExamNotes } from '$lib/quiz/exam';

export const overfittingExam: ExamNotes = {
	asked:
		'A question gives training and validation scores (99% against 70%, or an RMSE for each) and asks whether the model overfits (high variance) or underfits (high bias), and which change fixes it.',
	settings: [
		{
			name: 'L1 / L2 regularisation',
			what: 'Penalties on the weights: raise them against overfitting, lower them against underfitting. L1 can zero weights (feature selection); L2 only shrinks them.'
		},
		{
			name: 'Dropout',
			what: 'Drops a share of a network’s units at each training step; one of the deep-learning hyperparameters to tune.'
		},
		{
			name: 'Early stopping',
			what: 'Stops training once validation loss has not improved for a set number of epochs, and keeps the best epoch.'
		},
		{
			name: 'SageMaker automatic model tuning',
			what: 'Searches such hyperparameters (Bayesian, random, grid or Hyperband), comparing the trained models on validation data.'
		}
	],
	tip: 'High training score, low validation score: add data, L1/L2, dropout or early stopping. Both low: add features or capacity and cut regularisation. Adding layers to an overfit model is the trap answer.'
};
