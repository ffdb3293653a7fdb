/**
 * k-means clustering (Lloyd's algorithm), the elbow curve, the silhouette and
 * a published elbow finder, agreeing with scikit-learn's `KMeans`,
 * `silhouette_samples` and `silhouette_score` except where a comment says
 * otherwise.
 *
 * What matches scikit-learn (`sklearn/cluster/_kmeans.py`):
 * - k-means++ is the greedy variant: each new centre is the best of
 *   2 + floor(ln k) candidates sampled by D², the one that lowers the
 *   potential (inertia) most (`_kmeans_plusplus`); 'random' takes k distinct
 *   rows.
 * - Convergence (`_kmeans_single_lloyd`): stop when the labels did not change
 *   ("strict convergence") or when the squared centroid shift, summed over
 *   all centroids (the squared Frobenius norm), is at most
 *   tol · mean(var(X, axis=0)) (`_tolerance`). The final labels are always
 *   the assignment to the final centroids.
 * - An empty cluster is moved onto the point farthest from its own centroid,
 *   which leaves its old cluster (`_relocate_empty_clusters_dense`).
 * - Of nInit runs, the one with the lowest inertia wins; a later run must be
 *   strictly lower and not the same partition (`_is_same_clustering`), so
 *   rounding noise does not swap equal answers.
 * - `iterations` is scikit-learn's `n_iter_`.
 *
 * Where it differs: the random streams are this engine's (see random.ts), so
 * the same seed does not give scikit-learn's centres; distances are computed
 * as Σ(x − c)² rather than ‖x‖² − 2x·c + ‖c‖², so they are never negative;
 * nInit defaults to 10 whatever the init (scikit-learn's 'auto' runs
 * k-means++ once).
 *
 * Data are copied into one flat Float64Array (row-major) and every loop runs
 * over typed arrays: 10,000 × 2 with k = 5 and 10 inits takes a few tens of
 * milliseconds.
 */
import { flatten, toRows, type FlatData } from './flatData';
import { show } from './show';
import type { ElbowPoint } from './kneedle';
import { bestRuns, type RunsPlan } from './kmeansRuns';
import {
	assignInto,
	lloyd,
	meanFeatureVariance,
	squaredDistance,
	type RunOutcome,
	type RunSettings
} from './lloyd';
import { checkMatrix } from './stats';

export { silhouetteSamples, silhouetteScore } from './silhouette';
export { suggestK } from './kneedle';
export type { ElbowPoint, KneeSuggestion } from './kneedle';
import type { KMeansInit, KMeansRun, KMeansStep } from './kmeansTypes';
// Defined a level down so kmeansRuns and lloyd need not import this module back.
export type { KMeansInit, KMeansRun, KMeansStep } from './kmeansTypes';

/** Options of {@link kMeans}; every field is optional. */
export interface KMeansOptions {
	/** Safe integer seeding the initialisation (default 0). Same seed, same result. */
	seed?: number;
	/** 'k-means++' (default) or 'random' (k distinct rows, as scikit-learn's init='random'). */
	init?: KMeansInit;
	/** Number of runs from different starts; the lowest inertia wins (default 10). */
	nInit?: number;
	/** Most Lloyd iterations per run (default 300). */
	maxIter?: number;
	/** Relative tolerance on the centroid shift, scaled by the mean feature variance (default 1e-4). */
	tol?: number;
	/**
	 * Explicit starting centroids (k rows of as many features as X), e.g. where
	 * a learner clicked. `init` is then unused and there is one run, as
	 * scikit-learn does for an array `init`.
	 */
	initialCentroids?: readonly (readonly number[])[];
	/** Record the best run's steps in `history` (default true); false leaves it empty. */
	recordHistory?: boolean;
	/** Checked between runs and between iterations; once aborted, the call throws the signal's reason. */
	signal?: AbortSignal;
}

/** Output of {@link kMeans}: the best run. */
export interface KMeansResult {
	/** k rows, in the units of X. */
	centroids: number[][];
	/** Cluster of each sample, in [0, k): the nearest final centroid. */
	labels: number[];
	/** Sum of squared distances of the samples to their centroids (scikit-learn's `inertia_`). */
	inertia: number;
	/**
	 * Lloyd iterations as scikit-learn's `n_iter_` counts them: when the labels
	 * stop changing, it counts the last update that moved nothing, so this can
	 * be one more than `history.length − 1` (never more than maxIter).
	 */
	iterations: number;
	/** False when the best run stopped at maxIter without converging. */
	converged: boolean;
	/**
	 * The best run, frame by frame (empty when `recordHistory` is false).
	 * `history[0]` holds the initial centroids and the labels assigned to them;
	 * `history[t]` (t ≥ 1) holds the centroids after the t-th update step (the
	 * means of `history[t − 1].labels`, with any empty cluster relocated) and
	 * the labels assigned to them. The last entry equals the result.
	 *
	 * To animate: show frame t's labels with frame t's centroids ("assign"),
	 * then move the centroids to frame t + 1's while keeping frame t's colours
	 * ("update"), then recolour with frame t + 1's labels ("assign"), and so on.
	 */
	history: KMeansStep[];
	/** Every run's seed, inertia and iteration count (one entry for explicit centroids). */
	runs: KMeansRun[];
}

