import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ConfusionState } from '$lib/widgets/confusion-matrix/State.svelte';
import { loadCompiler } from '$lib/widgets/confusion-matrix/customMetric';
import { binaryInsights, multiclassInsights } from '$lib/widgets/confusion-matrix/insights';
import { binaryMetrics, multiclassMetrics, oneVsRest, type Counts } from '$lib/ml/metrics';

describe('oneVsRest', () => {
	const matrix = [
		[42, 6, 2],
		[5, 31, 4],
		[3, 9, 18]
	];
	// Row sums (actual) 50, 40, 30; column sums (predicted) 50, 46, 24; total 120.
	// TP = diagonal, FP = column − TP, FN = row − TP, TN = 120 − TP − FP − FN.
	it.each([
		{ name: 'class 0', input: 0, expected: { tp: 42, fp: 8, fn: 8, tn: 62 } }, // fp 50−42, fn 50−42
		{ name: 'class 1', input: 1, expected: { tp: 31, fp: 15, fn: 9, tn: 65 } }, // fp 46−31, fn 40−31
		{ name: 'class 2', input: 2, expected: { tp: 18, fp: 6, fn: 12, tn: 84 } } // fp 24−18, fn 30−18
	])('$name', ({ input, expected }) => {
		const counts = oneVsRest(matrix, input);
		expect(counts).toEqual(expected);
		expect(counts.tp + counts.fp + counts.fn + counts.tn).toBe(120);
	});

	it('reads a 2×2 matrix as the binary matrix itself (class 0) or its mirror (class 1)', () => {
		// rows actual, columns predicted: [[a, b], [c, d]]
		expect(
			oneVsRest(
				[
					[1, 2],
					[3, 4]
				],
				0
			)
		).toEqual({ tp: 1, fn: 2, fp: 3, tn: 4 });
		expect(
			oneVsRest(
				[
					[1, 2],
					[3, 4]
				],
				1
			)
		).toEqual({ tp: 4, fn: 3, fp: 2, tn: 1 });
	});

	it('splits every matrix into four non-negative parts that add up to its total (property)', () => {
		const square = fc
			.integer({ min: 2, max: 6 })
			.chain((k) =>
				fc.tuple(
					fc.array(fc.array(fc.nat(1000), { minLength: k, maxLength: k }), { minLength: k, maxLength: k }),
					fc.integer({ min: 0, max: k - 1 })
				)
			);
		fc.assert(
			fc.property(square, ([m, k]) => {
				const c = oneVsRest(m, k);
				const total = m.flat().reduce((a, b) => a + b, 0);
				const row = m[k].reduce((a, b) => a + b, 0);
				const col = m.reduce((a, r) => a + r[k], 0);
				expect(c.tp + c.fp + c.fn + c.tn).toBe(total);
				expect(c.tp + c.fn).toBe(row);
				expect(c.tp + c.fp).toBe(col);
				for (const v of Object.values(c)) expect(v).toBeGreaterThanOrEqual(0);
			})
		);
	});
});

