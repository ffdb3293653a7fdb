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
import { createRng, type Rng } from './random';
import { checkMatrix } from './stats';

/** How the first centroids of a run are chosen. */
export type KMeansInit = 'k-means++' | 'random';

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

/**
 * One frame of the k-means animation: a set of centroids and the assignment
 * of every point to the nearest of THOSE centroids.
 */
export interface KMeansStep {
	/** k rows, in the units of X. */
	centroids: number[][];
	/** For each sample, the index of its nearest centroid in `centroids` (ties go to the lower index). */
	labels: number[];
	/** Σ squared distance from each sample to `centroids[labels[i]]`, in units of X squared. */
	inertia: number;
}

/** Summary of one of the nInit runs, in the order they ran. */
export interface KMeansRun {
	/** The seed that reproduces this run alone: kMeans(X, k, { ...options, seed, nInit: 1 }). */
	seed: number;
	inertia: number;
	/** scikit-learn's n_iter_ for this run. */
	iterations: number;
	/** False when the run stopped at maxIter without meeting either convergence test. */
	converged: boolean;
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

/** One point of an elbow curve. */
export interface ElbowPoint {
	k: number;
	/** The best inertia of kMeans with this k, in units of X squared. */
	inertia: number;
}

/** Options of {@link elbowCurve}: those of kMeans (except explicit centroids) plus progress. */
export interface ElbowOptions extends Omit<KMeansOptions, 'initialCentroids' | 'recordHistory'> {
	/** Called after each k with the number of k values done and the total. */
	onProgress?: (done: number, total: number) => void;
}

/** Output of {@link suggestK}. */
export interface KneeSuggestion {
	/** The k at the knee of the curve. */
	k: number;
	method: 'Kneedle (Satopää et al., 2011)';
	/** The Kneedle difference curve, one entry per point of the curve, sorted by k; the knee is its maximum. */
	scores: { k: number; score: number }[];
}

const KNEEDLE = 'Kneedle (Satopää et al., 2011)';

// An option this large is a typo, not a request: refuse it rather than spin for minutes.
const MAX_RUNS = 1000;
const MAX_ITER_LIMIT = 100_000;

// silhouetteSamples keeps an n × (number of clusters) table of distance sums
// (each pair is measured once) up to this many entries (16 MB); beyond it, it
// measures each pair twice with one row of sums, in O(n + clusters) memory.
const PAIR_TABLE_LIMIT = 1 << 21;

/** Describes a bad value for an error message, so NaN and strings read clearly. */
function show(v: unknown): string {
	if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
	if (typeof v === 'string') return `the string "${v}"`;
	return String(v);
}

/** X as one row-major Float64Array, after checking it (non-empty, finite, not ragged). */
interface FlatData {
	data: Float64Array;
	n: number;
	d: number;
}

function flatten(where: string, X: readonly (readonly number[])[]): FlatData {
	const d = checkMatrix(`${where}: X`, X);
	const n = X.length;
	const data = new Float64Array(n * d);
	for (let i = 0; i < n; i++) {
		const row = X[i];
		for (let j = 0; j < d; j++) data[i * d + j] = row[j];
	}
	return { data, n, d };
}

function toRows(flat: Float64Array, rows: number, d: number): number[][] {
	const out: number[][] = new Array<number[]>(rows);
	for (let r = 0; r < rows; r++) out[r] = Array.from(flat.subarray(r * d, (r + 1) * d));
	return out;
}

function checkCentroids(where: string, centroids: readonly (readonly number[])[], d: number): Float64Array {
	const cd = checkMatrix(`${where}: centroids`, centroids);
	if (cd !== d) throw new Error(`${where}: centroids have ${cd} features but X has ${d}`);
	const flat = new Float64Array(centroids.length * d);
	centroids.forEach((row, c) => row.forEach((v, j) => (flat[c * d + j] = v)));
	return flat;
}

/** Squared distance between row i of `data` and row c of `centroids`. */
function squaredDistance(data: Float64Array, i: number, centroids: Float64Array, c: number, d: number): number {
	let sum = 0;
	const oi = i * d;
	const oc = c * d;
	for (let j = 0; j < d; j++) {
		const diff = data[oi + j] - centroids[oc + j];
		sum += diff * diff;
	}
	return sum;
}

/**
 * The assignment (E) step: each sample to its nearest centroid, ties to the
 * lower index (scikit-learn's loop keeps the first minimum).
 * Writes `labels` and each sample's squared distance to its centroid into
 * `distances`; returns the inertia (their sum).
 */
function assignInto(
	flat: FlatData,
	centroids: Float64Array,
	k: number,
	labels: Int32Array,
	distances: Float64Array
): number {
	const { data, n, d } = flat;
	let inertia = 0;
	for (let i = 0; i < n; i++) {
		let best = 0;
		let bestDistance = squaredDistance(data, i, centroids, 0, d);
		for (let c = 1; c < k; c++) {
			const dist = squaredDistance(data, i, centroids, c, d);
			if (dist < bestDistance) {
				bestDistance = dist;
				best = c;
			}
		}
		labels[i] = best;
		distances[i] = bestDistance;
		inertia += bestDistance;
	}
	return inertia;
}

/**
 * The update (M) step: each centroid to the mean of its samples, written into
 * `next`. An empty cluster is relocated as scikit-learn's
 * `_relocate_empty_clusters_dense`: the samples farthest from their own
 * (current) centroid are taken in decreasing distance, one per empty cluster;
 * the sample becomes that cluster's only member and leaves its old one. The
 * labels are not rewritten; the next assignment step does that. One guard
 * scikit-learn lacks: a sample is not taken from a cluster it alone holds,
 * which could only happen with duplicate points, and would empty that cluster.
 * Returns the squared centroid shift summed over all centroids.
 */
function updateInto(
	flat: FlatData,
	labels: Int32Array,
	distances: Float64Array,
	current: Float64Array,
	k: number,
	next: Float64Array,
	counts: Int32Array
): number {
	const { data, n, d } = flat;
	next.fill(0);
	counts.fill(0);
	for (let i = 0; i < n; i++) {
		const c = labels[i];
		counts[c]++;
		const oi = i * d;
		const oc = c * d;
		for (let j = 0; j < d; j++) next[oc + j] += data[oi + j];
	}
	let empty = 0;
	for (let c = 0; c < k; c++) if (counts[c] === 0) empty++;
	if (empty > 0) {
		const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => distances[b] - distances[a] || a - b);
		let nextCandidate = 0;
		for (let c = 0; c < k; c++) {
			if (counts[c] !== 0) continue;
			// Some cluster holds two or more samples while one is empty (n >= k), so this ends.
			while (counts[labels[order[nextCandidate]]] < 2) nextCandidate++;
			const i = order[nextCandidate++];
			const old = labels[i];
			for (let j = 0; j < d; j++) {
				next[old * d + j] -= data[i * d + j];
				next[c * d + j] = data[i * d + j];
			}
			counts[old]--;
			counts[c] = 1;
		}
	}
	let shift = 0;
	for (let c = 0; c < k; c++) {
		const oc = c * d;
		for (let j = 0; j < d; j++) {
			next[oc + j] /= counts[c];
			const diff = next[oc + j] - current[oc + j];
			shift += diff * diff;
		}
	}
	return shift;
}

