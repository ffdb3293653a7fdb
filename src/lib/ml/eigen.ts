/**
 * Symmetric eigen-problems for PCA: cyclic Jacobi for a whole (small) matrix, and subspace
 * iteration for the leading few eigenpairs of a large one.
 */
import { createRng } from './random';

// Jacobi sweeps; each roughly squares the off-diagonal size, so ~10 suffice.
const MAX_SWEEPS = 100;

/**
 * Eigen-decomposition of a symmetric d × d matrix (row-major) by cyclic
 * Jacobi rotations. Output: the eigenvalues (unsorted) and a row-major
 * matrix whose column i is the unit eigenvector of value i.
 */
export function symmetricEigen(
	matrix: Float64Array,
	d: number
): { values: Float64Array; vectors: Float64Array } {
	const a = matrix.slice();
	const v = new Float64Array(d * d);
	for (let i = 0; i < d; i++) v[i * d + i] = 1;
	let total = 0;
	for (let i = 0; i < d * d; i++) total += a[i] * a[i];
	// Stop when the off-diagonal part is below rounding of the whole matrix.
	const small = total * Number.EPSILON * Number.EPSILON;
	for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
		let off = 0;
		for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += a[p * d + q] * a[p * d + q];
		if (off <= small) break;
		for (let p = 0; p < d - 1; p++) {
			for (let q = p + 1; q < d; q++) {
				const apq = a[p * d + q];
				if (apq === 0) continue;
				// The rotation angle φ zeroes a[p][q]: cot 2φ = θ, t = tan φ is the
				// smaller root of t² + 2θt − 1 = 0 (|φ| <= π/4, the stable choice).
				const theta = (a[q * d + q] - a[p * d + p]) / (2 * apq);
				const t =
					Math.abs(theta) > 1e150
						? 0.5 / theta
						: (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
				const c = 1 / Math.sqrt(t * t + 1);
				const s = t * c;
				// A ← Jᵀ A J with J the identity except J[p][p] = J[q][q] = c, J[p][q] = s, J[q][p] = −s.
				for (let r = 0; r < d; r++) {
					const arp = a[r * d + p];
					const arq = a[r * d + q];
					a[r * d + p] = c * arp - s * arq;
					a[r * d + q] = s * arp + c * arq;
				}
				for (let r = 0; r < d; r++) {
					const apr = a[p * d + r];
					const aqr = a[q * d + r];
					a[p * d + r] = c * apr - s * aqr;
					a[q * d + r] = s * apr + c * aqr;
				}
				a[p * d + q] = 0;
				a[q * d + p] = 0;
				for (let r = 0; r < d; r++) {
					const vrp = v[r * d + p];
					const vrq = v[r * d + q];
					v[r * d + p] = c * vrp - s * vrq;
					v[r * d + q] = s * vrp + c * vrq;
				}
			}
		}
	}
	const values = new Float64Array(d);
	for (let i = 0; i < d; i++) values[i] = a[i * d + i];
	return { values, vectors: v };
}

/** Makes the entry of largest |value| positive (the first on a tie), as svd_flip(u_based_decision=False). */
export function flipSign(component: number[]): number[] {
	let largest = 0;
	for (let j = 1; j < component.length; j++)
		if (Math.abs(component[j]) > Math.abs(component[largest])) largest = j;
	return component[largest] < 0 ? component.map((x) => -x) : component;
}

/** The leading eigenpairs of a symmetric positive semi-definite operator, found by {@link leadingEigen}. */
export interface LeadingEigen {
	/** The `count` largest eigenvalues, largest first (0 past the operator's rank). */
	values: number[];
	/** Their unit eigenvectors, one array of `dim` entries each. */
	vectors: Float64Array[];
	/** Products A·v computed. */
	products: number;
	/** Whether every residual ‖A v − λ v‖ fell below tol · λ₁. */
	converged: boolean;
}

export interface LeadingEigenOptions {
	/** Largest residual ‖A v − λ v‖ accepted, relative to the largest eigenvalue (default 1e-9). */
	tol?: number;
	/** Most restarts of the Krylov block (default 100). */
	maxRestarts?: number;
}

/**
 * Vectors of each Krylov block beyond the ones wanted, and blocks per restart: for 2
 * components, 4 × 40 = 160 directions. Measured on a table of noise (2,000 × 1,000, the
 * hardest case: its leading eigenvalues differ by 2%), 40 blocks took half the products of
 * 20 and less time than 60, whose longer orthogonalisations cost more than they save.
 */
const EXTRA_VECTORS = 2;
const BLOCK_STEPS = 40;

/**
 * The `count` largest eigenvalues and their eigenvectors of a symmetric positive
 * semi-definite `dim` × `dim` operator, by block Krylov iteration with restarts: from a
 * block V of `count` + 2 orthonormal vectors, the space spanned by V, AV, A²V, … (40
 * blocks) is built, orthonormalised as it grows, and the best approximations it holds are
 * read off by Rayleigh–Ritz (the small matrix Kᵀ A K solved by Jacobi). Until the residuals
 * are small, the best vectors start the next round. This is power iteration that keeps
 * every power, and so needs far fewer products A·v than plain power iteration where the
 * leading eigenvalues lie close together (a table of noise). Only products are needed:
 * `apply(v, out)` writes A v into `out` (both `dim` long, `v` unchanged). The start is
 * seeded, so results are the same on every run; signs of the vectors are free.
 */
