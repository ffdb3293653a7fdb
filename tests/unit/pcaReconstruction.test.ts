/**
 * PCA's explained variance, components and reconstruction error on a fixed 6 × 3 matrix,
 * against NumPy. The numbers were derived in a throwaway script (NumPy 1.x):
 *   C = X - X.mean(0); U, S, Vt = np.linalg.svd(C, full_matrices=False)
 *   flip each row of Vt so its largest |entry| is positive (scikit-learn >= 1.5's svd_flip)
 *   explained variance S**2 / (n - 1), ratio ev / ev.sum()
 *   X_hat = (C @ Vt[:k].T) @ Vt[:k] + X.mean(0); mse = np.mean((X - X_hat) ** 2)
 *   standardised: C / X.std(0) (ddof 0, as StandardScaler), then the same SVD
 */
import { describe, expect, it } from 'vitest';
import { pca, reconstructionError } from '$lib/ml/pca';
import { fitScaler } from '$lib/ml/scaling';

const X = [
	[2.5, 2.4, 1.2],
	[0.5, 0.7, 0.3],
	[2.2, 2.9, 1.1],
	[1.9, 2.2, 0.8],
	[3.1, 3.0, 1.6],
	[2.3, 2.7, 0.9]
];
const numpyVariance = [1.5995901696771482, 0.06077622889422028, 0.00863360142863122];
const numpyRatio = [0.9584123245519165, 0.03641475667718412, 0.00517291877089947];
const numpyComponents = [
	[0.6826348917047117, 0.6541772100316029, 0.32567127982455707],
	[-0.472934454760463, 0.7352336995375844, -0.48555577286723767],
	[-0.557084020707577, 0.1774361432728554, 0.8112791190045102]
];
const numpyMse = { 1: 0.019280508423014295, 2: 0.002398222619064224 };
const numpyStandardisedRatio = [0.9483515671502247, 0.04455170258797559, 0.00709673026179972];

const close = (actual: number[], expected: number[], digits = 12) =>
	actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], digits));

describe('pca against NumPy SVD on a fixed 6 × 3 matrix', () => {
	it('explained variance and ratios equal S² / (n − 1) and their shares', () => {
		const fit = pca(X);
		close(fit.explainedVariance, numpyVariance);
		close(fit.explainedVarianceRatio, numpyRatio);
	});

	it("components equal Vt with scikit-learn's svd_flip signs (largest |entry| positive)", () => {
		pca(X).components.forEach((row, i) => close(row, numpyComponents[i], 10));
	});

	it('standardised first (ddof 0), the ratios are those of C / X.std(0)', () => {
		close(pca(fitScaler('standard', X).transform(X)).explainedVarianceRatio, numpyStandardisedRatio);
	});
});

describe('reconstructionError', () => {
	it("equals NumPy's mean of (X − X̂)² with 1 and 2 components, and 0 with all 3", () => {
		const fit = pca(X);
		expect(reconstructionError(X, fit, 1).meanSquared).toBeCloseTo(numpyMse[1], 14);
		expect(reconstructionError(X, fit, 2).meanSquared).toBeCloseTo(numpyMse[2], 14);
		expect(reconstructionError(X, fit, 3).meanSquared).toBeCloseTo(0, 14);
	});

	it('loses the share of variance the dropped components explain: 1 − the kept ratios', () => {
		const fit = pca(X);
		expect(reconstructionError(X, fit, 0).lostShare).toBeCloseTo(1, 14);
		expect(reconstructionError(X, fit, 1).lostShare).toBeCloseTo(1 - numpyRatio[0], 12);
		expect(reconstructionError(X, fit, 2).lostShare).toBeCloseTo(numpyRatio[2], 12);
	});

	it('agrees with inverseTransform(transform(X)) of a fit with k components', () => {
		const fit2 = pca(X, 2);
		const back = fit2.inverseTransform(fit2.transform(X));
		let sum = 0;
		X.forEach((row, i) => row.forEach((v, j) => (sum += (v - back[i][j]) ** 2)));
		expect(reconstructionError(X, fit2).meanSquared).toBeCloseTo(sum / 18, 14);
	});

	it('says what is wrong', () => {
		const fit = pca(X);
		expect(() => reconstructionError(X, fit, 4)).toThrow(/k is 4; it must be an integer from 0 to the 3/);
		expect(() => reconstructionError([[1, 2]], fit)).toThrow(/2 columns; the PCA was fitted on 3/);
		expect(() => reconstructionError([fit.mean, fit.mean], fit)).toThrow(/does not vary/);
	});
});