/** Index of the first entry of the non-decreasing `cumulative` that exceeds `target`, clipped to the last. */
function firstAbove(cumulative: Float64Array, target: number): number {
	let lo = 0;
	let hi = cumulative.length - 1;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (cumulative[mid] > target) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

/**
 * Greedy k-means++ seeding, as scikit-learn's `_kmeans_plusplus`. The idea is
 * Arthur & Vassilvitskii's ("k-means++: the advantages of careful seeding",
 * SODA 2007): the first centre is a uniformly random sample, each next one is
 * sampled with probability proportional to D², the squared distance to the
 * nearest centre chosen so far. The greedy variant (mentioned in that paper's
 * conclusion, and scikit-learn's default) draws 2 + floor(ln k) candidates per
 * step and keeps the one that leaves the smallest potential Σ D².
 * Sampling picks the first sample whose running sum of D² exceeds u · Σ D²;
 * scikit-learn's `searchsorted` takes "reaches" instead, which can pick a
 * sample with D² = 0 when u = 0 (here u can be exactly 0).
 */
function kMeansPlusPlus(flat: FlatData, k: number, rng: Rng): Float64Array {
	const { data, n, d } = flat;
	const centroids = new Float64Array(k * d);
	const trials = 2 + Math.floor(Math.log(k));
	const setCentroid = (c: number, i: number): void => {
		for (let j = 0; j < d; j++) centroids[c * d + j] = data[i * d + j];
	};
	setCentroid(0, rng.int(n));
	let closest = new Float64Array(n);
	let potential = 0;
	for (let i = 0; i < n; i++) {
		closest[i] = squaredDistance(data, i, centroids, 0, d);
		potential += closest[i];
	}
	const cumulative = new Float64Array(n);
	let best = new Float64Array(n);
	let trial = new Float64Array(n);
	for (let c = 1; c < k; c++) {
		let running = 0;
		for (let i = 0; i < n; i++) {
			running += closest[i];
			cumulative[i] = running;
		}
		let bestPotential = Infinity;
		let bestIndex = 0;
		for (let t = 0; t < trials; t++) {
			const candidate = firstAbove(cumulative, rng.next() * potential);
			const oc = candidate * d;
			let trialPotential = 0;
			for (let i = 0; i < n; i++) {
				let dist = 0;
				const oi = i * d;
				for (let j = 0; j < d; j++) {
					const diff = data[oi + j] - data[oc + j];
					dist += diff * diff;
				}
				const kept = dist < closest[i] ? dist : closest[i];
				trial[i] = kept;
				trialPotential += kept;
			}
			// Strictly lower, so the first of equal candidates wins (np.argmin).
			if (trialPotential < bestPotential) {
				bestPotential = trialPotential;
				bestIndex = candidate;
				[best, trial] = [trial, best];
			}
		}
		setCentroid(c, bestIndex);
		[closest, best] = [best, closest];
		potential = bestPotential;
	}
	return centroids;
}

/** k distinct rows chosen uniformly (a partial Fisher–Yates shuffle), as scikit-learn's init='random'. */
function randomRows(flat: FlatData, k: number, rng: Rng): Float64Array {
	const { data, n, d } = flat;
	const index = new Int32Array(n);
	for (let i = 0; i < n; i++) index[i] = i;
	const centroids = new Float64Array(k * d);
	for (let c = 0; c < k; c++) {
		const r = c + rng.int(n - c);
		const chosen = index[r];
		index[r] = index[c];
		index[c] = chosen;
		for (let j = 0; j < d; j++) centroids[c * d + j] = data[chosen * d + j];
	}
	return centroids;
}

/** Settings of one run, already validated. */
interface RunSettings {
	k: number;
	maxIter: number;
	/** The absolute tolerance: tol · mean feature variance. */
	tolerance: number;
	signal?: AbortSignal;
}

interface RunOutcome {
	centroids: Float64Array;
	labels: Int32Array;
	inertia: number;
	iterations: number;
	converged: boolean;
	history: KMeansStep[];
}

function step(centroids: Float64Array, labels: Int32Array, inertia: number, k: number, d: number): KMeansStep {
	return { centroids: toRows(centroids, k, d), labels: Array.from(labels), inertia };
}

/** One run of Lloyd's algorithm from `start`, with scikit-learn's stopping rules (see the file comment). */
function lloyd(flat: FlatData, start: Float64Array, settings: RunSettings, record: boolean): RunOutcome {
	const { n, d } = flat;
	const { k, maxIter, tolerance, signal } = settings;
	let centroids = start.slice();
	let spare = new Float64Array(k * d);
	let labels = new Int32Array(n);
	let newLabels = new Int32Array(n);
	const distances = new Float64Array(n);
	const counts = new Int32Array(k);
	let inertia = assignInto(flat, centroids, k, labels, distances);
	const history: KMeansStep[] = record ? [step(centroids, labels, inertia, k, d)] : [];
	let iterations = maxIter;
	let converged = false;
	for (let t = 1; t <= maxIter; t++) {
		signal?.throwIfAborted();
		const shift = updateInto(flat, labels, distances, centroids, k, spare, counts);
		[centroids, spare] = [spare, centroids];
		inertia = assignInto(flat, centroids, k, newLabels, distances);
		if (record) history.push(step(centroids, newLabels, inertia, k, d));
		let same = true;
		for (let i = 0; i < n && same; i++) same = labels[i] === newLabels[i];
		[labels, newLabels] = [newLabels, labels];
		// scikit-learn tests the shift of update t before it sees the labels of
		// update t (its next iteration), so the same order here gives its n_iter_.
		if (shift <= tolerance) {
			iterations = t;
			converged = true;
			break;
		}
		if (same) {
			// scikit-learn notices unchanged labels one iteration later, after an
			// update that moves nothing; it counts that iteration if maxIter allows.
			iterations = Math.min(t + 1, maxIter);
			converged = true;
			break;
		}
	}
	return { centroids, labels, inertia, iterations, converged, history };
}

/** scikit-learn's `_is_same_clustering`: whether `b` relabels `a` consistently. */
function sameClustering(a: Int32Array, b: Int32Array, k: number): boolean {
	const mapping = new Int32Array(k).fill(-1);
	for (let i = 0; i < a.length; i++) {
		if (mapping[a[i]] === -1) mapping[a[i]] = b[i];
		else if (mapping[a[i]] !== b[i]) return false;
	}
	return true;
}

/** Mean over features of the population variance (NumPy's np.var(X, axis=0).mean()), by two passes. */
function meanFeatureVariance(flat: FlatData): number {
	const { data, n, d } = flat;
	let total = 0;
	for (let j = 0; j < d; j++) {
		let sum = 0;
		for (let i = 0; i < n; i++) sum += data[i * d + j];
		const mean = sum / n;
		let squares = 0;
		for (let i = 0; i < n; i++) {
			const diff = data[i * d + j] - mean;
			squares += diff * diff;
		}
		total += squares / n;
	}
	return total / d;
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
		throw new Error(`${where}: k is ${k} but X has only ${n} sample(s); k cannot exceed the number of samples`);
	}
	return k;
}

