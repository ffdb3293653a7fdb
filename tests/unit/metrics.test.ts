import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	averagePrecision,
	binaryMetrics,
	confusionMatrix,
	fBeta,
	fBetaFromCounts,
	multiclassMetrics,
	prCurve,
	ratio,
	regressionMetrics,
	rocAuc,
	rocCurve,
	type Counts
} from '../../src/lib/ml/metrics';

/** Compares a metric with a hand value: null must be null, numbers to ~1e-12. */
function expectValue(actual: number | null, expected: number | null, digits = 12): void {
	if (expected === null) expect(actual).toBeNull();
	else {
		expect(actual).not.toBeNull();
		expect(actual as number).toBeCloseTo(expected, digits);
	}
}

function expectArrayClose(actual: number[], expected: number[], digits = 12): void {
	expect(actual).toHaveLength(expected.length);
	expected.forEach((e, i) => {
		if (Number.isFinite(e)) expect(actual[i]).toBeCloseTo(e, digits);
		else expect(actual[i]).toBe(e);
	});
}

const countsArb = (max: number): fc.Arbitrary<Counts> =>
	fc.record({
		tp: fc.nat({ max }),
		fp: fc.nat({ max }),
		fn: fc.nat({ max }),
		tn: fc.nat({ max })
	});

describe('ratio', () => {
	it('divides, and gives null for a zero denominator', () => {
		expect(ratio(3, 4)).toBe(0.75);
		expect(ratio(0, 0)).toBeNull();
		expect(ratio(5, 0)).toBeNull();
		expect(() => ratio(NaN, 1)).toThrow(/numerator is NaN/);
		expect(() => ratio(1, Infinity)).toThrow(/denominator is Infinity/);
	});
});

