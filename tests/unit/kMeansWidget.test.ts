import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Table } from '$lib/data/table';
import { adjustedRandScore } from '$lib/ml/agreement';
import { kMeans } from '$lib/ml/kmeans';
import { createRng } from '$lib/ml/random';
import { kMeansCodec } from '$lib/widgets/k-means/codec';
import { fromTable, generated, unequalSizes } from '$lib/widgets/k-means/data';
import { failureNote, type FailureEvidence } from '$lib/widgets/k-means/failures';
import { frameAt, frameCount, inertiaTrail } from '$lib/widgets/k-means/frames';
import { focusPoint } from '$lib/widgets/k-means/quiz';
import { howItEnded, stepStatus } from '$lib/widgets/k-means/stepText';
import { sweep, type SweepPoint } from '$lib/jobs/kmeansSweep';
import { openLink } from './openLink';
import { KMeansState } from '$lib/widgets/k-means/State.svelte';

// Four points on a line, started at (0, 0) and (2, 0). By hand:
// assign: labels 0,1,1,1; J = 0 + 0 + 8² + 10² = 164
// update: centroids (0, 0) and (8, 0) (the mean of 2, 10, 12); same labels: J = 0 + 6² + 2² + 4² = 56
// assign: the point at 2 is nearer 0 (4 < 36): labels 0,0,1,1; J = 0 + 2² + 2² + 4² = 24
// update: centroids (1, 0) and (11, 0): J = 1 + 1 + 1 + 1 = 4
// assign: nothing changes: J = 4, the end.
const X = [
	[0, 0],
	[2, 0],
	[10, 0],
	[12, 0]
];
const run = kMeans(X, 2, {
	initialCentroids: [
		[0, 0],
		[2, 0]
	]
});
const trail = inertiaTrail(X, run.history);

describe('frames of a run', () => {
	it('alternate assign and update, with the inertia of each by hand', () => {
		expect(frameCount(run.history)).toBe(6);
		expect(trail).toEqual([null, 164, 56, 24, 4, 4]);
		const phases = [0, 1, 2, 3, 4, 5].map((i) => frameAt(X, run.history, trail, i).phase);
		expect(phases).toEqual(['start', 'assign', 'update', 'assign', 'update', 'assign']);
	});

	it('an update moves the centroids and keeps the colours; the next assign recolours', () => {
		const update = frameAt(X, run.history, trail, 2);
		expect(update.centroids).toEqual([
			[0, 0],
			[8, 0]
		]);
		expect(update.labels).toEqual([0, 1, 1, 1]);
		const assign = frameAt(X, run.history, trail, 3);
		expect(assign.labels).toEqual([0, 0, 1, 1]);
		expect(assign.changed).toBe(1);
		expect(assign.paths[1]).toEqual([
			[2, 0],
			[8, 0]
		]);
		expect(frameAt(X, run.history, trail, 5).changed).toBe(0);
	});

	it('an update that fills an empty cluster shows the moved point in it, with the inertia it reached', () => {
		// two starting centroids on the same spot: every point ties and joins cluster 1 (the lower index),
		// cluster 2 is empty. J = 1 (the point at (0, −1)). The update gives cluster 2 the point farthest
		// from its centroid, (0, −1), and cluster 1 keeps the three at the origin: J = 0.
		const P = [
			[0, 0],
			[0, 0],
			[0, 0],
			[0, -1]
		];
		const relocating = kMeans(P, 2, {
			initialCentroids: [
				[0, 0],
				[0, 0]
			]
		});
		const relocatingTrail = inertiaTrail(P, relocating.history);
		expect(relocatingTrail.slice(0, 3)).toEqual([null, 1, 0]);
		const update = frameAt(P, relocating.history, relocatingTrail, 2);
		expect(update.centroids).toEqual([
			[0, 0],
			[0, -1]
		]);
		expect(update.labels).toEqual([0, 0, 0, 1]);
	});

	it('clamps a step beyond the run to its last frame (a link from a longer run)', () => {
		expect(frameAt(X, run.history, trail, 99).index).toBe(5);
	});

	it('inertia never rises from frame to frame, on any data and start', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(
						fc.double({ min: -50, max: 50, noNaN: true }),
						fc.double({ min: -50, max: 50, noNaN: true })
					),
					{ minLength: 4, maxLength: 40 }
				),
				fc.integer({ min: 1, max: 4 }),
				fc.integer({ min: 1, max: 1000 }),
				(points, k, seed) => {
					const rows = points.map(([a, b]) => [a, b]);
					const result = kMeans(rows, Math.min(k, rows.length), { seed, nInit: 1, init: 'random' });
					const values = inertiaTrail(rows, result.history).slice(1) as number[];
					// a converged update recomputes the mean, which can differ from the centroid in its last bits:
					// allow rounding (1e-9 relative), never a real rise
					values.forEach((v, i) => i > 0 && expect(v).toBeLessThanOrEqual(values[i - 1] * (1 + 1e-9) + 1e-9));
				}
			),
			{ numRuns: 60 }
		);
	});
});

