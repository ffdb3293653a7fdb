/**
 * The k-means story: every step opened as its link or a click opens it, at several seeds where
 * the step leaves them free, says what the numbers show. Each number a step quotes is
 * recomputed here: the run by the engine's kMeans from the points on screen, the agreement by
 * adjustedRandScore, the groups' inertia and the penguins' spreads by plain sums.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { adjustedRandScore } from '$lib/ml/agreement';
import { kMeans } from '$lib/ml/kmeans';
import { formatFixed, formatShort, formatValue } from '$lib/format/format';
import { kMeansCodec } from '$lib/widgets/k-means/codec';
import { KMeansState } from '$lib/widgets/k-means/State.svelte';
import { openTablePage } from './tablePage';
import { groupsInertia } from './kMeansByHand';

const seeds = [1, 2, 3, 4];
const open = (query = '') => openTablePage(() => new KMeansState(), query);

/** The page at step `id` (opened as a click on the step does), then the seeds the step leaves free. */
function storyState(id: string, seeds: { seed?: number; dseed?: number } = {}): KMeansState {
	const state = open();
	state.applyStep(state.steps.find((step) => step.id === id)!);
	Object.assign(state.input, seeds);
	expect(state.storyStep?.id).toBe(id);
	return state;
}

/** The run on screen, by the engine: one start from the step's seed. */
function runOf(state: KMeansState) {
	const { init, seed, k } = state.input;
	return kMeans(state.points!.X, k, { init: init as 'k-means++' | 'random', seed, nInit: 1 });
}

const ari = (v: number) => formatFixed(v, 2);

function expectClean(text: string) {
	expect(text).not.toMatch(/NaN|Infinity|undefined|null/);
}

describe('k-means story', () => {
	it('has 3–5 steps, each link opening its own step', () => {
		const state = open();
		expect(state.steps.length).toBeGreaterThanOrEqual(3);
		expect(state.steps.length).toBeLessThanOrEqual(5);
		for (const step of state.steps) {
			const query = state.stepLink(step).slice(1);
			const opened = open(query);
			expect(opened.storyStep?.id).toBe(step.id);
			expect(kMeansCodec.encode(opened.input).toString()).toBe(query);
		}
	});

	it.each(seeds)(
		'seed %i, Lloyd on round blobs: the inertia falls and the clusters are the blobs',
		(seed) => {
			const state = storyState('lloyd', { seed, dseed: seed });
			const story = state.storyText!;
			const run = runOf(state);
			const truth = state.points!.truth!;
			// after the first assign: each point's squared distance to its nearest starting centroid
			const starts = run.history[0].centroids;
			const firstAssign = state.points!.X.reduce(
				(s, p) => s + Math.min(...starts.map((c) => (p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2)),
				0
			);
			expect(adjustedRandScore(truth, run.labels)).toBeGreaterThanOrEqual(0.9);
			expect(story.holds).toBe(true);
			expect(story.text).toContain(
				`falls from ${formatShort(firstAssign)} after the first assign to ${formatShort(run.inertia)}`
			);
			expect(story.text).toContain(
				`match the 4 blobs (agreement ${ari(adjustedRandScore(truth, run.labels))})`
			);
			expectClean(story.text);
		}
	);

	it('a bad start: random rows end far above the blobs’ own inertia', () => {
		const state = storyState('bad-start');
		const story = state.storyText!;
		const run = runOf(state);
		const blobs = groupsInertia(state.points!.X, state.points!.truth!);
		expect(run.inertia).toBeGreaterThan(2 * blobs);
		expect(story.holds).toBe(true);
		expect(story.text).toContain(
			`stops at inertia ${formatShort(run.inertia)}, against ${formatShort(blobs)} for the blobs themselves`
		);
		expectClean(story.text);
	});

	it.each(seeds)('seed %i, moons: k-means cuts across them and prefers its own cut', (seed) => {
		const state = storyState('moons', { seed, dseed: seed });
		const story = state.storyText!;
		const run = runOf(state);
		const moons = groupsInertia(state.points!.X, state.points!.truth!);
		const agreement = adjustedRandScore(state.points!.truth!, run.labels);
		expect(agreement).toBeLessThan(0.5);
		expect(moons).toBeGreaterThan(run.inertia);
		expect(story.holds).toBe(true);
		expect(story.text).toContain(`across the moons (agreement ${ari(agreement)})`);
		expect(story.text).toContain(
			`The moons' own inertia, ${formatShort(moons)}, is higher than these clusters' ${formatShort(run.inertia)}`
		);
		expectClean(story.text);
	});

	/** The penguins' complete rows, read from the CSV: body mass and bill depth in their own units. */
	function penguinSpreads() {
		const [, ...lines] = readFileSync('static/data/penguins.csv', 'utf8').trim().split('\n');
		const rows = lines
			.map((line) => line.split(','))
			.filter((cells) => cells.slice(2, 6).every((c) => c !== 'NA' && c !== ''));
		const sd = (j: number) => {
			const x = rows.map((cells) => Number(cells[j]));
			const m = x.reduce((s, v) => s + v, 0) / x.length;
			return Math.sqrt(x.reduce((s, v) => s + (v - m) ** 2, 0) / x.length);
		};
		return { mass: sd(5), depth: sd(3) };
	}

	it.each(seeds)('seed %i, penguins unscaled: body mass decides every distance', (seed) => {
		const state = storyState('units', { seed });
		const story = state.storyText!;
		const { mass, depth } = penguinSpreads();
		const agreement = adjustedRandScore(state.points!.truth!, runOf(state).labels);
		expect(mass / depth).toBeGreaterThan(10);
		expect(agreement).toBeLessThan(0.5);
		expect(story.holds).toBe(true);
		expect(story.text).toContain(
			`body_mass_g has a standard deviation of ${formatValue(mass)} against ${formatValue(depth)} for bill_depth_mm`
		);
		expect(story.text).toContain(`(agreement ${ari(agreement)})`);
		expectClean(story.text);
	});

	it.each(seeds)('seed %i, penguins standardised: the clusters match the species better', (seed) => {
		const state = storyState('scaled', { seed });
		const story = state.storyText!;
		const scaled = adjustedRandScore(state.points!.truth!, runOf(state).labels);
		const raw = open(`src=penguins&k=3&seed=${seed}`);
		const unscaled = adjustedRandScore(raw.points!.truth!, runOf(raw).labels);
		expect(scaled).toBeGreaterThan(unscaled);
		expect(story.holds).toBe(true);
		expect(story.text).toContain(`rises from ${ari(unscaled)} unscaled to ${ari(scaled)}`);
		expectClean(story.text);
	});

	it('a step stays while the run is stepped through and goes when k changes', () => {
		const state = storyState('moons', { seed: 1 });
		state.step(1);
		expect(state.storyStep?.id).toBe('moons');
		state.set('k', 3);
		expect(state.storyStep).toBeNull();
	});
});