describe('binaryMetrics', () => {
	const cases: { name: string; input: Counts; expected: Record<string, number | null> }[] = [
		{
			// total 100; predicted positive 50, actual positive 60, actual negative 40, predicted negative 50.
			name: 'tp=40 fp=10 fn=20 tn=30',
			input: { tp: 40, fp: 10, fn: 20, tn: 30 },
			expected: {
				accuracy: 70 / 100,
				precision: 40 / 50,
				recall: 40 / 60,
				specificity: 30 / 40,
				f1: 80 / (80 + 10 + 20), // 8/11
				fpr: 10 / 40,
				fnr: 20 / 60,
				npv: 30 / 50,
				// (40·30 − 10·20) / sqrt(50·60·40·50) = 1000 / sqrt(6,000,000) = 1/sqrt(6)
				mcc: 1 / Math.sqrt(6),
				balancedAccuracy: (2 / 3 + 3 / 4) / 2, // 17/24
				prevalence: 60 / 100
			}
		},
		{
			// A model that never flags fraud: nothing predicted positive.
			name: 'fraud: tp=0 fp=0 fn=100 tn=9900',
			input: { tp: 0, fp: 0, fn: 100, tn: 9900 },
			expected: {
				accuracy: 9900 / 10000,
				precision: null, // 0/0
				recall: 0 / 100,
				specificity: 9900 / 9900,
				f1: 0 / (0 + 0 + 100),
				fpr: 0 / 9900,
				fnr: 100 / 100,
				npv: 9900 / 10000,
				mcc: null, // tp+fp = 0 makes it 0/0
				balancedAccuracy: (0 + 1) / 2,
				prevalence: 100 / 10000
			}
		},
		{
			name: 'all-zero counts',
			input: { tp: 0, fp: 0, fn: 0, tn: 0 },
			expected: {
				accuracy: null,
				precision: null,
				recall: null,
				specificity: null,
				f1: null,
				fpr: null,
				fnr: null,
				npv: null,
				mcc: null,
				balancedAccuracy: null,
				prevalence: null
			}
		},
		{
			name: 'perfect classifier: tp=5 fp=0 fn=0 tn=7',
			input: { tp: 5, fp: 0, fn: 0, tn: 7 },
			expected: {
				accuracy: 1,
				precision: 1,
				recall: 1,
				specificity: 1,
				f1: 1,
				fpr: 0,
				fnr: 0,
				npv: 1,
				mcc: 1,
				balancedAccuracy: 1,
				prevalence: 5 / 12
			}
		},
		{
			name: 'always wrong: tp=0 fp=4 fn=6 tn=0',
			input: { tp: 0, fp: 4, fn: 6, tn: 0 },
			expected: {
				accuracy: 0,
				precision: 0,
				recall: 0,
				specificity: 0,
				f1: 0,
				fpr: 1,
				fnr: 1,
				npv: 0,
				mcc: -1, // −24 / sqrt(4·6·4·6)
				balancedAccuracy: 0,
				prevalence: 6 / 10
			}
		}
	];

	for (const { name, input, expected } of cases) {
		it(name, () => {
			const got = binaryMetrics(input) as unknown as Record<string, number | null>;
			expect(Object.keys(got).sort()).toEqual(Object.keys(expected).sort());
			for (const key of Object.keys(expected)) expectValue(got[key], expected[key]);
		});
	}

	it('throws for bad counts, naming the field', () => {
		const ok = { tp: 1, fp: 1, fn: 1, tn: 1 };
		expect(() => binaryMetrics({ ...ok, fn: -1 })).toThrow('counts.fn is -1');
		expect(() => binaryMetrics({ ...ok, tp: 2.5 })).toThrow('counts.tp is 2.5');
		expect(() => binaryMetrics({ ...ok, tn: NaN })).toThrow('counts.tn is NaN');
		expect(() => binaryMetrics({ ...ok, fp: Infinity })).toThrow('counts.fp is Infinity');
	});

	it('gives finite MCC for counts up to 1e9', () => {
		// Counts 9,1,2,8 scaled by 1e8; MCC is scale-free: (72 − 2)/sqrt(10·11·9·10) = 70/sqrt(9900).
		expectValue(binaryMetrics({ tp: 9e8, fp: 1e8, fn: 2e8, tn: 8e8 }).mcc, 70 / Math.sqrt(9900));
		expect(binaryMetrics({ tp: 1e9, fp: 0, fn: 0, tn: 1e9 }).mcc).toBe(1);
		expect(binaryMetrics({ tp: 1e9, fp: 1e9, fn: 1e9, tn: 1e9 }).mcc).toBe(0);
		const near = binaryMetrics({ tp: 1e9, fp: 1, fn: 2, tn: 1e9 }).mcc;
		expect(Number.isFinite(near)).toBe(true);
		expect(near as number).toBeGreaterThan(0.999999);
	});

	it('property: F1 is the harmonic mean of precision and recall when both are positive', () => {
		fc.assert(
			fc.property(countsArb(1000), (c) => {
				const m = binaryMetrics(c);
				if (m.precision === null || m.recall === null || m.precision === 0 || m.recall === 0) return;
				const harmonic = 2 / (1 / m.precision + 1 / m.recall);
				expect(m.f1 as number).toBeCloseTo(harmonic, 12);
			})
		);
	});

	it('property: every defined metric is in [0, 1] and MCC in [−1, 1]', () => {
		fc.assert(
			fc.property(fc.oneof(countsArb(20), countsArb(1e9)), (c) => {
				const m = binaryMetrics(c);
				for (const [key, v] of Object.entries(m)) {
					if (v === null) continue;
					const lo = key === 'mcc' ? -1 : 0;
					expect(v).toBeGreaterThanOrEqual(lo);
					expect(v).toBeLessThanOrEqual(1);
				}
			})
		);
	});
});