/** Options of {@link kMeansSweep} and {@link elbowCurve}: those of kMeans (except explicit centroids) plus progress. */
export interface ElbowOptions extends Omit<KMeansOptions, 'initialCentroids' | 'recordHistory'> {
	/** Called after each run with the runs done and the total (distinct ks × nInit). */
	onProgress?: (done: number, total: number) => void;
}

// An option this large is a typo, not a request: refuse it rather than spin for minutes.
const MAX_RUNS = 1000;
const MAX_ITER_LIMIT = 100_000;

function checkCentroids(where: string, centroids: readonly (readonly number[])[], d: number): Float64Array {
	const cd = checkMatrix(`${where}: centroids`, centroids);
	if (cd !== d) throw new Error(`${where}: centroids have ${cd} features but X has ${d}`);
	const flat = new Float64Array(centroids.length * d);
	centroids.forEach((row, c) => row.forEach((v, j) => (flat[c * d + j] = v)));
	return flat;
}

function checkInteger(where: string, name: string, v: unknown, min: number, max: number): number {
	if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
		throw new Error(`${where}: ${name} is ${show(v)}; it must be an integer from ${min} to ${max}`);
	}
	return v;
}

function checkK(where: string, k: unknown, n: number): number {
	if (typeof k !== 'number' || !Number.isInteger(k) || k < 1) {
		throw new Error(`${where}: k is ${show(k)}; it must be an integer >= 1`);
	}
	if (k > n) {
		throw new Error(
			`${where}: k is ${k} but X has only ${n} sample(s); k cannot exceed the number of samples`
		);
	}
	return k;
}

/** kMeans' default `tol`, scikit-learn's. */
export const DEFAULT_TOL = 1e-4;

function absoluteTolerance(flat: FlatData, tol: number): number {
	return tol * meanFeatureVariance(flat);
}

/**
 * The squared centroid shift under which a run of kMeans on X stops (scikit-learn's
 * `_tolerance`): tol times the mean over features of their population variance.
 * Throws for a bad X, as kMeans does.
 */
export function kMeansTolerance(X: readonly (readonly number[])[], tol = DEFAULT_TOL): number {
	return absoluteTolerance(flatten('kMeansTolerance', X), tol);
}

/** The validated options of kMeans, with defaults filled in and tol made absolute. */
function plan(where: string, options: KMeansOptions, k: number, flat: FlatData): RunsPlan {
	const { d } = flat;
	const {
		seed = 0,
		init = 'k-means++',
		nInit = 10,
		maxIter = 300,
		tol = DEFAULT_TOL,
		initialCentroids,
		signal
	} = options;
	if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
		throw new Error(`${where}: seed is ${show(seed)}; it must be a safe integer`);
	}
	if (init !== 'k-means++' && init !== 'random') {
		throw new Error(`${where}: init is ${show(init)}; it must be 'k-means++' or 'random'`);
	}
	checkInteger(where, 'nInit', nInit, 1, MAX_RUNS);
	checkInteger(where, 'maxIter', maxIter, 1, MAX_ITER_LIMIT);
	if (typeof tol !== 'number' || !Number.isFinite(tol) || tol < 0) {
		throw new Error(`${where}: tol is ${show(tol)}; it must be a finite number >= 0`);
	}
	let start: Float64Array | undefined;
	if (initialCentroids !== undefined) {
		start = checkCentroids(`${where}: initialCentroids`, initialCentroids, d);
		if (initialCentroids.length !== k) {
			throw new Error(
				`${where}: initialCentroids has ${initialCentroids.length} rows but k is ${k}; give one row per cluster`
			);
		}
	}
	return {
		seed,
		init,
		nInit: start ? 1 : nInit,
		maxIter,
		tolerance: absoluteTolerance(flat, tol),
		start,
		signal
	};
}

/**
 * k-means clustering by Lloyd's algorithm, best of `nInit` starts.
 *
 * Inputs: `X`, rows × features (non-empty, finite, not ragged); `k`, an
 * integer from 1 to the number of rows; {@link KMeansOptions}.
 * Output: {@link KMeansResult}. Deterministic for a seed: run i of nInit is
 * reproduced alone by `kMeans(X, k, { ...options, seed: result.runs[i].seed, nInit: 1 })`.
 * The history is recorded by running the best start once more, so the runs
 * that lose cost nothing to keep.
 * Throws for bad X (naming the row and column), k < 1, k > n, a non-integer
 * k, a bad option, initial centroids of the wrong shape, or when `signal` is
 * aborted (with its reason).
 */
