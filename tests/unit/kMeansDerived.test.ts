/**
 * What the k-means panels show is derived in the state (or a pure module beside it) and only
 * printed by the components: the elbow sentence, the groups against the knee, the per-cluster
 * silhouettes, the cluster sizes of a frame, the seeds table's rows and the failure note's
 * groups' inertia. Each is checked by hand, or against the engine over several seeds.
 */
import { describe, expect, it } from 'vitest';
import { kMeans } from '$lib/ml/kmeans';
import { silhouetteSamples, silhouetteScore } from '$lib/ml/silhouette';
import { formatFixed, formatShort } from '$lib/format/format';
import { risesSentence } from '$lib/widgets/k-means/elbow';
import { summariseSilhouettes } from '$lib/widgets/k-means/silhouetteBands';
import { KMeansState } from '$lib/widgets/k-means/State.svelte';
import { openTablePage } from './tablePage';
import { groupsInertia } from './kMeansByHand';

const seeds = [1, 2, 3, 4];
const open = (query = '') => openTablePage(() => new KMeansState(), query);

describe('the elbow panel', () => {
	it('says where the best inertia rose with k, or that it fell at every k', () => {
		expect(risesSentence([], 10)).toBe('The inertia falls at every k');
		expect(risesSentence([6, 9], 10)).toBe(
			'The inertia falls as k grows, except at k = 6, 9, where 10 starts missed a lower minimum'
		);
	});

	it.each(seeds)(
		'data seed %i: the sentence, the groups and the elbow verdict follow the sweep',
		async (dseed) => {
			const state = open(`blobs=3&dseed=${dseed}`);
			await state.sweepTask.run();
			const sweep = state.sweep!;
			const rises = sweep.filter((p, i) => i > 0 && p.inertia > sweep[i - 1].inertia).map((p) => p.k);
			expect(state.sweepRisesSentence).toBe(
				rises.length === 0
					? 'The inertia falls at every k'
					: `The inertia falls as k grows, except at k = ${rises.join(', ')}, where 10 starts missed a lower minimum`
			);
			expect(state.groupCount).toBe(3);
			expect(state.elbowMisleads).toBe(state.suggestion !== null && state.suggestion.k !== 3);
		}
	);

	it('uniform noise has no groups, so the elbow cannot mislead about them', async () => {
		const state = open('src=uniform');
		await state.sweepTask.run();
		expect(state.groupCount).toBe(0);
		expect(state.elbowMisleads).toBe(false);
	});
});

describe('the silhouette plot', () => {
	it('per cluster and overall, by hand', () => {
		// cluster 0: 0.5, 0.3 (mean 0.4); cluster 1: 0.6, 0.4, −0.1 (mean 0.3, one negative); all five: 1.7 / 5
		const summary = summariseSilhouettes([1, 0, 1, 0, 1], [0.6, 0.5, -0.1, 0.3, 0.4]);
		expect(summary.clusters.map((c) => c.c)).toEqual([0, 1]);
		expect(summary.clusters[0].values).toEqual([0.5, 0.3]);
		expect(summary.clusters[0].mean).toBeCloseTo(0.4, 12);
		expect(summary.clusters[0].negative).toBe(0);
		expect(summary.clusters[1].values).toEqual([0.6, 0.4, -0.1]);
		expect(summary.clusters[1].mean).toBeCloseTo(0.3, 12);
		expect(summary.clusters[1].negative).toBe(1);
		expect(summary.mean).toBeCloseTo(0.34, 12);
	});

	it.each(seeds)(
		'start seed %i: the state’s mean is silhouette_score, its clusters the run’s',
		async (seed) => {
			const state = open(`seed=${seed}`);
			await state.silhouetteTask.run();
			const { init, k } = state.input;
			const run = kMeans(state.X, k, { init: init as 'k-means++' | 'random', seed, nInit: 1 });
			const summary = state.silhouettes!;
			expect(summary.mean).toBeCloseTo(silhouetteScore(state.X, run.labels), 10);
			const samples = silhouetteSamples(state.X, run.labels);
			for (const cluster of summary.clusters) {
				const own = samples.filter((_, i) => run.labels[i] === cluster.c);
				expect(cluster.values.length).toBe(own.length);
				expect(cluster.mean).toBeCloseTo(own.reduce((s, v) => s + v, 0) / own.length, 10);
				expect(cluster.negative).toBe(own.filter((v) => v < 0).length);
			}
		}
	);
});

describe('the frame on the cluster plot', () => {
	it.each(seeds)('start seed %i: each cluster’s size is the points coloured with it', (seed) => {
		const state = open(`seed=${seed}&step=1`);
		const { labels, sizes, centroids } = state.frame!;
		expect(sizes).toHaveLength(centroids.length);
		sizes!.forEach((size, j) => expect(size).toBe(labels!.filter((l) => l === j).length));
		expect(sizes!.reduce((a, b) => a + b, 0)).toBe(state.X.length);
	});

	it('the start frame has no sizes (no point assigned yet)', () => {
		expect(open('step=0').frame!.sizes).toBeNull();
	});
});

describe('the seeds table', () => {
	it.each(seeds)(
		'data seed %i: rows "best" / "+x.x%" and "worse" only above 0.5% over the best',
		async (dseed) => {
			const state = open(`init=random&dseed=${dseed}`);
			await state.seedsTask.run();
			const inertias = Array.from(
				{ length: 10 },
				(_, i) => kMeans(state.X, state.input.k, { init: 'random', seed: i + 1, nInit: 1 }).inertia
			);
			const best = Math.min(...inertias);
			expect(state.seedRows.map((r) => r.inertia)).toEqual(inertias);
			state.seedRows.forEach((row, i) => {
				expect(row.worse).toBe(inertias[i] > best * 1.005);
				expect(row.above).toBe(
					inertias[i] === best ? 'best' : `+${formatFixed((100 * (inertias[i] - best)) / best, 1)}%`
				);
			});
			expect(state.seedsWorstAbove).toBeCloseTo((100 * (Math.max(...inertias) - best)) / best, 10);
		}
	);
});

describe('the failure note reads the groups’ inertia from the state', () => {
	it.each(seeds)('data seed %i: moons, k = 2', (dseed) => {
		const state = open(`src=moons&k=2&dseed=${dseed}`);
		const truth = groupsInertia(state.points!.X, state.points!.truth!);
		expect(state.groupsInertia).toBeCloseTo(truth, 8);
		const inertia = state.run!.inertia;
		if (truth >= inertia)
			expect(state.failure!.text).toContain(`The true groups' inertia is ${formatShort(truth)}`);
		else expect(state.failure!.text).not.toContain("The true groups' inertia is");
	});
});
