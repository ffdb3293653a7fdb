/**
 * One model fitted on a plane's training rows and read everywhere the page needs it: training
 * and test accuracy, its size, its class-1 probability over a grid of the plane (the boundary
 * map), how long its boundary is, and (boosting) accuracy after every round. A pure function:
 * the page runs it in a worker, the tests call it directly.
 *
 * Logistic regression and k-NN read standardised inputs (fitted on the training rows only);
 * trees split on the order of each input, which standardising does not change.
 */
import { fitBoosting } from '$lib/ml/boosting';
import { fitForest } from '$lib/ml/forest';
import { knnClassifier } from '$lib/ml/knn';
import { fitLogistic } from '$lib/ml/logistic';
import { fitScaler } from '$lib/ml/scaling';
import { fitTree } from '$lib/ml/tree';
import { NO_LIMIT, SETTING_OF, type ModelKind, type ModelSettings, type Plane } from './boundaryTypes';

/** Cells per side of the boundary grid (50 × 50 = 2,500 predictions). */
export const GRID_SIZE = 50;

/** Settings one kind shares between A and B. */
export interface SharedSettings {
	/** Forest trees' depth (NO_LIMIT for none). */
	fdepth: number;
	/** Boosting trees' depth and learning rate. */
	gdepth: number;
	lr: number;
	/** Seeds the forest's bootstrap samples and features, and the network's initial weights and shuffles. */
	seed: number;
}

export interface ModelSize {
	/** Learned numbers of a logistic regression (weights + intercept) or a network (weights + biases). */
	parameters: number | null;
	/** Nodes over all trees. */
	nodes: number | null;
	/** Trees (forest, boosting; 1 for a tree). */
	trees: number | null;
	/** Training rows a k-NN model keeps and searches. */
	stored: number | null;
	/** A tree's depth as grown (the deepest leaf). */
	depth: number | null;
}

export interface ModelResult {
	kind: ModelKind;
	trainAccuracy: number;
	testAccuracy: number;
	size: ModelSize;
	/** P(class 0), P(class 1) per grid cell, rows of cells from the top (largest x₂) down: BoundaryMap's input. */
	grid: Float32Array;
	/** Share of grid cells where the model gives one class at least {@link SURE} probability. */
	sureShare: number;
	/** Neighbouring cell pairs (across and down) whose predicted classes differ: a long, ragged boundary scores high. */
	boundaryEdges: number;
	/** Boosting: training and test accuracy after each round (index 0 = the prior alone). */
	staged: { train: number[]; test: number[] } | null;
	/** The k used: the setting, or the training rows when there are fewer. */
	k: number | null;
}

/** Cell centres of the grid, row by row from the top. */
export function gridPoints(plane: Plane, size = GRID_SIZE): number[][] {
	const [x0, x1] = plane.xDomain;
	const [y0, y1] = plane.yDomain;
	const points: number[][] = [];
	for (let row = 0; row < size; row++) {
		const y = y1 - ((row + 0.5) / size) * (y1 - y0);
		for (let col = 0; col < size; col++) points.push([x0 + ((col + 0.5) / size) * (x1 - x0), y]);
	}
	return points;
}

/** Every monomial x₁^i · x₂^j with 1 ≤ i + j ≤ degree, in scikit-learn's PolynomialFeatures order (without the bias column). */
export function polynomialFeatures2(row: readonly number[], degree: number): number[] {
	const out: number[] = [];
	for (let total = 1; total <= degree; total++)
		for (let j = 0; j <= total; j++) out.push(row[0] ** (total - j) * row[1] ** j);
	return out;
}

/** Features of a degree-d polynomial in two inputs, without the intercept: (d + 1)(d + 2)/2 − 1. */
export const polynomialFeatureCount = (degree: number) => ((degree + 1) * (degree + 2)) / 2 - 1;