export function kMeans(
	X: readonly (readonly number[])[],
	k: number,
	options: KMeansOptions = {}
): KMeansResult {
	const flat = flatten('kMeans', X);
	checkK('kMeans', k, flat.n);
	const p = plan('kMeans', options, k, flat);
	const best = bestRuns(flat, [k], p).get(k)!;
	// Replaying the winning start is deterministic, so it retraces the same steps.
	const settings: RunSettings = { k, maxIter: p.maxIter, tolerance: p.tolerance, signal: p.signal };
	const outcome = options.recordHistory === false ? best.outcome : lloyd(flat, best.start, settings, true);
	return result(outcome, best.runs, k, flat.d);
}

/** A run's outcome as the public result, with every run that was made for its k. */
function result(outcome: RunOutcome, runs: KMeansRun[], k: number, d: number): KMeansResult {
	return {
		centroids: toRows(outcome.centroids, k, d),
		labels: Array.from(outcome.labels),
		inertia: outcome.inertia,
		iterations: outcome.iterations,
		converged: outcome.converged,
		history: outcome.history,
		runs
	};
}

/**
 * k-means for several k at once: for each entry of `ks`, what kMeans(X, k, options) gives
 * without history, the same runs and the same result, found faster (the starts of one seed
 * are shared between the values of k; see kmeansRuns.ts).
 * Inputs: `X` as for kMeans; `ks`, a non-empty array of integers from 1 to n (any order; the
 * output keeps it); {@link ElbowOptions}, the same for every k.
 * Output: one result per entry of ks, with its k and an empty history. `onProgress(done, total)`
 * is called after each run (total = distinct ks × nInit), and `signal` is checked before each
 * run and inside it.
 * Throws as kMeans does, or for an empty or bad `ks`.
 */
export function kMeansSweep(
	X: readonly (readonly number[])[],
	ks: readonly number[],
	options: ElbowOptions = {}
): (KMeansResult & { k: number })[] {
	const flat = flatten('kMeansSweep', X);
	if (!Array.isArray(ks) || ks.length === 0)
		throw new Error('kMeansSweep: ks must be a non-empty array of integers');
	ks.forEach((k, i) => checkK(`kMeansSweep: ks[${i}]`, k, flat.n));
	const { onProgress, ...rest } = options;
	// explicit centroids fit one k only: a sweep never takes them, even from an untyped caller
	const p = plan('kMeansSweep', { ...rest, initialCentroids: undefined }, ks[0], flat);
	const total = new Set(ks).size * p.nInit;
	let done = 0;
	const best = bestRuns(flat, ks, p, () => onProgress?.(++done, total));
	return ks.map((k) => {
		const { outcome, runs } = best.get(k)!;
		return { k, ...result(outcome, runs, k, flat.d) };
	});
}

/**
 * The elbow curve: the best k-means inertia for each k.
 * Inputs and progress as {@link kMeansSweep}.
 * Output: `{ k, inertia }` per entry of ks, the inertia kMeans(X, k, options) gives.
 * Throws as kMeans does, or for an empty or bad `ks`.
 */
export function elbowCurve(
	X: readonly (readonly number[])[],
	ks: readonly number[],
	options: ElbowOptions = {}
): ElbowPoint[] {
	return kMeansSweep(X, ks, options).map(({ k, inertia }) => ({ k, inertia }));
}

/**
 * The nearest centroid of each sample (ties to the lower index), as
 * scikit-learn's `KMeans.predict`.
 * Inputs: `X`, rows × features; `centroids`, at least one row of as many features.
 * Output: one label in [0, centroids.length) per row of X.
 * Throws for bad X or centroids, or a feature-count mismatch.
 */
export function assignLabels(
	X: readonly (readonly number[])[],
	centroids: readonly (readonly number[])[]
): number[] {
	const flat = flatten('assignLabels', X);
	const flatCentroids = checkCentroids('assignLabels', centroids, flat.d);
	const labels = new Int32Array(flat.n);
	assignInto(flat, flatCentroids, centroids.length, labels, new Float64Array(flat.n));
	return Array.from(labels);
}

/**
 * Inertia of a given assignment: Σ_i ‖X[i] − centroids[labels[i]]‖².
 * Inputs: `X`, rows × features; `labels`, one integer in [0, centroids.length)
 * per row; `centroids`, rows of as many features as X.
 * Output: the sum, in units of X squared (0 when every sample sits on its centroid).
 * Throws for bad X or centroids, a length mismatch, or a label out of range.
 */
export function inertiaOf(
	X: readonly (readonly number[])[],
	labels: readonly number[],
	centroids: readonly (readonly number[])[]
): number {
	const flat = flatten('inertiaOf', X);
	const flatCentroids = checkCentroids('inertiaOf', centroids, flat.d);
	if (!Array.isArray(labels) || labels.length !== flat.n) {
		throw new Error(`inertiaOf: labels must hold one label per row of X (${flat.n})`);
	}
	let inertia = 0;
	for (let i = 0; i < flat.n; i++) {
		const c = checkInteger('inertiaOf', `labels[${i}]`, labels[i], 0, centroids.length - 1);
		inertia += squaredDistance(flat.data, i, flatCentroids, c, flat.d);
	}
	return inertia;
}
