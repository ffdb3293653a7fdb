/**
 * The points the widget clusters: generated shapes (where k-means works and where it
 * fails), a real table projected to two dimensions by PCA, or the learner's CSV. Always
 * two columns, so the plot shows exactly the space k-means measures distances in.
 */
import type { CategoricalColumn, Table } from '$lib/data/table';
import { makeBlobs, makeCircles, makeMoons } from '$lib/ml/datasets';
import { pca } from '$lib/ml/pca';
import { createRng } from '$lib/ml/random';
import { fitScaler } from '$lib/ml/scaling';
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
}

/** Most rows clustered: bigger files are sampled so every step redraws within a frame. */
export const maxRows = 2000;

/** Stretches blobs as scikit-learn's k-means assumptions demo does (X @ [[0.6, −0.6], [−0.4, 0.8]]). */
const stretch = ([a, b]: number[]) => [0.6 * a - 0.4 * b, -0.6 * a + 0.8 * b];

/**
 * Blob centres evenly spaced on a circle of radius 8: with spread 1 the blobs are well
 * separated whatever their number, so when the elbow is unclear it is the method's doing
 * (past five blobs, Kneedle stops finding the count), not bad luck in where centres fell.
 */
function ringOfCentres(count: number): number[][] {
	if (count === 1) return [[0, 0]];
	return Array.from({ length: count }, (_, i) => [8 * Math.cos((2 * Math.PI * i) / count), 8 * Math.sin((2 * Math.PI * i) / count)]);
}

/** Blob sizes halving from the first: 8 : 4 : 2 : 1… of n, each at least 5. */
function unequalSizes(n: number, count: number): number[] {
	const weights = Array.from({ length: count }, (_, i) => 2 ** -i);
	const total = weights.reduce((a, b) => a + b, 0);
	const sizes = weights.map((w) => Math.max(5, Math.floor((n * w) / total)));
	sizes[0] += Math.max(0, n - sizes.reduce((a, b) => a + b, 0));
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
		sampledFrom: null
	});
	const blobNames = Array.from({ length: blobs }, (_, i) => `blob ${i + 1}`);
	if (src === 'blobs' || src === 'aniso') {
		const made = makeBlobs({ ...(sizes === 'unequal' ? { sizes: unequalSizes(n, blobs) } : { n }), centers: ringOfCentres(blobs), noise: spread, seed });
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
	return plain(Array.from({ length: n }, () => [10 * rng.next(), 10 * rng.next()]), null, []);
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
export function fromTable(table: Table, labelColumn: string | null, scale: boolean, seed: number): ClusterData | string {
	const numeric = table.columns.filter((c) => c.kind === 'numeric');
	if (numeric.length < 2) return 'This table has fewer than two numeric columns; k-means here needs at least two.';
	let rows: number[] = [];
	for (let i = 0; i < table.rowCount; i++) if (numeric.every((c) => c.values[i] !== null)) rows.push(i);
	if (rows.length < 3) return 'Fewer than three rows have every numeric value; there is nothing to cluster.';
	const sampledFrom = rows.length > maxRows ? rows.length : null;
	if (sampledFrom) rows = createRng(seed).shuffle(rows).slice(0, maxRows).sort((a, b) => a - b);
	const full = maybeScale(rows.map((r) => numeric.map((c) => c.values[r] as number)), scale);
	const label = table.columns.find((c): c is CategoricalColumn => c.name === labelColumn && c.kind === 'categorical');
	const labels = label ? rows.map((r) => label.values[r] ?? '(missing)') : null;
	const truthNames = labels ? [...new Set(labels)].sort() : [];
	const truth = labels ? labels.map((v) => truthNames.indexOf(v)) : null;
	if (numeric.length === 2) {
		return { X: full, truth, truthNames, xName: numeric[0].name, yName: numeric[1].name, varianceShown: null, sampledFrom };
	}
	const fitted = pca(full, 2);
	const ratios = fitted.explainedVarianceRatio;
	const percent = (r: number) => `${Math.round(r * 100)}%`;
	return {
		X: fitted.transform(full),
		truth,
		truthNames,
		xName: `PC1 (${percent(ratios[0])} of the variance)`,
		yName: `PC2 (${percent(ratios[1])})`,
		varianceShown: [ratios[0], ratios[1]],
		sampledFrom
	};
}