describe('binaryInsights', () => {
	const insights = (c: Counts) => binaryInsights(c, binaryMetrics(c));

	it('warns that accuracy misleads on the fraud matrix', () => {
		// accuracy 9900/10000 = 99.0%, recall 0/100 = 0.0%, prevalence 100/10000 = 1.0%
		const found = insights({ tp: 0, fp: 0, fn: 100, tn: 9900 });
		const warnings = found.filter((i) => i.kind === 'warning');
		expect(warnings).toHaveLength(1);
		expect(warnings[0].text).toContain('Accuracy is 99.0%');
		expect(warnings[0].text).toContain('recall is 0.0%');
		expect(warnings[0].text).toContain('1.0% prevalence');
		// precision is 0/0 there, and positives are rare
		const infos = found.filter((i) => i.kind === 'info').map((i) => i.text);
		expect(infos.some((t) => t.includes('precision is 0/0'))).toBe(true);
		expect(infos.some((t) => t.includes('Positives are rare (1.0%)'))).toBe(true);
	});

	it('has nothing to say about a balanced, better-than-chance matrix', () => {
		// accuracy 0.7 > majority 0.6, recall 2/3 ≥ 0.5, precision 0.8, prevalence 0.6
		const found = insights({ tp: 40, fp: 10, fn: 20, tn: 30 });
		expect(found.filter((i) => /accuracy/i.test(i.text))).toEqual([]);
		expect(found).toEqual([]);
	});

	it('warns when accuracy is no better than predicting the larger class', () => {
		// accuracy (10 + 50) / 100 = 60.0%; prevalence 30%, so the larger class is 70.0%
		const found = insights({ tp: 10, fp: 20, fn: 20, tn: 50 });
		expect(found).toEqual([
			{
				kind: 'warning',
				text: 'Accuracy 60.0% is no better than always predicting the larger class (70.0%).'
			}
		]);
	});

	it('says an empty matrix is empty, and nothing else', () => {
		expect(insights({ tp: 0, fp: 0, fn: 0, tn: 0 })).toEqual([
			{ kind: 'info', text: 'The matrix is empty: enter some counts.' }
		]);
	});

	it('says accuracy ranks a useful screening test below flagging nothing, with the numbers', () => {
		// accuracy (95 + 9450) / 10000 = 95.5% (95.45 rounds up), below the 99.0% of always "negative";
		// recall 95 / 100 = 95.0%; balanced accuracy (0.95 + 9450/9900) / 2 > 0.5
		const warnings = insights({ tp: 95, fp: 450, fn: 5, tn: 9450 }).filter((i) => i.kind === 'warning');
		expect(warnings.map((w) => w.text)).toEqual([
			'Accuracy 95.5% is below the 99.0% of always predicting the larger class, yet this model catches 95.0% of the positives, where that one catches none: accuracy ranks them the wrong way round.'
		]);
		// with the larger class positive, the smaller one is the negatives: 45 of 50 caught (90.0%)
		const mirrored = insights({ tp: 900, fp: 5, fn: 60, tn: 45 }).filter((i) => i.kind === 'warning');
		// accuracy 945/1010 = 93.6% < 960/1010 = 95.0%
		expect(mirrored[0].text).toContain('catches 90.0% of the negatives');
		expect(mirrored[0].text).toContain('Accuracy 93.6% is below the 95.0%');
	});

	it('notes that recall is undefined with no actual positives', () => {
		const texts = insights({ tp: 0, fp: 5, fn: 0, tn: 5 }).map((i) => i.text);
		expect(texts.some((t) => t.includes('recall is 0/0'))).toBe(true);
		// prevalence 0 is not "rare positives": there are none
		expect(texts.some((t) => t.includes('Positives are rare'))).toBe(false);
	});
});

describe('ConfusionState', () => {
	it('starts from the defaults, with one-vs-rest counts of class 0', () => {
		const state = new ConfusionState();
		expect(state.counts).toEqual({ tp: 40, fp: 10, fn: 20, tn: 30 });
		expect(state.focusCounts).toEqual({ tp: 42, fp: 8, fn: 8, tn: 62 });
		expect(state.params().toString()).toBe('');
	});

	it('loads a link, keeps its problems, and writes the same state back', () => {
		const state = new ConfusionState();
		state.load(new URLSearchParams('tp=7&focus=2&mode=multiclass&fp=-1'));
		expect(state.counts).toEqual({ tp: 7, fp: 10, fn: 20, tn: 30 });
		expect(state.focusCounts).toEqual({ tp: 18, fp: 6, fn: 12, tn: 84 });
		expect(state.linkProblems).toHaveLength(1);
		expect(state.linkProblems[0]).toMatch(/^“fp”/);
		const again = new ConfusionState();
		again.load(state.params());
		expect(again.input).toEqual(state.input);
		expect(again.linkProblems).toEqual([]);
	});

	it('grows the matrix keeping shared cells and adds a spare default name', () => {
		const state = new ConfusionState();
		state.setClassCount(4);
		expect(state.input.mc).toEqual([
			[42, 6, 2, 2],
			[5, 31, 4, 2],
			[3, 9, 18, 2],
			[2, 2, 2, 20]
		]);
		expect(state.input.names).toEqual(['cat', 'dog', 'rabbit', 'fox']);
	});

	it('shrinking below the focused class moves the focus to the first', () => {
		const state = new ConfusionState();
		state.setClassCount(5);
		state.input.focus = 4;
		state.setClassCount(3);
		expect(state.input.focus).toBe(0);
		expect(state.input.mc).toHaveLength(3);
		expect(state.input.names).toEqual(['cat', 'dog', 'rabbit']);
	});

	it('caps classifier B by the actual totals of A', () => {
		const state = new ConfusionState();
		// A has 60 actual positives and 40 actual negatives
		state.input.btp = 100;
		state.input.bfp = 5;
		expect(state.comparison).toEqual({ tp: 60, fp: 5, fn: 0, tn: 35 });
		expect(state.comparisonCapped).toBe(true);
	});
});

