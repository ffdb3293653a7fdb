/** Small dense linear algebra for the engine's closed-form and Newton fits. */

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
	const scale = Math.max(...A.flat().map(Math.abs), 1e-300);
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