describe('the sweep', () => {
	it('gives the silhouette as undefined for k = 1 and for k = n', () => {
		const points = sweep({ type: 'sweep', X, ks: [1, 2, 4], init: 'k-means++', seed: 1, nInit: 3 }, () => {});
		expect(points.map((p) => p.silhouette === null)).toEqual([true, false, true]);
		// k = 2 splits {0, 2} from {10, 12}: inertia 1 + 1 + 1 + 1 = 4
		expect(points[1].inertia).toBeCloseTo(4, 12);
	});

	it('gives each k the inertia kMeans finds alone, and weighs progress by each step’s estimated cost', () => {
		const steps: [number, number, string][] = [];
		const points = sweep(
			{ type: 'sweep', X, ks: [1, 2, 3], init: 'k-means++', seed: 5, nInit: 2 },
			(done, total, phase) => steps.push([done, total, phase])
		);
		points.forEach(({ k, inertia }) => expect(inertia).toBe(kMeans(X, k, { seed: 5, nInit: 2 }).inertia));
		// by hand, n = 4: a run costs n · mean k · 15 = 4 · 2 · 15 = 120 distances, six runs 720;
		// the silhouettes cost n = 4 at k = 1 (undefined) and n(n − 1)/2 = 6 at k = 2 and 3: 736 in all
		expect(steps).toEqual([
			...[1, 2, 3, 4, 5, 6].map((r) => [120 * r, 736, 'runs']),
			[724, 736, 'silhouettes'],
			[730, 736, 'silhouettes'],
			[736, 736, 'silhouettes']
		]);
	});

	it('a silhouette of 2,000 points outweighs a run in the progress bar, as it does in time', () => {
		const steps: [number, number, string][] = [];
		const blobs = generated({ ...kMeansCodec.defaults(), n: 2000 }).X;
		sweep(
			{ type: 'sweep', X: blobs, ks: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], init: 'k-means++', seed: 1, nInit: 10 },
			(done, total, phase) => steps.push([done, total, phase])
		);
		const runsDone = steps.filter(([, , phase]) => phase === 'runs').at(-1)!;
		// 100 runs of 2000 · 5.5 · 15 = 16,500,000 against 9 silhouettes of 1,999,000 and one of 2,000
		expect(runsDone[0]).toBe(16_500_000);
		expect(runsDone[1]).toBe(16_500_000 + 9 * 1_999_000 + 2000);
		expect(steps.every(([done], i) => i === 0 || done > steps[i - 1][0])).toBe(true);
		expect(steps.at(-1)![0]).toBe(steps.at(-1)![1]);
	});
});

const evidence = (agreement: number | null, more: Partial<FailureEvidence> = {}): FailureEvidence => ({
	agreement,
	inertia: null,
	best: null,
	sweep: null,
	suggestion: null,
	bestSilhouette: null,
	groupsInertia: null,
	...more
});

describe('data and notes', () => {
	it('blobs come in the number asked for, and moons with k = 2 that disagree with the truth get the failure note', () => {
		const input = { ...kMeansCodec.defaults(), blobs: 5 };
		expect(new Set(generated(input).truth).size).toBe(5);
		const moons = generated({ ...input, src: 'moons', k: 2 });
		expect(failureNote({ ...input, src: 'moons', k: 2 }, moons, evidence(0.3))?.title).toBe(
			'k-means fails on these shapes'
		);
		expect(failureNote({ ...input, src: 'moons', k: 2 }, moons, evidence(0.95))?.kind).toBe('success');
	});

	it('a link from an upload opens blobs and says why; a bad k falls back alone', () => {
		const decoded = openLink(new KMeansState(), 'src=upload&k=99&step=3');
		expect(decoded.value.src).toBe('blobs');
		expect(decoded.value.k).toBe(4);
		expect(decoded.value.step).toBe(3);
		expect(decoded.problems).toHaveLength(2);
	});

	it('placed centroids survive a round trip through the link', () => {
		const state = {
			...kMeansCodec.defaults(),
			init: 'click' as const,
			k: 2,
			placed: [
				[1.5, -2],
				[3, 4]
			] as [number, number][]
		};
		expect(kMeansCodec.decode(kMeansCodec.encode(state)).value.placed).toEqual(state.placed);
	});
});

