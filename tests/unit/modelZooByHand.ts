/**
 * The decision-boundary widget's numbers recomputed apart from the widget's models.ts: the
 * engine called directly on inputs standardised here, accuracies counted here, and the grid
 * of the boundary map rebuilt here. The story and quiz tests compare the page's words with these.
 */
import { fitBoosting } from '$lib/ml/boosting';
import { fitForest } from '$lib/ml/forest';
import { knnClassifier } from '$lib/ml/knn';
import { fitLogistic } from '$lib/ml/logistic';
import { leafOf } from '$lib/ml/regressionTree';
import { fitTree } from '$lib/ml/tree';
import type { Plane } from '$lib/widgets/model-zoo/plane';

/** Standardises with the training rows' mean and population std (ddof 0), as StandardScaler. */
export function standardiser(plane: Plane) {
	const rows = plane.train.map((i) => plane.X[i]);
	const mean = [0, 1].map((j) => rows.reduce((s, r) => s + r[j], 0) / rows.length);
	const sd = [0, 1].map((j) => Math.sqrt(rows.reduce((s, r) => s + (r[j] - mean[j]) ** 2, 0) / rows.length));
	return (X: number[][]) => X.map((r) => r.map((v, j) => (v - mean[j]) / sd[j]));
}

/** Percent with one decimal, as the page writes accuracy. */
export const percent = (v: number) => `${(Math.round(v * 1000) / 10).toFixed(1)}%`;

export interface ByHand {
	train: number;
	test: number;
	/** P(class 1) at each cell centre of a 50 × 50 grid over the plot, top row first. */
	grid: number[];
}

export type HandModel =
	| { kind: 'logistic'; degree: number }
	| { kind: 'knn'; k: number }
	| { kind: 'tree'; depth?: number }
	| { kind: 'forest'; trees: number; seed: number }
	| { kind: 'boosting'; rounds: number; lr: number; depth: number };

function features(rows: number[][], degree: number) {
	return rows.map(([a, b]) => {
		const out: number[] = [];
		for (let t = 1; t <= degree; t++) for (let j = 0; j <= t; j++) out.push(a ** (t - j) * b ** j);
		return out;
	});
}

export function gridOf(plane: Plane, size = 50): number[][] {
	const points: number[][] = [];
	const [x0, x1] = plane.xDomain;
	const [y0, y1] = plane.yDomain;
	for (let r = 0; r < size; r++)
		for (let c = 0; c < size; c++)
			points.push([x0 + ((c + 0.5) * (x1 - x0)) / size, y1 - ((r + 0.5) * (y1 - y0)) / size]);
	return points;
}

export function byHand(plane: Plane, model: HandModel): ByHand {
	const scale = standardiser(plane);
	const trainX = scale(plane.train.map((i) => plane.X[i]));
	const trainY = plane.train.map((i) => plane.y[i]);
	const testX = scale(plane.test.map((i) => plane.X[i]));
	const testY = plane.test.map((i) => plane.y[i]);
	let p1: (rows: number[][]) => number[];
	switch (model.kind) {
		case 'logistic': {
			const fitted = fitLogistic(features(trainX, model.degree), trainY);
			p1 = (rows) => fitted.predictProba(features(rows, model.degree));
			break;
		}
		case 'knn': {
			const fitted = knnClassifier(trainX, trainY, model.k);
			p1 = (rows) => rows.map((r) => fitted.neighbours(r).filter((j) => trainY[j] === 1).length / model.k);
			break;
		}
		case 'tree': {
			const fitted = fitTree(trainX, trainY, { maxDepth: model.depth });
			p1 = (rows) => fitted.predictProba(rows).map((p) => p[1] ?? 0);
			break;
		}
		case 'forest': {
			const fitted = fitForest(trainX, trainY, { trees: model.trees, seed: model.seed });
			p1 = (rows) => fitted.predictProba(rows).map((p) => p[1]);
			break;
		}
		case 'boosting': {
			const fitted = fitBoosting(trainX, trainY, {
				rounds: model.rounds,
				learningRate: model.lr,
				maxDepth: model.depth
			});
			p1 = (rows) => fitted.probability(rows);
			break;
		}
	}
	const accuracy = (rows: number[][], labels: number[]) =>
		p1(rows).filter((p, i) => (p > 0.5 ? 1 : 0) === labels[i]).length / labels.length;
	return { train: accuracy(trainX, trainY), test: accuracy(testX, testY), grid: p1(scale(gridOf(plane))) };
}

/** Boosting's test and training accuracy after each round, from the engine's trees round by round. */
export function boostingByRound(plane: Plane, rounds: number, lr: number, depth: number) {
	const scale = standardiser(plane);
	const trainX = scale(plane.train.map((i) => plane.X[i]));
	const trainY = plane.train.map((i) => plane.y[i]);
	const testX = scale(plane.test.map((i) => plane.X[i]));
	const testY = plane.test.map((i) => plane.y[i]);
	const fitted = fitBoosting(trainX, trainY, { rounds, learningRate: lr, maxDepth: depth });
	// log-odds round by round from the engine's trees and leaf lookup (predict(X, r) for every r costs rounds²)
	const staged = (X: number[][], y: number[]) => {
		const F = X.map(() => fitted.prior);
		const score = () => F.filter((z, i) => (z > 0 ? 1 : 0) === y[i]).length / y.length;
		const out = [score()];
		for (const tree of fitted.trees) {
			X.forEach((row, i) => (F[i] += lr * leafOf(tree, row).value));
			out.push(score());
		}
		return out;
	};
	return { train: staged(trainX, trainY), test: staged(testX, testY) };
}
