import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tableFromRows } from '$lib/data/table';
import { rocAuc } from '$lib/ml/metrics';
import { formatAmount, roundDecimal } from '$lib/ui/format';
import { formatMetric, formatPercent } from '$lib/widgets/confusion-matrix/metricInfo';
import { indexScores } from '$lib/ml/threshold';
import { decodeThresholdState, thresholdCodec } from '$lib/widgets/threshold/codec';
import { explainPick } from '$lib/widgets/threshold/explain';
import { formatThreshold, stepThreshold } from '$lib/widgets/threshold/format';
import { penguinData, penguinScores } from '$lib/widgets/threshold/penguins';
import { thresholdQuestions } from '$lib/widgets/threshold/quiz';
import { analyse } from '$lib/widgets/threshold/State.svelte';

describe('threshold link codec', () => {
	it('round-trips a changed state', () => {
		const state = { ...thresholdCodec.defaults(), t: 0.4372193, pick: 'f1' as const, cmp: 'on' as const, fa: ['bill_length_mm' as const] };
		const { value, problems } = decodeThresholdState(thresholdCodec.encode(state));
		expect(problems).toEqual([]);
		expect(value).toEqual(state);
	});

	it('keeps the good fields of a tampered link and names the bad ones', () => {
		const { value, problems } = decodeThresholdState(new URLSearchParams('t=2&pos=0&sep=1.5&fa=bill_depth_mm,bill_depth_mm&src=mars'));
		expect(value.sep).toBe(1.5);
		expect(value.t).toBe(0.5);
		expect(value.pos).toBe(20);
		expect(value.src).toBe('simulated');
		expect(value.fa).toEqual(['bill_depth_mm', 'body_mass_g']);
		expect(problems).toHaveLength(4);
	});
});

describe('threshold formatting', () => {
	it('shows grid values with three decimals and exact scores in full', () => {
		expect(formatThreshold(0.5)).toBe('0.500');
		expect(formatThreshold(0.4372193)).toBe('0.437219');
	});
	it('steps on the 0.01 grid and stays within [0, 1]', () => {
		expect(stepThreshold(0.4372, 0.01)).toBe(0.45);
		expect(stepThreshold(0.995, 0.1)).toBe(1);
		expect(stepThreshold(0.03, -0.1)).toBe(0);
	});
});

describe('why the threshold is there', () => {
	it('quotes the live counts', () => {
		const counts = { tp: 80, fp: 20, fn: 20, tn: 880 };
		// F1 = 160 / (160 + 20 + 20) = 0.8
		expect(explainPick({ pick: 'f1', threshold: 0.42, counts, cfp: 1, cfn: 5, rt: 95 })).toContain('160 / 200 = 0.800');
		// cost = 1 × 20 + 5 × 20 = 120; calibrated threshold 1 / 6 = 0.167
		const cost = explainPick({ pick: 'cost', threshold: 0.42, counts, cfp: 1, cfn: 5, rt: 95 });
		expect(cost).toContain('120');
		expect(cost).toContain('0.167');
		expect(explainPick({ pick: 'none', threshold: 0.42, counts, cfp: 1, cfn: 5, rt: 95 })).toBeNull();
	});

	it('does not claim that a lower threshold only adds false positives: below a 100% target it can catch more positives', () => {
		const counts = { tp: 76, fp: 40, fn: 4, tn: 880 };
		const recall = explainPick({ pick: 'recall', threshold: 0.3, counts, cfp: 1, cfn: 5, rt: 95 })!;
		expect(recall).toContain('76 / 80 = 0.950');
		expect(recall).not.toContain('only adds false positives');
		expect(recall).toContain('may catch a few more positives');
	});

	it('writes a small cost with significant digits, never as 0', () => {
		// 0.001 × 679 + 5 × 3 = 0.679 + 15 = 15.679
		const counts = { tp: 97, fp: 679, fn: 3, tn: 221 };
		const cost = explainPick({ pick: 'cost', threshold: 0.1, counts, cfp: 0.001, cfn: 5, rt: 95 })!;
		expect(cost).toContain('0.001 × 679 FP + 5 × 3 FN = 15.68');
	});
});

