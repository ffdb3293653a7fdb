/** PCA's exam-style scenarios, in the words the exam uses; each explains the wrong choices too. */
import { choiceScenario, type ChoiceCase } from '$lib/quiz/scenario';
import type { Generator } from './quizView';

const cases: ChoiceCase[] = [
	{
		id: 'scenario-units',
		prompt:
			'A data scientist runs SageMaker PCA on customer records: annual income in dollars (10,000 to 250,000), age in years and the number of purchases. The first component explains 99% of the variance and is almost exactly income. What should be done before trusting this?',
		options: [
			'Standardise the features (mean 0, std 1) before PCA',
			'Keep only the first component: it explains 99% of the variance',
			'Increase the number of components',
			'Shuffle the rows before training'
		],
		explanation:
			"Income's variance, in dollars², dwarfs the others, so PC1 is income's units, not structure. Standardise first (scale before PCA, like k-means and k-NN); then the ratios say how the features vary together."
	},
	{
		id: 'scenario-labels',
		prompt:
			'A team reduces 40 sensor features to the top 3 principal components (92% of the variance) before training a classifier, and its recall falls sharply compared with the full features. What is the most likely reason?',
		options: [
			'PCA keeps the directions of largest variance, and the classes differed along a low-variance one',
			'PCA needs more training epochs',
			'The first components were standardised twice',
			'PCA always removes the label column from the features'
		],
		explanation:
			'PCA is unsupervised: it ranks directions by spread and never sees the label. A component with little variance can carry the class difference; dropping it drops the signal. Check the classifier with more components, or use a supervised selection.'
	},
	{
		id: 'scenario-sagemaker',
		prompt:
			'You train the SageMaker built-in PCA algorithm and want it to return the 10 components that keep most of the variance. Which hyperparameter sets how many it returns?',
		options: ['num_components', 'feature_dim', 'subtract_mean', 'mini_batch_size'],
		explanation:
			'num_components is the number of components kept. feature_dim is the input width; subtract_mean (default true) centres the data; mini_batch_size is the batch size. Choosing the number: the fewest whose explained variance ratios add up to your target, 95% say.'
	}
];

export const scenarioGenerators: Generator[] = cases.map((c) => () => choiceScenario(c));
