/**
 * A CART decision-tree classifier grown as scikit-learn's
 * `DecisionTreeClassifier(criterion='gini', splitter='best', max_depth,
 * min_samples_split, min_samples_leaf)` grows one, depth first:
 *
 * - A node becomes a leaf when it is pure, at max_depth, smaller than
 *   min_samples_split or than 2 · min_samples_leaf, or when no split leaves
 *   min_samples_leaf samples on both sides (scikit-learn's `_tree.pyx` checks).
 * - Otherwise it takes the split that most lowers the size-weighted Gini
 *   impurity of its children, even when that lowers nothing: scikit-learn's
 *   default min_impurity_decrease = 0 accepts a zero gain, which is how a tree
 *   learns XOR, where no single first split helps.
 * - A split falls between two consecutive distinct values of a feature; x ≤
 *   threshold goes left.
 *
 * Three deliberate differences. Thresholds: scikit-learn puts a threshold
 * midway between the two values a < b; here it is the lower value a itself.
 * The training rows split the same way (nothing lies between a and b), but a
 * new value strictly between them always goes right here, where scikit-learn
 * sends it left up to the midpoint. Why: a new value exactly on a midpoint
 * (whole-number data have many: 79 between 78 and 80) is on the threshold in
 * the raw units, yet after standardising or min-max scaling, rounding in the
 * scaled numbers puts it a hair above or below the scaled midpoint, so the
 * same tree on the scaled data could predict differently. Comparing with a
 * training value instead asks only "is x above a?", which any increasing map
 * of the feature answers the same way. Ties: scikit-learn visits the features in a
 * random order (its `random_state`), so among equally good splits the one it
 * keeps depends on the seed; here the lowest feature index wins, then the
 * lowest threshold, always (when maxFeatures searches only some features, the
 * first visited in the node's seeded order wins instead). Gains are compared exactly (as fractions of
 * integer counts), so ties are ties and not rounding accidents. Distinct
 * values: scikit-learn treats feature values within 1e-7 of each other as
 * equal (FEATURE_THRESHOLD); here only equal values are equal, so a tree
 * does not change when a feature is multiplied by a tiny positive factor.
 * Because splits depend only on the order of each feature's values, and every
 * threshold is a training value, the tree's partition of the data and its
 * predictions for any new row are unchanged by an increasing map of a feature,
 * such as standardising it (x → a·x + b, a > 0), as long as the map keeps
 * distinct values distinct (floating-point scaling merges two values only when
 * they agree to about 16 significant digits).
 */
import type { Rng } from './random';
import { checkMatrix } from './stats';

/** What every node records: the training samples that reached it. */
export interface NodeStats {
	/** Training samples at this node. */
	samples: number;
	/** Training samples of each class at this node (index = class label). */
	counts: number[];
	/** Gini impurity 1 − Σ p_c² of those samples (0 = pure). */
	impurity: number;
	/** The majority class (ties to the smallest label): what a leaf predicts. */
	prediction: number;
	/** Edges from the root (the root is at depth 0). */
	depth: number;
}

/** A terminal node. */
export interface TreeLeaf extends NodeStats {
	kind: 'leaf';
}

/** An internal node: samples with x[feature] ≤ threshold go left, the others right. The threshold is the largest training value of the feature that goes left. */
export interface TreeSplit extends NodeStats {
	kind: 'split';
	feature: number;
	threshold: number;
	left: TreeNode;
	right: TreeNode;
}

/** A node of a fitted tree: plain data, so it can be drawn, serialised or walked. */
export type TreeNode = TreeLeaf | TreeSplit;

/** Options of {@link fitTree}, as scikit-learn's arguments of the same names. */
export interface TreeOptions {
	/** Deepest level allowed (the root is level 0); undefined or Infinity for no limit (scikit-learn's None). */
	maxDepth?: number;
	/** A split must leave at least this many samples on each side (default 1). */
	minSamplesLeaf?: number;
	/** A node with fewer samples is not split (default 2). */
	minSamplesSplit?: number;
	/**
	 * Features a node searches for its split (scikit-learn's max_features as a count; default
	 * all). Fewer than all needs `random`: each node then visits the features in a random
	 * order and stops once this many non-constant ones were searched, as scikit-learn does (a
	 * constant feature does not count, so a node always finds a split if one exists). What a
	 * random forest needs; with all features the order is 0, 1, … and nothing is random.
	 */
	maxFeatures?: number;
	/** The seeded stream that orders the features at each node; needed when maxFeatures < the feature count. */
	random?: Rng;
}

/** A fitted tree; see {@link fitTree}. */
export interface DecisionTree {
	root: TreeNode;
	/** Depth of the deepest leaf (0 for a tree that is a single leaf), as scikit-learn's `get_depth()`. */
	depth: number;
	/** Number of leaves, as scikit-learn's `get_n_leaves()`. */
	leaves: number;
	/** Features per row the tree expects. */
	nFeatures: number;
	/** Classes 0..nClasses − 1 (the largest training label + 1). */
	nClasses: number;
	/** Predicted class of each row. */
	predict(X: readonly (readonly number[])[]): number[];
	/** Class fractions of the leaf each row lands in (scikit-learn's `predict_proba`). */
	predictProba(X: readonly (readonly number[])[]): number[][];
}

