/**
 * "Check yourself" questions for the decision-boundary widget. The predict questions ask about
 * a model not on screen (checked before asking) and get their answers from the engine on the
 * same plane; the scenarios are exam-style cases; the computations give their own numbers.
 */
import { createRng } from '$lib/ml/random';
import { choiceScenario } from '$lib/quiz/scenario';
import { dealQuestions, showMe, type Question } from '$lib/quiz/quiz';
import { counted } from '$lib/format/format';
import { CHANCE_BAND, pct } from './analysis';
import { makePlane, type Plane } from './plane';
import { accuraciesOf, polynomialFeatureCount, type SharedSettings } from '$lib/jobs/boundaryModels';
import { modelOf, NO_LIMIT, zooCodec, type ModelSettings, type ZooUrlState } from './codec';

export interface ZooQuizView {
	input: ZooUrlState;
	plane: Plane;
}

interface Context extends ZooQuizView {
	shared: SharedSettings;
	/** Whether model A or B on screen already is this model (its numbers are then printed). */
	onScreen(kind: ModelSettings['kind'], setting: Partial<ModelSettings>): boolean;
	rng: ReturnType<typeof createRng>;
}

type Generator = (c: Context) => Question | null;

const settings = (change: Partial<ModelSettings> & Pick<ModelSettings, 'kind'>): ModelSettings => ({
	deg: 1,
	k: 1,
	depth: NO_LIMIT,
	trees: 50,
	rounds: 100,
	units: 8,
	...change
});

/** The options of the XOR question and its key (the CURRICULUM's "Check yourself"). */
export const xorOptions = [
	'No straight line separates the classes: class 1 sits in two opposite quadrants',
	'It needs more iterations to converge',
	'Its inputs need scaling first',
	'XOR data are too noisy for any model'
] as const;

export const linearOptions = ['Near 50% (within 10 points)', 'Above 80%', 'Below 40%'] as const;
/** The option for a test accuracy of a linear model on XOR. */
export function linearOption(test: number): string | null {
	if (Math.abs(test - 0.5) <= CHANCE_BAND) return linearOptions[0];
	if (test > 0.8) return linearOptions[1];
	if (test < 0.4) return linearOptions[2];
	return null;
}