const accuracy = (predicted: readonly number[], actual: readonly number[]) =>
	predicted.reduce((s, p, i) => s + (p === actual[i] ? 1 : 0), 0) / actual.length;

/** The probability from which a cell counts as sure of its class. */
export const SURE = 0.9;

/** Adjacent cells (across and down) predicted differently (P(class 1) on either side of ½). */
export function boundaryEdges(p1: readonly number[], size = GRID_SIZE): number {
	const side = (cell: number) => p1[cell] > 0.5;
	let edges = 0;
	for (let row = 0; row < size; row++)
		for (let col = 0; col < size; col++) {
			const cell = row * size + col;
			if (col + 1 < size && side(cell) !== side(cell + 1)) edges++;
			if (row + 1 < size && side(cell) !== side(cell + size)) edges++;
		}
	return edges;
}

const noSize: ModelSize = { parameters: null, nodes: null, trees: null, stored: null, depth: null };

/** A fitted model as the readers below use it (the network's is built in boundaryNet.ts). */
export interface Fitted {
	/** P(class 1) for each row. */
	probability(rows: number[][]): number[];
	size: ModelSize;
	staged?: (rows: number[][], labels: number[]) => number[];
	k?: number;
}

function fit(
	kind: ModelKind,
	settings: ModelSettings,
	shared: SharedSettings,
	X: number[][],
	y: number[]
): Fitted {
	const depthOf = (d: number) => (d === NO_LIMIT ? undefined : d);
	switch (kind) {
		case 'nn':
			// tfjs trains asynchronously and only in the network's worker (workers/modelZooNet.worker.ts)
			throw new Error('The neural network trains in its own worker; this page has none.');
		case 'logistic': {
			const features = (rows: number[][]) => rows.map((r) => polynomialFeatures2(r, settings.deg));
			const model = fitLogistic(features(X), y);
			return {
				probability: (rows) => model.predictProba(features(rows)),
				size: { ...noSize, parameters: model.coefficients.length + 1 }
			};
		}
		case 'knn': {
			const k = Math.min(settings.k, X.length);
			const model = knnClassifier(X, y, k);
			return {
				probability: (rows) => rows.map((r) => model.neighbours(r).reduce((s, j) => s + y[j], 0) / k),
				size: { ...noSize, stored: X.length },
				k
			};
		}
		case 'tree': {
			const tree = fitTree(X, y, { maxDepth: depthOf(settings.depth) });
			return {
				probability: (rows) => tree.predictProba(rows).map((p) => p[1] ?? 0),
				size: { ...noSize, nodes: 2 * tree.leaves - 1, trees: 1, depth: tree.depth }
			};
		}
		case 'forest': {
			const forest = fitForest(X, y, {
				trees: settings.trees,
				maxDepth: depthOf(shared.fdepth),
				seed: shared.seed
			});
			return {
				probability: (rows) => forest.predictProba(rows).map((p) => p[1] ?? 0),
				size: { ...noSize, nodes: forest.nodes, trees: settings.trees }
			};
		}
		case 'boosting': {
			const model = fitBoosting(X, y, {
				rounds: settings.rounds,
				learningRate: shared.lr,
				maxDepth: shared.gdepth
			});
			return {
				probability: (rows) => model.probability(rows),
				size: { ...noSize, nodes: model.nodes, trees: settings.rounds },
				staged: (rows, labels) => {
					// accuracy after each round from running log-odds, one tree at a time
					const F = rows.map(() => model.prior);
					const scores = [
						accuracy(
							F.map((z) => (z > 0 ? 1 : 0)),
							labels
						)
					];
					for (const tree of model.trees) {
						rows.forEach((row, i) => {
							let node = tree.root;
							while (node.kind === 'split')
								node = row[node.feature] <= node.threshold ? node.left : node.right;
							F[i] += model.learningRate * node.value;
						});
						scores.push(
							accuracy(
								F.map((z) => (z > 0 ? 1 : 0)),
								labels
							)
						);
					}
					return scores;
				}
			};
		}
	}
}