describe('the end of a run', () => {
	it('a run that stops on unchanged labels counts the update steps shown, and names scikit-learn’s n_iter_', () => {
		// the run at the top: updates to (0, 0), (8, 0) then (1, 0), (11, 0); the second moves the
		// centroids 1² + 3² = 10, far above tol · mean variance = 1e-4 · (26 + 0) / 2 = 0.0013, and the
		// assignment after it changes nothing: a stop on stable labels after 2 updates, which
		// scikit-learn counts as n_iter_ = 3 (it notices one iteration later)
		const ending = howItEnded(X, run);
		expect(ending).toMatchObject({ reason: 'stable', updates: 2, nIter: 3, shift: 10 });
		expect(ending.tolerance).toBeCloseTo(0.0013, 15);
		const text = stepStatus(frameAt(X, run.history, trail, 5), 6, ending);
		expect(text).toContain('no point changed cluster');
		expect(text).toContain('Converged after 2 update steps');
		expect(text).toContain('n_iter_ says 3');
	});

	it('a run that stops on the tolerance says so, and how many points its last assign step moved', () => {
		// with tol = 3 the tolerance is 3 · 13 = 39; the first update moves the centroids 0 + 6² = 36 ≤ 39,
		// so the run stops after it, n_iter_ = 1, though its assignment moved the point at (2, 0):
		// the last frame shows labels 0, 0, 1, 1 against (0, 0) and (8, 0), inertia 0 + 4 + 4 + 16 = 24
		const early = kMeans(X, 2, {
			initialCentroids: [
				[0, 0],
				[2, 0]
			],
			tol: 3
		});
		const earlyTrail = inertiaTrail(X, early.history);
		const last = frameAt(X, early.history, earlyTrail, frameCount(early.history) - 1);
		expect(last).toMatchObject({ index: 3, changed: 1, inertia: 24 });
		const ending = howItEnded(X, early, 3);
		expect(ending).toMatchObject({ reason: 'tolerance', updates: 1, nIter: 1, shift: 36, tolerance: 39 });
		const text = stepStatus(last, 4, ending);
		expect(text).toContain('1 point changed cluster, yet the run stops here');
		expect(text).not.toContain('no point changed');
		expect(text).toContain('1 update step, inertia 24');
	});
});

describe('the ringed point', () => {
	it('is never the point a start put its first centroid on, nor any point under a centroid', () => {
		const input = kMeansCodec.defaults();
		const points = generated(input).X;
		for (const init of ['k-means++', 'random'] as const) {
			for (let seed = 1; seed <= 20; seed++) {
				const started = kMeans(points, 4, { init, seed, nInit: 1 });
				const start = frameAt(points, started.history, inertiaTrail(points, started.history), 0);
				const ringed = focusPoint({ X: points, history: started.history, frame: start }, seed)!;
				// both seedings draw their first centroid as createRng(seed).int(n)
				expect(ringed).not.toBe(createRng(seed).int(points.length));
				expect(start.centroids.some((c) => c[0] === points[ringed][0] && c[1] === points[ringed][1])).toBe(
					false
				);
			}
		}
	});
});

describe('generated data', () => {
	it('unequal blob sizes add up to the points asked for, each blob at least 2', () => {
		// n = 20, 8 blobs: ⌊20 · 2^−i / 1.9921875⌋ = 10, 5, 2, 1, 0, 0, 0, 0, raised to at least 2: 27 points;
		// the 7 too many come off the largest, one at a time: 4, 4, 2, 2, 2, 2, 2, 2
		expect(unequalSizes(20, 8)).toEqual([4, 4, 2, 2, 2, 2, 2, 2]);
		expect(generated({ ...kMeansCodec.defaults(), n: 20, blobs: 8, sizes: 'unequal' }).X).toHaveLength(20);
		fc.assert(
			fc.property(fc.integer({ min: 20, max: 2000 }), fc.integer({ min: 1, max: 8 }), (n, count) => {
				const sizes = unequalSizes(n, count);
				expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
				expect(Math.min(...sizes)).toBeGreaterThanOrEqual(2);
			})
		);
	});

	it('stretched blobs defeat k-means at the default spread, and not once they are short', () => {
		const input = { ...kMeansCodec.defaults(), src: 'aniso' as const };
		const agreement = (spread: number) => {
			const data = generated({ ...input, spread });
			return adjustedRandScore(data.truth!, kMeans(data.X, 4, { seed: 1 }).labels);
		};
		expect(agreement(1)).toBeLessThan(0.6);
		expect(agreement(0.5)).toBeGreaterThan(0.95);
	});

	it('a stretched blob is about 6 times longer than wide, as x · [[0.6, −0.6], [−0.4, 0.8]] makes it', () => {
		// the eigenvalues of AᵀA = [[0.52, −0.68], [−0.68, 1]] are 1.4811 and 0.0389: std ratio √(1.4811 / 0.0389) = 6.17
		const { X: points } = generated({ ...kMeansCodec.defaults(), src: 'aniso', blobs: 1, n: 2000 });
		const mean = [0, 1].map((j) => points.reduce((s, p) => s + p[j], 0) / points.length);
		const [a, b, c] = [
			[0, 0],
			[0, 1],
			[1, 1]
		].map(([i, j]) => points.reduce((s, p) => s + (p[i] - mean[i]) * (p[j] - mean[j]), 0) / points.length);
		const root = Math.sqrt(((a - c) / 2) ** 2 + b ** 2);
		const ratio = Math.sqrt(((a + c) / 2 + root) / ((a + c) / 2 - root));
		expect(ratio).toBeGreaterThan(5.5);
		expect(ratio).toBeLessThan(7);
	});
});

