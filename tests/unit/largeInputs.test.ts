/**
 * Every engine function that takes arrays, fed 500,000 values: none may throw "Maximum call
 * stack size exceeded" (a spread such as Math.max(...values) passes each value as an
 * argument, and V8 caps arguments near 120,000) or "Invalid array length". An upload holds
 * up to 200,000 rows × 1,000 columns, so 500,000 values is well within what a page can pass.
 * Functions whose cost grows as n² get the values in a wide shape (few rows, many columns);
 * the rest get a tall one (250,000 rows × 2 columns) or 500,000 values in a row.
 */
import { describe, expect, test } from 'vitest';
import { tableFromRows, numericMatrix } from '$lib/data/table';
import { parseCsvText } from '$lib/data/csv';
import { unusableColumns } from '$lib/data/csvRange';
import { adjustedRandScore } from '$lib/ml/agreement';
import { allocateByClass, approximateMode } from '$lib/ml/allocation';
import { countVectorize, ngrams, tokenize } from '$lib/ml/bagOfWords';
import { averagePrecision, prCurve, rocAuc, rocCurve } from '$lib/ml/curves';
import {
	categoriesOf,
	fitOneHot,
	kBinsDiscretize,
	oneHot,
	ordinalEncode,
	ordinalEncoding
} from '$lib/ml/encoding';
import { largest, largestMagnitude, smallest } from '$lib/ml/extremes';
import { labelCorrelations, topFeaturesByCorrelation } from '$lib/ml/featureSelection';
import { flatten, toRows } from '$lib/ml/flatData';
import { histogram } from '$lib/ml/histogram';
import { impute, missingIndicator, mostFrequent, observedColumn, simpleImpute } from '$lib/ml/impute';
import { assignLabels, elbowCurve, inertiaOf, kMeans, kMeansTolerance, suggestK } from '$lib/ml/kmeans';
import { knnAccuracies, knnAccuracy, knnClassifier, nearestNeighbours } from '$lib/ml/knn';
import { knnImpute, nanEuclidean } from '$lib/ml/knnImpute';
import { leastSquares, solveLinear } from '$lib/ml/linalg';
import { fitLogistic } from '$lib/ml/logistic';
import { confusionMatrix, multiclassMetrics, oneVsRest, regressionMetrics } from '$lib/ml/metrics';
import { punchHoles } from '$lib/ml/missingness';
import { normalizeRows } from '$lib/ml/normalize';
import {
	clip,
	flagOutside,
	iqrFences,
	log1p,
	log1pProblem,
	skewness,
	summarize,
	winsorize,
	zFences,
	zScores
} from '$lib/ml/outliers';
import { pca, pcaTop } from '$lib/ml/pca';
import { createRng } from '$lib/ml/random';
import { fitPolynomial, polynomialFeatures } from '$lib/ml/regression';
import { fitScaler, SCALER_METHODS } from '$lib/ml/scaling';
import { selectQuantiles } from '$lib/ml/select';
import { silhouetteSamples, silhouetteScore } from '$lib/ml/silhouette';
import { kFold, stratifiedKFold, stratifiedKFoldWarnings, trainValTestSplit } from '$lib/ml/split';
import { timeSeriesSplit } from '$lib/ml/timeSeriesSplit';
import {
	correlationMatrix,
	describe as describeColumn,
	mean,
	median,
	pearson,
	quantile,
	quantiles,
	std,
	variance
} from '$lib/ml/stats';
import {
	countsAt,
	indexScores,
	maxF1Threshold,
	minCostThreshold,
	thresholdForRecall
} from '$lib/ml/threshold';
import { fitTree, giniImpurity } from '$lib/ml/tree';

const VALUES = 500_000;
const rng = createRng(20);
/** 500,000 values in a row, and 250,000 rows × 2 columns, two blobs apart. */
const x = Array.from({ length: VALUES }, () => rng.normal());
const y = x.map((v) => 2 * v + rng.normal());
const labels = x.map((_, i) => i % 2);
const tall = Array.from({ length: VALUES / 2 }, (_, i) => [x[i] + 3 * (i % 2), y[i]]);
const tallLabels = tall.map((_, i) => i % 2);
/** 4 rows × 125,000 columns, for work that grows as rows². */
const wide = Array.from({ length: 4 }, (_, i) =>
	Array.from({ length: VALUES / 4 }, (_, j) => x[i * (VALUES / 4) + j] + (i < 2 ? 0 : 5))
);
const withGaps = tall.map(([a, b], i) => [i % 7 === 0 ? null : a, b]);