describe('fBeta and fBetaFromCounts', () => {
	// Precision 0.8 and recall 2/3 come from tp=40 fp=10 fn=20.
	const c = { tp: 40, fp: 10, fn: 20, tn: 30 };

	it('β = 1 equals F1 (8/11)', () => {
		expectValue(fBeta(0.8, 2 / 3, 1), 8 / 11);
		expectValue(fBetaFromCounts(c, 1), 8 / 11);
	});

	it('β = 2 and β = 0.5 by hand', () => {
		// β=2: 5·0.8·(2/3) / (4·0.8 + 2/3) = (8/3)/(58/15) = 20/29; counts: 200/(200+80+10).
		expectValue(fBeta(0.8, 2 / 3, 2), 20 / 29);
		expectValue(fBetaFromCounts(c, 2), 200 / 290);
		// β=0.5: 1.25·0.8·(2/3) / (0.25·0.8 + 2/3) = (2/3)/(13/15) = 10/13; counts: 50/(50+5+10).
		expectValue(fBeta(0.8, 2 / 3, 0.5), 10 / 13);
		expectValue(fBetaFromCounts(c, 0.5), 50 / 65);
	});

	it('handles undefined and zero inputs', () => {
		expect(fBeta(null, 0.5, 1)).toBeNull();
		expect(fBeta(0.5, null, 1)).toBeNull();
		expect(fBeta(0, 0, 1)).toBeNull();
		expect(fBeta(0, 0.5, 1)).toBe(0);
		// scikit-learn's count form: tp = 0 with errors gives 0; nothing at all gives null.
		expect(fBetaFromCounts({ tp: 0, fp: 5, fn: 5, tn: 0 }, 1)).toBe(0);
		expect(fBetaFromCounts({ tp: 0, fp: 0, fn: 0, tn: 9 }, 1)).toBeNull();
	});

	it('rejects a bad beta, precision or counts', () => {
		for (const b of [0, -1, NaN, Infinity]) {
			expect(() => fBeta(0.5, 0.5, b)).toThrow(/beta/);
			expect(() => fBetaFromCounts(c, b)).toThrow(/beta/);
		}
		expect(() => fBeta(1.5, 0.5, 1)).toThrow(/precision is 1.5/);
		expect(() => fBeta(0.5, NaN, 1)).toThrow(/recall is NaN/);
		expect(() => fBetaFromCounts({ ...c, fp: -2 }, 1)).toThrow('counts.fp is -2');
	});

	it('property: fBetaFromCounts agrees with fBeta(precision, recall) when both are defined', () => {
		fc.assert(
			fc.property(countsArb(500), fc.double({ min: 0.05, max: 20, noNaN: true }), (counts, beta) => {
				const m = binaryMetrics(counts);
				const fromPr = fBeta(m.precision, m.recall, beta);
				const fromCounts = fBetaFromCounts(counts, beta);
				if (fromPr === null || fromCounts === null) return;
				expect(fromPr).toBeCloseTo(fromCounts, 10);
			})
		);
	});
});

describe('confusionMatrix', () => {
	it('matches the scikit-learn docs example', () => {
		expect(confusionMatrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2])).toEqual([
			[2, 0, 0],
			[0, 0, 1],
			[1, 0, 2]
		]);
	});

	it('uses nClasses for classes that never occur', () => {
		expect(confusionMatrix([0, 1], [1, 1], 3)).toEqual([
			[0, 1, 0],
			[0, 1, 0],
			[0, 0, 0]
		]);
		// K comes from the largest label in either array.
		expect(confusionMatrix([0, 0], [0, 2])).toEqual([
			[1, 0, 1],
			[0, 0, 0],
			[0, 0, 0]
		]);
	});

	it('rejects bad input with the offending index', () => {
		expect(() => confusionMatrix([0, 1, 3], [0, 1, 1], 3)).toThrow('yTrue[2] is 3, outside 0..2');
		expect(() => confusionMatrix([0, 1], [0, 1.5])).toThrow('yPred[1] is 1.5');
		expect(() => confusionMatrix([0, -1], [0, 1])).toThrow('yTrue[1] is -1');
		expect(() => confusionMatrix([0, 1], [0, 1, 1])).toThrow('yTrue and yPred differ in length (2 vs 3)');
		expect(() => confusionMatrix([], [])).toThrow(/yTrue is empty/);
		expect(() => confusionMatrix([0, NaN], [0, 1])).toThrow('yTrue[1] is NaN');
		expect(() => confusionMatrix([0], [0], 0)).toThrow(/nClasses is 0/);
	});
});