/**
 * Gini impurity of a node with these class counts: 1 − Σ (count_c / n)².
 * Input: non-negative counts, not all 0. Output: a number in [0, 1 − 1/K), 0 when pure.
 * Throws for an empty node or a negative or non-integer count.
 */
export function giniImpurity(counts: readonly number[]): number {
	let total = 0;
	let squares = 0;
	counts.forEach((c, i) => {
		if (!Number.isSafeInteger(c) || c < 0) {
			throw new Error(`giniImpurity: counts[${i}] is ${String(c)}; counts must be integers >= 0`);
		}
		total += c;
		squares += c * c;
	});
	if (total === 0) throw new Error('giniImpurity: the counts are all 0; an empty node has no impurity');
	// (n² − Σc²) / n² is exact until the division, and exactly 0 for a pure node.
	return (total * total - squares) / (total * total);
}

/** Index of the largest count; the first (smallest class) wins a tie, as np.argmax. */
function argmax(counts: readonly number[]): number {
	let best = 0;
	for (let c = 1; c < counts.length; c++) if (counts[c] > counts[best]) best = c;
	return best;
}

/**
 * Whether a/b > c/d for non-negative integers (b, d > 0), exactly. The products
 * stay exact below 2^53; above, BigInt takes over.
 */
function fractionGreater(a: number, b: number, c: number, d: number): boolean {
	const left = a * d;
	const right = c * b;
	if (left <= Number.MAX_SAFE_INTEGER && right <= Number.MAX_SAFE_INTEGER) return left > right;
	return BigInt(a) * BigInt(d) > BigInt(c) * BigInt(b);
}

/** The best split of a node found by {@link bestSplit}. */
interface Split {
	feature: number;
	threshold: number;
	/** The split's score as an exact fraction numerator / denominator; see bestSplit. */
	numerator: number;
	denominator: number;
}

/**
 * The split of `indices` with the lowest weighted child Gini impurity, or null
 * when no feature can split them with `minLeaf` samples on each side.
 *
 * Weighted impurity n_L·G_L + n_R·G_R = n − (Σ L_c²/n_L + Σ R_c²/n_R), so the
 * best split maximises S = Σ L_c²/n_L + Σ R_c²/n_R (scikit-learn's
 * `proxy_impurity_improvement` for Gini), kept as the fraction
 * (ΣL²·n_R + ΣR²·n_L) / (n_L·n_R) of integers and compared exactly.
 */
function bestSplit(
	X: readonly (readonly number[])[],
	y: readonly number[],
	indices: readonly number[],
	counts: readonly number[],
	minLeaf: number,
	order: readonly number[],
	maxFeatures: number
): Split | null {
	const m = indices.length;
	let best: Split | null = null;
	let searched = 0;
	for (const f of order) {
		if (searched >= maxFeatures) break;
		const sorted = indices.slice().sort((a, b) => X[a][f] - X[b][f] || a - b);
		if (X[sorted[0]][f] === X[sorted[m - 1]][f]) continue; // constant here: nothing to split
		searched++;
		const left = new Array<number>(counts.length).fill(0);
		const right = counts.slice();
		let leftSquares = 0;
		let rightSquares = counts.reduce((s, c) => s + c * c, 0);
		// Move samples left one at a time; a split can fall after position p − 1.
		for (let p = 1; p < m; p++) {
			const c = y[sorted[p - 1]];
			leftSquares += 2 * left[c] + 1; // (l + 1)² − l²
			rightSquares -= 2 * right[c] - 1; // r² − (r − 1)²
			left[c]++;
			right[c]--;
			const nRight = m - p;
			if (nRight < minLeaf) break;
			if (p < minLeaf) continue;
			const below = X[sorted[p - 1]][f];
			const above = X[sorted[p]][f];
			if (below === above) continue; // equal values cannot be separated
			const numerator = leftSquares * nRight + rightSquares * p;
			const denominator = p * nRight;
			// Strictly better only: the split found first (the feature visited first, then the lower threshold) keeps a tie.
			if (best === null || fractionGreater(numerator, denominator, best.numerator, best.denominator)) {
				// the lower value, not scikit-learn's midpoint: see the module comment
				best = { feature: f, threshold: below, numerator, denominator };
			}
		}
	}
	return best;
}

function checkOptionalInteger(name: string, v: unknown, fallback: number, min: number): number {
	if (v === undefined) return fallback;
	if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
		throw new Error(`fitTree: ${name} is ${String(v)}; it must be an integer >= ${min}`);
	}
	return v;
}

