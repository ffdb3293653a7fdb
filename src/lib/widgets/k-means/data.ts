/**
 * The points the widget clusters: generated shapes (where k-means works and where it
 * fails), a real table projected to two dimensions by PCA, or the learner's CSV. Always
 * two columns, so the plot shows exactly the space k-means measures distances in.
 */
import type { CategoricalColumn, Table } from '$lib/data/table';
import { makeBlobs, makeCircles, makeMoons } from '$lib/ml/datasets';
import { pcaTop } from '$lib/ml/pca';
import { createRng } from '$lib/ml/random';
import { fitScaler } from '$lib/ml/scaling';
import { counted, formatCount } from '$lib/format/format';
import type { KMeansUrlState } from './codec';

export interface ClusterData {
	/** Two columns per row: the plotted and clustered coordinates. */
	X: number[][];
	/** The groups the data were made from (or a table's label), to compare with; null when there are none. */
	truth: number[] | null;
	truthNames: string[];
	xName: string;
	yName: string;
	/** For a table: the PCA variance ratios of the two components shown. */
	varianceShown: [number, number] | null;
	/** Rows of the file before sampling, when it was sampled. */
	sampledFrom: number | null;
	/** For a table or a CSV: its rows, and how many were left out for a missing numeric value (k-means needs every value). */
	rows: { total: number; incomplete: number } | null;
	/**
	 * For a table or a CSV: each numeric column's standard deviation in the file's own units,
	 * before any scaling or projection, to tell when one feature's units swamp the distances.
	 * Null for generated data, whose two features share one unit.
	 */
	columnSpreads: { name: string; sd: number }[] | null;
}

/** Most rows clustered: bigger files are sampled so every step redraws within a frame. */
export const maxRows = 2000;

/**
 * scikit-learn's anisotropic demo ("Demonstration of k-means assumptions") stretches its
 * blobs with X @ [[0.6, −0.6], [−0.4, 0.8]]. Applied to a round blob of std s, that gives an
 * ellipse with standard deviations 1.217·s and 0.197·s (the square roots of the eigenvalues
 * of AᵀA = [[0.52, −0.68], [−0.68, 1]]), about 6 times longer than wide.
 */
const stretch = ([a, b]: number[]) => [0.6 * a - 0.4 * b, -0.6 * a + 0.8 * b];
/** The inverse map, A⁻¹ = [[0.8, 0.6], [0.4, 0.6]] / 0.24: where to put a centre before stretching. */
const unstretch = ([p, q]: number[]) => [(0.8 * p + 0.4 * q) / 0.24, (0.6 * p + 0.6 * q) / 0.24];
/** The stretched blobs' short axis: the unit eigenvector of AᵀA with the smaller eigenvalue, 0.0389. */
const across = [0.81634, 0.57757];
/** Distance between neighbouring stretched blobs' centres, across their short axis. */
export const stretchedGap = 1.5;
/** A stretched blob's length, ±2 standard deviations along its long axis (1.217 · spread each): 4.9 at spread 1. */
export const stretchedLength = (spread: number) => 4 * 1.217 * spread;

/**
 * Stretched blobs lie side by side, their centres 1.5 apart across the short axis. With the
 * default spread 1, each is about 5 long (±2 std) against 1.5 between them: cutting across
 * the stripes gives a lower inertia than following them, so k-means does; at spread 0.5 the
 * stripes are short enough for k-means to find them.
 */
function sideBySide(count: number): number[][] {
	return Array.from({ length: count }, (_, i) =>
		unstretch(across.map((a) => (i - (count - 1) / 2) * stretchedGap * a))
	);
}

/**
 * Blob centres evenly spaced on a circle of radius 8: with spread 1 the blobs are well
 * separated whatever their number, so when the elbow is unclear it is the method's doing
 * (past five blobs, Kneedle stops finding the count), not bad luck in where centres fell.
 */
function ringOfCentres(count: number): number[][] {
	if (count === 1) return [[0, 0]];
	return Array.from({ length: count }, (_, i) => [
		8 * Math.cos((2 * Math.PI * i) / count),
		8 * Math.sin((2 * Math.PI * i) / count)
	]);
}

/**
 * Blob sizes halving from the first (8 : 4 : 2 : 1…), adding up to exactly n so the plot
 * shows the count asked for. Each blob keeps at least 2 points (n ≥ 20 ≥ 2 × 8 blobs), so a
 * small blob is still a group; what that floor adds is taken from the largest blobs.
 */
export function unequalSizes(n: number, count: number): number[] {
	const least = Math.max(1, Math.min(2, Math.floor(n / count)));
	const weights = Array.from({ length: count }, (_, i) => 2 ** -i);
	const total = weights.reduce((a, b) => a + b, 0);
	const sizes = weights.map((w) => Math.max(least, Math.floor((n * w) / total)));
	let left = n - sizes.reduce((a, b) => a + b, 0);
	// rounding down leaves a few points over: the first blob takes them
	if (left > 0) sizes[0] += left;
	// the floor of `least` took too many: the largest blob gives one back, until they add up
	for (; left < 0; left++) sizes[sizes.indexOf(Math.max(...sizes))]--;
	return sizes;
}

