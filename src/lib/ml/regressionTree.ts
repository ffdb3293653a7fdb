/**
 * A small regression tree for gradient boosting: grown depth first on real-valued targets,
 * each split the one that most lowers the squared error of the children (scikit-learn's
 * `DecisionTreeRegressor(criterion='friedman_mse')` picks the same split: Friedman's
 * improvement n_L·n_R / n · (mean_L − mean_R)² is exactly the fall in squared error). As in
 * {@link fitTree}, a threshold is the largest training value that goes left (x ≤ threshold),
 * features are searched in index order and the first of equally good splits is kept.
 * Leaves hold a value the caller sets afterwards (boosting's Newton step), so the tree also
 * reports which leaf each training row reached.
 */

/** A leaf: the training rows that reached it and the value it predicts. */
export interface RegressionLeaf {
	kind: 'leaf';
	/** Indices of the training rows in this leaf. */
	rows: number[];
	/** What the leaf predicts; the mean target until the caller replaces it. */
	value: number;
}

export interface RegressionSplit {
	kind: 'split';
	feature: number;
	threshold: number;
	left: RegressionNode;
	right: RegressionNode;
}

export type RegressionNode = RegressionLeaf | RegressionSplit;

export interface RegressionTree {
	root: RegressionNode;
	/** Leaves in left-to-right order. */
	leaves: RegressionLeaf[];
	/** Splits plus leaves. */
	nodes: number;
}

/** The leaf a row lands in. */
export function leafOf(tree: RegressionTree, row: readonly number[]): RegressionLeaf {
	let node = tree.root;
	while (node.kind === 'split') node = row[node.feature] <= node.threshold ? node.left : node.right;
	return node;
}

/**
 * The rows of X in ascending order of each feature (ties by row index): what a tree's splits
 * walk. Computed once and passed to {@link fitRegressionTree}, since boosting grows every round's
 * tree on the same X.
 */
export function sortedByFeature(X: readonly (readonly number[])[]): number[][] {
	const rows = X.map((_, i) => i);
	return X[0].map((_, f) => rows.slice().sort((a, b) => X[a][f] - X[b][f] || a - b));
}

/**
 * The split of a node that most lowers the squared error, or null when no feature has two
 * distinct values among its rows or no split lowers the error (all targets equal).
 * `sorted[f]` holds the node's rows in ascending order of feature f. Maximises
 * S = sum_L² / n_L + sum_R² / n_R, which equals the fall in squared error plus a constant of the node.
 */
function bestSplit(
	X: readonly (readonly number[])[],
	target: readonly number[],
	sorted: readonly (readonly number[])[]
): { feature: number; threshold: number } | null {
	const m = sorted[0].length;
	let total = 0;
	for (const i of sorted[0]) total += target[i];
	const parent = (total * total) / m;
	let best: { feature: number; threshold: number; score: number } | null = null;
	for (let f = 0; f < sorted.length; f++) {
		const order = sorted[f];
		let left = 0;
		for (let p = 1; p < m; p++) {
			left += target[order[p - 1]];
			const below = X[order[p - 1]][f];
			if (below === X[order[p]][f]) continue;
			const right = total - left;
			const score = (left * left) / p + (right * right) / (m - p);
			// a relative margin, so rounding alone never counts as a gain or breaks a tie
			const margin = 1e-12 * Math.max(1, Math.abs(score));
			if (score > parent + margin && (best === null || score > best.score + margin))
				best = { feature: f, threshold: below, score };
		}
	}
	return best;
}

/**
 * Grows a regression tree on `target` to at most `maxDepth` levels (integer >= 1).
 * Inputs: `X`, rows of finite numbers; `target`, one finite number per row; optionally
 * `sorted`, {@link sortedByFeature} of X (computed here when left out).
 * Output: a {@link RegressionTree} whose leaves hold their rows and mean target.
 */
export function fitRegressionTree(
	X: readonly (readonly number[])[],
	target: readonly number[],
	maxDepth: number,
	sorted: readonly (readonly number[])[] = sortedByFeature(X)
): RegressionTree {
	const leaves: RegressionLeaf[] = [];
	let nodes = 0;
	const goesLeft = new Uint8Array(X.length);
	const grow = (order: readonly (readonly number[])[], level: number): RegressionNode => {
		nodes++;
		const rows = order[0];
		const split = level < maxDepth && rows.length >= 2 ? bestSplit(X, target, order) : null;
		if (split === null) {
			const leaf: RegressionLeaf = {
				kind: 'leaf',
				rows: rows.slice(),
				value: rows.reduce((s, i) => s + target[i], 0) / rows.length
			};
			leaves.push(leaf);
			return leaf;
		}
		const { feature, threshold } = split;
		for (const i of rows) goesLeft[i] = X[i][feature] <= threshold ? 1 : 0;
		// each feature's order kept on both sides: no sorting below the root
		const left = order.map((o) => o.filter((i) => goesLeft[i] === 1));
		const right = order.map((o) => o.filter((i) => goesLeft[i] === 0));
		return { kind: 'split', feature, threshold, left: grow(left, level + 1), right: grow(right, level + 1) };
	};
	const root = grow(sorted, 0);
	return { root, leaves, nodes };
}
