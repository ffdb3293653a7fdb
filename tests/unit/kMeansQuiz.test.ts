import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Table } from '$lib/data/table';
import { adjustedRandScore } from '$lib/ml/agreement';
import { loadDataset } from '$lib/ml/datasets';
import { kMeans, type KMeansResult } from '$lib/ml/kmeans';
import { formatShort } from '$lib/format/format';
import type { Question } from '$lib/quiz/quiz';
import { kMeansCodec, type KMeansUrlState } from '$lib/widgets/k-means/codec';
import { frameAt, frameCount, inertiaTrail } from '$lib/widgets/k-means/frames';
import {
	focusPoint,
	kMeansCandidates,
	kMeansQuestions,
	oneMoreBudget,
	ringedPoint,
	type KMeansQuizView
} from '$lib/widgets/k-means/quiz';
import { KMeansState } from '$lib/widgets/k-means/State.svelte';
import type { SweepPoint } from '$lib/jobs/kmeansSweep';
import { runWithOneMore } from '$lib/widgets/k-means/whatIf';
import { expectWellFormedQuestions } from './quizRules';

const staticDir = fileURLToPath(new URL('../../static', import.meta.url));
const diskFetch = (async (input: RequestInfo | URL) =>
	new Response(await readFile(`${staticDir}${String(input)}`, 'utf8'))) as typeof fetch;
const tables = {
	iris: await loadDataset('iris', { fetch: diskFetch }),
	penguins: await loadDataset('penguins', { fetch: diskFetch })
};

/** The page's state opened from a link, with the real tables already loaded. */
function opened(link: string | Partial<KMeansUrlState>): KMeansState {
	const state = new KMeansState();
	state.realTables.loaded = tables;
	state.load(
		typeof link === 'string'
			? new URLSearchParams(link)
			: kMeansCodec.encode({ ...kMeansCodec.defaults(), ...link })
	);
	return state;
}
const decode = (params: URLSearchParams) => kMeansCodec.decode(params);
/** The state "Show me" of a predict question opens. */
const shown = (q: Question): KMeansState => {
	if (q.form !== 'predict') throw new Error(`${q.id} is not a predict question`);
	return opened(q.see.params);
};
const byId = (view: KMeansQuizView, seed: number, id: string) =>
	kMeansCandidates(view, seed)
		.find((c) => c.id === id)
		?.make() ?? undefined;
const answerOf = (q: Question) => (q.kind === 'choice' ? q.answer : String(q.answer));

// Four points on a line (as in kMeansWidget.test.ts), started at (0, 0) and (2, 0).
const X = [
	[0, 0],
	[2, 0],
	[10, 0],
	[12, 0]
];
function lineView(input: KMeansUrlState, run: KMeansResult, index: number): KMeansQuizView {
	const trail = inertiaTrail(X, run.history);
	return {
		input,
		X,
		k: run.centroids.length,
		history: run.history,
		trail,
		frame: frameAt(X, run.history, trail, index),
		inertia: run.inertia,
		sweep: null,
		suggestion: null,
		agreement: null,
		spreads: [],
		oneMore: () => runWithOneMore(X, run.centroids.length, input),
		rescaled: () => null
	};
}

const sources: Partial<KMeansUrlState>[] = [
	{ src: 'blobs' },
	{ src: 'aniso' },
	{ src: 'moons', k: 2 },
	{ src: 'circles', k: 2 },
	{ src: 'uniform' },
	{ src: 'iris', k: 3 },
	{ src: 'penguins', k: 3 },
	{ src: 'blobs', init: 'random', seed: 3 },
	{
		src: 'blobs',
		init: 'click',
		k: 2,
		placed: [
			[0, 0],
			[5, 5]
		]
	}
];

