/**
 * Exam-style scenarios on SageMaker automatic model tuning (scaling types, strategies, warm
 * start, parallel jobs) and two computations from stated numbers: a grid's size and expected
 * improvement at a point.
 */
import { expectedImprovement } from '$lib/ml/gp';
import { choiceScenario } from '$lib/quiz/scenario';
import { formatFixed } from '$lib/format/format';

import type { Generator } from './quizView';

/** A scenario with fixed options, whose case (and so its prompt, answer and why) the seed picks. */
function pickedCaseScenario<C extends { answer: string; why: string }>(
	id: string,
	cases: C[],
	options: string[],
	prompt: (c: C) => string
): Generator {
	return (_, rng) => {
		const c = cases[rng.int(cases.length)];
		return {
			id,
			form: 'scenario',
			kind: 'choice',
			prompt: prompt(c),
			options,
			answer: c.answer,
			explanation: c.why
		};
	};
}

const scalingTypes = ['Linear', 'Logarithmic', 'ReverseLogarithmic', 'Auto'];

interface RangeCase {
	key: string;
	story: string;
	answer: string;
	why: string;
}

const rangeCases: RangeCase[] = [
	{
		key: 'learning-rate',
		story: 'a learning rate between 0.0001 and 1',
		answer: 'Logarithmic',
		why: 'The range spans 4 decades and good values sit in the low ones: a logarithmic scale gives each decade the same share of trials (it needs values above 0).'
	},
	{
		key: 'alpha',
		story: 'an L2 penalty (alpha) between 0.000001 and 10',
		answer: 'Logarithmic',
		why: 'Seven decades: on a linear scale 90% of the trials would fall between 1 and 10.'
	},
	{
		key: 'momentum',
		story: 'a momentum between 0.9 and 0.9999',
		answer: 'ReverseLogarithmic',
		why: 'What matters is how close it is to 1 (1 − value spans 0.1 to 0.0001); reverse logarithmic scaling works on 1 − value, for ranges inside [0, 1).'
	},
	{
		key: 'subsample',
		story: "XGBoost's subsample between 0.5 and 1",
		answer: 'Linear',
		why: 'Less than a decade, with no reason to favour one end: a linear scale spreads the trials evenly.'
	}
];

const scalingScenario = pickedCaseScenario(
	'scaling-type',
	rangeCases,
	scalingTypes,
	(c) => `A SageMaker tuning job searches ${c.story}. Which ScalingType makes the best use of its trials?`
);

const parallelOptions = [
	'It finishes sooner, but the Bayesian search learns from fewer finished trials before it chooses the next',
	'It finishes sooner and finds better hyperparameters',
	'It takes longer but finds better hyperparameters',
	'Nothing changes except the cost'
];

const parallelScenario: Generator = (_, rng) => {
	const jobs = [5, 10, 20][rng.int(3)];
	return choiceScenario({
		id: 'parallel-jobs',
		prompt: `A Bayesian tuning job of 40 training jobs ran one at a time. The team sets MaxParallelTrainingJobs to ${jobs}. What should they expect?`,
		options: parallelOptions,
		answer: parallelOptions[0],
		explanation: `${jobs} jobs run at once, so the search ends sooner; but each is chosen before the others in its batch have reported, so the model has less to go on and may need more trials to reach the same score.`
	});
};

const warmOptions = [
	'Warm start with IDENTICAL_DATA_AND_ALGORITHM',
	'Warm start with TRANSFER_LEARNING',
	'A new tuning job with the Grid strategy',
	'Raise MaxParallelTrainingJobs'
];

const warmStartScenario: Generator = (_, rng) => {
	const newData = rng.int(2) === 1;
	return choiceScenario({
		id: 'warm-start',
		prompt: newData
			? 'A team tuned a model last month. They now have a changed data set and a slightly different algorithm setup, and want the new tuning job to build on what the old one learned. What should they use?'
			: 'A tuning job stopped at its limit of training jobs, still improving. The team wants to continue it on the same data with the same algorithm, reusing what it learned. What should they use?',
		options: warmOptions,
		answer: warmOptions[newData ? 1 : 0],
		explanation: newData
			? 'TRANSFER_LEARNING warm-starts from parent tuning jobs whose data, algorithm or ranges differ; the new job starts from their results instead of from scratch.'
			: 'IDENTICAL_DATA_AND_ALGORITHM continues from parent tuning jobs on the same data and training image; only the ranges and budget may change.'
	});
};

const strategyOptions = ['Hyperband', 'Grid', 'Random', 'Bayesian'];
const strategyCases = [
	{
		prompt:
			'Each training job of a deep network takes hours, and most configurations are clearly poor after a few epochs. Which tuning strategy stops those early and gives the budget to the promising ones?',
		answer: 'Hyperband',
		why: 'Hyperband trains many configurations briefly and promotes only the best to longer training (successive halving), as the Hyperband strategy on this page does.'
	},
	{
		prompt:
			'A team wants the fewest training jobs to reach a good configuration of 3 continuous hyperparameters, and can run the jobs one after another. Which strategy?',
		answer: 'Bayesian',
		why: 'Bayesian search fits a model of the score to the finished trials and picks the next where expected improvement is highest; it uses each result, so it needs the fewest trials when they run in sequence.'
	},
	{
		prompt:
			'A team must try every combination of 3 optimizers and 4 batch sizes, all categorical. Which strategy tries each combination exactly once?',
		answer: 'Grid',
		why: 'Grid search (categorical parameters only in SageMaker) runs every combination: 3 × 4 = 12 jobs.'
	},
	{
		prompt:
			'A team will run 50 training jobs all at once (MaxParallelTrainingJobs = 50) on 2 continuous hyperparameters. Which strategy loses nothing by the parallelism?',
		answer: 'Random',
		why: 'Random search draws each trial independently of the others, so running them all at once costs it nothing; a Bayesian search would have no finished trial to learn from.'
	}
];

const strategyScenario = pickedCaseScenario(
	'strategy-choice',
	strategyCases,
	strategyOptions,
	(c) => c.prompt
);

const gridSizeCompute: Generator = (_, rng) => {
	const values = 3 + rng.int(3);
	const params = 2 + rng.int(3);
	return {
		id: 'grid-size',
		form: 'compute',
		kind: 'number',
		answer: values ** params,
		prompt: `A grid search tries ${values} values of each of ${params} hyperparameters. How many training jobs does it run?`,
		explanation: `Every combination once: ${values}^${params} = ${values ** params}. Each added hyperparameter multiplies the count by ${values}.`
	};
};

const eiCompute: Generator = (_, rng) => {
	const sd = [0.01, 0.02, 0.04][rng.int(3)];
	const best = 0.85;
	const answer = expectedImprovement(best, sd, best);
	return {
		id: 'ei-at-best',
		form: 'compute',
		kind: 'number',
		answer,
		tolerance: 0.0005,
		prompt: `The model predicts a mean score of ${best} with a standard deviation of ${sd} at a point; the best score so far is ${best}. What is the expected improvement there (to 3 decimals)? φ(0) = 0.3989.`,
		explanation: `With the mean at the best, z = 0, so EI = (μ − best) Φ(0) + σ φ(0) = 0 + ${sd} × 0.3989 = ${formatFixed(answer, 4)}: uncertainty alone makes a point worth trying.`
	};
};

export const scenarioGenerators: Generator[] = [
	scalingScenario,
	parallelScenario,
	warmStartScenario,
	strategyScenario,
	gridSizeCompute,
	eiCompute
];
