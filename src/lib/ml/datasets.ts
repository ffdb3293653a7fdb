/**
 * Data for the widgets: seeded 2-D toy sets (the shapes scikit-learn's
 * `make_blobs`, `make_moons` and `make_circles` draw, plus XOR, spirals and a
 * noisy 1-D curve) and the small real tables shipped in `static/data/`.
 *
 * Every generator takes one options object, `{ n, noise, seed, ... }`, all
 * optional, and returns `{ X, y }`: X is rows × features, y a label per row
 * (class 0..K−1; real-valued for the regression curve). The same options
 * always give the same data (see `random.ts`); a different seed gives
 * different data. As in scikit-learn (`shuffle=True`), the rows come in a
 * seeded random order, not grouped by class. Bad options throw an Error that
 * names the generator and the option.
 */
import { createRng, type Rng } from './random';
import { show } from './show';

/** Output of every generator. */
export interface Dataset {
	/** One row per sample: [x1, x2] for the 2-D sets, [x] for the regression curve. */
	X: number[][];
	/** Class 0..K−1 per sample, or the real-valued target for {@link makeRegression1D}. */
	y: number[];
}

/** Options every generator takes. */
export interface BaseOptions {
	/** Number of samples, an integer from 1 to 1,000,000. Default 100 (scikit-learn's default). */
	n?: number;
	/** Standard deviation of the Gaussian noise added to each coordinate (to y for the curve), >= 0. Default 0. */
	noise?: number;
	/** Seed of the random stream, a safe integer. Default 0. */
	seed?: number;
	/** Shuffle the rows (scikit-learn's default) rather than list them class by class. Default true. */
	shuffle?: boolean;
}

/** Options of {@link makeBlobs}. */
export interface BlobsOptions extends BaseOptions {
	/**
	 * Number of clusters (centres drawn uniformly in `centerBox` along each of
	 * 2 axes), or the centres themselves (each the same length >= 1). Default 3.
	 */
	centers?: number | readonly (readonly number[])[];
	/** Standard deviation of every cluster, scikit-learn's `cluster_std`. Default 1. */
	noise?: number;
	/** One standard deviation per cluster instead of `noise` (give one or the other). */
	clusterStd?: readonly number[];
	/** Samples per cluster (scikit-learn's `n_samples` as an array); `n` is then their sum. */
	sizes?: readonly number[];
	/** Range [low, high] of the random centres. Default [−10, 10], as scikit-learn. */
	centerBox?: readonly [number, number];
}

/** Options of {@link makeCircles}. */
export interface CirclesOptions extends BaseOptions {
	/** Radius of the inner circle relative to the outer one (radius 1), in [0, 1). Default 0.8. */
	factor?: number;
}

/** Options of {@link makeSpiral}. */
export interface SpiralOptions extends BaseOptions {
	/** Number of arms (and classes), an integer from 2 to 12. Default 2. */
	arms?: number;
	/** Turns each arm makes around the origin, > 0 and at most 10. Default 1. */
	turns?: number;
}

const MAX_SAMPLES = 1_000_000;
const DEFAULT_N = 100;

/** Options after validation, with defaults filled in. */
interface Checked {
	n: number;
	noise: number;
	rng: Rng;
	shuffle: boolean;
}

function checkSampleCount(where: string, name: string, n: unknown, min = 1): number {
	if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > MAX_SAMPLES) {
		throw new Error(`${where}: ${name} is ${show(n)}; it must be an integer from ${min} to ${MAX_SAMPLES}`);
	}
	return n;
}

function checkNonNegative(where: string, name: string, v: unknown): number {
	if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
		throw new Error(`${where}: ${name} is ${show(v)}; it must be a finite number >= 0`);
	}
	return v;
}

function checkBase(where: string, options: BaseOptions, defaultNoise: number): Checked {
	if (typeof options !== 'object' || options === null) throw new Error(`${where}: options must be an object`);
	const n = checkSampleCount(where, 'n', options.n ?? DEFAULT_N);
	const noise = checkNonNegative(where, 'noise', options.noise ?? defaultNoise);
	const seed = options.seed ?? 0;
	if (!Number.isSafeInteger(seed))
		throw new Error(`${where}: seed is ${show(seed)}; it must be a safe integer`);
	const shuffle = options.shuffle ?? true;
	if (typeof shuffle !== 'boolean')
		throw new Error(`${where}: shuffle is ${show(shuffle)}; it must be true or false`);
	return { n, noise, rng: createRng(seed), shuffle };
}

/**
 * Splits n samples over k groups as scikit-learn's make_blobs does: n // k
 * each, the first n % k groups one more. Throws unless n >= 0 and k >= 1 are integers.
 */
