/**
 * PCA worked out for the tests another way than the engine: the covariance formed entry by
 * entry, its eigenvectors found by power iteration with deflation (the engine uses Jacobi
 * rotations), standardising with ddof 0 by hand, and η² from its definition. Used to check
 * the story's and the quiz's numbers without reading them back from the widget.
 */
export interface HandPca {
	/** Eigenvalues of the n − 1 covariance, largest first. */
	variances: number[];
	ratios: number[];
	/** Unit eigenvectors, in the same order (sign free). */
	vectors: number[][];
	/** Each row's centred scores on every component. */
	scores: number[][];
}

const mean = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
const column = (X: number[][], j: number) => X.map((row) => row[j]);

export function standardiseByHand(X: number[][]): number[][] {
	const d = X[0].length;
	const means = Array.from({ length: d }, (_, j) => mean(column(X, j)));
	const stds = means.map((m, j) => Math.sqrt(mean(column(X, j).map((v) => (v - m) ** 2))));
	return X.map((row) => row.map((v, j) => (v - means[j]) / stds[j]));
}

export function pcaByHand(X: number[][]): HandPca {
	const n = X.length;
	const d = X[0].length;
	const means = Array.from({ length: d }, (_, j) => mean(column(X, j)));
	const C = X.map((row) => row.map((v, j) => v - means[j]));
	const cov = Array.from({ length: d }, (_, a) =>
		Array.from({ length: d }, (_, b) => C.reduce((s, row) => s + row[a] * row[b], 0) / (n - 1))
	);
	const variances: number[] = [];
	const vectors: number[][] = [];
	const work = cov.map((row) => row.slice());
	for (let c = 0; c < d; c++) {
		let v = Array.from({ length: d }, (_, j) => 1 + j * 0.1);
		let lambda = 0;
		for (let it = 0; it < 5000; it++) {
			const w = work.map((row) => row.reduce((s, x, j) => s + x * v[j], 0));
			const norm = Math.hypot(...w);
			if (norm === 0) break;
			const next = w.map((x) => x / norm);
			const moved = Math.hypot(...next.map((x, j) => x - v[j]));
			v = next;
			lambda = norm;
			if (moved < 1e-13) break;
		}
		variances.push(lambda);
		vectors.push(v);
		// deflate: take out the direction found
		for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) work[a][b] -= lambda * v[a] * v[b];
	}
	const total = cov.reduce((s, row, j) => s + row[j], 0);
	return {
		variances,
		ratios: variances.map((l) => l / total),
		vectors,
		scores: C.map((row) => vectors.map((v) => row.reduce((s, x, j) => s + x * v[j], 0)))
	};
}

/** η²: between-class sum of squares over the total, from its definition. */
export function etaByHand(scores: number[], labels: number[]): number {
	const m = mean(scores);
	const groups = [...new Set(labels)];
	const between = groups.reduce((s, g) => {
		const members = scores.filter((_, i) => labels[i] === g);
		return s + members.length * (mean(members) - m) ** 2;
	}, 0);
	return between / scores.reduce((s, v) => s + (v - m) ** 2, 0);
}

/** η² of each component's scores against the labels, in component order. */
export function etaPerComponent(hand: HandPca, labels: number[]): number[] {
	return hand.vectors.map((_, j) =>
		etaByHand(
			hand.scores.map((r) => r[j]),
			labels
		)
	);
}

/** Fewest leading ratios adding up to at least 0.95. */
export function for95ByHand(ratios: number[]): number {
	let sum = 0;
	for (let k = 0; k < ratios.length; k++) {
		sum += ratios[k];
		if (sum >= 0.95 - 1e-12) return k + 1;
	}
	return ratios.length;
}

/** The index of the largest |entry|. */
export const argMaxAbs = (v: number[]) =>
	v.reduce((best, x, j) => (Math.abs(x) > Math.abs(v[best]) ? j : best), 0);