describe('what the notes claim', () => {
	const table = (columns: Record<string, number[]>, label?: string[]): Table => ({
		name: 't.csv',
		rowCount: Object.values(columns)[0].length,
		columns: [
			...Object.entries(columns).map(([name, values]) => ({
				name,
				kind: 'numeric' as const,
				values,
				missing: 0
			})),
			...(label ? [{ name: 'species', kind: 'categorical' as const, values: label, missing: 0 }] : [])
		]
	});

	it('warns about units from the columns’ spreads, even for a CSV without labels, and not once scaled', () => {
		// grams against millimetres: standard deviations 1000 and 1, a ratio of 1000
		const grams = table({ mass_g: [3000, 5000, 3000, 5000], length_mm: [40, 40, 42, 42] });
		const input = { ...kMeansCodec.defaults(), src: 'upload' as const, k: 2 };
		const raw = fromTable(grams, null, false, 1);
		if (typeof raw === 'string') throw new Error(raw);
		const note = failureNote(input, raw, evidence(null));
		expect(note?.kind).toBe('warning');
		expect(note?.text).toContain('“mass_g” has a standard deviation of 1000 and “length_mm” 1');
		const scaled = fromTable(grams, null, true, 1);
		if (typeof scaled === 'string') throw new Error(scaled);
		expect(failureNote({ ...input, scale: 'on' }, scaled, evidence(null))).toBeNull();
	});

	it('does not blame units when every column is in one unit with similar spreads (as Iris, all in cm)', () => {
		const cm = table({ a: [5, 6, 7, 8], b: [3, 3.5, 3, 3.5], c: [1.5, 4, 5, 6] }, ['x', 'x', 'y', 'y']);
		const data = fromTable(cm, 'species', false, 1);
		if (typeof data === 'string') throw new Error(data);
		const note = failureNote(
			{ ...kMeansCodec.defaults(), src: 'upload', k: 2 },
			data,
			evidence(0.5, { inertia: 10 })
		);
		expect(note?.text).not.toContain('standard deviation');
	});

	it('names a bad start when the run ends worse than the best start tried', () => {
		const input = { ...kMeansCodec.defaults(), init: 'random' as const };
		const data = generated(input);
		const note = failureNote(
			input,
			data,
			evidence(0.63, {
				inertia: 5371,
				best: { inertia: 584, from: 'the best of the 10 starts below (seed 4)' }
			})
		);
		expect(note?.title).toBe('A bad start: stuck in a worse local minimum');
		expect(note?.text).toContain('5,371');
		expect(note?.text).toContain('584 for the best of the 10 starts below');
		expect(note?.text).not.toContain('overlap');
	});

	it('says what the elbow plot shows on uniform noise, whichever it shows', () => {
		const input = { ...kMeansCodec.defaults(), src: 'uniform' as const };
		const data = generated(input);
		const curve: SweepPoint[] = [1, 2, 3].map((k) => ({
			k,
			inertia: 100 / k,
			silhouette: k === 1 ? null : 0.38
		}));
		const suggested = failureNote(
			input,
			data,
			evidence(null, {
				sweep: curve,
				suggestion: { k: 2, method: 'Kneedle (Satopää et al., 2011)', scores: [] },
				// the first k with the highest score, as the state reads it off the curve
				bestSilhouette: { k: 2, silhouette: 0.38 }
			})
		);
		expect(suggested?.text).toContain('the knee finder suggests k = 2');
		expect(suggested?.text).not.toContain('no clear bend');
		// 0.38 lies in Kaufman and Rousseeuw's 0.26–0.50 band
		expect(suggested?.text).toContain('a weak structure that could be artificial');
		expect(failureNote(input, data, evidence(null, { sweep: curve, suggestion: null }))?.text).toContain(
			'no clear bend'
		);
	});

	it('says "1 group" and "1 true group", not "1 groups"', () => {
		const input = { ...kMeansCodec.defaults(), blobs: 1, k: 2 };
		const note = failureNote(input, generated(input), evidence(0));
		expect(note?.title).toBe('k = 2, but the data hold 1 group');
		expect(note?.text).toContain('the 1 true group (adjusted');
	});
});