describe('multiclassInsights', () => {
	it('names the small, badly served class when weighted F1 hides it', () => {
		// 90 "a" all right; 10 "b" all predicted "a": a: P = 90/100, R = 1, F1 = 180/190 ≈ 0.947;
		// b: F1 = 0; c: 10 of 10 right, F1 = 1. macro = (0.947 + 0 + 1)/3 ≈ 0.649;
		// weighted = (90·0.947 + 10·0 + 10·1)/110 ≈ 0.866 → gap ≈ 0.22
		const matrix = [
			[90, 0, 0],
			[10, 0, 0],
			[0, 0, 10]
		];
		const [insight] = multiclassInsights(multiclassMetrics(matrix), ['a', 'b', 'c']);
		expect(insight.kind).toBe('warning');
		expect(insight.text).toContain('“b”, 10 of 110 samples, has F1 0.000');
		expect(insight.text).toContain('0.649');
		expect(insight.text).toContain('0.866');
	});

	it('names the largest class when it is the one served worse', () => {
		// a: 80 samples, 20 right, 60 predicted "b"; b: 10 of 10 right; c: 10 of 10 right.
		// a: P = 20/20 = 1, R = 20/80 = 0.25, F1 = 0.4; b: P = 10/70, R = 1, F1 = 20/80 = 0.25; c: F1 = 1.
		// macro = (0.4 + 0.25 + 1)/3 = 0.55; weighted = (80·0.4 + 10·0.25 + 10·1)/100 = 0.445
		const worse = multiclassMetrics([
			[20, 60, 0],
			[0, 10, 0],
			[0, 0, 10]
		]);
		const [insight] = multiclassInsights(worse, ['a', 'b', 'c']);
		expect(insight.kind).toBe('warning');
		expect(insight.text).toContain('Macro F1 (0.550) is above weighted F1 (0.445)');
		expect(insight.text).toContain('“a”, 80 of 100 samples, has F1 0.400');
	});

	it('says why the averages agree on the default matrix: its classes are close in size', () => {
		// supports 50, 40, 30 (50 ≤ 2 × 30); macro (0.84 + 62/86 + 36/54) / 3 = 0.743, weighted 0.757
		const [insight] = multiclassInsights(
			multiclassMetrics([
				[42, 6, 2],
				[5, 31, 4],
				[3, 9, 18]
			]),
			['cat', 'dog', 'rabbit']
		);
		expect(insight).toEqual({
			kind: 'info',
			text: 'Macro F1 (0.743) and weighted F1 (0.757) are within 0.05 of each other: the classes are close in size (30 to 50 samples), so weighting by size changes little.'
		});
		// sizes 80, 10, 10 but every F1 1: the scores are alike
		const [same] = multiclassInsights(
			multiclassMetrics([
				[80, 0, 0],
				[0, 10, 0],
				[0, 0, 10]
			]),
			['a', 'b', 'c']
		);
		expect(same.text).toContain('every class has about the same F1 (1.000 to 1.000)');
	});

	it('says the averages agree when every class is served alike', () => {
		const [insight] = multiclassInsights(
			multiclassMetrics([
				[10, 0, 0],
				[0, 10, 0],
				[0, 0, 10]
			]),
			['a', 'b', 'c']
		);
		expect(insight.kind).toBe('info');
	});
});

describe('F-beta and the learner’s own metric are derived in the state (FBetaPanel only shows them)', () => {
	it('beta = 2 on tp 8, fp 2, fn 4: weights 5 and 4, F2 = 40 / 58, recall counts more', () => {
		const state = new ConfusionState();
		state.load(new URLSearchParams('tp=8&fp=2&fn=4&tn=6&beta=2'));
		// 1 + 2² = 5 on tp, 2² = 4 on fn: 5·8 / (5·8 + 4·4 + 2) = 40 / 58
		expect(state.fBetaWeights).toEqual({ tp: 5, fn: 4 });
		expect(state.fBeta).toBeCloseTo(40 / 58, 12);
		expect(state.fBetaLeaning).toBe('recall counts more than precision');
		state.input.beta = 0.5;
		// 1.25·8 / (1.25·8 + 0.25·4 + 2) = 10 / 13
		expect(state.fBetaWeights).toEqual({ tp: 1.25, fn: 0.25 });
		expect(state.fBeta).toBeCloseTo(10 / 13, 12);
		expect(state.fBetaLeaning).toBe('precision counts more than recall');
		state.input.beta = 1;
		expect(state.fBetaLeaning).toBe('precision and recall count equally (F1)');
	});

	it('the custom metric waits for the parser, then follows the formula and the counts', async () => {
		const state = new ConfusionState();
		state.load(new URLSearchParams('tp=8&fp=2&fn=4&tn=6&f=tp/(tp%2Bfp%2Bfn)'));
		expect(state.compiledFormula).toBeNull();
		expect(state.customMetric).toBeNull();
		state.formulaCompiler = await loadCompiler();
		// the Jaccard index 8 / (8 + 2 + 4)
		expect(state.customMetric).toEqual({ ok: true, value: 8 / 14 });
		state.input.tp = 0;
		state.input.fp = 0;
		state.input.fn = 0;
		expect(state.customMetric).toEqual({ ok: true, value: null, why: 'it divides 0 by 0' });
		state.input.f = 'tp % 2';
		expect(state.compiledFormula?.ok).toBe(false);
		expect(state.customMetric).toBeNull();
	});
});
