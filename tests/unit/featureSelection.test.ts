import { describe, expect, it } from 'vitest';
import { labelCorrelations, topFeaturesByCorrelation } from '$lib/ml/featureSelection';

// Four rows, five features: a rising column, its mirror, a constant, a weak one and noise-like.
const X = [
	[1, 4, 7, 1, 2],
	[2, 3, 7, 0, 9],
	[3, 2, 7, 0, 1],
	[4, 1, 7, 1, 8]
];
const y = [0, 0, 1, 1];

describe('labelCorrelations', () => {
	it('is |Pearson r| with the label, worked by hand', () => {
		// column 0: dx = −1.5, −0.5, 0.5, 1.5; dy = −0.5, −0.5, 0.5, 0.5
		// sxy = 0.75 + 0.25 + 0.25 + 0.75 = 2, sxx = 5, syy = 1 → r = 2 / √5
		// column 3: dx = 0.5, −0.5, −0.5, 0.5 → sxy = −0.25 + 0.25 − 0.25 + 0.25 = 0 → r = 0
		// column 4: mean 5, dx = −3, 4, −4, 3 → sxy = 1.5 − 2 − 2 + 1.5 = −1, sxx = 50 → |r| = 1 / √50
		const r = labelCorrelations(X, y);
		expect(r[0]).toBeCloseTo(2 / Math.sqrt(5), 12);
		expect(r[1]).toBeCloseTo(2 / Math.sqrt(5), 12);
		expect(r[2]).toBeNull();
		expect(r[3]).toBeCloseTo(0, 12);
		expect(r[4]).toBeCloseTo(1 / Math.sqrt(50), 12);
	});

	it('ranks as scikit-learn f_classif does for two classes: F = (n − 2) r² / (1 − r²)', () => {
		// f_classif on column 0 by hand (one-way ANOVA): groups {1, 2} and {3, 4}, grand mean 2.5;
		// between SS = 2 · 1² + 2 · 1² = 4 on 1 df, within SS = 4 · 0.25 = 1 on 2 df → F = 4 / 0.5 = 8
		const r = labelCorrelations(X, y)[0] as number;
		expect(((X.length - 2) * r * r) / (1 - r * r)).toBeCloseTo(8, 10);
	});

	it('uses only the rows it is given', () => {
		// rows 0, 1, 3 of column 3: values 1, 0, 1 against labels 0, 0, 1
		// means 2/3 and 1/3; dx = 1/3, −2/3, 1/3; dy = −1/3, −1/3, 2/3
		// sxy = −1/9 + 2/9 + 2/9 = 1/3, sxx = 6/9, syy = 6/9 → r = (1/3) / (2/3) = 0.5
		expect(labelCorrelations(X, y, [0, 1, 3])[3]).toBeCloseTo(0.5, 12);
		// labels constant over the rows: every r is 0/0
		expect(labelCorrelations(X, y, [0, 1])).toEqual([null, null, null, null, null]);
	});

	it('refuses bad input', () => {
		expect(() => labelCorrelations(X, [0, 1])).toThrow(/4 rows but y has 2 labels/);
		expect(() => labelCorrelations(X, y, [4])).toThrow(/row index 4 is outside 0–3/);
	});
});

describe('topFeaturesByCorrelation', () => {
	it('keeps the strongest, ties to the lower index, constant features last', () => {
		expect(topFeaturesByCorrelation(X, y, 2)).toEqual([0, 1]);
		expect(topFeaturesByCorrelation(X, y, 5)).toEqual([0, 1, 4, 3, 2]);
		expect(() => topFeaturesByCorrelation(X, y, 6)).toThrow(/only 5 features/);
		expect(() => topFeaturesByCorrelation(X, y, 0)).toThrow(/m is 0/);
	});
});
