/** Small dense linear algebra for the engine's closed-form and Newton fits. */
import { largestMagnitude } from './extremes';

/**
 * Solves A x = b for a square matrix A by Gaussian elimination with partial pivoting.
 * Inputs are not modified. Throws when A is singular (a pivot below 1e-12 times the
 * largest entry), naming the column, since a fit must say why it cannot proceed.
 */
export function solveLinear(A: readonly (readonly number[])[], b: readonly number[]): number[] {
	const n = A.length;
	if (b.length !== n || A.some((row) => row.length !== n)) {
		throw new Error(`solveLinear needs an n×n matrix and n values; got ${n} rows and ${b.length} values`);
	}
	const m = A.map((row, i) => [...row, b[i]]);
	const scale = Math.max(largestMagnitude(A), 1e-300);
	for (let col = 0; col < n; col++) {
		let pivot = col;
		for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
		if (Math.abs(m[pivot][col]) <= 1e-12 * scale) {
			throw new Error(`the system is singular: column ${col} depends on the others`);
		}
		[m[col], m[pivot]] = [m[pivot], m[col]];
		for (let r = col + 1; r < n; r++) {
			const factor = m[r][col] / m[col][col];
			if (factor === 0) continue;
			for (let c = col; c <= n; c++) m[r][c] -= factor * m[col][c];
		}
	}
	const x = new Array<number>(n).fill(0);
	for (let r = n - 1; r >= 0; r--) {
		let sum = m[r][n];
		for (let c = r + 1; c < n; c++) sum -= m[r][c] * x[c];
		x[r] = sum / m[r][r];
	}
	return x;
}

/**
 * Least squares: the x minimising ‖A x − b‖² for a tall matrix A (rows ≥ columns), by
 * Householder QR. QR works on A itself rather than on AᵀA, so the condition number is not
 * squared: a degree-15 polynomial on [0, 1] stays solvable where the normal equations lose
 * every digit. Throws when a column depends on the others, as {@link solveLinear} does.
 */
export function leastSquares(A: readonly (readonly number[])[], b: readonly number[]): number[] {
	const m = A.length;
	const n = m === 0 ? 0 : A[0].length;
	if (b.length !== m || A.some((row) => row.length !== n) || m < n || n === 0) {
		throw new Error(
			`leastSquares needs an m×n matrix with m ≥ n ≥ 1 and m values; got ${m}×${n} and ${b.length} values`
		);
	}
	const R = A.map((row) => [...row]);
	const y = [...b];
	const scale = Math.max(largestMagnitude(A), 1e-300);
	for (let col = 0; col < n; col++) {
		let norm = 0;
		for (let r = col; r < m; r++) norm += R[r][col] ** 2;
		norm = Math.sqrt(norm);
		if (norm <= 1e-12 * scale) throw new Error(`the system is singular: column ${col} depends on the others`);
		// v = x + sign(x₀)‖x‖e₀ avoids cancellation; H = I − 2vvᵀ/vᵀv.
		const alpha = R[col][col] > 0 ? -norm : norm;
		const v = new Array<number>(m - col);
		for (let r = col; r < m; r++) v[r - col] = R[r][col];
		v[0] -= alpha;
		const vv = v.reduce((sum, vi) => sum + vi * vi, 0);
		if (vv === 0) continue;
		for (let c = col; c < n; c++) {
			let dot = 0;
			for (let r = col; r < m; r++) dot += v[r - col] * R[r][c];
			const f = (2 * dot) / vv;
			for (let r = col; r < m; r++) R[r][c] -= f * v[r - col];
		}
		let dot = 0;
		for (let r = col; r < m; r++) dot += v[r - col] * y[r];
		const f = (2 * dot) / vv;
		for (let r = col; r < m; r++) y[r] -= f * v[r - col];
	}
	const x = new Array<number>(n).fill(0);
	for (let r = n - 1; r >= 0; r--) {
		let sum = y[r];
		for (let c = r + 1; c < n; c++) sum -= R[r][c] * x[c];
		x[r] = sum / R[r][r];
	}
	return x;
}
