/**
 * k-means questions that need no run of their own: exam-style scenarios (which algorithm, what
 * to do to the features, how to choose k, what a bad start or a crescent does) and two sums on
 * stated points. The seed picks each case, so "New questions" varies.
 */
import { createRng, type Rng } from '$lib/ml/random';
import { formatShort } from '$lib/format/format';
import type { Question } from '$lib/quiz/quiz';
import { choiceScenario } from '$lib/quiz/scenario';
import type { Candidate, KMeansQuizView } from './quizView';

/** What the scenarios read of the page: the elbow sweep and its knee, once they arrive. */
export type ScenarioContext = Pick<KMeansQuizView, 'sweep' | 'suggestion'>;

const ready = (question: Question): Candidate => ({
	id: question.id,
	form: question.form,
	make: () => question
});

function scenario(
	id: string,
	cases: string[],
	options: string[],
	answer: string,
	explanation: string,
	rng: Rng
): Question {
	// the options in an order of the seed's, so the answer is not always the first
	return choiceScenario({
		id,
		prompt: cases[rng.int(cases.length)],
		options: rng.shuffle(options),
		answer,
		explanation
	});
}

/** The exam's rule for choosing k, on the sweep's own numbers when they have arrived (a pair past the knee tempts most). */
function chooseK(view: ScenarioContext, rng: Rng): Question {
	const { sweep, suggestion } = view;
	const pairs = (sweep ?? [])
		.slice(0, -1)
		.map((p, i) => [p, sweep![i + 1]] as const)
		.filter(([a, b]) => a.k >= 2 && b.inertia < a.inertia);
	const pair = pairs.find(([a]) => suggestion !== null && a.k > suggestion.k) ?? pairs.at(-1);
	const [a, b] = pair
		? [pair[0], pair[1]]
		: [
				{ k: 3, inertia: 1200 },
				{ k: 4, inertia: 950 }
			];
	const options = [
		'No: inertia falls (or stays) whenever k grows, so a lower value proves nothing on its own; look for the elbow',
		`Yes: k = ${b.k} has the lower inertia, so its clusters are tighter and better`,
		`Yes, because the inertia fell by more than 10%`
	];
	return choiceScenario({
		id: 'scenario-choose-k',
		prompt: `A data scientist runs SageMaker’s K-Means on the same data with k = ${a.k} and k = ${b.k}: the inertia is ${formatShort(a.inertia)} and ${formatShort(b.inertia)}. A colleague says k = ${b.k} must be better, since its inertia is lower. Is that right?`,
		options: rng.shuffle(options),
		answer: options[0],
		explanation: `Another centroid can always take over some points and bring them closer (at k = n the inertia is 0), so inertia keeps falling as k grows. Choose k where the curve of inertia against k bends (the elbow), by the silhouette, or by what the clusters are for.`
	});
}

/** A cluster of three points with a whole-number mean, for sums by hand. */
function threePoints(rng: Rng): { points: number[][]; mean: number[] } {
	const mean = [rng.int(7) - 2, rng.int(7) - 2];
	for (;;) {
		const a = [mean[0] + rng.int(9) - 4, mean[1] + rng.int(9) - 4];
		const b = [mean[0] + rng.int(9) - 4, mean[1] + rng.int(9) - 4];
		const c = [3 * mean[0] - a[0] - b[0], 3 * mean[1] - a[1] - b[1]];
		const distinct = new Set([a, b, c].map((p) => p.join())).size === 3;
		if (distinct && ![a, b, c].some((p) => p[0] === mean[0] && p[1] === mean[1]))
			return { points: [a, b, c], mean };
	}
}
const pt = (p: readonly number[]) => `(${p.join(', ')})`;
/** A term of a sum as written by hand: −3 in parentheses. */
const term = (v: number) => (v < 0 ? `(−${-v})` : String(v));

function centroidByHand(rng: Rng): Question {
	const { points, mean } = threePoints(rng);
	const [xs, ys] = [points.map((p) => p[0]), points.map((p) => p[1])];
	const box = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
	const median = [[...xs].sort((a, b) => a - b)[1], [...ys].sort((a, b) => a - b)[1]];
	const options = [...new Set([mean, box, median, points[0]].map(pt))];
	for (let shift = 1; options.length < 3; shift++) options.push(pt([mean[0] + shift, mean[1]]));
	return {
		id: 'centroid-by-hand',
		form: 'compute',
		kind: 'choice',
		prompt: `After an assign step, a cluster holds the points ${points.map(pt).join(', ')}. Where does the update step put its centroid?`,
		options: createRng(rng.int(1000)).shuffle(options),
		answer: pt(mean),
		explanation: `Update moves the centroid to the mean of its points, the spot with the least total squared distance to them: ((${xs.map(term).join(' + ')}) / 3, (${ys.map(term).join(' + ')}) / 3) = ${pt(mean)}.`
	};
}