describe('multiclassMetrics', () => {
	it('matches the scikit-learn classification_report example', () => {
		// y_true = [0, 1, 2, 2, 2], y_pred = [0, 0, 2, 2, 1]
		const m = multiclassMetrics(confusionMatrix([0, 1, 2, 2, 2], [0, 0, 2, 2, 1]));
		const published = {
			precision: [0.5, 0, 1],
			recall: [1, 0, 0.67],
			f1: [0.67, 0, 0.8],
			support: [1, 1, 3]
		};
		// classification_report prints 2 decimals, so compare to 2.
		m.perClass.forEach((s, c) => {
			expect(s.precision as number).toBeCloseTo(published.precision[c], 2);
			expect(s.recall as number).toBeCloseTo(published.recall[c], 2);
			expect(s.f1 as number).toBeCloseTo(published.f1[c], 2);
			expect(s.support).toBe(published.support[c]);
		});
		expect(m.accuracy).toBeCloseTo(0.6, 12);
		expect(m.macro.precision as number).toBeCloseTo(0.5, 2);
		expect(m.macro.recall as number).toBeCloseTo(0.56, 2);
		expect(m.macro.f1 as number).toBeCloseTo(0.49, 2);
		expect(m.weighted.precision as number).toBeCloseTo(0.7, 2);
		expect(m.weighted.recall as number).toBeCloseTo(0.6, 2);
		expect(m.weighted.f1 as number).toBeCloseTo(0.61, 2);
		// Exact fractions behind those: recall 2/3, f1 2/3 and 4/5, macro recall 5/9,
		// macro f1 (2/3 + 4/5)/3 = 22/45, weighted f1 (2/3 + 3·4/5)/5 = 46/75.
		expectValue(m.macro.recall, 5 / 9);
		expectValue(m.macro.f1, 22 / 45);
		expectValue(m.weighted.f1, 46 / 75);
		expectValue(m.micro.f1, 0.6);
	});

	it('counts an undefined per-class value as 0 in macro and weighted averages', () => {
		// Class 1 is never predicted (precision 0/0); class 2 never occurs at all.
		// sklearn: precision_recall_fscore_support([0,0,0,1], [0,0,0,0], labels=[0,1,2]).
		const m = multiclassMetrics([
			[3, 0, 0],
			[1, 0, 0],
			[0, 0, 0]
		]);
		expectValue(m.perClass[0].precision, 3 / 4);
		expectValue(m.perClass[0].f1, 6 / 7);
		expectValue(m.perClass[1].precision, null);
		expectValue(m.perClass[1].recall, 0);
		expectValue(m.perClass[1].f1, 0); // 0 / (0 + 0 + 1)
		expectValue(m.perClass[2].precision, null);
		expectValue(m.perClass[2].recall, null);
		expectValue(m.perClass[2].f1, null);
		expect(m.perClass[2].support).toBe(0);
		expectValue(m.macro.precision, 0.75 / 3);
		expectValue(m.macro.recall, 1 / 3);
		expectValue(m.macro.f1, 6 / 7 / 3);
		expectValue(m.weighted.precision, (0.75 * 3) / 4);
		expectValue(m.weighted.recall, 3 / 4);
		expectValue(m.weighted.f1, ((6 / 7) * 3) / 4);
		expectValue(m.accuracy, 3 / 4);
	});

	it('gives nulls for an all-zero matrix', () => {
		const m = multiclassMetrics([
			[0, 0],
			[0, 0]
		]);
		expect(m.accuracy).toBeNull();
		expect(m.macro).toEqual({ precision: null, recall: null, f1: null });
		expect(m.weighted).toEqual({ precision: null, recall: null, f1: null });
		expect(m.micro).toEqual({ precision: null, recall: null, f1: null });
		expect(m.perClass[0]).toEqual({ precision: null, recall: null, f1: null, support: 0 });
	});

	it('rejects malformed matrices', () => {
		expect(() => multiclassMetrics([[5]])).toThrow(/at least 2 classes/);
		expect(() => multiclassMetrics([[1, 2], [3]])).toThrow('matrix[1] has 1 entries');
		expect(() =>
			multiclassMetrics([
				[1, 2, 3],
				[4, 5, 6]
			])
		).toThrow('matrix[0] has 3 entries');
		expect(() =>
			multiclassMetrics([
				[1, -2],
				[3, 4]
			])
		).toThrow('matrix[0][1] is -2');
		expect(() =>
			multiclassMetrics([
				[1, 2],
				[NaN, 4]
			])
		).toThrow('matrix[1][0] is NaN');
		expect(() =>
			multiclassMetrics([
				[1, 2],
				[0.5, 4]
			])
		).toThrow('matrix[1][0] is 0.5');
	});

	const matrixArb = fc
		.integer({ min: 2, max: 5 })
		.chain((k) =>
			fc.array(fc.array(fc.nat({ max: 20 }), { minLength: k, maxLength: k }), { minLength: k, maxLength: k })
		);

	it('property: macro F1 lies between the smallest and largest per-class F1 (undefined as 0)', () => {
		fc.assert(
			fc.property(matrixArb, (mat) => {
				const m = multiclassMetrics(mat);
				if (m.macro.f1 === null) return;
				const f1s = m.perClass.map((s) => s.f1 ?? 0);
				expect(m.macro.f1).toBeGreaterThanOrEqual(Math.min(...f1s) - 1e-12);
				expect(m.macro.f1).toBeLessThanOrEqual(Math.max(...f1s) + 1e-12);
			})
		);
	});

	it('property: micro precision = accuracy and weighted recall = accuracy', () => {
		fc.assert(
			fc.property(matrixArb, (mat) => {
				const m = multiclassMetrics(mat);
				let diag = 0;
				let total = 0;
				mat.forEach((row, i) => row.forEach((v, j) => ((total += v), (diag += i === j ? v : 0))));
				if (total === 0) {
					expect(m.accuracy).toBeNull();
					return;
				}
				expectValue(m.accuracy, diag / total);
				expectValue(m.micro.precision, diag / total);
				expectValue(m.weighted.recall, diag / total);
			})
		);
	});
});