describe('shared number formats', () => {
	it('formatAmount: two decimals from 1 up, three significant digits below', () => {
		expect(formatAmount(1234.567)).toBe('1,234.57');
		expect(formatAmount(7.5)).toBe('7.5');
		expect(formatAmount(0)).toBe('0');
		expect(formatAmount(0.001)).toBe('0.001');
		expect(formatAmount(0.0012345)).toBe('0.00123');
		expect(formatAmount(-0.25)).toBe('-0.25');
	});

	it('formatMetric and formatPercent round the same decimal value the same way', () => {
		// 138 / 800 = 0.1725 exactly in decimals; the double just below it made toFixed say 0.172 beside 17.3%
		expect(formatMetric(138 / 800)).toBe('0.173');
		expect(formatPercent(138 / 800)).toBe('17.3%');
		expect(formatMetric(1 / 8)).toBe('0.125');
		expect(formatPercent(1 / 8)).toBe('12.5%');
		expect(formatMetric(2 / 3)).toBe('0.667');
		expect(formatPercent(2 / 3)).toBe('66.7%');
		expect(formatMetric(0.0004)).toBe('4.00e-4');
		expect(formatMetric(null)).toBe('undefined');
		expect(roundDecimal(1.005, 2)).toBe(1.01);
		expect(roundDecimal(-0.1725, 3)).toBe(-0.173);
	});
});

describe('threshold questions', () => {
	// scikit-learn's roc_curve example: y = [0, 0, 1, 1], scores = [0.1, 0.4, 0.35, 0.8]
	const a = analyse({ yTrue: [0, 0, 1, 1], scores: [0.1, 0.4, 0.35, 0.8] });
	const view = { a, b: null, threshold: 0.3, counts: { tp: 2, fp: 1, fn: 0, tn: 1 }, input: { cfp: 1, cfn: 4 } };
	const questions = thresholdQuestions(view, 1, 10);
	const byId = (id: string) => questions.find((q) => q.id === id);

	it('answers from the scores: 0.3 → 0.4 loses the positive at 0.35', () => {
		expect(byId('recall-direction')?.answer).toBe('It goes down');
		// at 0.2: flagged 0.8, 0.4, 0.35 → precision 2/3
		expect(byId('precision-at')?.answer).toBeCloseTo(2 / 3, 12);
		expect(byId('flag-all')?.answer).toBe(0.5);
		expect(byId('auc-threshold')?.answer).toBe('It stays the same');
		expect(byId('calibrated-cost')?.answer).toBeCloseTo(0.2, 12); // 1 / (1 + 4)
		expect(byId('roc-x')?.answer).toBeCloseTo(0.5, 12); // FP / (FP + TN) = 1 / 2
	});

	it('asks which set ranks better only when B is on screen', () => {
		expect(byId('compare-auc')).toBeUndefined();
		const b = analyse({ yTrue: [0, 0, 1, 1], scores: [0.1, 0.2, 0.3, 0.4] });
		const compared = thresholdQuestions({ ...view, b }, 1, 4);
		expect(compared[0].id).toBe('compare-auc');
		expect(compared[0].answer).toBe('B'); // A's AUC 0.75 (scikit-learn docs), B's 1
	});
});

describe('penguin scores', () => {
	const text = readFileSync('static/data/penguins.csv', 'utf8').trim().split('\n');
	const table = tableFromRows('penguins', text[0].split(','), text.slice(1).map((line) => line.split(',')));

	it('uses every penguin with a known sex and the chosen measurements', () => {
		// 344 penguins; 11 have no sex recorded (2 of them no measurements either)
		const { X, y } = penguinData(table, ['bill_depth_mm', 'body_mass_g']);
		expect(X).toHaveLength(333);
		expect(y.filter((v) => v === 1)).toHaveLength(168); // males in the palmerpenguins package
	});

	it('scores each penguin once, out of fold, deterministically', () => {
		const set = penguinScores(table, ['bill_depth_mm', 'body_mass_g'], 1);
		expect(set.scores).toHaveLength(333);
		expect(set.scores.every((s) => s > 0 && s < 1)).toBe(true);
		expect(penguinScores(table, ['bill_depth_mm', 'body_mass_g'], 1)).toEqual(set);
		// bill depth and body mass tell the sexes apart well above chance
		expect(rocAuc(set.yTrue, set.scores)).toBeGreaterThan(0.7);
		expect(indexScores(set.yTrue, set.scores).positives).toBe(168);
	});
});
