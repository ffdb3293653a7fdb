/**
 * What the k-means page says, checked on the numbers of the state it builds: for the default
 * and for each data source it offers (its stories), over several data and start seeds.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadDataset } from '$lib/ml/datasets';
import { kMeans, suggestK } from '$lib/ml/kmeans';
import { formatShort } from '$lib/format/format';
import { kMeansCodec, type KMeansUrlState } from '$lib/widgets/k-means/codec';
import { fromTable, generated } from '$lib/widgets/k-means/data';
import { failureNote, startsEnding } from '$lib/widgets/k-means/failures';
import { KMeansState } from '$lib/widgets/k-means/State.svelte';
import { clusterCount, inertiaRises, sweep, type SweepPoint } from '$lib/jobs/kmeansSweep';

const staticDir = fileURLToPath(new URL('../../static', import.meta.url));
const diskFetch = (async (input: RequestInfo | URL) =>
	new Response(await readFile(`${staticDir}${String(input)}`, 'utf8'))) as typeof fetch;
const tables = {
	iris: await loadDataset('iris', { fetch: diskFetch }),
	penguins: await loadDataset('penguins', { fetch: diskFetch })
};

function opened(link: Partial<KMeansUrlState>): KMeansState {
	const state = new KMeansState();
	state.realTables.loaded = tables;
	state.load(kMeansCodec.encode({ ...kMeansCodec.defaults(), ...link }));
	return state;
}
const elbow = (X: number[][]) =>
	sweep(
		{ type: 'sweep', X, ks: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], init: 'k-means++', seed: 1, nInit: 10 },
		() => {}
	);
const dataSeeds = [1, 2, 3];

describe('the elbow panel: “the inertia falls at every k”', () => {
	it('holds for every generated source over data seeds, and for both tables raw and standardised', () => {
		for (const src of ['blobs', 'aniso', 'moons', 'circles', 'uniform'] as const)
			for (const dseed of dataSeeds)
				expect(inertiaRises(elbow(opened({ src, dseed }).X)), `${src} ${dseed}`).toEqual([]);
		for (const name of ['iris', 'penguins'] as const)
			for (const scale of [false, true]) {
				const data = fromTable(tables[name], 'species', scale, 1);
				if (typeof data === 'string') throw new Error(data);
				expect(inertiaRises(elbow(data.X)), `${name} ${scale}`).toEqual([]);
			}
	}, 60_000);

	it('names the k where a sweep’s inertia rises, and only that k', () => {
		const curve: SweepPoint[] = [100, 60, 61, 30].map((inertia, i) => ({
			k: i + 1,
			inertia,
			silhouette: null
		}));
		expect(inertiaRises(curve)).toEqual([3]);
	});
});

describe('the failure notes and the elbow on each source', () => {
	it('round blobs: k-means finds the four true groups on every seed, and the knee is at 4', () => {
		for (const dseed of dataSeeds)
			for (const seed of [1, 2, 3]) {
				const state = opened({ dseed, seed });
				expect(state.agreement!).toBeGreaterThanOrEqual(0.9);
				expect(state.failure?.title).toBe('k-means finds the true groups');
			}
		for (const dseed of dataSeeds) {
			const curve = elbow(opened({ dseed }).X);
			expect(suggestK(curve.map(({ k, inertia }) => ({ k, inertia })))?.k).toBe(4);
		}
	}, 30_000);

	it('stretched blobs: each is longer than the gap; the note counts the points nearer another group’s centre, and says why k-means prefers its cut', () => {
		// long axis: 4 standard deviations of 1.217 · spread 1 = 4.9 > the gap of 1.5 between centres
		expect(4 * 1.217).toBeGreaterThan(1.5);
		for (const dseed of [1, 2, 3, 4]) {
			const state = opened({ src: 'aniso', dseed });
			const note = state.failure!;
			expect(note.title).toBe('Stretched clusters mislead k-means');
			expect(note.text).toContain('about 6 times longer than wide and longer than the gap to its neighbour');
			const { X, truth } = state.points!;
			const means = [0, 1, 2, 3].map((g) => {
				const members = X.filter((_, i) => truth![i] === g);
				return [0, 1].map((j) => members.reduce((s, p) => s + p[j], 0) / members.length);
			});
			const misplaced = X.filter((p, i) => {
				const d = means.map((m) => (p[0] - m[0]) ** 2 + (p[1] - m[1]) ** 2);
				return d.indexOf(Math.min(...d)) !== truth![i];
			}).length;
			if (misplaced > 0)
				expect(note.text).toContain(`so ${misplaced} points lie nearer another group's centre`);
			else expect(note.text).not.toContain('nearer another group');
			// k-means' own measure prefers its cut: the true groups' inertia is higher than the run's
			expect(note.text).toMatch(/by the only measure k-means has, its own answer is the better one/);
		}
		// short stripes (spread 0.5): k-means finds them, and the note counts the points nearer another centre
		const short = opened({ src: 'aniso', spread: 0.5 });
		expect(short.failure?.title).toBe('k-means finds the true groups');
		expect(short.failure?.text).toMatch(
			/every point is still nearest its own group’s centre|only \d+ points? lies? nearer another group’s centre/
		);
	});

	it('two rings: k-means cuts both rings in half (each cluster holds 30–70% of each ring)', () => {
		for (const dseed of dataSeeds) {
			const state = opened({ src: 'circles', k: 2, dseed });
			expect(state.failure?.text).toContain('cuts the rings in half');
			const { truth } = state.points!;
			const labels = state.run!.labels;
			for (const ring of [0, 1]) {
				const members = labels.filter((_, i) => truth![i] === ring);
				const share = members.filter((c) => c === 0).length / members.length;
				expect(share, `data seed ${dseed}, ring ${ring}`).toBeGreaterThan(0.3);
				expect(share).toBeLessThan(0.7);
			}
		}
	});

	it('two moons: k-means cuts across them (each cluster holds a tenth or more of the other moon)', () => {
		for (const dseed of dataSeeds) {
			const state = opened({ src: 'moons', k: 2, dseed });
			expect(state.failure?.text).toContain('cuts across the moons');
			const { truth } = state.points!;
			const labels = state.run!.labels;
			for (const cluster of [0, 1]) {
				const members = truth!.filter((_, i) => labels[i] === cluster);
				const minority = Math.min(
					members.filter((t) => t === 0).length,
					members.filter((t) => t === 1).length
				);
				expect(minority / members.length, `data seed ${dseed}`).toBeGreaterThanOrEqual(0.1);
			}
		}
	});

	it('uniform noise: k-means still returns k clusters, whatever k', () => {
		for (const dseed of dataSeeds)
			for (const k of [2, 4, 7]) {
				const state = opened({ src: 'uniform', k, dseed });
				expect(clusterCount(state.run!.labels)).toBe(k);
				expect(state.failure?.text).toContain(`k-means still returns ${k} clusters: it always does`);
			}
	});

	it('penguins raw: body mass’s units dominate (the note says so); iris in cm: no units warning', () => {
		const penguins = opened({ src: 'penguins', k: 3 });
		expect(penguins.failure?.title).toBe('One feature’s units dominate the distances');
		expect(penguins.failure?.text).toContain('“body_mass_g” has a standard deviation of 800.8');
		const iris = opened({ src: 'iris', k: 3 });
		expect(iris.failure?.text).not.toContain('standard deviation');
		// the note on iris says the true groups are no better by k-means' own measure; before the ten starts arrive it claims nothing about them
		expect(iris.failure?.title).toBe('Partly right');
		expect(iris.failure?.text).toContain('by the only measure k-means has, its own answer is the better one');
	});

	it('a run’s inertia is the same one-start run the link reproduces (the stepper’s numbers)', () => {
		const state = opened({ init: 'random', seed: 3 });
		expect(state.run!.inertia).toBe(
			kMeans(generated(state.input).X, 4, { init: 'random', seed: 3, nInit: 1 }).inertia
		);
	});
});

describe('the note against the ten starts of the seeds table', () => {
	/** What the seeds table prints for a start: its inertia to 4 significant digits, and its percentage above the best to 1 decimal. */
	const printed = (v: number) => Number(v.toPrecision(4));
	const percentAbove = (v: number, best: number) => ((v / best - 1) * 100).toFixed(1);

	it('wide blobs (spread 5): says another start ends lower exactly when the table shows one lower, never “no start would do better”', () => {
		const seen = { lower: 0, none: 0 };
		for (const dseed of [1, 2, 3])
			for (const seed of [1, 2, 3, 4]) {
				const state = opened({ spread: 5, dseed, seed });
				const { X } = state;
				// the seeds table, recomputed from the engine: one k-means++ start per seed 1…10
				const starts = Array.from(
					{ length: 10 },
					(_, i) => kMeans(X, 4, { init: 'k-means++', seed: i + 1, nInit: 1 }).inertia
				);
				const best = Math.min(...starts);
				const mine = state.run!.inertia;
				const note = failureNote(state.input, state.points!, {
					agreement: state.agreement,
					inertia: mine,
					best: { inertia: best, from: 'the best of the 10 starts below' },
					sweep: null,
					suggestion: null,
					bestSilhouette: null,
					groupsInertia: state.groupsInertia
				})!;
				expect(note.title).not.toContain('would do better');
				const tableShowsLower =
					best < mine && (printed(best) < printed(mine) || percentAbove(mine, best) !== '0.0');
				const context = `data seed ${dseed}, start seed ${seed}: ${mine} against ${best}`;
				if (tableShowsLower) {
					seen.lower++;
					expect(note.title, context).toBe('Partly right; another start ends a little lower');
					expect(note.text).toContain(`ends at ${formatShort(best)}, this start at ${formatShort(mine)}`);
				} else if (note.title.startsWith('Partly right')) {
					seen.none++;
					expect(note.title, context).toBe('Partly right, and no start tried ends lower');
				}
			}
		// both cases occur on these seeds, so neither branch goes untested
		expect(seen.lower).toBeGreaterThan(0);
		expect(seen.none).toBeGreaterThan(0);
	}, 30_000);

	it('“1 of 10 starts ends”, “3 of 10 starts end”', () => {
		expect(startsEnding(1, 10)).toBe('1 of 10 starts ends');
		expect(startsEnding(3, 10)).toBe('3 of 10 starts end');
		expect(startsEnding(0, 1)).toBe('0 of 1 start end');
	});
});

describe('where a table’s row count is shown', () => {
	it('penguins: says 2 of the 344 rows are left out for a missing value, and k-means uses the other 342', async () => {
		// counted here from the file itself: rows with an empty numeric cell (columns 3 to 6)
		const lines = (await readFile(`${staticDir}/data/penguins.csv`, 'utf8')).trim().split('\n').slice(1);
		const incomplete = lines.filter((line) =>
			line
				.split(',')
				.slice(2, 6)
				.some((cell) => cell === '')
		).length;
		expect([lines.length, incomplete]).toEqual([344, 2]);
		const state = opened({ src: 'penguins', k: 3 });
		expect(state.X).toHaveLength(lines.length - incomplete);
		expect(state.rowsNote).toBe(
			'2 rows of the 344 have a missing value and are left out: k-means uses 342 rows.'
		);
		// iris has no missing value: nothing to say; generated data have no file rows
		expect(opened({ src: 'iris', k: 3 }).rowsNote).toBeNull();
		expect(opened({}).rowsNote).toBeNull();
	});
});
