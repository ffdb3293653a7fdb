// Engine speed for the k-means lab: the elbow sweep (k = 1…10, nInit = 10 each) on 10,000
// two-dimensional points, and the silhouette score on 5,000 points. Targets: <= 300 ms and
// <= 500 ms in Node (the widget runs both in a worker; these bound how long the progress bar shows).
// Run: npx vitest bench --run --project unit bench/kmeans.bench.ts
import { bench, describe } from 'vitest';
import { makeBlobs } from '../src/lib/ml/datasets';
import { elbowCurve, kMeans, silhouetteScore } from '../src/lib/ml/kmeans';

// five blobs of spread 1.5 in the default box: some overlap, as real data do
const sweepData = makeBlobs({ n: 10_000, centers: 5, noise: 1.5, seed: 7 }).X;
const silhouetteData = makeBlobs({ n: 5_000, centers: 5, noise: 1.5, seed: 8 }).X;
const silhouetteLabels = kMeans(silhouetteData, 5, { seed: 1, recordHistory: false }).labels;
const ks = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const options = { time: 3000, warmupIterations: 2 };

describe('k-means lab (targets: elbow <= 300 ms, silhouette <= 500 ms)', () => {
	bench('elbowCurve, 10,000 × 2, k = 1…10, nInit = 10', () => {
		elbowCurve(sweepData, ks, { seed: 1, nInit: 10 });
	}, options);
	bench('silhouetteScore, 5,000 × 2, k = 5', () => {
		silhouetteScore(silhouetteData, silhouetteLabels);
	}, options);
});