/**
 * Grows a classification tree on the training data.
 *
 * Inputs: `X`, a non-empty matrix of finite numbers (rows = samples); `y`, one
 * class label per row, integers in 0..K−1; options {@link TreeOptions}:
 * maxDepth (integer >= 1, or Infinity; default unlimited), minSamplesLeaf
 * (integer >= 1, default 1), minSamplesSplit (integer >= 2, default 2).
 * Output: a {@link DecisionTree} whose `root` is plain nested objects, with
 * `depth`, `leaves` and `predict`/`predictProba` for new rows. See the
 * module comment for the rule it follows and how ties are broken.
 * Throws for bad X, y or options, naming the problem; `predict` throws for a
 * row with the wrong number of features or a non-finite value.
 */
export function fitTree(
	X: readonly (readonly number[])[],
	y: readonly number[],
	options: TreeOptions = {}
): DecisionTree {
	const nFeatures = checkMatrix('fitTree: X', X);
	if (!Array.isArray(y) || y.length !== X.length) {
		const got = Array.isArray(y) ? `${y.length} labels` : 'no label array';
		throw new Error(`fitTree: X has ${X.length} rows but y has ${got}; there must be one label per row`);
	}
	y.forEach((label, i) => {
		if (!Number.isSafeInteger(label) || label < 0) {
			throw new Error(`fitTree: y[${i}] is ${String(label)}; class labels must be integers >= 0`);
		}
	});
	const nClasses = y.reduce((most, label) => Math.max(most, label), 0) + 1;
	if (nClasses > 1000)
		throw new Error(`fitTree: the largest label is ${nClasses - 1}; at most 1000 classes are supported`);
	const maxDepth =
		options.maxDepth === Infinity
			? Infinity
			: checkOptionalInteger('maxDepth', options.maxDepth, Infinity, 1);
	const minLeaf = checkOptionalInteger('minSamplesLeaf', options.minSamplesLeaf, 1, 1);
	const minSplit = checkOptionalInteger('minSamplesSplit', options.minSamplesSplit, 2, 2);
	const maxFeatures = Math.min(
		nFeatures,
		checkOptionalInteger('maxFeatures', options.maxFeatures, nFeatures, 1)
	);
	const random = options.random;
	if (maxFeatures < nFeatures && !random)
		throw new Error(
			`fitTree: maxFeatures is ${maxFeatures} of ${nFeatures}; a random stream (random) must choose them`
		);
	const allFeatures = Array.from({ length: nFeatures }, (_, f) => f);
	// a fresh random order per node when only some features are searched, else always 0, 1, …
	const featureOrder = () => (maxFeatures < nFeatures ? random!.shuffle(allFeatures) : allFeatures);

	let depth = 0;
	let leaves = 0;
	const grow = (indices: number[], level: number): TreeNode => {
		const counts = new Array<number>(nClasses).fill(0);
		for (const i of indices) counts[y[i]]++;
		const stats: NodeStats = {
			samples: indices.length,
			counts,
			impurity: giniImpurity(counts),
			prediction: argmax(counts),
			depth: level
		};
		depth = Math.max(depth, level);
		const pure = counts[stats.prediction] === indices.length;
		const mayHaveChildren =
			!pure && level < maxDepth && indices.length >= minSplit && indices.length >= 2 * minLeaf;
		const split = mayHaveChildren
			? bestSplit(X, y, indices, counts, minLeaf, featureOrder(), maxFeatures)
			: null;
		if (split === null) {
			leaves++;
			return { kind: 'leaf', ...stats };
		}
		const goLeft = indices.filter((i) => X[i][split.feature] <= split.threshold);
		const goRight = indices.filter((i) => X[i][split.feature] > split.threshold);
		return {
			kind: 'split',
			...stats,
			feature: split.feature,
			threshold: split.threshold,
			left: grow(goLeft, level + 1),
			right: grow(goRight, level + 1)
		};
	};
	const root = grow(
		X.map((_, i) => i),
		0
	);

	const leafOf = (rows: readonly (readonly number[])[], i: number): TreeNode => {
		const x: unknown = rows[i];
		if (!Array.isArray(x) || x.length !== nFeatures) {
			const got = Array.isArray(x) ? `${x.length} features` : 'no features';
			throw new Error(`fitTree: predict: X[${i}] has ${got}; the tree was fitted on ${nFeatures}`);
		}
		const row = rows[i];
		for (let j = 0; j < nFeatures; j++) {
			if (!Number.isFinite(row[j])) {
				throw new Error(
					`fitTree: predict: X[${i}][${j}] is ${String(row[j])}; every value must be a finite number`
				);
			}
		}
		let node = root;
		while (node.kind === 'split') node = row[node.feature] <= node.threshold ? node.left : node.right;
		return node;
	};
	const checkRows = (rows: readonly (readonly number[])[]): void => {
		if (!Array.isArray(rows)) throw new Error('fitTree: predict needs an array of rows');
	};
	return {
		root,
		depth,
		leaves,
		nFeatures,
		nClasses,
		predict: (rows) => {
			checkRows(rows);
			return rows.map((_, i) => leafOf(rows, i).prediction);
		},
		predictProba: (rows) => {
			checkRows(rows);
			return rows.map((_, i) => {
				const leaf = leafOf(rows, i);
				return leaf.counts.map((c) => c / leaf.samples);
			});
		}
	};
}
