/**
 * Three models scored on each version of the data, to show what scaling does to them:
 * k-nearest neighbours and k-means measure distances, so they change; a decision tree
 * splits one feature at a time, so it does not.
 */
import { kMeans } from '$lib/ml/kmeans';
import { knnAccuracy } from '$lib/ml/knn';
import { fitTree } from '$lib/ml/tree';
import type { ScalingData, Version } from './analysis';

export interface ModelScores {
	id: string;
	name: string;
	/** Test accuracy of 5-nearest-neighbours (fewer with under 5 training rows) trained on the training rows. */
	knn: number;
	/** Test accuracy of a depth-3 decision tree trained on the training rows. */
	tree: number;
	/** Share of rows whose k-means cluster's majority class is their own class (purity). */
	kmeans: number;
}

const accuracy = (predicted: number[], actual: number[]) =>
	predicted.filter((p, i) => p === actual[i]).length / actual.length;

/** Cluster purity: each cluster votes for its most common class; the share of rows that agree. */
export function purity(clusters: number[], classes: number[]): number {
	const counts = new Map<number, Map<number, number>>();
	clusters.forEach((c, i) => {
		const inCluster = counts.get(c) ?? new Map<number, number>();
		inCluster.set(classes[i], (inCluster.get(classes[i]) ?? 0) + 1);
		counts.set(c, inCluster);
	});
	let agree = 0;
	for (const inCluster of counts.values()) agree += Math.max(...inCluster.values());
	return agree / clusters.length;
}

export function scoreModels(data: ScalingData, versions: Version[], split: { train: number[]; test: number[] }, seed: number): ModelScores[] | null {
	const classes = data.classes;
	if (!classes || split.test.length === 0) return null;
	const k = new Set(classes.slice(0, data.addedFrom)).size;
	const yTrain = split.train.map((i) => classes[i]);
	const yTest = split.test.map((i) => classes[i]);
	const spaces = [{ id: 'raw', name: 'Raw (no scaling)', X: data.X }, ...versions];
	return spaces.map(({ id, name, X }) => {
		const Xtrain = split.train.map((i) => X[i]);
		const Xtest = split.test.map((i) => X[i]);
		const tree = fitTree(Xtrain, yTrain, { maxDepth: 3 });
		const clusters = kMeans(X, k, { seed, nInit: 4, recordHistory: false }).labels;
		return {
			id,
			name,
			knn: knnAccuracy(Xtrain, yTrain, Xtest, yTest, Math.min(5, Xtrain.length)),
			tree: accuracy(tree.predict(Xtest), yTest),
			kmeans: purity(clusters, classes)
		};
	});
}