describe('k-means questions', () => {
	it('deals four well-formed questions, at least half predict or scenario, on every data source, step and seed', () => {
		for (const source of sources)
			for (const [dseed, step] of [
				[1, 0],
				[2, 3]
			])
				for (let q = 1; q <= 4; q++) {
					const state = opened({ ...source, dseed, step, q });
					expectWellFormedQuestions(state.questions, decode);
				}
	}, 60_000);

	it('next assign, by hand on four points: the ringed point at (2, 0) joins cluster 1', () => {
		// frame 2 (an update): centroids (0, 0) and (8, 0); the point at (2, 0) is 2² = 4 from the first
		// and 6² = 36 from the second, so the next assign step moves it to cluster 1
		const input = {
			...kMeansCodec.defaults(),
			init: 'click' as const,
			k: 2,
			placed: [
				[0, 0],
				[2, 0]
			] as [number, number][],
			step: 2
		};
		const run = kMeans(X, 2, { initialCentroids: input.placed });
		const view = lineView(input, run, 2);
		expect(focusPoint(view, 1)).toBe(1);
		const q = byId(view, 1, 'next-assign')!;
		expect(q.prompt).toContain('(0, 0) (cluster 1), (8, 0) (cluster 2)');
		expect(q.prompt).toContain('ringed point at (2, 0)');
		expect(answerOf(q)).toBe('cluster 1');
		expect(decode(new URLSearchParams(q.form === 'predict' ? q.see.params : '')).value.step).toBe(3);
		// the ring stays on that point in the assign frame Show me opens
		expect(ringedPoint(lineView(input, run, 3), 1)).toBe(1);
	});

	it('next assign on the default blobs: the answer is the nearest of the stated centroids, and Show me colours the ringed point so', () => {
		let asked = 0;
		for (let q = 1; q <= 12; q++) {
			const state = opened({ q, step: q % 3 === 0 ? 2 : 0 });
			const question = byId(state.quizView!, q, 'next-assign');
			if (!question) continue;
			asked++;
			// the centroids and the point as the prompt states them
			const pairs = [...question.prompt.matchAll(/\((-?[\d.]+), (-?[\d.]+)\)/g)].map((m) => [
				Number(m[1]),
				Number(m[2])
			]);
			const point = pairs.pop()!;
			const distances = pairs.map((c) => (c[0] - point[0]) ** 2 + (c[1] - point[1]) ** 2);
			const nearest = distances.indexOf(Math.min(...distances));
			expect(answerOf(question)).toBe(`cluster ${nearest + 1}`);
			const after = shown(question);
			expect(after.frame!.phase).toBe('assign');
			expect(after.ringed).toBe(state.ringed);
			expect(after.frame!.labels![after.ringed!]).toBe(nearest);
		}
		expect(asked).toBeGreaterThan(6);
	});

	it('one more cluster, by hand on four points: the best of ten starts, 104 at k = 1, falls to 4 at k = 2', () => {
		// k = 1: the centroid is the mean, 6: 6² + 4² + 4² + 6² = 104 from any start; k = 2 at best ends at
		// {0, 2} and {10, 12}: 1 + 1 + 1 + 1 = 4
		const input = { ...kMeansCodec.defaults(), k: 1 };
		const run = kMeans(X, 1, { seed: 1, nInit: 1 });
		expect(run.inertia).toBe(104);
		const q = byId(lineView(input, run, 1), 1, 'one-more-cluster')!;
		expect(q.prompt).toContain('the best ends at inertia 104');
		expect(answerOf(q)).toBe('Fall');
		expect(q.explanation).toContain('With k = 2 the best of the ten ends at 4.');
	});

	it('one more cluster on every generated source and table: the key is the best of ten starts at k + 1 against k, recomputed from the link Show me opens', async () => {
		let asked = 0;
		for (const source of sources.slice(0, 7))
			for (const seed of [1, 2, 3])
				for (const dseed of [1, 2]) {
					const state = opened({ ...source, seed, dseed });
					// the twenty starts come from the page's tasks (in the page here: Node has no Worker); until then the question is not asked
					expect(byId(state.quizView!, 1, 'one-more-cluster')).toBeUndefined();
					await state.seedsTask.run();
					await state.oneMoreTask.run();
					const q = byId(state.quizView!, 1, 'one-more-cluster');
					const after = opened({ ...source, seed, dseed, k: state.k + 1 });
					// the seeds table's starts, here from the engine alone: seeds 1…10, one start each
					const best = (X: number[][], k: number) =>
						Math.min(
							...Array.from(
								{ length: 10 },
								(_, i) => kMeans(X, k, { init: 'k-means++', seed: i + 1, nInit: 1 }).inertia
							)
						);
					const [before, more] = [best(state.X, state.k), best(after.X, state.k + 1)];
					const context = `${source.src} seed ${seed} data seed ${dseed}`;
					if (more > before) {
						// ten starts missed the lower minimum: the rule does not show, so the question is not asked
						expect(q, context).toBeUndefined();
						continue;
					}
					asked++;
					expect(q, context).toBeDefined();
					expect(answerOf(q!), context).toBe(more < before ? 'Fall' : 'Stay the same');
					expect(q!.prompt).toContain(`the best ends at inertia ${formatShort(before)}`);
					const opens = shown(q!);
					expect(opens.input.k).toBe(state.k + 1);
					expect(opens.atEnd).toBe(true);
				}
		expect(asked).toBeGreaterThan(30);
		// 2,000 points: twenty starts would hold the page up, so the question is not offered
		const big = opened({ n: 2000 });
		expect(big.X.length * (big.k + 1)).toBeGreaterThan(oneMoreBudget);
		expect(kMeansCandidates(big.quizView!, 1).map((c) => c.id)).not.toContain('one-more-cluster');
		// nor are its starts sent to the worker
		expect(big.oneMoreTask.input).toBeNull();
	}, 60_000);

	it('clicked centroids not yet placed: says what to do, and deals scenario questions that need no run', () => {
		for (let q = 1; q <= 6; q++) {
			const state = opened({ init: 'click', k: 3, q });
			expect(state.run).toBeNull();
			expect(state.awaitingStart).toBe(
				'Place 3 starting centroids on the chart above (3 to go): the run, its silhouettes and the questions about it follow.'
			);
			expect(state.questions.every((x) => x.form !== 'predict')).toBe(true);
			expectWellFormedQuestions(state.questions, decode);
		}
		const one = opened({ init: 'click', k: 2, placed: [[0, 0]] });
		expect(one.awaitingStart).toBe(
			'Place 2 starting centroids on the chart above (1 to go): the run, its silhouettes and the questions about it follow.'
		);
		expect(
			opened({
				init: 'click',
				k: 2,
				placed: [
					[0, 0],
					[5, 5]
				]
			}).awaitingStart
		).toBeNull();
	});

	it('standardising: penguins’ agreement rises, iris’ falls; each answer is the engine’s on the state Show me opens', () => {
		// penguins: body mass (sd 801 g) swamps bill depth (sd 1.97 mm) raw: the agreement with the species
		// rises from 0.31 to 0.72 once standardised. Iris, all in cm: it falls from 0.72 to 0.62.
		const expected: Record<string, string> = {
			penguins: 'Rise by more than 0.05',
			iris: 'Fall by more than 0.05'
		};
		for (const src of ['penguins', 'iris'] as const) {
			const state = opened({ src, k: 3 });
			const q = byId(state.quizView!, 1, 'flip-scaling')!;
			expect(answerOf(q)).toBe(expected[src]);
			expect(q.prompt).toContain(`at ${state.agreement!.toFixed(2)} (adjusted Rand index)`);
			const after = shown(q);
			expect(after.input.scale).toBe('on');
			expect(after.atEnd).toBe(true);
			// recomputed from the opened state's own points and truth
			const points = after.points!;
			const agreement = adjustedRandScore(points.truth!, kMeans(points.X, 3, { seed: 1, nInit: 1 }).labels);
			expect(agreement - state.agreement!).toSatisfy((d: number) =>
				expected[src].startsWith('Rise') ? d > 0.05 : d < -0.05
			);
		}
		expect(byId(opened({ src: 'penguins', k: 3 }).quizView!, 1, 'flip-scaling')!.explanation).toContain(
			'“body_mass_g” spreads 406 times wider than “bill_depth_mm”'
		);
	});

	it('asks no predict question about an uploaded file, whose link cannot reopen it', () => {
		const state = new KMeansState();
		const upload: Table = {
			name: 'birds.csv',
			rowCount: 40,
			columns: [
				{
					name: 'mass_g',
					kind: 'numeric',
					values: Array.from({ length: 40 }, (_, i) => 3000 + (i % 2) * 2000 + i),
					missing: 0
				},
				{
					name: 'length_mm',
					kind: 'numeric',
					values: Array.from({ length: 40 }, (_, i) => 40 + (i % 5)),
					missing: 0
				}
			]
		};
		state.useUpload(upload);
		for (let q = 1; q <= 6; q++) {
			state.input.q = q;
			expect(state.questions.some((x) => x.form === 'predict')).toBe(false);
			expectWellFormedQuestions(state.questions, decode);
		}
	});

	it('scenarios name the exam’s answers, and the sums by hand match the stated points', async () => {
		const state = opened({});
		// every candidate builds once the worker's starts are in (here run in the page)
		await state.seedsTask.run();
		await state.oneMoreTask.run();
		const scenarioAnswers: Record<string, RegExp> = {
			'scenario-algorithm': /^K-Means$/,
			'scenario-scale-first': /^Standardise each feature/,
			'scenario-choose-k': /^No: inertia falls/,
			'scenario-restarts': /^Run several starts and keep the one with the lowest inertia$/,
			'scenario-shapes': /^Each k-means cluster is the region nearest one centroid/,
			'scenario-no-clusters': /^No: k-means returns k clusters even from evenly spread data/
		};
		for (let seed = 1; seed <= 30; seed++) {
			for (const candidate of kMeansCandidates(state.quizView!, seed)) {
				const q = candidate.make()!;
				const points = [...q.prompt.matchAll(/\((-?\d+), (-?\d+)\)/g)].map((m) => [
					Number(m[1]),
					Number(m[2])
				]);
				if (q.id === 'centroid-by-hand') {
					const mean = [0, 1].map((j) => points.reduce((s, p) => s + p[j], 0) / points.length);
					expect(answerOf(q)).toBe(`(${mean.join(', ')})`);
				} else if (q.id === 'inertia-by-hand') {
					const [centroid, ...members] = points;
					expect(q.answer).toBe(
						members.reduce((s, p) => s + (p[0] - centroid[0]) ** 2 + (p[1] - centroid[1]) ** 2, 0)
					);
				} else if (q.id in scenarioAnswers) expect(answerOf(q), q.id).toMatch(scenarioAnswers[q.id]);
			}
		}
	});

	it('asks whether a lower inertia alone proves a k better on the sweep’s own numbers past the knee, and answers no', () => {
		const state = opened({});
		const curve: SweepPoint[] = [4970 * 3, 4970 * 1.5, 4970, 584, 520, 464].map((inertia, i) => ({
			k: i + 1,
			inertia,
			silhouette: null
		}));
		const view = {
			...state.quizView!,
			sweep: curve,
			suggestion: { k: 4, method: 'Kneedle (Satopää et al., 2011)' as const, scores: [] }
		};
		const q = byId(view, 1, 'scenario-choose-k')!;
		expect(q.prompt).toContain('k = 5 and k = 6: the inertia is 520 and 464');
		expect(answerOf(q).startsWith('No')).toBe(true);
	});

	it('deals only the questions it builds, the same for a seed', () => {
		const state = opened({});
		expect(kMeansQuestions(state.quizView!, 4).map((q) => q.id)).toEqual(
			kMeansQuestions(state.quizView!, 4).map((q) => q.id)
		);
		const sets = new Set(
			Array.from({ length: 20 }, (_, q) =>
				kMeansQuestions(state.quizView!, q + 1)
					.map((x) => x.id)
					.join()
			)
		);
		expect(sets.size).toBeGreaterThan(5);
		// the last frame has no next assign step
		const end = opened({ step: 10_000 });
		expect(end.atEnd).toBe(true);
		expect(frameCount(end.run!.history) - 1).toBe(end.frame!.index);
		expect(kMeansCandidates(end.quizView!, 1).map((c) => c.id)).not.toContain('next-assign');
	});
});
