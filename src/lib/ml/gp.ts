/**
 * Gaussian-process regression with a squared-exponential (RBF) kernel, and expected
 * improvement: the model behind Bayesian optimisation. Small and dense: a few dozen
 * observations, solved by a Cholesky factor. Conventions follow scikit-learn's
 * `GaussianProcessRegressor` with `ConstantKernel(σ²) * RBF(ℓ) + WhiteKernel(noise)`, except
 * that the prior mean is a constant the caller gives (scikit-learn's is 0, or the data's mean
 * with `normalize_y`).
 */
import { normalCdf } from './scores';

export interface GpSettings {
	/** RBF length scale ℓ, in the inputs' units (> 0). */
	lengthScale: number;
	/** Prior variance σ² of the function, in the outputs' units squared (> 0). */
	signalVariance: number;
	/** Variance of the observation noise, added to the kernel's diagonal (≥ 0; a little keeps the factor stable). */
	noiseVariance: number;
	/** The prior mean, a constant in the outputs' units (0 by default). */
	priorMean?: number;
}

export interface GpModel {
	settings: GpSettings;
	/** The observed inputs, one row per observation. */
	X: readonly (readonly number[])[];
	/** Lower Cholesky factor L of K + noise·I, row-major n × n. */
	L: Float64Array;
	/** (K + noise·I)⁻¹ (y − prior mean). */
	alpha: Float64Array;
	/** The log marginal likelihood log p(y | X, settings), in nats. */
	logLikelihood: number;
}

/** A posterior at one input: mean and variance (outputs' units, units squared; variance ≥ 0). */
export interface GpPrediction {
	mean: number;
	variance: number;
}

/**
 * The RBF kernel k(a, b) = σ² exp(−‖a − b‖² / (2ℓ²)).
 * Inputs: two points of the same length, ℓ > 0 and σ² > 0. Output: the covariance, in (0, σ²].
 */
export function rbfKernel(
	a: readonly number[],
	b: readonly number[],
	lengthScale: number,
	signalVariance: number
): number {
	let squared = 0;
	for (let d = 0; d < a.length; d++) squared += (a[d] - b[d]) ** 2;
	return signalVariance * Math.exp(-squared / (2 * lengthScale * lengthScale));
}

function checkSettings({ lengthScale, signalVariance, noiseVariance }: GpSettings): void {
	if (!(lengthScale > 0) || !Number.isFinite(lengthScale))
		throw new Error(`the GP's length scale is ${lengthScale}; it must be a positive number`);
	if (!(signalVariance > 0) || !Number.isFinite(signalVariance))
		throw new Error(`the GP's signal variance is ${signalVariance}; it must be a positive number`);
	if (!(noiseVariance >= 0) || !Number.isFinite(noiseVariance))
		throw new Error(`the GP's noise variance is ${noiseVariance}; it must be zero or more`);
}

/**
 * Cholesky factor of a symmetric positive-definite matrix (row-major n × n), lower triangle.
 * Throws when a pivot is not positive (the matrix is not positive definite: add noise).
 */
function cholesky(A: Float64Array, n: number): Float64Array {
	const L = new Float64Array(n * n);
	for (let i = 0; i < n; i++) {
		for (let j = 0; j <= i; j++) {
			let sum = A[i * n + j];
			for (let k = 0; k < j; k++) sum -= L[i * n + k] * L[j * n + k];
			if (i === j) {
				if (!(sum > 0))
					throw new Error(`the GP's covariance is not positive definite at row ${i}: add observation noise`);
				L[i * n + i] = Math.sqrt(sum);
			} else L[i * n + j] = sum / L[j * n + j];
		}
	}
	return L;
}

/** Solves L z = b for lower-triangular L (forward substitution); b is not modified. */
function forward(L: Float64Array, n: number, b: ArrayLike<number>): Float64Array {
	const z = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		let sum = b[i];
		for (let k = 0; k < i; k++) sum -= L[i * n + k] * z[k];
		z[i] = sum / L[i * n + i];
	}
	return z;
}