const generators: Generator[] = [
	() => ({
		id: 'xor-why',
		form: 'scenario',
		kind: 'choice',
		prompt:
			'A logistic regression on two inputs x₁ and x₂ scores about 50% on XOR data, where class 1 fills the top-left and bottom-right quadrants. Why?',
		options: [...xorOptions],
		answer: xorOptions[0],
		explanation:
			'Logistic regression draws one straight line (w₁x₁ + w₂x₂ + b = 0). Any line leaves about half of each class on each side of XOR, so it cannot beat a coin. Add the product x₁·x₂ as a feature (polynomial degree 2), or use a tree, k-NN or a network, and the boundary bends.'
	}),
	({ input, plane, shared, onScreen }) => {
		if (onScreen('knn', { k: 1 })) return null;
		const { train, test } = accuraciesOf(plane, settings({ kind: 'knn', k: 1 }), shared);
		if (train !== 1) return null;
		const options = ['100%', 'About its test accuracy', 'About 50%'];
		return {
			id: 'one-nn-train',
			form: 'predict',
			kind: 'choice',
			prompt: `Make model A a 1-nearest-neighbour classifier on these ${counted(plane.train.length, 'training point')}. What will its training accuracy be?`,
			options,
			answer: options[0],
			explanation: `${pct(train)}: each training point's nearest neighbour is itself, so it always votes for its own label. Test accuracy, ${pct(test)}, is the number to trust.`,
			see: showMe('model A is 1-NN', zooCodec, input, { ma: 'knn', ak: 1 })
		};
	},
	({ input, plane, shared, onScreen }) => {
		if (onScreen('tree', { depth: NO_LIMIT })) return null;
		const { train, test } = accuraciesOf(plane, settings({ kind: 'tree', depth: NO_LIMIT }), shared);
		const options = ['100% on training, lower on test', '100% on both', 'Below 100% on training'];
		const answer = train < 1 ? options[2] : test < 1 ? options[0] : options[1];
		return {
			id: 'full-tree',
			form: 'predict',
			kind: 'choice',
			prompt: `Make model B a decision tree with no depth limit on the same ${counted(plane.train.length, 'training point')}. What will it score?`,
			options,
			answer,
			explanation: `It scores ${pct(train)} on training and ${pct(test)} on test. With no limit a tree splits until every leaf is pure, so it fits each training point (unless two identical points disagree), noise included.`,
			see: showMe('model B is a tree with no depth limit', zooCodec, input, { mb: 'tree', bdepth: NO_LIMIT })
		};
	},
	({ input, shared, onScreen }) => {
		if (input.data === 'xor' && onScreen('logistic', { deg: 1 })) return null;
		const change = { data: 'xor' as const, ma: 'logistic' as const, adeg: 1 };
		const plane = makePlane({ ...input, ...change }, {});
		if (!plane) return null;
		const { test } = accuraciesOf(plane, settings({ kind: 'logistic', deg: 1 }), shared);
		const answer = linearOption(test);
		if (answer === null) return null;
		return {
			id: 'xor-linear',
			form: 'predict',
			kind: 'choice',
			prompt: `Switch the data to XOR (${input.n} points, noise ${input.noise}) and make model A a logistic regression on x₁ and x₂ alone (degree 1). What test accuracy do you expect?`,
			options: [...linearOptions],
			answer,
			explanation: `${pct(test)}. One straight line cannot put two opposite quadrants on the same side, so the model is no better than a coin on the test points.`,
			see: showMe('XOR, logistic regression', zooCodec, input, change)
		};
	},
	({ input, plane, shared, onScreen }) => {
		const k = Math.min(15, plane.train.length);
		if (k <= 1 || onScreen('knn', { k })) return null;
		const { train } = accuraciesOf(plane, settings({ kind: 'knn', k }), shared);
		const options = ['Still 100%', 'Lower than 100%'];
		return {
			id: 'more-neighbours',
			form: 'predict',
			kind: 'choice',
			prompt: `1-NN scores 100% on its training points. Make model A k-NN with k = ${k} on these data: what happens to its training accuracy?`,
			options,
			answer: train === 1 ? options[0] : options[1],
			explanation: `${pct(train)}. With ${k} voters a training point's own label is one vote among ${k}; where the classes mix, its neighbours outvote it. The boundary smooths and stops chasing single points.`,
			see: showMe(`model A is k-NN, k = ${k}`, zooCodec, input, { ma: 'knn', ak: k })
		};
	},
	() => {
		const options = [
			'Average many trees grown on bootstrap samples with random features per split',
			'Grow the one tree deeper',
			'Remove the test set so the tree sees more data',
			'Switch to a linear model with no features added'
		];
		return choiceScenario({
			id: 'forest-why',
			prompt:
				'A decision tree with no depth limit scores 100% on training data and 78% on test data. Which change most directly cuts its variance while keeping non-linear boundaries?',
			options,
			explanation:
				'A random forest (bagging plus random feature subsets) averages trees whose mistakes differ, so their noise partly cancels: the boundary smooths and test accuracy usually rises. Limiting depth or min_samples_leaf also helps.'
		});
	},
	() => {
		const options = [
			'Stop at the round where validation accuracy peaked (early stopping), or lower the learning rate',
			'Add more rounds until validation accuracy recovers',
			'Raise the learning rate',
			'Make the trees deeper'
		];
		return choiceScenario({
			id: 'boosting-stop',
			prompt:
				'An XGBoost model trained for 500 rounds has training accuracy still rising, while validation accuracy peaked at round 120 and has fallen since. What do you do?',
			options,
			explanation:
				'Each round fits what the previous ones got wrong, noise included, so training accuracy keeps rising while validation accuracy turns down. XGBoost’s early_stopping_rounds keeps the best round; a smaller eta (learning rate) or shallower trees (max_depth) overfit more slowly.'
		});
	},
	() => {
		const options = [
			'k-NN and logistic regression',
			'The decision tree and the random forest',
			'Gradient-boosted trees only',
			'None of them'
		];
		return choiceScenario({
			id: 'which-scale',
			prompt:
				'Your two inputs are income (in dollars) and age (in years). Which of these models need the inputs standardised first?',
			options,
			explanation:
				'k-NN measures distances, where dollars would drown years, and a regularised logistic regression penalises weights on the inputs’ scales. Trees split on each input’s order, which scaling does not change. (This page standardises for k-NN and logistic regression, fitted on the training points.)'
		});
	},
	({ rng }) => {
		const degree = 2 + rng.int(4);
		const answer = polynomialFeatureCount(degree) + 1;
		return {
			id: 'poly-parameters',
			form: 'compute',
			kind: 'number',
			prompt: `A logistic regression on two inputs gets every polynomial feature up to degree ${degree} (x₁, x₂, x₁², x₁x₂, … up to degree ${degree}). How many parameters does it learn, counting the intercept?`,
			answer,
			tolerance: 0,
			explanation: `Monomials x₁^i·x₂^j with i + j ≤ ${degree}: (${degree} + 1)(${degree} + 2) / 2 = ${answer}, the constant one being the intercept.`
		};
	},
	({ rng }) => {
		const leaves = 5 + rng.int(36);
		return {
			id: 'tree-nodes',
			form: 'compute',
			kind: 'number',
			prompt: `A binary decision tree has ${leaves} leaves. How many nodes does it have in all?`,
			answer: 2 * leaves - 1,
			tolerance: 0,
			explanation: `Each split adds one node and turns one leaf into two, so a tree with L leaves has L − 1 splits: ${leaves} + ${leaves - 1} = ${2 * leaves - 1} nodes.`
		};
	}
];

/** The questions for this state and question set `q`. */
export function zooQuestions(view: ZooQuizView, q: number): Question[] {
	const { input } = view;
	const shared: SharedSettings = {
		fdepth: input.fdepth,
		gdepth: input.gdepth,
		lr: input.lr,
		seed: input.seed
	};
	const models = [modelOf(input, 'a'), modelOf(input, 'b')];
	const onScreen = (kind: ModelSettings['kind'], setting: Partial<ModelSettings>) =>
		models.some(
			(m) =>
				m.kind === kind &&
				(Object.keys(setting) as (keyof ModelSettings)[]).every((key) => m[key] === setting[key])
		);
	const context: Context = { ...view, shared, onScreen, rng: createRng(q) };
	const available = generators.map((g) => g(context)).filter((question) => question !== null);
	return dealQuestions(available, q, 4);
}
