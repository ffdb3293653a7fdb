/**
 * A random forest classifier as scikit-learn's `RandomForestClassifier(n_estimators,
 * max_depth, max_features, bootstrap)`: each tree is a CART tree ({@link fitTree}) grown on a
 * bootstrap sample of the rows (n rows drawn with replacement) and searching only a random
 * subset of the features at each node; the forest's class probabilities are the mean of its
 * trees' (soft voting, as scikit-learn's `predict_proba`), and it predicts the most probable
 * class (the smallest on a tie).
 *
 * Differences from scikit-learn: the random streams differ (same seed, other trees), and a
 * bootstrap sample repeats rows where scikit-learn weights them; for Gini counts the two are
 * the same tree. The trees' own differences are those of {@link fitTree}.
 */
import { createRng } from './random';
import { checkMatrix } from './stats';
import { fitTree, type DecisionTree } from './tree';

/** Options of {@link fitForest}. */
export interface ForestOptions {
	/** Trees in the forest, an integer >= 1 (scikit-learn's n_estimators). */
	trees: number;
	/** Each tree's deepest level (integer >= 1), or undefined / Infinity for no limit (the default, as scikit-learn). */
	maxDepth?: number;
	/** Features each node searches: 'sqrt' (scikit-learn's default, max(1, ⌊√d⌋)), 'all', or a count from 1 to d. */
	maxFeatures?: 'sqrt' | 'all' | number;
	/** Grow each tree on a bootstrap sample (default true); false grows every tree on all the rows. */
	bootstrap?: boolean;
	/** Seed of the random stream that draws the samples and the features (a safe integer). */
	seed: number;
}

/** A fitted forest; see {@link fitForest}. */
export interface RandomForest {
	trees: DecisionTree[];
	/** Nodes over all trees (each tree has 2 · leaves − 1): the model's size. */
	nodes: number;
	nClasses: number;
	/** Mean of the trees' class fractions for each row: rows × classes. */
	predictProba(X: readonly (readonly number[])[]): number[][];
	/** The most probable class of each row (the smallest on a tie). */
	predict(X: readonly (readonly number[])[]): number[];
}

/** The number of features a node searches for `maxFeatures` with d features. */
export function featuresPerNode(maxFeatures: ForestOptions['maxFeatures'], d: number): number {
	if (maxFeatures === undefined || maxFeatures === 'sqrt') return Math.max(1, Math.floor(Math.sqrt(d)));
	if (maxFeatures === 'all') return d;
	if (!Number.isInteger(maxFeatures) || maxFeatures < 1 || maxFeatures > d)
		throw new Error(
			`fitForest: maxFeatures is ${String(maxFeatures)}; it must be 'sqrt', 'all' or an integer from 1 to ${d}`
		);
	return maxFeatures;
}

/**
 * Grows a random forest.
 *
 * Inputs: `X`, a non-empty matrix of finite numbers (rows = samples); `y`, integer class
 * labels >= 0, one per row; {@link ForestOptions}. Output: a {@link RandomForest}. The same
 * seed grows the same forest. Throws for bad data or options, naming the problem.
 */
export function fitForest(
	X: readonly (readonly number[])[],
	y: readonly number[],
	options: ForestOptions
): RandomForest {
	const d = checkMatrix('fitForest: X', X);
	const { trees: count, maxDepth, bootstrap = true, seed } = options;
	if (!Number.isInteger(count) || count < 1)
		throw new Error(`fitForest: trees is ${String(count)}; it must be an integer >= 1`);
	if (y.length !== X.length)
		throw new Error(`fitForest: X has ${X.length} rows but y has ${y.length} labels`);
	const perNode = featuresPerNode(options.maxFeatures, d);
	const random = createRng(seed);
	const nClasses = y.reduce((most, label) => Math.max(most, label), 0) + 1;
	const trees: DecisionTree[] = [];
	for (let t = 0; t < count; t++) {
		let rows: readonly (readonly number[])[] = X;
		let labels: readonly number[] = y;
		if (bootstrap) {
			const drawn = Array.from({ length: X.length }, () => random.int(X.length));
			rows = drawn.map((i) => X[i]);
			labels = drawn.map((i) => y[i]);
		}
		trees.push(fitTree(rows, labels, { maxDepth, maxFeatures: perNode, random }));
	}
	const nodes = trees.reduce((sum, tree) => sum + 2 * tree.leaves - 1, 0);
	const predictProba = (rows: readonly (readonly number[])[]): number[][] => {
		const sums = rows.map(() => new Array<number>(nClasses).fill(0));
		for (const tree of trees) {
			// a bootstrap sample may miss the largest class: that tree gives it 0
			tree.predictProba(rows).forEach((p, i) => p.forEach((v, c) => (sums[i][c] += v)));
		}
		return sums.map((s) => s.map((v) => v / trees.length));
	};
	const predict = (rows: readonly (readonly number[])[]): number[] =>
		predictProba(rows).map((p) => p.reduce((best, v, c) => (v > p[best] ? c : best), 0));
	return { trees, nodes, nClasses, predictProba, predict };
}