const cases: { name: string; run: () => unknown }[] = [
	{ name: 'extremes', run: () => [largest(x), smallest(x), largestMagnitude(tall)] },
	{
		name: 'stats',
		run: () => [
			mean(x),
			variance(x),
			std(x),
			median(x),
			quantile(x, 0.3),
			quantiles(x, [0.1, 0.9]),
			describeColumn(x),
			pearson(x, y)
		]
	},
	{ name: 'correlationMatrix', run: () => correlationMatrix(tall) },
	{ name: 'histogram', run: () => histogram(x, 20) },
	{ name: 'selectQuantiles', run: () => selectQuantiles(Float64Array.from(x), [0.25, 0.75]) },
	{
		name: 'outliers',
		run: () => [
			iqrFences(x),
			zFences(x),
			zScores(x),
			flagOutside(x, -1, 1),
			clip(x, -1, 1),
			winsorize(x, [0.05, 0.05]),
			log1pProblem(x),
			skewness(x),
			summarize(x)
		]
	},
	{ name: 'log1p', run: () => log1p(x.map(Math.abs)) },
	{
		name: 'encoding',
		run: () => {
			const words = x.map((v) => (v > 0 ? 'up' : 'down'));
			return [
				categoriesOf(words),
				fitOneHot(words),
				oneHot(words),
				ordinalEncoding(words),
				ordinalEncode(words)
			];
		}
	},
	{
		name: 'kBinsDiscretize',
		run: () => [kBinsDiscretize(x, 10, 'uniform'), kBinsDiscretize(x, 10, 'quantile')]
	},
	{
		name: 'ngrams',
		run: () =>
			ngrams(
				x.map((v) => (v > 0 ? 'up' : 'down')),
				[1, 2]
			)
	},
	{
		name: 'bag of words',
		run: () => [
			tokenize(x.map((v) => (v > 0 ? 'cat' : 'dog')).join(' ')),
			countVectorize(x.slice(0, VALUES / 5).map((v) => (v > 0 ? 'the cat' : 'a dog')))
		]
	},
	{
		name: 'curves',
		run: () => [rocCurve(labels, x), rocAuc(labels, x), prCurve(labels, x), averagePrecision(labels, x)]
	},
	{
		name: 'threshold',
		run: () => {
			const index = indexScores(labels, x);
			return [
				countsAt(index, 0),
				maxF1Threshold(index),
				thresholdForRecall(index, 0.9),
				minCostThreshold(index, 1, 5)
			];
		}
	},
	{
		name: 'metrics',
		run: () => [
			confusionMatrix(
				labels,
				labels.map((l) => 1 - l)
			),
			regressionMetrics(x, y)
		]
	},
	// a 707 × 707 matrix: 499,849 counts
	{
		name: 'multiclass metrics',
		run: () => {
			const matrix = Array.from({ length: 707 }, (_, i) =>
				Array.from({ length: 707 }, (_, j) => (i === j ? 50 : (i + j) % 3))
			);
			return [multiclassMetrics(matrix), oneVsRest(matrix, 3)];
		}
	},
	{ name: 'giniImpurity', run: () => giniImpurity(labels.map((l) => l + 1)) },
	{
		name: 'adjustedRandScore',
		run: () =>
			adjustedRandScore(
				labels,
				labels.map((l, i) => (i % 3 === 0 ? 1 - l : l))
			)
	},
	{
		name: 'approximateMode',
		run: () =>
			approximateMode(
				Array.from({ length: VALUES }, () => 1),
				1000,
				createRng(1)
			)
	},
	{
		name: 'allocateByClass',
		run: () =>
			allocateByClass(
				Array.from({ length: VALUES / 2 }, () => 2),
				[VALUES / 2, VALUES / 2],
				createRng(1)
			)
	},
	{ name: 'shuffle', run: () => createRng(1).shuffle(x) },
	{
		name: 'folds of 500,000 rows',
		run: () => [kFold(VALUES, 5, { shuffle: true, seed: 1 }), timeSeriesSplit(VALUES, 5)]
	},
	{
		name: 'splits',
		run: () => [
			trainValTestSplit(VALUES, { train: 0.6, val: 0.2, test: 0.2, seed: 1, stratify: labels }),
			stratifiedKFold(labels, 5, { shuffle: true, seed: 1 }),
			stratifiedKFoldWarnings(labels, 5)
		]
	},
	{
		name: 'split with one class per sample',
		run: () =>
			expect(() =>
				stratifiedKFold(
					x.map((_, i) => i),
					5
				)
			).toThrow(/no class has that many samples \(largest: 1\)/)
	},
	{
		name: 'punchHoles',
		run: () => [
			punchHoles(x, { mechanism: 'mcar', rate: 0.2, seed: 1 }),
			punchHoles(x, { mechanism: 'mar', rate: 0.2, seed: 1, driver: y })
		]
	},
	{
		name: 'impute',
		run: () => [
			simpleImpute(withGaps, 'median'),
			impute(withGaps, 'most_frequent'),
			missingIndicator(withGaps),
			observedColumn(withGaps, 0),
			mostFrequent(x)
		]
	},
	{ name: 'nanEuclidean', run: () => nanEuclidean(x, y) },
	{
		name: 'knnImpute (wide)',
		run: () =>
			knnImpute(
				wide.map((row, i) => row.map((v, j) => (i === 0 && j === 0 ? null : v))),
				{ nNeighbors: 2 }
			)
	},
	{
		name: 'linalg',
		run: () => [
			leastSquares(tall, y.slice(0, VALUES / 2)),
			solveLinear(
				Array.from({ length: 700 }, (_, i) =>
					Array.from({ length: 700 }, (_, j) => (i === j ? 700 : x[i * 700 + j]))
				),
				x.slice(0, 700)
			)
		]
	},
	{
		name: 'regression',
		run: () => [polynomialFeatures(x, 1), fitPolynomial(x.slice(0, VALUES / 2), y.slice(0, VALUES / 2), 1)]
	},
	{ name: 'fitLogistic', run: () => fitLogistic(tall, tallLabels, { maxIter: 5 }) },
	{
		name: 'scaling',
		run: () => [
			...SCALER_METHODS.map((method) => fitScaler(method, tall).transform(tall)),
			normalizeRows(tall)
		]
	},
	{ name: 'pca (tall)', run: () => pca(tall, 2).transform(tall) },
	{ name: 'pcaTop (wide)', run: () => pcaTop(wide, 2).transform(wide) },
	{ name: 'flatData', run: () => toRows(flatten('X', tall).data, VALUES / 2, 2) },
	{
		name: 'kMeans',
		run: () => {
			const run = kMeans(tall, 3, { seed: 1, nInit: 1, maxIter: 5, recordHistory: false });
			return [
				run,
				assignLabels(tall, run.centroids),
				inertiaOf(tall, run.labels, run.centroids),
				kMeansTolerance(tall),
				elbowCurve(tall, [1, 2], { seed: 1, nInit: 1, maxIter: 3 })
			];
		}
	},
	{
		name: 'suggestK',
		run: () => suggestK(Array.from({ length: VALUES }, (_, i) => ({ k: i + 1, inertia: 1 / (i + 1) })))
	},
	{
		name: 'silhouette (wide)',
		run: () => [silhouetteSamples(wide, [0, 0, 1, 1]), silhouetteScore(wide, [0, 0, 1, 1])]
	},
	{
		name: 'knn',
		run: () => {
			const model = knnClassifier(tall, tallLabels, 5);
			const test = tall.slice(0, 5);
			return [
				model.neighbours(test[0]),
				nearestNeighbours(tall, 0, 5),
				knnAccuracy(tall, tallLabels, test, tallLabels.slice(0, 5), 5),
				knnAccuracies(tall, tallLabels, test, tallLabels.slice(0, 5), [1, 3, 5])
			];
		}
	},
	{ name: 'fitTree', run: () => fitTree(tall, tallLabels, { maxDepth: 1 }) },
	{
		name: 'featureSelection',
		run: () => [labelCorrelations(tall, tallLabels), topFeaturesByCorrelation(tall, tallLabels, 1)]
	},
	{
		name: 'table from rows',
		run: () => {
			const table = tableFromRows(
				'big',
				['a', 'b'],
				tall.map(([a, b]) => [String(a), String(b)])
			);
			return [numericMatrix(table, ['a', 'b']), unusableColumns(table)];
		}
	},
	{
		name: 'CSV text',
		run: () =>
			parseCsvText(`a,b\n${tall.map(([a, b]) => `${a.toFixed(3)},${b.toFixed(3)}`).join('\n')}\n`, 'big.csv')
	}
];

describe('500,000 values', () => {
	// each case does linear (or n log n) work on half a million values: seconds on a busy machine
	test.each(cases)(
		'$name',
		async ({ run }) => {
			const result = await run();
			expect(result).toBeDefined();
		},
		30_000
	);
});
