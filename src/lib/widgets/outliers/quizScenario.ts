/** Exam-style scenarios for outliers: investigate before treating, fit fences on training rows, and the anomaly detector AWS offers. */
import type { Generator } from './quizView';

export const scenarioGenerators: Generator[] = [
	() => {
		const options = [
			'Keep them: they are the cases the model must learn to find',
			'Remove them before training',
			'Cap them at the fences',
			'Replace them with the median'
		];
		return {
			id: 'fraud-keep',
			form: 'scenario',
			kind: 'choice',
			prompt:
				'A bank trains a fraud model on card payments. The IQR fences flag 2% of the amounts as outliers, and many of those payments are confirmed fraud. What should it do with them?',
			options,
			answer: options[0],
			explanation:
				'Investigate before treating. These outliers are real and they are the signal: removing or capping them would teach the model that fraud looks normal. Drop or fix a value only when it is an error.'
		};
	},
	() => {
		const options = [
			'Treat them as missing values, then impute or drop those rows',
			'Keep them: outliers add richness to the data',
			'Log-transform the column',
			'Cap them at the upper fence'
		];
		return {
			id: 'error-code',
			form: 'scenario',
			kind: 'choice',
			prompt:
				'A temperature column (°C) holds a few readings of 9,999: the logger writes that when a read fails. What should you do with them?',
			options,
			answer: options[0],
			explanation:
				'Investigate first: these are not temperatures but an error code, a value that belongs in another column (“read failed”). Capping or logging would keep a made-up temperature; mark them missing instead.'
		};
	},
	() => {
		const options = [
			'The training rows; apply the same fences to validation, test and live data',
			'All the rows, so the fences are as accurate as possible',
			'Each set its own fences',
			'The test rows, which the model is judged on'
		];
		return {
			id: 'fences-on-train',
			form: 'scenario',
			kind: 'choice',
			prompt:
				'Before training a model you cap outliers at IQR fences. Which rows should the quartiles and fences come from?',
			options,
			answer: options[0],
			explanation:
				'Fences are fitted numbers, like a scaler’s mean: fit them on the training rows and reuse them unchanged. Fences from all rows let the test rows shape the training data, so the test score is no longer a score on unseen data.'
		};
	},
	() => {
		const options = ['Random Cut Forest', 'XGBoost', 'Linear Learner', 'Factorization Machines'];
		return {
			id: 'random-cut-forest',
			form: 'scenario',
			kind: 'choice',
			prompt:
				'A factory streams machine sensor readings and wants each one scored by how unusual it is. It has no labelled failures. Which SageMaker built-in algorithm fits?',
			options,
			answer: options[0],
			explanation:
				'Random Cut Forest is SageMaker’s built-in anomaly detector: unsupervised, it needs no labels and gives each record an anomaly score; a cutoff on the score trades misses for false alarms. XGBoost and Linear Learner need labels; Factorization Machines are for sparse data such as clicks.'
		};
	}
];