export function splitEvenly(n: number, k: number): number[] {
	if (!Number.isInteger(n) || n < 0 || !Number.isInteger(k) || k < 1) {
		throw new Error(
			`splitEvenly: n is ${show(n)} and k is ${show(k)}; n must be an integer >= 0 and k an integer >= 1`
		);
	}
	return Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
}

/** `np.linspace(start, stop, num, endpoint)`: i·step + start, with the end point set exactly. */
function linspace(start: number, stop: number, num: number, endpoint: boolean): number[] {
	const div = endpoint ? num - 1 : num;
	const step = div > 0 ? (stop - start) / div : 0;
	const out = Array.from({ length: num }, (_, i) => i * step + start);
	if (endpoint && num > 1) out[num - 1] = stop;
	return out;
}

/**
 * Shuffles the rows (when asked), then adds N(0, noise²) to every coordinate.
 * The noise comes last, from draws that do not depend on its size, so for a
 * seed the same points keep the same order and move along the same random
 * directions as a noise slider changes: noise 0.2 is noise 0.1 doubled. With
 * noise 0 nothing is added, so exact shapes stay exact.
 */
function finish(X: number[][], y: number[], { rng, shuffle, noise }: Checked): Dataset {
	const order = shuffle ? rng.shuffle(X.map((_, i) => i)) : X.map((_, i) => i);
	const rows = order.map((i) => X[i]);
	if (noise > 0) for (const row of rows) for (let j = 0; j < row.length; j++) row[j] += rng.normal(0, noise);
	return { X: rows, y: order.map((i) => y[i]) };
}

/** The centres of makeBlobs: given (checked), or drawn uniformly in the box. */
function blobCenters(where: string, options: BlobsOptions, rng: Rng): number[][] {
	const centers = options.centers ?? 3;
	if (typeof centers === 'number') {
		if (!Number.isInteger(centers) || centers < 1 || centers > 100) {
			throw new Error(
				`${where}: centers is ${show(centers)}; give a count from 1 to 100 or an array of points`
			);
		}
		const [low, high] = options.centerBox ?? [-10, 10];
		if (!Number.isFinite(low) || !Number.isFinite(high) || !(low <= high)) {
			throw new Error(
				`${where}: centerBox is [${show(low)}, ${show(high)}]; it must be two finite numbers, low <= high`
			);
		}
		return Array.from({ length: centers }, () => [0, 1].map(() => low + (high - low) * rng.next()));
	}
	if (!Array.isArray(centers) || centers.length === 0) {
		throw new Error(`${where}: centers must be a count or a non-empty array of points`);
	}
	const dims = Array.isArray(centers[0]) ? centers[0].length : 0;
	centers.forEach((c, i) => {
		if (!Array.isArray(c) || c.length !== dims || dims === 0) {
			throw new Error(
				`${where}: centers[${i}] must be an array of ${dims || 'at least 1'} number(s), like centers[0]`
			);
		}
		c.forEach((v, j) => {
			if (!Number.isFinite(v))
				throw new Error(`${where}: centers[${i}][${j}] is ${show(v)}; it must be a finite number`);
		});
	});
	return centers.map((c) => c.slice());
}

/** Per-cluster sizes of makeBlobs: given (checked against n), or n split evenly. */
function blobSizes(where: string, options: BlobsOptions, k: number): number[] {
	if (options.sizes === undefined)
		return splitEvenly(checkSampleCount(where, 'n', options.n ?? DEFAULT_N), k);
	const sizes = options.sizes;
	if (!Array.isArray(sizes) || sizes.length !== k) {
		throw new Error(`${where}: sizes must be an array of ${k} counts, one per centre`);
	}
	sizes.forEach((s, i) => checkSampleCount(where, `sizes[${i}]`, s, 0));
	const total = sizes.reduce((a, b) => a + b, 0);
	checkSampleCount(where, 'the sum of sizes', total);
	if (options.n !== undefined && options.n !== total) {
		throw new Error(
			`${where}: n is ${show(options.n)} but sizes add up to ${total}; give one or make them agree`
		);
	}
	return sizes.slice();
}

/**
 * Isotropic Gaussian clusters, as scikit-learn's `make_blobs`.
 * Options: {@link BlobsOptions}. Cluster i gets sizes[i] samples (by default
 * n split as evenly as possible, the first clusters one more), each drawn
 * from N(centre_i, clusterStd_i² I).
 * Output: X of n rows, as many columns as the centres have (2 for a count);
 * y = the index of each row's cluster.
 * Throws for a bad n, noise, seed, centre, size or clusterStd, or for both
 * `noise` and `clusterStd` given.
 */
