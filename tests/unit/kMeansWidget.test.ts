import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kMeans } from '$lib/ml/kmeans';
import { decodeKMeansState, kMeansCodec } from '$lib/widgets/k-means/codec';
import { generated } from '$lib/widgets/k-means/data';
import { failureNote } from '$lib/widgets/k-means/failures';
import { frameAt, frameCount, inertiaTrail } from '$lib/widgets/k-means/frames';
import { focusPoint, kMeansQuestions } from '$lib/widgets/k-means/quiz';
import { sweep } from '$lib/widgets/k-means/sweep';

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
const run = kMeans(X, 2, { initialCentroids: [[0, 0], [2, 0]] });
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
		expect(update.centroids).toEqual([[0, 0], [8, 0]]);
		expect(update.labels).toEqual([0, 1, 1, 1]);
		const assign = frameAt(X, run.history, trail, 3);
		expect(assign.labels).toEqual([0, 0, 1, 1]);
		expect(assign.changed).toBe(1);
		expect(assign.paths[1]).toEqual([[2, 0], [8, 0]]);
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
		const relocating = kMeans(P, 2, { initialCentroids: [[0, 0], [0, 0]] });
		const relocatingTrail = inertiaTrail(P, relocating.history);
		expect(relocatingTrail.slice(0, 3)).toEqual([null, 1, 0]);
		const update = frameAt(P, relocating.history, relocatingTrail, 2);
		expect(update.centroids).toEqual([[0, 0], [0, -1]]);
		expect(update.labels).toEqual([0, 0, 0, 1]);
	});

	it('clamps a step beyond the run to its last frame (a link from a longer run)', () => {
		expect(frameAt(X, run.history, trail, 99).index).toBe(5);
	});

	it('inertia never rises from frame to frame, on any data and start', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true })), { minLength: 4, maxLength: 40 }),
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

describe('check-yourself questions', () => {
	it('the next-assign question points at a point that changes cluster, and its answer is its nearest centroid', () => {
		const frame = frameAt(X, run.history, trail, 2);
		expect(focusPoint({ X, history: run.history, frame }, 1)).toBe(1);
		const question = kMeansQuestions({ X, history: run.history, frame, sweep: null, suggestion: null, seedRuns: null, agreement: null }, 1, 10).find((q) => q.id === 'next-assign');
		expect(question).toMatchObject({ kind: 'choice', answer: 'cluster 1' });
		expect(question?.prompt).toContain('(2, 0)');
	});

	it('every choice question has its answer among its options', () => {
		const frame = frameAt(X, run.history, trail, 1);
		const points = sweep({ type: 'sweep', X, ks: [1, 2, 3, 4], init: 'k-means++', seed: 1, nInit: 2 }, () => {});
		const questions = kMeansQuestions({ X, history: run.history, frame, sweep: points, suggestion: null, seedRuns: run.runs, agreement: 0.2 }, 3, 10);
		expect(questions.length).toBeGreaterThan(3);
		for (const q of questions) if (q.kind === 'choice') expect(q.options).toContain(q.answer);
	});
});

describe('the sweep', () => {
	it('gives the silhouette as undefined for k = 1 and for k = n', () => {
		const points = sweep({ type: 'sweep', X, ks: [1, 2, 4], init: 'k-means++', seed: 1, nInit: 3 }, () => {});
		expect(points.map((p) => p.silhouette === null)).toEqual([true, false, true]);
		// k = 2 splits {0, 2} from {10, 12}: inertia 1 + 1 + 1 + 1 = 4
		expect(points[1].inertia).toBeCloseTo(4, 12);
	});

	it('gives each k the inertia kMeans finds alone, and counts every run and silhouette as progress', () => {
		const steps: [number, number][] = [];
		const points = sweep({ type: 'sweep', X, ks: [1, 2, 3], init: 'k-means++', seed: 5, nInit: 2 }, (done, total) => steps.push([done, total]));
		points.forEach(({ k, inertia }) => expect(inertia).toBe(kMeans(X, k, { seed: 5, nInit: 2 }).inertia));
		// three ks × two starts, then three silhouettes
		expect(steps).toEqual(Array.from({ length: 9 }, (_, i) => [i + 1, 9]));
	});
});

describe('data and notes', () => {
	it('blobs come in the number asked for, and moons with k = 2 that disagree with the truth get the failure note', () => {
		const input = { ...kMeansCodec.defaults(), blobs: 5 };
		expect(new Set(generated(input).truth).size).toBe(5);
		const moons = generated({ ...input, src: 'moons', k: 2 });
		expect(failureNote({ ...input, src: 'moons', k: 2 }, moons, 0.3)?.title).toBe('k-means fails on these shapes');
		expect(failureNote({ ...input, src: 'moons', k: 2 }, moons, 0.95)?.kind).toBe('success');
	});

	it('a link from an upload opens blobs and says why; a bad k falls back alone', () => {
		const decoded = decodeKMeansState(new URLSearchParams('src=upload&k=99&step=3'));
		expect(decoded.value.src).toBe('blobs');
		expect(decoded.value.k).toBe(4);
		expect(decoded.value.step).toBe(3);
		expect(decoded.problems).toHaveLength(2);
	});

	it('placed centroids survive a round trip through the link', () => {
		const state = { ...kMeansCodec.defaults(), init: 'click' as const, k: 2, placed: [[1.5, -2], [3, 4]] as [number, number][] };
		expect(kMeansCodec.decode(kMeansCodec.encode(state)).value.placed).toEqual(state.placed);
	});
});