export function generated(input: KMeansUrlState): ClusterData {
	const { src, n, blobs, spread, sizes, noise, dseed: seed } = input;
	const plain = (X: number[][], truth: number[] | null, names: string[]): ClusterData => ({
		X,
		truth,
		truthNames: names,
		xName: 'x₁',
		yName: 'x₂',
		varianceShown: null,
		sampledFrom: null,
		rows: null,
		columnSpreads: null
	});
	const blobNames = Array.from({ length: blobs }, (_, i) => `blob ${i + 1}`);
	if (src === 'blobs' || src === 'aniso') {
		const centers = src === 'aniso' ? sideBySide(blobs) : ringOfCentres(blobs);
		const made = makeBlobs({
			...(sizes === 'unequal' ? { sizes: unequalSizes(n, blobs) } : { n }),
			centers,
			noise: spread,
			seed
		});
		return plain(src === 'aniso' ? made.X.map(stretch) : made.X, made.y, blobNames);
	}
	if (src === 'moons') {
		const made = makeMoons({ n, noise, seed });
		return plain(made.X, made.y, ['upper moon', 'lower moon']);
	}
	if (src === 'circles') {
		const made = makeCircles({ n, noise, seed, factor: 0.5 });
		return plain(made.X, made.y, ['outer ring', 'inner ring']);
	}
	// uniform noise in a square: no clusters at all, yet k-means returns k of them
	const rng = createRng(seed);
	return plain(
		Array.from({ length: n }, () => [10 * rng.next(), 10 * rng.next()]),
		null,
		[]
	);
}

/** Standardises the columns (scikit-learn's StandardScaler) when asked. */
export function maybeScale(X: number[][], scale: boolean): number[][] {
	return scale ? fitScaler('standard', X).transform(X) : X;
}

/**
 * A table's numeric columns (complete rows only, sampled above maxRows), scaled when
 * asked, then two columns: the table's own when it has exactly two, else the first two
 * principal components. The label column, if given and categorical, is the truth.
 */
export function fromTable(
	table: Table,
	labelColumn: string | null,
	scale: boolean,
	seed: number
): ClusterData | string {
	const numeric = table.columns.filter((c) => c.kind === 'numeric');
	if (numeric.length < 2)
		return 'This table has fewer than two numeric columns; k-means here needs at least two.';
	let rows: number[] = [];
	for (let i = 0; i < table.rowCount; i++) if (numeric.every((c) => c.values[i] !== null)) rows.push(i);
	if (rows.length < 3) return 'Fewer than three rows have every numeric value; there is nothing to cluster.';
	const counts = { total: table.rowCount, incomplete: table.rowCount - rows.length };
	const sampledFrom = rows.length > maxRows ? rows.length : null;
	if (sampledFrom)
		rows = createRng(seed)
			.shuffle(rows)
			.slice(0, maxRows)
			.sort((a, b) => a - b);
	const raw = rows.map((r) => numeric.map((c) => c.values[r] as number));
	const columnSpreads = numeric.map((c, j) => ({ name: c.name, sd: populationSd(raw.map((row) => row[j])) }));
	const full = maybeScale(raw, scale);
	const label = table.columns.find(
		(c): c is CategoricalColumn => c.name === labelColumn && c.kind === 'categorical'
	);
	const labels = label ? rows.map((r) => label.values[r] ?? '(missing)') : null;
	const truthNames = labels ? [...new Set(labels)].sort() : [];
	const truth = labels ? labels.map((v) => truthNames.indexOf(v)) : null;
	if (numeric.length === 2) {
		return {
			X: full,
			truth,
			truthNames,
			xName: numeric[0].name,
			yName: numeric[1].name,
			varianceShown: null,
			sampledFrom,
			rows: counts,
			columnSpreads
		};
	}
	const fitted = pcaTop(full, 2);
	const ratios = fitted.explainedVarianceRatio;
	const percent = (r: number) => `${Math.round(r * 100)}%`;
	return {
		X: fitted.transform(full),
		truth,
		truthNames,
		xName: `PC1 (${percent(ratios[0])} of the variance)`,
		yName: `PC2 (${percent(ratios[1])})`,
		varianceShown: [ratios[0], ratios[1]],
		sampledFrom,
		rows: counts,
		columnSpreads
	};
}

/** The rows a table loses to missing values, said where its row count is shown; null when it loses none. */
export function incompleteRowsNote(data: Pick<ClusterData, 'rows'>): string | null {
	const rows = data.rows;
	if (!rows || rows.incomplete === 0) return null;
	const { total, incomplete } = rows;
	return `${counted(incomplete, 'row')} of the ${formatCount(total)} ${incomplete === 1 ? 'has' : 'have'} a missing value and ${incomplete === 1 ? 'is' : 'are'} left out: k-means uses ${counted(total - incomplete, 'row')}.`;
}

/** Standard deviation with n in the denominator, as NumPy's np.std and StandardScaler use; Infinity where it overflows (stats' std throws there, and a hostile upload must not break the page). */
function populationSd(values: number[]): number {
	const mean = values.reduce((a, b) => a + b, 0) / values.length;
	return Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
}