/** The validated options of kMeans, with defaults filled in. */
interface Plan {
	seed: number;
	init: KMeansInit;
	nInit: number;
	maxIter: number;
	tol: number;
	start?: Float64Array;
	signal?: AbortSignal;
}

function plan(where: string, options: KMeansOptions, k: number, d: number): Plan {
	const { seed = 0, init = 'k-means++', nInit = 10, maxIter = 300, tol = 1e-4, initialCentroids, signal } = options;
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
			throw new Error(`${where}: initialCentroids has ${initialCentroids.length} rows but k is ${k}; give one row per cluster`);
		}
	}
	return { seed, init, nInit: start ? 1 : nInit, maxIter, tol, start, signal };
}

/**
 * The seeds of the runs: run 0 uses `seed` itself, so nInit = 10 is never
 * worse than nInit = 1 with the same seed; the others are drawn from
 * createRng(seed), so that seeds 1 and 2 share no runs.
 */
function runSeeds(seed: number, nInit: number): number[] {
	const seeds = [seed];
	const rng = createRng(seed);
	while (seeds.length < nInit) seeds.push(rng.int(4294967296));
	return seeds;
}

interface BestRun {
	/** The winning run, without history. */
	outcome: RunOutcome;
	/** Its starting centroids, to replay it with history. */
	start: Float64Array;
	/** Every run, in order. */
	runs: KMeansRun[];
}

