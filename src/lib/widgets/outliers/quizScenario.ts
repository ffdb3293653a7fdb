/** Exam-style scenarios for outliers: investigate before treating, fit fences on training rows, and the anomaly detector AWS offers. */
import { choiceScenario, type ChoiceCase } from '$lib/quiz/scenario';
import type { Generator } from './quizView';

const cases: ChoiceCase[] = [
	{
		id: 'fraud-keep',
		prompt:
			'A bank trains a fraud model on card payments. The IQR fences flag 2% of the amounts as outliers, and many of those payments are confirmed fraud. What should it do with them?',
		options: [
			'Keep them: they are the cases the model must learn to find',
			'Remove them before training',
			'Cap them at the fences',
			'Replace them with the median'
		],
		explanation:
			'Investigate before treating. These outliers are real and they are the signal: removing or capping them would teach the model that fraud looks normal. Drop or fix a value only when it is an error.'
	},
	{
		id: 'error-code',
		prompt:
			'A temperature column (°C) holds a few readings of 9,999: the logger writes that when a read fails. What should you do with them?',
		options: [
			'Treat them as missing values, then impute or drop those rows',
			'Keep them: outliers add richness to the data',
			'Log-transform the column',
			'Cap them at the upper fence'
		],
		explanation:
			'Investigate first: these are not temperatures but an error code, a value that belongs in another column (“read failed”). Capping or logging would keep a made-up temperature; mark them missing instead.'
	},
	{
		id: 'fences-on-train',
		prompt:
			'Before training a model you cap outliers at IQR fences. Which rows should the quartiles and fences come from?',
		options: [
			'The training rows; apply the same fences to validation, test and live data',
			'All the rows, so the fences are as accurate as possible',
			'Each set its own fences',
			'The test rows, which the model is judged on'
		],
		explanation:
			'Fences are fitted numbers, like a scaler’s mean: fit them on the training rows and reuse them unchanged. Fences from all rows let the test rows shape the training data, so the test score is no longer a score on unseen data.'
	},
	{
		id: 'random-cut-forest',
		prompt:
			'A factory streams machine sensor readings and wants each one scored by how unusual it is. It has no labelled failures. Which SageMaker built-in algorithm fits?',
		options: ['Random Cut Forest', 'XGBoost', 'Linear Learner', 'Factorization Machines'],
		explanation:
			'Random Cut Forest is SageMaker’s built-in anomaly detector: unsupervised, it needs no labels and gives each record an anomaly score; a cutoff on the score trades misses for false alarms. XGBoost and Linear Learner need labels; Factorization Machines are for sparse data such as clicks.'
	}
];

export const scenarioGenerators: Generator[] = cases.map((c) => () => choiceScenario(c));