/** The plane's training rows, test labels and the scaler fitted on the training rows. */
export function prepare(plane: Plane) {
	const trainX = plane.train.map((i) => plane.X[i]);
	const trainY = plane.train.map((i) => plane.y[i]);
	const testY = plane.test.map((i) => plane.y[i]);
	if (trainY.every((v) => v === trainY[0]))
		throw new Error('The training rows hold one class only; add samples or hold fewer out.');
	const scaler = fitScaler('standard', trainX);
	const scaled = (rows: number[][]) => scaler.transform(rows);
	return {
		trainY,
		testY,
		scaled,
		trainRows: scaled(trainX),
		testRows: scaled(plane.test.map((i) => plane.X[i]))
	};
}

const classOf = (p: number[]) => p.map((v) => (v > 0.5 ? 1 : 0));

/** Training and test accuracy alone (no grid): what a question asks about a state not on screen. */
export function accuraciesOf(
	plane: Plane,
	settings: ModelSettings,
	shared: SharedSettings
): { train: number; test: number } {
	const { trainY, testY, trainRows, testRows } = prepare(plane);
	const model = fit(settings.kind, settings, shared, trainRows, trainY);
	return {
		train: accuracy(classOf(model.probability(trainRows)), trainY),
		test: accuracy(classOf(model.probability(testRows)), testY)
	};
}

/**
 * Fits one model on the plane's training rows and reads it on the training rows, the test
 * rows and the grid. Throws when a model cannot be fitted (one class only in the training rows).
 */
export function fitModel(plane: Plane, settings: ModelSettings, shared: SharedSettings): ModelResult {
	const prepared = prepare(plane);
	return resultOf(
		plane,
		settings.kind,
		prepared,
		fit(settings.kind, settings, shared, prepared.trainRows, prepared.trainY)
	);
}

/** A fitted model read on the training rows, the test rows and the grid (the network's fit ends here too). */
export function resultOf(
	plane: Plane,
	kind: ModelKind,
	{ trainY, testY, scaled, trainRows, testRows }: ReturnType<typeof prepare>,
	model: Fitted
): ModelResult {
	const p1 = model.probability(scaled(gridPoints(plane)));
	const grid = new Float32Array(p1.length * 2);
	p1.forEach((p, cell) => {
		grid[2 * cell] = 1 - p;
		grid[2 * cell + 1] = p;
	});
	return {
		kind,
		trainAccuracy: accuracy(classOf(model.probability(trainRows)), trainY),
		testAccuracy: accuracy(classOf(model.probability(testRows)), testY),
		size: model.size,
		grid,
		sureShare: p1.filter((p) => Math.max(p, 1 - p) >= SURE).length / p1.length,
		boundaryEdges: boundaryEdges(p1),
		staged: model.staged
			? { train: model.staged(trainRows, trainY), test: model.staged(testRows, testY) }
			: null,
		k: model.k ?? null
	};
}

/** Only what a kind reads, so a change to another kind's setting does not refit this model. */
export function relevant(
	settings: ModelSettings,
	shared: SharedSettings
): { settings: ModelSettings; shared: SharedSettings } {
	const { kind } = settings;
	const only: ModelSettings = {
		kind,
		deg: 1,
		k: 1,
		depth: NO_LIMIT,
		trees: 1,
		rounds: 1,
		units: 1,
		[SETTING_OF[kind]]: settings[SETTING_OF[kind]]
	};
	return {
		settings: only,
		shared: {
			fdepth: kind === 'forest' ? shared.fdepth : NO_LIMIT,
			seed: kind === 'forest' || kind === 'nn' ? shared.seed : 0,
			gdepth: kind === 'boosting' ? shared.gdepth : 1,
			lr: kind === 'boosting' ? shared.lr : 0.1
		}
	};
}