/** Runs every start and keeps the best, as scikit-learn's `KMeans.fit`; no history. */
function bestOfRuns(flat: FlatData, p: Plan, settings: RunSettings): BestRun {
	const { k } = settings;
	const seeds = runSeeds(p.seed, p.nInit);
	const runs: KMeansRun[] = [];
	let best: { outcome: RunOutcome; start: Float64Array } | undefined;
	for (const seed of seeds) {
		p.signal?.throwIfAborted();
		let start = p.start;
		if (!start) {
			const rng = createRng(seed);
			start = p.init === 'random' ? randomRows(flat, k, rng) : kMeansPlusPlus(flat, k, rng);
		}
		const outcome = lloyd(flat, start, settings, false);
		runs.push({ seed, inertia: outcome.inertia, iterations: outcome.iterations, converged: outcome.converged });
		if (!best || (outcome.inertia < best.outcome.inertia && !sameClustering(outcome.labels, best.outcome.labels, k))) {
			best = { outcome, start };
		}
	}
	// nInit >= 1, so a run was kept.
	if (!best) throw new Error('kMeans: no run was made');
	return { ...best, runs };
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
export function kMeans(X: readonly (readonly number[])[], k: number, options: KMeansOptions = {}): KMeansResult {
	const flat = flatten('kMeans', X);
	checkK('kMeans', k, flat.n);
	const p = plan('kMeans', options, k, flat.d);
	const settings: RunSettings = { k, maxIter: p.maxIter, tolerance: p.tol * meanFeatureVariance(flat), signal: p.signal };
	const best = bestOfRuns(flat, p, settings);
	// Replaying the winning start is deterministic, so it retraces the same steps.
	const outcome = options.recordHistory === false ? best.outcome : lloyd(flat, best.start, settings, true);
	return {
		centroids: toRows(outcome.centroids, k, flat.d),
		labels: Array.from(outcome.labels),
		inertia: outcome.inertia,
		iterations: outcome.iterations,
		converged: outcome.converged,
		history: outcome.history,
		runs: best.runs
	};
}

/**
 * The elbow curve: the best k-means inertia for each k.
 * Inputs: `X` as for kMeans; `ks`, a non-empty array of integers from 1 to n
 * (any order; the output keeps it); {@link ElbowOptions}, the same for every k.
 * Output: `{ k, inertia }` per entry of ks. `onProgress(done, total)` is called
 * after each k, and `signal` is checked before each k and inside each run, so
 * a worker that lets its abort message through (e.g. one k per task) can stop.
 * Throws as kMeans does, or for an empty or bad `ks`.
 */
export function elbowCurve(X: readonly (readonly number[])[], ks: readonly number[], options: ElbowOptions = {}): ElbowPoint[] {
	const flat = flatten('elbowCurve', X);
	if (!Array.isArray(ks) || ks.length === 0) throw new Error('elbowCurve: ks must be a non-empty array of integers');
	ks.forEach((k, i) => checkK(`elbowCurve: ks[${i}]`, k, flat.n));
	const { onProgress, ...rest } = options;
	const variance = meanFeatureVariance(flat);
	const points: ElbowPoint[] = [];
	for (const k of ks) {
		options.signal?.throwIfAborted();
		const p = plan('elbowCurve', rest, k, flat.d);
		const settings: RunSettings = { k, maxIter: p.maxIter, tolerance: p.tol * variance, signal: p.signal };
		points.push({ k, inertia: bestOfRuns(flat, p, settings).outcome.inertia });
		onProgress?.(points.length, ks.length);
	}
	return points;
}

/**
 * The nearest centroid of each sample (ties to the lower index), as
 * scikit-learn's `KMeans.predict`.
 * Inputs: `X`, rows × features; `centroids`, at least one row of as many features.
 * Output: one label in [0, centroids.length) per row of X.
 * Throws for bad X or centroids, or a feature-count mismatch.
 */
export function assignLabels(X: readonly (readonly number[])[], centroids: readonly (readonly number[])[]): number[] {
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

/** Labels as dense codes 0..K−1 (in order of first appearance), after checking them. */
function encodeLabels(where: string, labels: readonly number[], n: number): { codes: Int32Array; sizes: number[] } {
	if (!Array.isArray(labels) || labels.length !== n) {
		throw new Error(`${where}: labels must hold one label per row of X (${n}); got ${Array.isArray(labels) ? labels.length : show(labels)}`);
	}
	const index = new Map<number, number>();
	const codes = new Int32Array(n);
	const sizes: number[] = [];
	for (let i = 0; i < n; i++) {
		const v: unknown = labels[i];
		if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
			throw new Error(`${where}: labels[${i}] is ${show(v)}; every label must be an integer`);
		}
		let code = index.get(v);
		if (code === undefined) {
			code = sizes.length;
			index.set(v, code);
			sizes.push(0);
		}
		codes[i] = code;
		sizes[code]++;
	}
	const clusters = sizes.length;
	if (clusters < 2 || clusters > n - 1) {
		const why =
			clusters < 2
				? 'with one cluster there is no other cluster to compare with'
				: 'with every sample in its own cluster no within-cluster distance exists';
		throw new Error(
			`${where}: the labels form ${clusters} cluster(s) among ${n} samples; the silhouette needs from 2 to n − 1 = ${n - 1} clusters (${why})`
		);
	}
	return { codes, sizes };
}

/**
 * For each sample and cluster, the sum of Euclidean distances from the sample
 * to the cluster's members, as a row-major n × K table.
 */
function distanceSumsTable(flat: FlatData, codes: Int32Array, K: number): Float64Array {
	const { data, n, d } = flat;
	const sums = new Float64Array(n * K);
	for (let i = 0; i < n; i++) {
		const oi = i * d;
		const rowI = i * K;
		const ci = codes[i];
		for (let j = i + 1; j < n; j++) {
			const oj = j * d;
			let s = 0;
			for (let f = 0; f < d; f++) {
				const diff = data[oi + f] - data[oj + f];
				s += diff * diff;
			}
			const dist = Math.sqrt(s);
			sums[rowI + codes[j]] += dist;
			sums[j * K + ci] += dist;
		}
	}
	return sums;
}

/** One sample's silhouette from its distance sums per cluster (`sums[offset + c]`). */
function silhouetteOf(sums: Float64Array, offset: number, own: number, sizes: readonly number[]): number {
	// scikit-learn sets a sample alone in its cluster to 0 (a(i) would be 0/0).
	if (sizes[own] === 1) return 0;
	const a = sums[offset + own] / (sizes[own] - 1);
	let b = Infinity;
	for (let c = 0; c < sizes.length; c++) {
		if (c === own) continue;
		const mean = sums[offset + c] / sizes[c];
		if (mean < b) b = mean;
	}
	const scale = Math.max(a, b);
	// a = b = 0 (duplicates shared by two clusters) is 0/0; scikit-learn's nan_to_num makes it 0.
	return scale === 0 ? 0 : (b - a) / scale;
}

/**
 * Silhouette coefficient of each sample, as scikit-learn's
 * `silhouette_samples(X, labels)` with the Euclidean metric:
 * s(i) = (b − a) / max(a, b), where a is the mean distance from i to the other
 * members of its cluster and b the smallest mean distance from i to the
 * members of another cluster. A sample alone in its cluster scores 0.
 * Inputs: `X`, rows × features; `labels`, one integer per row (any integers,
 * e.g. −1 counts as a cluster like any other).
 * Output: one value in [−1, 1] per sample.
 * Throws for bad X or labels, or when the labels form fewer than 2 or more
 * than n − 1 clusters (the message says why). Costs O(n² · features) time.
 */
export function silhouetteSamples(X: readonly (readonly number[])[], labels: readonly number[]): number[] {
	const flat = flatten('silhouetteSamples', X);
	const { codes, sizes } = encodeLabels('silhouetteSamples', labels, flat.n);
	return silhouetteValues(flat, codes, sizes);
}

function silhouetteValues(flat: FlatData, codes: Int32Array, sizes: readonly number[]): number[] {
	const { data, n, d } = flat;
	const K = sizes.length;
	const out = new Array<number>(n);
	if (n * K <= PAIR_TABLE_LIMIT) {
		const sums = distanceSumsTable(flat, codes, K);
		for (let i = 0; i < n; i++) out[i] = silhouetteOf(sums, i * K, codes[i], sizes);
		return out;
	}
	// Many clusters: one row of sums at a time, each pair measured from both ends.
	const row = new Float64Array(K);
	for (let i = 0; i < n; i++) {
		row.fill(0);
		const oi = i * d;
		for (let j = 0; j < n; j++) {
			if (j === i) continue;
			const oj = j * d;
			let s = 0;
			for (let f = 0; f < d; f++) {
				const diff = data[oi + f] - data[oj + f];
				s += diff * diff;
			}
			row[codes[j]] += Math.sqrt(s);
		}
		out[i] = silhouetteOf(row, 0, codes[i], sizes);
	}
	return out;
}

/**
 * Mean silhouette coefficient over all samples, as scikit-learn's
 * `silhouette_score(X, labels)` (Euclidean, no sampling).
 * Inputs, errors and cost as {@link silhouetteSamples}.
 * Output: a number in [−1, 1]; near 1, tight and well-separated clusters.
 */
export function silhouetteScore(X: readonly (readonly number[])[], labels: readonly number[]): number {
	const flat = flatten('silhouetteScore', X);
	const { codes, sizes } = encodeLabels('silhouetteScore', labels, flat.n);
	const values = silhouetteValues(flat, codes, sizes);
	let sum = 0;
	for (const v of values) sum += v;
	return sum / values.length;
}

/**
 * The elbow of a decreasing inertia curve by Kneedle (Satopää, Albrecht,
 * Irwin & Raghavan, "Finding a 'Kneedle' in a Haystack: Detecting Knee
 * Points in System Behavior", ICDCS Workshops 2011), offline and without
 * smoothing:
 * 1. normalise k and inertia to [0, 1] by their min and max;
 * 2. for a decreasing convex curve, the difference curve is
 *    D = (1 − k_norm) − inertia_norm, the height of the straight line from
 *    the first to the last point above the curve;
 * 3. the knee is the k where D is largest (the first, on a tie).
 * The paper's sensitivity threshold S serves to detect knees online as data
 * arrive; with the whole curve at hand, the maximum is its knee.
 * Input: points `{ k, inertia }` (e.g. from elbowCurve) in any order, with
 * distinct integer k >= 1 and finite inertia >= 0.
 * Output: {@link KneeSuggestion}, or null when there is no knee to find:
 * fewer than 3 points, a flat curve, a curve that does not fall from its
 * first to its last k, or no point below the straight line (D <= 0, e.g. a
 * straight or concave curve), or a largest D at either end.
 * Throws for malformed points or a repeated k.
 */
export function suggestK(curve: readonly ElbowPoint[]): KneeSuggestion | null {
	if (!Array.isArray(curve)) throw new Error('suggestK: curve must be an array of { k, inertia } points');
	curve.forEach((point, i) => {
		const k: unknown = point?.k;
		const inertia: unknown = point?.inertia;
		if (typeof k !== 'number' || !Number.isSafeInteger(k) || k < 1) {
			throw new Error(`suggestK: curve[${i}].k is ${show(k)}; it must be an integer >= 1`);
		}
		if (typeof inertia !== 'number' || !Number.isFinite(inertia) || inertia < 0) {
			throw new Error(`suggestK: curve[${i}].inertia is ${show(inertia)}; it must be a finite number >= 0`);
		}
	});
	const points = curve.map(({ k, inertia }) => ({ k, inertia })).sort((a, b) => a.k - b.k);
	for (let i = 1; i < points.length; i++) {
		if (points[i].k === points[i - 1].k) throw new Error(`suggestK: k = ${points[i].k} appears twice in the curve`);
	}
	if (points.length < 3) return null;
	const kMin = points[0].k;
	const kSpan = points[points.length - 1].k - kMin;
	let low = Infinity;
	let high = -Infinity;
	for (const { inertia } of points) {
		low = Math.min(low, inertia);
		high = Math.max(high, inertia);
	}
	const span = high - low;
	// Differences within rounding of the largest value are no bend at all.
	if (span <= 1e-12 * high || !(points[0].inertia > points[points.length - 1].inertia)) return null;
	const scores = points.map(({ k, inertia }) => ({ k, score: 1 - (k - kMin) / kSpan - (inertia - low) / span }));
	let best = 0;
	for (let i = 1; i < scores.length; i++) if (scores[i].score > scores[best].score) best = i;
	if (scores[best].score <= 1e-12 || best === 0 || best === scores.length - 1) return null;
	return { k: scores[best].k, method: KNEEDLE, scores };
}
