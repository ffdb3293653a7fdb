/**
 * Elastic-net coordinate descent, as scikit-learn's `cd_fast.enet_coordinate_descent`: cyclic
 * updates of one weight at a time by soft-thresholding, with sklearn's stopping rule (once the
 * largest weight change is small against the largest weight, the duality gap must fall under
 * `tol · ‖y‖²`). Works on centred columns; the caller puts the intercept back.
 */

export interface DescentResult {
	coef: number[];
	/** Sweeps over the features made (sklearn's `n_iter_`). */
	nIter: number;
	/** The duality gap when the descent stopped (in sklearn's scaled units, n times the objective's). */
	gap: number;
}

/**
 * Minimises (1/2)‖y − Xw‖² + l1‖w‖₁ + (l2/2)‖w‖² over w, where l1 = n·α·l1Ratio and
 * l2 = n·α·(1 − l1Ratio) (the caller scales them): `columns[j]` is feature j over the samples.
 * `start` warm-starts from other weights (a path's previous α); it is not modified.
 */
export function enetDescent(
	columns: readonly Float64Array[],
	y: Float64Array,
	l1: number,
	l2: number,
	maxIter: number,
	tol: number,
	start?: readonly number[]
): DescentResult {
	const p = columns.length;
	const w = start ? Float64Array.from(start) : new Float64Array(p);
	const norms = columns.map((col) => dot(col, col));
	// the residual y − Xw, kept up to date as each weight moves
	const residual = Float64Array.from(y);
	for (let j = 0; j < p; j++) if (w[j] !== 0) axpy(-w[j], columns[j], residual);
	const tolScaled = tol * dot(y, y);
	let gap = tolScaled + 1;
	let nIter = 0;
	for (let iter = 0; iter < maxIter; iter++) {
		nIter = iter + 1;
		let wMax = 0;
		let dwMax = 0;
		for (let j = 0; j < p; j++) {
			// a constant (after centring: all-zero) column carries no information; its weight stays 0
			if (norms[j] === 0) continue;
			const old = w[j];
			if (old !== 0) axpy(old, columns[j], residual);
			const t = dot(columns[j], residual);
			// `|| 0` turns the −0 of a zeroed negative weight into 0, which a page would print as "−0"
			w[j] = (Math.sign(t) * Math.max(Math.abs(t) - l1, 0)) / (norms[j] + l2) || 0;
			if (w[j] !== 0) axpy(-w[j], columns[j], residual);
			dwMax = Math.max(dwMax, Math.abs(w[j] - old));
			wMax = Math.max(wMax, Math.abs(w[j]));
		}
		if (wMax === 0 || dwMax / wMax < tol || iter === maxIter - 1) {
			gap = dualityGap(columns, y, residual, w, l1, l2);
			if (gap < tolScaled) break;
		}
	}
	return { coef: Array.from(w), nIter, gap };
}

/** sklearn's duality gap of the elastic-net problem at weights w with residual R = y − Xw. */
function dualityGap(
	columns: readonly Float64Array[],
	y: Float64Array,
	residual: Float64Array,
	w: Float64Array,
	l1: number,
	l2: number
): number {
	let dualNorm = 0;
	for (let j = 0; j < columns.length; j++)
		dualNorm = Math.max(dualNorm, Math.abs(dot(columns[j], residual) - l2 * w[j]));
	const rNorm2 = dot(residual, residual);
	const wNorm2 = dot(w, w);
	let scale = 1;
	let gap = rNorm2;
	if (dualNorm > l1) {
		scale = l1 / dualNorm;
		gap = 0.5 * (rNorm2 + rNorm2 * scale * scale);
	}
	let l1Norm = 0;
	for (const v of w) l1Norm += Math.abs(v);
	return gap + l1 * l1Norm - scale * dot(residual, y) + 0.5 * l2 * (1 + scale * scale) * wNorm2;
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
	let sum = 0;
	for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
	return sum;
}

/** y += a·x, in place. */
function axpy(a: number, x: Float64Array, y: Float64Array): void {
	for (let i = 0; i < x.length; i++) y[i] += a * x[i];
}