export function makeBlobs(options: BlobsOptions = {}): Dataset {
	const where = 'makeBlobs';
	if (options.noise !== undefined && options.clusterStd !== undefined) {
		throw new Error(
			`${where}: give noise (one std for all clusters) or clusterStd (one per cluster), not both`
		);
	}
	const sizes0 = options.sizes;
	// n is implied by sizes; check the rest with a placeholder n.
	const base = checkBase(where, { ...options, n: sizes0 ? 1 : options.n }, 1);
	const centers = blobCenters(where, options, base.rng);
	const sizes = blobSizes(where, options, centers.length);
	const stds = options.clusterStd ?? centers.map(() => base.noise);
	if (!Array.isArray(stds) || stds.length !== centers.length) {
		throw new Error(`${where}: clusterStd must be an array of ${centers.length} numbers, one per centre`);
	}
	stds.forEach((s, i) => checkNonNegative(where, `clusterStd[${i}]`, s));
	const X: number[][] = [];
	const y: number[] = [];
	centers.forEach((centre, label) => {
		for (let s = 0; s < sizes[label]; s++) {
			// normal(c, 0) is exactly c, and drawing it anyway keeps later draws independent of the std.
			X.push(centre.map((c) => base.rng.normal(c, stds[label])));
			y.push(label);
		}
	});
	// The cluster spread is the noise here; nothing more is added.
	return finish(X, y, { ...base, noise: 0 });
}

/**
 * Two interleaving half circles, as scikit-learn's `make_moons`.
 * Options: {@link BaseOptions} (noise default 0). The upper moon, class 0,
 * holds n_out = floor(n / 2) points (cos t, sin t); the lower one, class 1,
 * holds n − n_out points (1 − cos t, 0.5 − sin t); t is evenly spaced over
 * [0, π] on each. So with noise 0, class 0 lies on the unit circle at (0, 0)
 * with y >= 0, and class 1 on the unit circle at (1, 0.5) with y <= 0.5.
 * Throws for a bad n, noise or seed.
 */
export function makeMoons(options: BaseOptions = {}): Dataset {
	const checked = checkBase('makeMoons', options, 0);
	const nOut = Math.floor(checked.n / 2);
	const nIn = checked.n - nOut;
	const X: number[][] = [];
	const y: number[] = [];
	for (const t of linspace(0, Math.PI, nOut, true)) {
		X.push([Math.cos(t), Math.sin(t)]);
		y.push(0);
	}
	for (const t of linspace(0, Math.PI, nIn, true)) {
		X.push([1 - Math.cos(t), 1 - Math.sin(t) - 0.5]);
		y.push(1);
	}
	return finish(X, y, checked);
}

/**
 * A circle inside a circle, as scikit-learn's `make_circles`.
 * Options: {@link CirclesOptions} (noise default 0, factor default 0.8). The
 * outer circle (radius 1, class 0) holds floor(n / 2) points, the inner one
 * (radius `factor`, class 1) the rest, each at evenly spaced angles
 * 2πi/m, i = 0..m−1, starting on the positive x axis.
 * Throws for a bad n, noise or seed, or a factor outside [0, 1).
 */
export function makeCircles(options: CirclesOptions = {}): Dataset {
	const where = 'makeCircles';
	const checked = checkBase(where, options, 0);
	const factor = options.factor ?? 0.8;
	if (typeof factor !== 'number' || !(factor >= 0 && factor < 1)) {
		throw new Error(`${where}: factor is ${show(factor)}; it must be a number in [0, 1)`);
	}
	const nOut = Math.floor(checked.n / 2);
	const nIn = checked.n - nOut;
	const X: number[][] = [];
	const y: number[] = [];
	for (const t of linspace(0, 2 * Math.PI, nOut, false)) {
		X.push([Math.cos(t), Math.sin(t)]);
		y.push(0);
	}
	for (const t of linspace(0, 2 * Math.PI, nIn, false)) {
		X.push([Math.cos(t) * factor, Math.sin(t) * factor]);
		y.push(1);
	}
	return finish(X, y, checked);
}

/**
 * The XOR pattern: four quadrants of the square [−1, 1]², opposite quadrants
 * sharing a class, so no straight line separates the classes.
 * Options: {@link BaseOptions} (noise default 0). Sample i goes to quadrant
 * i mod 4 (so the quadrants get n split evenly) at a uniform position inside
 * it, never on an axis; the class is 1 when x1 and x2 have opposite
 * signs (quadrants II and IV) and 0 otherwise, decided before the noise is
 * added, so noise pushes points across the axes with their labels.
 * Class 0 gets ceil(n / 2) samples, class 1 floor(n / 2).
 * Throws for a bad n, noise or seed.
 */
