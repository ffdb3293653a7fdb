/**
 * Exam-style scenarios and two computations from stated numbers. The scenarios' keys are facts
 * (which metric punishes big misses, what R² < 0 means); the computations' keys follow from the
 * definitions the explanations state.
 */
import type { Question } from '$lib/quiz/quiz';
import type { Rng } from '$lib/ml/random';
import { num } from './explain';

export const metricOptions = ['RMSE', 'MAE', 'MAPE', 'R²'];

/** The CURRICULUM's "check yourself": errors 1, 1, 1, 9 → MAE 3, RMSE √21 ≈ 4.58. */
export const checkOptions = ['MAE 3, RMSE 4.58', 'MAE 3, RMSE 3', 'MAE 4.58, RMSE 3', 'MAE 3, RMSE 21'];

export const scenarioGenerators: ((rng: Rng) => Question)[] = [
	() => ({
		id: 'errors-1119',
		form: 'compute',
		kind: 'choice',
		prompt:
			"A model's errors on four houses are 1, 1, 1 and 9 (thousand dollars). What are its MAE and its RMSE?",
		options: checkOptions,
		answer: checkOptions[0],
		explanation:
			'MAE = (1 + 1 + 1 + 9) / 4 = 3. MSE = (1 + 1 + 1 + 81) / 4 = 21, so RMSE = √21 ≈ 4.58. The one error of 9 is three times MAE but lifts RMSE half as high again.'
	}),
	() => ({
		id: 'costly-big-misses',
		form: 'scenario',
		kind: 'choice',
		prompt:
			'A utility forecasts hourly electricity demand. Many small misses are cheap, but one large miss can cause a blackout. Which metric should choose between the candidate models?',
		options: metricOptions,
		answer: 'RMSE',
		explanation:
			'RMSE squares each error before averaging, so a model with one large miss scores worse than one with several small ones of the same total. MAE would rank them alike.'
	}),
	() => ({
		id: 'typical-miss',
		form: 'scenario',
		kind: 'choice',
		prompt:
			'A delivery-time model is judged by how many minutes it is typically off. A few deliveries are held up by storms that no model can foresee, and the team does not want those few to decide which model wins. Which metric?',
		options: metricOptions,
		answer: 'MAE',
		explanation:
			'MAE counts every minute of error once, so the rare storm delays move it only in proportion; RMSE would be dominated by them. MAE is in minutes, as the question asks.'
	}),
	() => ({
		id: 'negative-r2',
		form: 'scenario',
		kind: 'choice',
		prompt: "A regression model's R² on the test set is −0.4. What does that say?",
		options: [
			'It does worse than predicting the mean of the test targets for every row',
			'R² cannot be negative: the metric was computed wrongly',
			'It explains 40% of the variance, in the opposite direction',
			'It is 40% worse than a perfect model'
		],
		answer: 'It does worse than predicting the mean of the test targets for every row',
		explanation:
			'R² = 1 − SS_res / SS_tot, and SS_tot is the squared error of predicting the mean. R² < 0 means the model’s squared errors are larger: typical of a model scored on data unlike its training data, or a biased one.'
	}),
	() => ({
		id: 'zero-sales',
		form: 'scenario',
		kind: 'choice',
		prompt:
			'A retailer forecasts the daily sales of 5,000 products; many of them sell nothing on most days. Which metric is unsafe for comparing the forecasts?',
		options: metricOptions,
		answer: 'MAPE',
		explanation:
			'MAPE divides each error by the actual value: at 0 sales it is undefined (scikit-learn returns an astronomically large number), and near 0 one small miss is a huge percentage.'
	}),
	() => ({
		id: 'xgboost-metric',
		form: 'scenario',
		kind: 'choice',
		prompt:
			'A SageMaker automatic model tuning job tunes XGBoost with the objective reg:squarederror. The objective metric should be in the units of the target and punish large errors most. Which?',
		options: ['validation:rmse', 'validation:mae', 'validation:auc', 'validation:error'],
		answer: 'validation:rmse',
		explanation:
			'validation:rmse, minimised. validation:mae is in the same units but weighs every error alike; auc and error are classification metrics.'
	}),
	(rng) => {
		const [mse, variance] = [
			[2, 8],
			[6, 4],
			[1.5, 6],
			[9, 6]
		][rng.int(4)];
		const answer = 1 - mse / variance;
		return {
			id: 'r2-from-mse',
			form: 'compute',
			kind: 'number',
			prompt: `On a test set, a model's MSE is ${mse}. Predicting the mean of the test targets for every row gives an MSE of ${variance}. What is the model's R²?`,
			answer,
			tolerance: 0.005,
			explanation: `R² = 1 − MSE / MSE(mean) = 1 − ${mse} / ${variance} = ${num(answer)}${answer < 0 ? ': below 0, worse than the mean' : ''}.`
		};
	}
];
