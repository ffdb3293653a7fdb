/**
 * Gradient-boosted trees for two classes, as scikit-learn's `GradientBoostingClassifier(
 * loss='log_loss', n_estimators, learning_rate, max_depth, subsample=1)`:
 *
 * - The model's raw score is log-odds F(x); it starts at the prior log(p / (1 − p)), p the
 *   share of positives in the training labels.
 * - Each round fits a regression tree (squared error, {@link fitRegressionTree}) to the
 *   negative gradient of the log-loss, the residuals y − σ(F), then sets each leaf to one
 *   Newton step, Σ residual / Σ σ(F)(1 − σ(F)) over its rows (0 when that sum is below
 *   1e-150, as scikit-learn), and adds learning rate × leaf value to F.
 * - P(y = 1 | x) = σ(F(x)); the class is 1 when that is above ½.
 *
 * No randomness (subsample = 1), so no seed. The trees' thresholds and ties are those of
 * {@link fitRegressionTree}.
 */
import { checkMatrix } from './stats';
import { fitRegressionTree, leafOf, sortedByFeature, type RegressionTree } from './regressionTree';

export interface BoostingOptions {
	/** Boosting rounds (trees), an integer >= 1 (scikit-learn's n_estimators). */
	rounds: number;
	/** Shrinkage of each tree's step, in (0, 1] (scikit-learn's learning_rate, default 0.1). */
	learningRate?: number;
	/** Each tree's deepest level, an integer >= 1 (default 3, as scikit-learn). */
	maxDepth?: number;
}

export interface BoostedTrees {
	/** The starting log-odds, log(p / (1 − p)). */
	prior: number;
	trees: RegressionTree[];
	learningRate: number;
	/** Nodes over all trees: the model's size. */
	nodes: number;
	/** Mean log-loss on the training rows before any tree (index 0) and after each round (nats). */
	trainingLoss: number[];
	/** Log-odds F(x) of each row after all rounds. */
	decision(X: readonly (readonly number[])[]): number[];
	/** P(y = 1) of each row after the first `rounds` trees (all by default). */
	probability(X: readonly (readonly number[])[], rounds?: number): number[];
	/** The class (0 or 1) of each row after the first `rounds` trees (all by default). */
	predict(X: readonly (readonly number[])[], rounds?: number): number[];
}

export const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Mean log-loss of labels y under log-odds F, −mean(y·log p + (1 − y)·log(1 − p)), without overflow. */
export function meanLogLoss(y: readonly number[], F: readonly number[]): number {
	let sum = 0;
	for (let i = 0; i < y.length; i++) {
		// log(1 + e^F) − y·F
		const z = F[i];
		sum += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y[i] * z;
	}
	return sum / y.length;
}

/**
 * Boosts `rounds` trees on the training data.
 * Inputs: `X`, a non-empty matrix of finite numbers; `y`, labels 0 or 1 with both present;
 * {@link BoostingOptions}. Output: a {@link BoostedTrees}. Throws for bad input.
 */
export function fitBoosting(
	X: readonly (readonly number[])[],
	y: readonly number[],
	{ rounds, learningRate = 0.1, maxDepth = 3 }: BoostingOptions
): BoostedTrees {
	checkMatrix('fitBoosting: X', X);
	if (y.length !== X.length)
		throw new Error(`fitBoosting: X has ${X.length} rows but y has ${y.length} labels`);
	y.forEach((v, i) => {
		if (v !== 0 && v !== 1) throw new Error(`fitBoosting: y[${i}] is ${String(v)}; labels must be 0 or 1`);
	});
	if (!Number.isInteger(rounds) || rounds < 1)
		throw new Error(`fitBoosting: rounds is ${String(rounds)}; it must be an integer >= 1`);
	if (!(learningRate > 0 && learningRate <= 1))
		throw new Error(`fitBoosting: learningRate is ${String(learningRate)}; it must be in (0, 1]`);
	if (!Number.isInteger(maxDepth) || maxDepth < 1)
		throw new Error(`fitBoosting: maxDepth is ${String(maxDepth)}; it must be an integer >= 1`);
	const positives = y.reduce((s, v) => s + v, 0);
	if (positives === 0 || positives === y.length)
		throw new Error('fitBoosting: the labels hold one class only; boosting needs both 0 and 1');

	const share = positives / y.length;
	const prior = Math.log(share / (1 - share));
	const F = y.map(() => prior);
	const trainingLoss = [meanLogLoss(y, F)];
	const trees: RegressionTree[] = [];
	// the rows' order along each feature is the same every round: sorted once
	const sorted = sortedByFeature(X);
	for (let r = 0; r < rounds; r++) {
		const p = F.map(sigmoid);
		const residual = y.map((v, i) => v - p[i]);
		const tree = fitRegressionTree(X, residual, maxDepth, sorted);
		for (const leaf of tree.leaves) {
			let numerator = 0;
			let denominator = 0;
			for (const i of leaf.rows) {
				numerator += residual[i];
				denominator += p[i] * (1 - p[i]);
			}
			leaf.value = Math.abs(denominator) < 1e-150 ? 0 : numerator / denominator;
			for (const i of leaf.rows) F[i] += learningRate * leaf.value;
		}
		trees.push(tree);
		trainingLoss.push(meanLogLoss(y, F));
	}

	const decisionAfter = (rows: readonly (readonly number[])[], upTo: number) =>
		rows.map((row) => {
			let z = prior;
			for (let t = 0; t < upTo; t++) z += learningRate * leafOf(trees[t], row).value;
			return z;
		});
	const upTo = (r: number | undefined) => Math.max(0, Math.min(trees.length, r ?? trees.length));
	return {
		prior,
		trees,
		learningRate,
		nodes: trees.reduce((s, t) => s + t.nodes, 0),
		trainingLoss,
		decision: (rows) => decisionAfter(rows, trees.length),
		probability: (rows, r) => decisionAfter(rows, upTo(r)).map(sigmoid),
		predict: (rows, r) => decisionAfter(rows, upTo(r)).map((z) => (z > 0 ? 1 : 0))
	};
}