export function makeXor(options: BaseOptions = {}): Dataset {
	const checked = checkBase('makeXor', options, 0);
	// Quadrants I, II, III, IV as signs of (x1, x2); II and IV are class 1.
	const quadrants = [
		[1, 1],
		[-1, 1],
		[-1, -1],
		[1, -1]
	];
	const X: number[][] = [];
	const y: number[] = [];
	for (let i = 0; i < checked.n; i++) {
		const [sx, sy] = quadrants[i % 4];
		// 1 − next() lies in (0, 1], so no point sits on an axis before the noise.
		X.push([sx * (1 - checked.rng.next()), sy * (1 - checked.rng.next())]);
		y.push(i % 2);
	}
	return finish(X, y, checked);
}

/**
 * Interleaved spiral arms, one class per arm (a classic test for non-linear
 * classifiers).
 * Options: {@link SpiralOptions} (noise default 0, 2 arms, 1 turn). Arm k
 * gets n split evenly (the first arms one more); its m points sit at
 * t = (i + 1) / m, i = 0..m−1, on r = t, angle = 2π(turns·t + k / arms), so
 * with noise 0 every point of arm k satisfies angle ≡ 2π(turns·r + k/arms).
 * Throws for a bad n, noise, seed, arms (integer 2–12) or turns (0 < turns <= 10).
 */
export function makeSpiral(options: SpiralOptions = {}): Dataset {
	const where = 'makeSpiral';
	const checked = checkBase(where, options, 0);
	const arms = options.arms ?? 2;
	if (typeof arms !== 'number' || !Number.isInteger(arms) || arms < 2 || arms > 12) {
		throw new Error(`${where}: arms is ${show(arms)}; it must be an integer from 2 to 12`);
	}
	const turns = options.turns ?? 1;
	if (typeof turns !== 'number' || !(turns > 0 && turns <= 10)) {
		throw new Error(`${where}: turns is ${show(turns)}; it must be a number > 0 and <= 10`);
	}
	const X: number[][] = [];
	const y: number[] = [];
	splitEvenly(checked.n, arms).forEach((m, arm) => {
		for (let i = 0; i < m; i++) {
			const t = (i + 1) / m;
			const angle = 2 * Math.PI * (turns * t + arm / arms);
			X.push([t * Math.cos(angle), t * Math.sin(angle)]);
			y.push(arm);
		}
	});
	return finish(X, y, checked);
}

/** The domain [low, high] of x in {@link makeRegression1D}. */
export const REGRESSION_1D_DOMAIN: readonly [number, number] = [0, 1];

/**
 * The true function behind {@link makeRegression1D}: f(x) = sin(2πx), one
 * full period over [0, 1] (the curve of Bishop's *Pattern Recognition and
 * Machine Learning*, §1.1, for polynomial under- and overfitting). A widget
 * draws it to show what the fitted polynomial should recover.
 */
export function regression1DTruth(x: number): number {
	return Math.sin(2 * Math.PI * x);
}

/**
 * Noisy samples of a smooth curve, for polynomial regression.
 * Options: {@link BaseOptions} (noise default 0; 0.2–0.3 shows overfitting
 * well). x is uniform on [0, 1) (REGRESSION_1D_DOMAIN), y = sin(2πx) + N(0, noise²)
 * (see {@link regression1DTruth}).
 * Output: X = [[x], ...] (one feature), y the real-valued targets. The x
 * values are drawn in random order already, so `shuffle` changes nothing here.
 * Throws for a bad n, noise or seed.
 */
export function makeRegression1D(options: BaseOptions = {}): Dataset {
	const checked = checkBase('makeRegression1D', options, 0);
	const [low, high] = REGRESSION_1D_DOMAIN;
	const { rng, noise } = checked;
	// All x first, then the noise: the same seed gives the same x whatever the noise.
	const X = Array.from({ length: checked.n }, () => [low + (high - low) * rng.next()]);
	const y = X.map(([x]) => regression1DTruth(x) + (noise === 0 ? 0 : rng.normal(0, noise)));
	// The x values are already in random order; shuffling again would change nothing.
	return { X, y };
}

export { DATASETS, datasetInfo, parseCsvTable } from './realTables';
export type { DatasetName, DatasetInfo } from './realTables';
// Kept here only because ENGINE.md names datasets.ts as loadDataset's home; the fetching code lives
// in $lib/data, which the site imports directly.
export { loadDataset, clearDatasetCache } from '../data/loadDataset';
export type { LoadOptions } from '../data/loadDataset';