/** Labelled scores with at least one positive and one negative. */
const labelledArb = fc
	.tuple(
		fc.array(
			fc.record({
				y: fc.constantFrom(0, 1),
				s: fc.oneof(fc.integer({ min: -4, max: 4 }), fc.double({ min: -100, max: 100, noNaN: true }))
			}),
			{ maxLength: 40 }
		),
		fc.integer({ min: -4, max: 4 }),
		fc.integer({ min: -4, max: 4 })
	)
	.map(([rest, sPos, sNeg]) => {
		const all = [{ y: 1, s: sPos }, { y: 0, s: sNeg }, ...rest];
		return { y: all.map((p) => p.y), s: all.map((p) => p.s) };
	});

function mannWhitney(y: number[], s: number[]): number {
	let wins = 0;
	let pairs = 0;
	for (let i = 0; i < y.length; i++) {
		if (y[i] !== 1) continue;
		for (let j = 0; j < y.length; j++) {
			if (y[j] !== 0) continue;
			pairs++;
			if (s[i] > s[j]) wins += 1;
			else if (s[i] === s[j]) wins += 0.5;
		}
	}
	return wins / pairs;
}

describe('rocCurve and rocAuc', () => {
	const y = [0, 0, 1, 1];
	const scores = [0.1, 0.4, 0.35, 0.8];

	it('matches the scikit-learn roc_curve docs example', () => {
		const r = rocCurve(y, scores);
		expectArrayClose(r.fpr, [0, 0, 0.5, 0.5, 1]);
		expectArrayClose(r.tpr, [0, 0.5, 0.5, 1, 1]);
		expect(r.thresholds).toEqual([Infinity, 0.8, 0.4, 0.35, 0.1]);
		expect(rocAuc(y, scores)).toBeCloseTo(0.75, 12);
	});

	it('drops collinear points unless asked not to', () => {
		// Perfect ranking: counts (fp, tp) by threshold 6..1 are (0,1),(0,2),(0,3),(1,3),(2,3),(3,3).
		// sklearn keeps the first, every corner and the last.
		const yy = [0, 0, 0, 1, 1, 1];
		const ss = [1, 2, 3, 4, 5, 6];
		const r = rocCurve(yy, ss);
		expectArrayClose(r.fpr, [0, 0, 0, 1]);
		expectArrayClose(r.tpr, [0, 1 / 3, 1, 1]);
		expect(r.thresholds).toEqual([Infinity, 6, 4, 1]);
		const all = rocCurve(yy, ss, { dropIntermediate: false });
		expectArrayClose(all.fpr, [0, 0, 0, 0, 1 / 3, 2 / 3, 1]);
		expectArrayClose(all.tpr, [0, 1 / 3, 2 / 3, 1, 1, 1, 1]);
		expect(all.thresholds).toEqual([Infinity, 6, 5, 4, 3, 2, 1]);
		expect(rocAuc(yy, ss)).toBe(1);
	});

	it('groups tied scores into one diagonal step', () => {
		// Desc. thresholds 0.9: (fp 0, tp 1); 0.5: (1, 2); 0.2: (2, 2); P = N = 2.
		const r = rocCurve([0, 1, 0, 1], [0.5, 0.5, 0.2, 0.9]);
		expectArrayClose(r.fpr, [0, 0, 0.5, 1]);
		expectArrayClose(r.tpr, [0, 0.5, 1, 1]);
		expect(r.thresholds).toEqual([Infinity, 0.9, 0.5, 0.2]);
		// Pairs (pos, neg): (0.5,0.5) tie ½, (0.5,0.2) 1, (0.9,0.5) 1, (0.9,0.2) 1 → 3.5/4.
		expect(rocAuc([0, 1, 0, 1], [0.5, 0.5, 0.2, 0.9])).toBeCloseTo(0.875, 12);
	});

	it('gives the diagonal for all-equal scores', () => {
		const r = rocCurve([1, 0, 0, 1, 0], [0.3, 0.3, 0.3, 0.3, 0.3]);
		expect(r.fpr).toEqual([0, 1]);
		expect(r.tpr).toEqual([0, 1]);
		expect(r.thresholds).toEqual([Infinity, 0.3]);
		expect(rocAuc([1, 0, 0, 1, 0], [0.3, 0.3, 0.3, 0.3, 0.3])).toBe(0.5);
	});

	it('refuses bad input with a clear message', () => {
		expect(() => rocCurve([1, 1, 1], [0.1, 0.2, 0.3])).toThrow(/needs both classes.*only positives/);
		expect(() => rocAuc([0, 0], [0.1, 0.2])).toThrow(/needs both classes.*only negatives/);
		expect(() => rocAuc([], [])).toThrow(/yTrue is empty/);
		expect(() => rocCurve([0, 1, 0, 1], [0.1, 0.2, 0.3, 0.4, 0.5])).toThrow(
			'yTrue and scores differ in length (4 vs 5)'
		);
		expect(() => rocAuc([0, 1, 0, 1], [0.1, 0.2, 0.3, NaN])).toThrow('scores[3] is NaN');
		expect(() => rocAuc([0, 1, 0, 1], [0.1, -Infinity, 0.3, 0.2])).toThrow('scores[1] is -Infinity');
		expect(() => rocAuc([0, 2, 1], [0.1, 0.2, 0.3])).toThrow('yTrue[1] is 2; binary labels must be 0 or 1');
	});

	it('property: rocAuc equals the Mann–Whitney probability (ties count ½)', () => {
		fc.assert(
			fc.property(labelledArb, ({ y, s }) => {
				expect(rocAuc(y, s)).toBeCloseTo(mannWhitney(y, s), 12);
			})
		);
	});

	it('property: rocAuc(y, s) = 1 − rocAuc(y, −s)', () => {
		fc.assert(
			fc.property(labelledArb, ({ y, s }) => {
				expect(rocAuc(y, s)).toBeCloseTo(
					1 -
						rocAuc(
							y,
							s.map((v) => -v)
						),
					12
				);
			})
		);
	});

	it('property: the trapezoid area under either curve equals rocAuc, and the curve is monotone', () => {
		fc.assert(
			fc.property(labelledArb, fc.boolean(), ({ y, s }, dropIntermediate) => {
				const r = rocCurve(y, s, { dropIntermediate });
				let area = 0;
				for (let i = 1; i < r.fpr.length; i++) {
					expect(r.fpr[i]).toBeGreaterThanOrEqual(r.fpr[i - 1]);
					expect(r.tpr[i]).toBeGreaterThanOrEqual(r.tpr[i - 1]);
					expect(r.thresholds[i]).toBeLessThan(r.thresholds[i - 1]);
					area += ((r.fpr[i] - r.fpr[i - 1]) * (r.tpr[i] + r.tpr[i - 1])) / 2;
				}
				expect(r.fpr[r.fpr.length - 1]).toBe(1);
				expect(r.tpr[r.tpr.length - 1]).toBe(1);
				expect(area).toBeCloseTo(rocAuc(y, s), 12);
				if (!dropIntermediate) expect(r.thresholds.length).toBe(new Set(s).size + 1);
			})
		);
	});
});

