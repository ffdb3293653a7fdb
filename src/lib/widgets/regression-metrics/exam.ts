/** "On the exam" for the regression-metrics widget: how the metrics are asked, and the SageMaker settings that carry them. */
import type { ExamNotes } from '$lib/quiz/exam';

export const regressionExam: ExamNotes = {
	asked:
		'Scenarios describe what a miss costs and ask for the metric: RMSE when big misses are much worse, MAE for the typical miss, and why MAPE fails on targets near zero. Others give an R² below zero or a training against validation RMSE and ask what it means.',
	settings: [
		{
			name: 'XGBoost: `objective` `reg:squarederror`, `eval_metric` `rmse` or `mae`',
			what: 'the regression objective (`reg:linear` is its deprecated name) and the metric reported on validation data.'
		},
		{
			name: 'Linear Learner: `predictor_type` `regressor`',
			what: 'makes it a regression model; its `loss` can be `squared_loss` or `absolute_loss`, the losses behind RMSE and MAE.'
		},
		{
			name: 'Automatic model tuning: objective metric `validation:rmse`, minimised',
			what: 'the metric the tuner compares trials by; the choice of metric decides which model wins.'
		}
	],
	tip: 'RMSE ≥ MAE always; a large gap between them means a few big errors. R² < 0 is worse than predicting the mean. MAPE divides by the actual: avoid it when actuals can be 0.'
};