function inertiaByHand(rng: Rng): Question {
	const { points, mean } = threePoints(rng);
	const terms = points.map((p) => (p[0] - mean[0]) ** 2 + (p[1] - mean[1]) ** 2);
	const total = terms.reduce((a, b) => a + b, 0);
	return {
		id: 'inertia-by-hand',
		form: 'compute',
		kind: 'number',
		prompt: `A cluster's centroid is at ${pt(mean)} and its points are at ${points.map(pt).join(', ')}. What is the cluster's inertia, the sum of squared distances from its points to the centroid?`,
		answer: total,
		tolerance: 0,
		explanation: `The squared distances are ${terms.join(', ')} (Δx² + Δy² each), and their sum is ${total}. The page's inertia adds this up over every cluster.`
	};
}

export function kMeansScenarios(view: ScenarioContext, seed: number): Candidate[] {
	const rng = createRng(seed + 53);
	const questions: Question[] = [
		scenario(
			'scenario-algorithm',
			[
				'A retailer has millions of customer records with no labels and wants to find groups of similar customers for its campaigns. Which SageMaker built-in algorithm fits?',
				'A news site wants to group unlabelled articles, described by numeric features, into a handful of themes. Which SageMaker built-in algorithm fits?'
			],
			['K-Means', 'XGBoost', 'Linear Learner', 'DeepAR'],
			'K-Means',
			'Finding groups without labels is clustering, unsupervised learning: K-Means. XGBoost and Linear Learner need a label to learn (classification or regression); DeepAR forecasts time series.',
			rng
		),
		scenario(
			'scenario-scale-first',
			[
				'A bank clusters customers with K-Means on yearly income (in dollars, spread about 20,000) and the number of products they hold (spread about 1.5). What should it do to the features first?',
				'A logistics firm clusters deliveries on distance (metres, spread about 5,000) and parcels per stop (spread about 2). What should it do to the features before K-Means?'
			],
			[
				'Standardise each feature (mean 0, standard deviation 1)',
				'Nothing: K-Means adjusts for units itself',
				'One-hot encode both features',
				'Sort the rows by the larger feature'
			],
			'Standardise each feature (mean 0, standard deviation 1)',
			'k-means adds up squared differences, so a feature that spreads thousands of times wider decides every distance and the other barely counts. Scale features for k-means (as for k-NN, linear models, neural networks and PCA); tree models such as XGBoost do not need it.',
			rng
		),
		chooseK(view, rng),
		scenario(
			'scenario-restarts',
			[
				'Two k-means runs with k = 5 on the same data, started from different random centroids, end at inertia 812 and 1,040. What is the usual remedy?',
				'Rerunning k-means with another seed gives different clusters and a different inertia each time. What is the usual remedy?'
			],
			[
				'Run several starts and keep the one with the lowest inertia',
				'Lower k until the runs agree',
				'Stop each run after fewer iterations',
				'Average the centroids of the runs'
			],
			'Run several starts and keep the one with the lowest inertia',
			'Each step of k-means only goes downhill from where its centroids started, so a poor start stops in a worse local minimum. Running several starts (scikit-learn’s n_init) and keeping the lowest inertia, with k-means++ spreading the first centroids out, is the standard fix.',
			rng
		),
		scenario(
			'scenario-shapes',
			[
				'Customer data form two interleaved crescents. K-Means with k = 2 cuts straight across both of them. Why?',
				'Sensor readings form a ring around a central blob. K-Means with k = 2 cuts the ring in half. Why?'
			],
			[
				'Each k-means cluster is the region nearest one centroid, so it suits round groups around a centre',
				'k should have been 3',
				'The features were not standardised',
				'It stopped after too few iterations'
			],
			'Each k-means cluster is the region nearest one centroid, so it suits round groups around a centre',
			'k-means gives each point to its nearest centroid, so its clusters are convex cells around centres, best for round groups of similar spread. Crescents, rings and stretched groups break that; methods that follow density or connections (DBSCAN, spectral clustering) follow the shapes instead.',
			rng
		),
		scenario(
			'scenario-no-clusters',
			[
				'K-Means with k = 4 on a year of sensor readings returns 4 clusters. Does that show the readings fall into 4 groups?',
				'A team runs K-Means with k = 6 on survey answers and gets 6 clusters. Does that show there are 6 kinds of respondent?'
			],
			[
				'No: k-means returns k clusters even from evenly spread data; check the elbow plot and the silhouette',
				'Yes: k-means only returns clusters that exist',
				'Yes, if every cluster has at least one point'
			],
			'No: k-means returns k clusters even from evenly spread data; check the elbow plot and the silhouette',
			'k-means always splits the data into k clusters: it finds them in uniform noise too. Whether they are real shows in a clear bend of the elbow plot and a high silhouette score, not in the clusters themselves.',
			rng
		),
		centroidByHand(rng),
		inertiaByHand(rng)
	];
	return questions.map(ready);
}