/** Solves Lᵀ x = z (back substitution). */
function backward(L: Float64Array, n: number, z: Float64Array): Float64Array {
	const x = new Float64Array(n);
	for (let i = n - 1; i >= 0; i--) {
		let sum = z[i];
		for (let k = i + 1; k < n; k++) sum -= L[k * n + i] * x[k];
		x[i] = sum / L[i * n + i];
	}
	return x;
}

/**
 * Fits a GP to observations (X, y): the Cholesky factor of K + noise·I and the weights α
 * that the posterior mean uses, and the log marginal likelihood
 * −½ (y − m)ᵀα − Σ log Lᵢᵢ − (n/2) log 2π.
 * Inputs: n ≥ 1 rows of X (all the same length), n finite outputs y. Nothing is mutated.
 * Throws for empty or mismatched inputs, bad settings, or a covariance that is not positive definite.
 */
export function fitGp(
	X: readonly (readonly number[])[],
	y: readonly number[],
	settings: GpSettings
): GpModel {
	checkSettings(settings);
	const n = X.length;
	if (n === 0) throw new Error('fitGp needs at least one observation');
	if (y.length !== n) throw new Error(`fitGp: ${n} inputs but ${y.length} outputs`);
	if (y.some((v) => !Number.isFinite(v))) throw new Error('fitGp: every output must be a finite number');
	const { lengthScale, signalVariance, noiseVariance } = settings;
	const priorMean = settings.priorMean ?? 0;
	const K = new Float64Array(n * n);
	for (let i = 0; i < n; i++) {
		for (let j = 0; j <= i; j++) {
			const k = rbfKernel(X[i], X[j], lengthScale, signalVariance);
			K[i * n + j] = k;
			K[j * n + i] = k;
		}
		K[i * n + i] += noiseVariance;
	}
	const L = cholesky(K, n);
	const centred = y.map((v) => v - priorMean);
	const alpha = backward(L, n, forward(L, n, centred));
	let fit = 0;
	let logDet = 0;
	for (let i = 0; i < n; i++) {
		fit += centred[i] * alpha[i];
		logDet += Math.log(L[i * n + i]);
	}
	return { settings, X, L, alpha, logLikelihood: -0.5 * fit - logDet - (n / 2) * Math.log(2 * Math.PI) };
}

/**
 * The posterior at input x: mean m + k*ᵀα and variance k(x, x) − vᵀv with L v = k*
 * (the latent function's, without the observation noise; clipped at 0 against rounding).
 */
export function predictGp(model: GpModel, x: readonly number[]): GpPrediction {
	const { X, L, alpha, settings } = model;
	const n = X.length;
	const kStar = new Float64Array(n);
	let mean = settings.priorMean ?? 0;
	for (let i = 0; i < n; i++) {
		kStar[i] = rbfKernel(x, X[i], settings.lengthScale, settings.signalVariance);
		mean += kStar[i] * alpha[i];
	}
	const v = forward(L, n, kStar);
	let explained = 0;
	for (let i = 0; i < n; i++) explained += v[i] * v[i];
	return { mean, variance: Math.max(0, settings.signalVariance - explained) };
}

/** Standard normal density φ(z). */
const normalPdf = (z: number) => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);

/**
 * Expected improvement over `best` when maximising: E[max(0, f − best − ξ)] for f ~ N(mean, sd²),
 * = (mean − best − ξ) Φ(z) + sd φ(z) with z = (mean − best − ξ) / sd; with sd = 0 it is
 * max(0, mean − best − ξ). Output in the outputs' units, ≥ 0. Φ is the engine's erf
 * approximation (absolute error below 1.5e-7).
 */
export function expectedImprovement(mean: number, sd: number, best: number, xi = 0): number {
	if (!(sd >= 0)) throw new Error(`expectedImprovement: sd is ${sd}; it must be zero or more`);
	const gain = mean - best - xi;
	if (sd === 0) return Math.max(0, gain);
	const z = gain / sd;
	return Math.max(0, gain * normalCdf(z) + sd * normalPdf(z));
}