export function leadingEigen(
	apply: (v: Float64Array, out: Float64Array) => void,
	dim: number,
	count: number,
	{ tol = 1e-9, maxRestarts = 100 }: LeadingEigenOptions = {}
): LeadingEigen {
	const width = Math.min(dim, count + EXTRA_VECTORS);
	const rng = createRng(1);
	let start: Float64Array[] = Array.from({ length: width }, () =>
		Float64Array.from({ length: dim }, () => rng.normal())
	);
	let products = 0;
	let best: { values: number[]; vectors: Float64Array[] } = { values: [], vectors: [] };
	for (let restart = 0; restart < maxRestarts; restart++) {
		const basis: Float64Array[] = [];
		const images: Float64Array[] = [];
		let block = start;
		for (let step = 0; step < BLOCK_STEPS && basis.length < dim; step++) {
			const next: Float64Array[] = [];
			for (const column of block) {
				if (basis.length >= dim) break;
				basis.push(column);
				// a column in the span of the basis adds nothing: the Krylov space is exhausted there
				if (!orthogonaliseColumn(basis, basis.length - 1, dim)) {
					basis.pop();
					continue;
				}
				const image = new Float64Array(dim);
				apply(column, image);
				products++;
				images.push(image);
				next.push(Float64Array.from(image));
			}
			if (next.length === 0) break;
			block = next;
		}
		const ritz = rayleighRitz(basis, images, dim);
		best = ritz;
		const scale = ritz.values[0] > 0 ? ritz.values[0] : 1;
		let worst = 0;
		for (let c = 0; c < Math.min(count, ritz.values.length); c++) worst = Math.max(worst, ritz.residuals[c]);
		const exhausted = basis.length < Math.min(dim, width * BLOCK_STEPS);
		if (worst <= tol * scale || exhausted || basis.length === dim) {
			return { ...padded(best, count, dim), products, converged: true };
		}
		start = ritz.vectors.slice(0, width).map((v) => Float64Array.from(v));
	}
	return { ...padded(best, count, dim), products, converged: false };
}

/**
 * Rayleigh–Ritz on an orthonormal basis K with images A K: the eigenpairs of H = Kᵀ A K,
 * largest first, mapped back (K s, and A K s for the residual ‖A K s − θ K s‖).
 */
function rayleighRitz(basis: Float64Array[], images: Float64Array[], dim: number) {
	const s = basis.length;
	const H = new Float64Array(s * s);
	for (let p = 0; p < s; p++) {
		for (let q = p; q < s; q++) {
			let dot = 0;
			for (let i = 0; i < dim; i++) dot += basis[p][i] * images[q][i];
			H[p * s + q] = dot;
			H[q * s + p] = dot;
		}
	}
	const small = symmetricEigen(H, s);
	const order = Array.from({ length: s }, (_, i) => i).sort(
		(i, j) => small.values[j] - small.values[i] || i - j
	);
	const values = order.map((o) => Math.max(0, small.values[o]));
	const vectors = order.map((o) => combine(basis, small.vectors, o, s, dim));
	const residuals = order.map((o, c) => {
		const image = combine(images, small.vectors, o, s, dim);
		let sum = 0;
		for (let i = 0; i < dim; i++) sum += (image[i] - small.values[o] * vectors[c][i]) ** 2;
		return Math.sqrt(sum);
	});
	return { values, vectors, residuals };
}

/** The first `count` pairs, padded with eigenvalue 0 and orthogonal unit vectors where the operator's rank ran out. */
function padded(found: { values: number[]; vectors: Float64Array[] }, count: number, dim: number) {
	const values = found.values.slice(0, count);
	const vectors = found.vectors.slice(0, count);
	while (vectors.length < count) {
		values.push(0);
		vectors.push(
			Float64Array.from(
				unitOrthogonalTo(
					vectors.map((v) => Array.from(v)),
					dim
				)
			)
		);
	}
	return { values, vectors };
}

/** Σ_p columns[p] · S[p][o]: column `o` of (the block) × S, with S row-major b × b. */
function combine(columns: Float64Array[], S: Float64Array, o: number, b: number, dim: number): Float64Array {
	const out = new Float64Array(dim);
	for (let p = 0; p < b; p++) {
		const weight = S[p * b + o];
		if (weight === 0) continue;
		const column = columns[p];
		for (let i = 0; i < dim; i++) out[i] += weight * column[i];
	}
	return out;
}

/**
 * Makes column `c` a unit vector orthogonal to columns 0…c−1 (already orthonormal), by
 * modified Gram–Schmidt run twice (once loses orthogonality to rounding). False when
 * nothing of it is left: it lay in their span, up to rounding.
 */
function orthogonaliseColumn(columns: Float64Array[], c: number, dim: number): boolean {
	const v = columns[c];
	let before = 0;
	for (let i = 0; i < dim; i++) before += v[i] * v[i];
	for (let pass = 0; pass < 2; pass++) {
		for (let p = 0; p < c; p++) {
			const u = columns[p];
			let dot = 0;
			for (let i = 0; i < dim; i++) dot += u[i] * v[i];
			for (let i = 0; i < dim; i++) v[i] -= dot * u[i];
		}
	}
	let after = 0;
	for (let i = 0; i < dim; i++) after += v[i] * v[i];
	if (!(after > 1e-24 * before)) return false;
	const norm = Math.sqrt(after);
	for (let i = 0; i < dim; i++) v[i] /= norm;
	return true;
}

/** A unit vector of `dim` entries orthogonal to the given orthonormal vectors (fewer than `dim`). */
export function unitOrthogonalTo(vectors: readonly (readonly number[])[], dim: number): number[] {
	const columns = vectors.map((v) => Float64Array.from(v));
	const c = columns.push(new Float64Array(dim)) - 1;
	// the first unit axis outside their span; one exists, as there are fewer than dim of them
	for (let axis = 0; axis < dim; axis++) {
		columns[c].fill(0);
		columns[c][axis] = 1;
		if (orthogonaliseColumn(columns, c, dim)) break;
	}
	return Array.from(columns[c]);
}
