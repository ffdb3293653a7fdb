/**
 * Exam-style scenarios and two small computations for the L1 vs L2 widget. The scenarios' keys
 * are facts (which penalty selects features, which Linear Learner setting is L2); the
 * computations' keys come from the closed forms the prompt states.
 */
import type { Rng } from '$lib/ml/random';
import type { Question } from '$lib/quiz/quiz';
import { show } from './explain';

export const penaltyOptions = [
	'L1 (lasso)',
	'L2 (ridge)',
	'No regularisation',
	'A larger learning rate'
] as const;

export const scenarioGenerators: ((rng: Rng) => Question)[] = [
	() => ({
		id: 'sparse-model',
		form: 'scenario',
		kind: 'choice',
		prompt:
			'A marketing team trains a linear model on 2,000 features and suspects most of them are irrelevant. They want a model that uses only the features that matter. Which regularisation fits best?',
		options: [...penaltyOptions],
		answer: penaltyOptions[0],
		explanation:
			'L1 sets the weights of weak features to exactly 0, so it selects features as it fits. L2 would keep all 2,000 with small weights.'
	}),
	() => ({
		id: 'correlated-keep',
		form: 'scenario',
		kind: 'choice',
		prompt:
			'Two sensor readings are 95% correlated and both genuinely matter. A model should keep both and share the weight between them rather than pick one at random. Which penalty?',
		options: [...penaltyOptions],
		answer: penaltyOptions[1],
		explanation:
			'L2 spreads weight across correlated features (the widget’s x1 and x1 copy under L2). L1 tends to keep one and zero the other; elastic net sits between.'
	}),
	() => ({
		id: 'linear-learner-l2',
		form: 'scenario',
		kind: 'choice',
		prompt: "In SageMaker's built-in Linear Learner, which hyperparameter adds an L2 penalty on the weights?",
		options: ['wd', 'l1', 'learning_rate', 'mini_batch_size'],
		answer: 'wd',
		explanation:
			'`wd` (weight decay) is the L2 penalty and `l1` the L1 penalty. In XGBoost the same two are `lambda` (L2) and `alpha` (L1).'
	}),
	() => ({
		id: 'overfit-remedy',
		form: 'scenario',
		kind: 'choice',
		prompt:
			'A regression model scores RMSE 1.2 on its training data and 4.8 on validation data. Which change is most likely to close the gap?',
		options: [
			'Increase the regularisation strength',
			'Decrease the regularisation strength',
			'Add more features',
			'Train for more epochs'
		],
		answer: 'Increase the regularisation strength',
		explanation:
			'Far lower training than validation error is overfitting: a stronger L1 or L2 penalty (or more data, or fewer features) reins the model in. Less regularisation and more features make it worse.'
	}),
	() => ({
		id: 'scale-first',
		form: 'scenario',
		kind: 'choice',
		prompt:
			'A lasso model predicts house prices from floor area (m², hundreds) and distance to the sea (km, tenths). Distance is dropped at every λ tried, although it matters. What should be done first?',
		options: ['Standardise the features', 'Lower the learning rate', 'Switch to L2', 'Remove the intercept'],
		answer: 'Standardise the features',
		explanation:
			'A penalty charges each unit of weight the same, so a feature on a small scale (which needs a large weight) is punished hardest. Standardising puts every feature on the same footing; Linear Learner does it with `normalize_data`.'
	}),
	(rng) => {
		const alpha = [1, 2, 5, 10][rng.int(4)];
		const answer = 10 / (5 + alpha);
		return {
			id: 'ridge-one-feature',
			form: 'compute',
			kind: 'number',
			prompt: `Ridge without an intercept on two points, x = 1, 2 and y = 2, 4, with α = ${alpha}, minimises Σ(y − wx)² + αw². What is w? (w = Σxy / (Σx² + α))`,
			answer,
			tolerance: 0.005,
			explanation: `Σxy = 1·2 + 2·4 = 10 and Σx² = 5, so w = 10 / (5 + ${alpha}) = ${show(answer)}. Least squares (α = 0) gives 2: the penalty shrinks it.`
		};
	},
	(rng) => {
		const z = [0.8, 1.2, -0.6, 0.5][rng.int(4)];
		const alpha = [0.2, 0.3, 0.7][rng.int(3)];
		const answer = Math.sign(z) * Math.max(Math.abs(z) - alpha, 0);
		return {
			id: 'soft-threshold',
			form: 'compute',
			kind: 'number',
			prompt: `On standardised, uncorrelated features, least squares gives a feature the weight ${show(z)}. What weight does the lasso give it at α = ${show(alpha)}? (Each weight is soft-thresholded: sign(z)·max(|z| − α, 0).)`,
			answer,
			tolerance: 0.005,
			explanation: `|z| − α = ${show(Math.abs(z))} − ${show(alpha)} = ${show(Math.abs(z) - alpha)}, ${Math.abs(z) > alpha ? `so w = ${show(answer)}` : 'below 0, so w = 0 exactly'}: the lasso moves every weight α towards 0 and stops at 0.`
		};
	}
];
