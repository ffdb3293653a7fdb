/** Exam-style scenarios for feature scaling: which models need it, where to fit a scaler, which scaler survives spikes. */
import { fitScaler } from '$lib/ml/scaling';
import { formatCount, formatShort as show } from '$lib/format/format';
import { choiceScenario, type ChoiceCase } from '$lib/quiz/scenario';
import { originalRows } from './analysis';
import type { Generator } from './quizView';

/** The cases that need no numbers from the page. */
const cases: ChoiceCase[] = [
	{
		id: 'which-models',
		prompt:
			'A team builds a k-NN classifier, a k-means segmentation and an XGBoost model on income (dollars) and age (years). Which of them need the features scaled?',
		options: ['k-NN and k-means', 'XGBoost only', 'All three', 'None of them'],
		explanation:
			'k-NN and k-means measure distances, where a difference of 1,000 dollars drowns one of 40 years. XGBoost’s trees split one feature at a time at a threshold; rescaling a feature keeps its order, so the same splits come out.'
	},
	{
		id: 'linear-penalty',
		prompt:
			'A team trains a linear model by gradient descent with an L2 penalty on income (dollars) and age (years), unscaled. What goes wrong?',
		options: [
			'Gradient descent converges slowly and the penalty treats the two weights unequally: scale first (Linear Learner’s normalize_data does it)',
			'Nothing: linear models never need scaling',
			'The predictions of any linear model change when a feature is rescaled, penalty or not',
			'Only the label needs scaling'
		],
		explanation:
			'With features thousands of times apart, one step size is too big for one weight and too small for the other, so gradient descent crawls; the L2 penalty charges each weight in its feature’s units. Without a penalty, a linear model fitted to its optimum predicts the same whether or not the features are scaled: its weights absorb the units.'
	},
	{
		id: 'robust-spikes',
		prompt:
			'A vibration sensor reads between 1 and 5, with a few spikes near 500 that you must keep. Which scaler keeps the normal readings spread out?',
		options: ['Robust (median, IQR)', 'Min-max', 'Max-abs', 'Standard (z-score)'],
		explanation:
			'Min-max and max-abs divide by a range the spikes set (about 500), squeezing the normal readings into about 1% of it; the spikes inflate the standard deviation too. The median and the interquartile range come from the middle half of the readings, which a few spikes do not reach.'
	}
];

export const scenarioGenerators: Generator[] = [
	({ data, split, trainFit }) => {
		const standard = trainFit.find((v) => v.id === 'standard');
		const test = originalRows(data, split.test);
		const train = originalRows(data, split.train);
		if (!standard || test.length === 0) return null;
		const testMean = test.reduce((sum, i) => sum + standard.X[i][0], 0) / test.length;
		if (Math.abs(testMean) < 0.0005) return null;
		return choiceScenario({
			id: 'test-mean',
			prompt: `You fit a standard scaler on ${formatCount(train.length)} training rows and apply it to the ${formatCount(test.length)} test rows. The test rows’ mean ${data.xName} after scaling is ${show(testMean)}, not 0. Is that a bug?`,
			options: [
				'No: the test rows are scaled with the training rows’ μ and σ, so their mean is only near 0',
				'Yes: standardised data must have mean 0',
				'Yes: refit the scaler on the test rows'
			],
			explanation:
				'Only the rows a scaler is fitted on come out with mean exactly 0. Test (and live) data are new rows pushed through the same μ and σ, so their mean lands near 0, not on it. Refitting on the test rows would let them shape their own scaling.'
		});
	},
	({ data, split }) => {
		const originals = data.X.slice(0, data.addedFrom);
		const train = originalRows(data, split.train).map((i) => data.X[i]);
		if (train.length === 0) return null;
		const [onTrain, onAll] = [fitScaler('standard', train), fitScaler('standard', originals)].map(
			(s) => s.params.mean[0]
		);
		return choiceScenario({
			id: 'fit-before-split',
			prompt: `A data scientist standardises all ${formatCount(originals.length)} rows, then splits them 70/30 and reports the test accuracy. What is wrong?`,
			options: [
				'The test rows helped set μ and σ, so the test score is no longer an estimate on unseen data',
				'Nothing: a scaler uses no labels, so it cannot leak',
				'Standardising must wait until after training',
				'A 70/30 split is too small for a scaler'
			],
			explanation: `Here the mean of ${data.xName} is ${show(onTrain)} on the training rows and ${show(onAll)} on all rows: the test rows moved it. For a scaler the score usually moves little; for target encoding, feature selection or oversampling it can jump. Fit on the training rows, then reuse the fitted scaler unchanged on test and live data.`
		});
	},
	...cases.map((c) => () => choiceScenario(c))
];