describe('prCurve and averagePrecision', () => {
	it('matches the scikit-learn precision_recall_curve docs example', () => {
		const p = prCurve([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);
		expectArrayClose(p.precision, [0.5, 0.66666667, 0.5, 1, 1], 8);
		expectArrayClose(p.recall, [1, 1, 0.5, 0.5, 0]);
		expect(p.thresholds).toEqual([0.1, 0.35, 0.4, 0.8]);
		expect(averagePrecision([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.8333333, 7);
	});

	it('handles ties', () => {
		// Thresholds 0.2: tp 2 of 4 predicted; 0.5: 2 of 3; 0.9: 1 of 1.
		const p = prCurve([0, 1, 0, 1], [0.5, 0.5, 0.2, 0.9]);
		expectArrayClose(p.precision, [1 / 2, 2 / 3, 1, 1]);
		expectArrayClose(p.recall, [1, 1, 0.5, 0]);
		expect(p.thresholds).toEqual([0.2, 0.5, 0.9]);
		// AP = 0.5·1 (at 0.9) + 0.5·(2/3) (at 0.5) + 0·(1/2) = 5/6.
		expect(averagePrecision([0, 1, 0, 1], [0.5, 0.5, 0.2, 0.9])).toBeCloseTo(5 / 6, 12);
	});

	it('gives AP = prevalence for all-equal scores', () => {
		const y = [1, 0, 0, 1, 0];
		const p = prCurve(y, [7, 7, 7, 7, 7]);
		expectArrayClose(p.precision, [2 / 5, 1]);
		expect(p.recall).toEqual([1, 0]);
		expect(averagePrecision(y, [7, 7, 7, 7, 7])).toBeCloseTo(2 / 5, 12);
	});

	it('accepts only positives but refuses no positives', () => {
		const p = prCurve([1, 1], [0.2, 0.7]);
		expect(p.precision).toEqual([1, 1, 1]);
		expect(p.recall).toEqual([1, 0.5, 0]);
		expect(averagePrecision([1, 1], [0.2, 0.7])).toBe(1);
		expect(() => prCurve([0, 0], [0.2, 0.7])).toThrow(/at least one positive/);
		expect(() => averagePrecision([0, 0, 0], [0.2, 0.7, 0.1])).toThrow(/at least one positive/);
		expect(() => prCurve([], [])).toThrow(/empty/);
		expect(() => averagePrecision([0, 1], [0.1])).toThrow('yTrue and scores differ in length (2 vs 1)');
		expect(() => averagePrecision([0, 1], [0.1, NaN])).toThrow('scores[1] is NaN');
	});

	it('property: AP equals Σ ΔR·P computed threshold by threshold with a brute-force count', () => {
		fc.assert(
			fc.property(labelledArb, ({ y, s }) => {
				const positives = y.filter((v) => v === 1).length;
				const distinct = [...new Set(s)].sort((a, b) => b - a);
				let ap = 0;
				for (const t of distinct) {
					let atOrAbove = 0;
					let posAtOrAbove = 0;
					let posAt = 0;
					for (let i = 0; i < y.length; i++) {
						if (s[i] >= t) {
							atOrAbove++;
							if (y[i] === 1) posAtOrAbove++;
						}
						if (s[i] === t && y[i] === 1) posAt++;
					}
					ap += (posAt / positives) * (posAtOrAbove / atOrAbove);
				}
				const got = averagePrecision(y, s);
				expect(got).toBeCloseTo(ap, 12);
				expect(got).toBeGreaterThanOrEqual(0);
				expect(got).toBeLessThanOrEqual(1);
				const p = prCurve(y, s);
				expect(p.precision.length).toBe(p.thresholds.length + 1);
				for (let i = 1; i < p.recall.length; i++) expect(p.recall[i]).toBeLessThanOrEqual(p.recall[i - 1]);
			})
		);
	});
});

describe('regressionMetrics', () => {
	const cases: {
		name: string;
		input: [number[], number[]];
		expected: { mse: number; rmse: number; mae: number; r2: number | null };
	}[] = [
		{
			// scikit-learn docs: MSE 0.375, MAE 0.5, R² 0.9486081370449679.
			// By hand: errors 0.5, −0.5, 0, −1; mean y = 2.875, SS_tot = 29.1875, SS_res = 1.5.
			name: 'scikit-learn docs example',
			input: [
				[3, -0.5, 2, 7],
				[2.5, 0.0, 2, 8]
			],
			expected: { mse: 0.375, rmse: Math.sqrt(0.375), mae: 0.5, r2: 0.9486081370449679 }
		},
		{
			// Errors 1, 1, 1, 9: MAE 12/4 = 3, MSE 84/4 = 21; SS_tot = 2.25+0.25+0.25+2.25 = 5.
			name: 'errors 1, 1, 1, 9',
			input: [
				[1, 2, 3, 4],
				[2, 3, 4, 13]
			],
			expected: { mse: 21, rmse: Math.sqrt(21), mae: 3, r2: 1 - 84 / 5 }
		},
		{
			name: 'perfect prediction',
			input: [
				[1, 5, -2],
				[1, 5, -2]
			],
			expected: { mse: 0, rmse: 0, mae: 0, r2: 1 }
		},
		{
			// sklearn (force_finite) reports 0 here; we report undefined.
			name: 'constant yTrue gives r2 null',
			input: [
				[0.1, 0.1, 0.1],
				[0.1, 0.2, 0.1]
			],
			expected: { mse: 0.01 / 3, rmse: Math.sqrt(0.01 / 3), mae: 0.1 / 3, r2: null }
		},
		{
			name: 'constant yTrue with perfect prediction still gives r2 null',
			input: [
				[4, 4],
				[4, 4]
			],
			expected: { mse: 0, rmse: 0, mae: 0, r2: null }
		}
	];

	for (const { name, input, expected } of cases) {
		it(name, () => {
			const got = regressionMetrics(input[0], input[1]);
			expectValue(got.mse, expected.mse);
			expectValue(got.rmse, expected.rmse);
			expectValue(got.mae, expected.mae);
			expectValue(got.r2, expected.r2);
		});
	}

	it('rejects bad input', () => {
		expect(() => regressionMetrics([], [])).toThrow(/yTrue is empty/);
		expect(() => regressionMetrics([1, 2], [1])).toThrow('yTrue and yPred differ in length (2 vs 1)');
		expect(() => regressionMetrics([1, 2], [1, Infinity])).toThrow('yPred[1] is Infinity');
		expect(() => regressionMetrics([1e200, -1e200], [-1e200, 1e200])).toThrow(/overflow/);
	});
});
