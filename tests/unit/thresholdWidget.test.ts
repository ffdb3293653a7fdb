import { describe, expect, it } from 'vitest';
import { rocAuc } from '$lib/ml/metrics';
import { formatAmount, roundDecimal, formatPercent } from '$lib/format/format';
import { formatMetric } from '$lib/metrics/metricInfo';
import { indexScores } from '$lib/ml/threshold';
import { thresholdCodec } from '$lib/widgets/threshold/codec';
import {
	calibrationCheck,
	compareWithFormula,
	reliability,
	type ReliabilityBin
} from '$lib/widgets/threshold/analysis';
import { calibrationNote, explainPick } from '$lib/widgets/threshold/explain';
import { flaggedText, formatThreshold, stepThreshold } from '$lib/widgets/threshold/format';
import { penguinData, penguinScores } from '$lib/widgets/threshold/penguins';
import { openState, penguinTable } from './thresholdFixtures';

describe('threshold link codec', () => {
	it('round-trips a changed state', () => {
		const state = {
			...thresholdCodec.defaults(),
			t: 0.4372193,
			pick: 'f1' as const,
			cmp: 'on' as const,
			fa: ['bill_length_mm' as const]
		};
		const { value, problems } = thresholdCodec.decode(thresholdCodec.encode(state));
		expect(problems).toEqual([]);
		expect(value).toEqual(state);
	});

	it('keeps the good fields of a tampered link and names the bad ones', () => {
		const { value, problems } = thresholdCodec.decode(
			new URLSearchParams('t=2&pos=0&sep=1.5&fa=bill_depth_mm,bill_depth_mm&src=mars')
		);
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
		expect(explainPick({ pick: 'f1', threshold: 0.42, counts, cfp: 1, cfn: 5, rt: 95 })).toContain(
			'160 / 200 = 0.800'
		);
		// cost = 1 × 20 + 5 × 20 = 120
		const cost = explainPick({ pick: 'cost', threshold: 0.42, counts, cfp: 1, cfn: 5, rt: 95 });
		expect(cost).toContain('= 120, the lowest total');
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

describe('penguin scores', () => {
	const table = penguinTable();

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

describe('the cost rule beside c_FP / (c_FP + c_FN)', () => {
	// scikit-learn's roc_curve example: y = [0, 0, 1, 1], scores = [0.1, 0.4, 0.35, 0.8]
	const index = indexScores([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]);

	it("prices the formula's threshold on the same scores", () => {
		// costs 1 : 4: formula 1 / 5 = 0.2 flags 0.8, 0.4, 0.35: FP 1, FN 0 → cost 1;
		// cheapest: at 0.35 (FP 1, FN 0) → 1 as well; at 0.8 it would be FN 1 → 4
		const c = compareWithFormula(index, 1, 4);
		expect(c.formula).toBeCloseTo(0.2, 12);
		expect(c.formulaCost).toBe(1);
		expect(c.cheapest.threshold).toBe(0.35);
		expect(c.cheapestCost).toBe(1);
		// costs 3 : 1: formula 0.75 flags 0.8 only: FP 0, FN 1 → 1; the cheapest is the same
		const d = compareWithFormula(index, 3, 1);
		expect(d.formula).toBe(0.75);
		expect(d.formulaCost).toBe(1);
		expect(d.cheapestCost).toBe(1);
		// no costs at all: no formula
		expect(compareWithFormula(index, 0, 0).formula).toBeNull();
	});

	it("says both in the cost rule's sentence", () => {
		const counts = { tp: 2, fp: 1, fn: 0, tn: 1 };
		const sentence = explainPick({
			pick: 'cost',
			threshold: 0.35,
			counts,
			cfp: 1,
			cfn: 4,
			rt: 95,
			cost: compareWithFormula(index, 1, 4)
		})!;
		expect(sentence).toContain('1 × 1 FP + 4 × 0 FN = 1, the lowest total');
		expect(sentence).toContain('c_FP / (c_FP + c_FN) = 0.200; on these scores it costs 1.');
	});

	it('says what 0.5 is, and that it ignores the costs', () => {
		const half = explainPick({
			pick: 'half',
			threshold: 0.5,
			counts: { tp: 1, fp: 0, fn: 1, tn: 2 },
			cfp: 1,
			cfn: 5,
			rt: 95
		})!;
		expect(half).toContain('positive is the more likely class');
		expect(half).toContain('only when c_FP = c_FN');
	});
});

describe('calibration by bins', () => {
	it('bins by hand: shares, average scores and two standard errors', () => {
		// ten scores in [0.2, 0.4): 0.3 × 10, 3 positives → share 0.3, mean 0.3, band 2·√(10 · 0.21) / 10 = 0.2898
		// ten scores in [0.8, 1]: 0.9 × 10, 5 positives → share 0.5, mean 0.9, band 2·√(10 · 0.09) / 10 = 0.1897
		// two scores of 0.5: fewer than 10, left out
		const set = {
			scores: [...Array(10).fill(0.3), ...Array(10).fill(0.9), 0.5, 0.5],
			yTrue: [1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0]
		};
		const bins = reliability(set);
		expect(bins.map((b) => [b.from, b.to, b.count])).toEqual([
			[0.2, 0.4, 10],
			[0.8, 1, 10]
		]);
		expect(bins[0].positiveShare).toBeCloseTo(0.3, 12);
		expect(bins[0].meanScore).toBeCloseTo(0.3, 12);
		expect(bins[0].band).toBeCloseTo(0.2898, 4);
		expect(bins[1].band).toBeCloseTo(0.1897, 4);
		// 0.5 against 0.9 is a gap of 0.4, wider than 0.19: not calibrated there
		const { off, widest } = calibrationCheck(bins);
		expect(off).toEqual([bins[1]]);
		expect(widest).toBe(bins[1]);
		expect(calibrationNote('penguins', bins)).toBe(
			'Not calibrated everywhere: the 10 penguins scored 0.8–1.0 average 0.900, yet 50.0% of them are male, a gap wider than chance explains; there the scores rank well but are not probabilities.'
		);
	});

	it("on the page: the simulated scores are said to be calibrated; the penguin model's sentence follows its own bins", () => {
		expect(openState().calibration).toContain(
			'the scores are calibrated, so 0.5 means as likely positive as not'
		);
		for (const seed of [1, 2, 3]) {
			const state = openState(`src=penguins&seed=${seed}`);
			const [set, note] = [state.setA!, state.calibration!];
			// the check, redone by hand: a fifth of the range is off when its share of males strays
			// from its average score by more than twice √(Σ p(1 − p)) / count
			const fifths = Array.from({ length: 5 }, () => ({ count: 0, score: 0, males: 0, variance: 0 }));
			set.scores.forEach((s, i) => {
				const bin = fifths[Math.min(4, Math.floor(s * 5))];
				bin.count++;
				bin.score += s;
				bin.males += set.yTrue[i];
				bin.variance += s * (1 - s);
			});
			const off = fifths.filter(
				(b) => b.count >= 10 && Math.abs(b.males - b.score) / b.count > (2 * Math.sqrt(b.variance)) / b.count
			);
			if (off.length === 0)
				expect(note).toMatch(
					/^Calibration: in each fifth of the score range, the share of males stays within chance/
				);
			else expect(note).toMatch(/^Not calibrated everywhere: /);
		}
	});

	it('finds a bin whose gap is wider than its band, and no such bin among 20,000 calibrated scores', () => {
		const bins: ReliabilityBin[] = [
			{ from: 0.4, to: 0.6, count: 100, meanScore: 0.5, positiveShare: 0.7, band: 0.1 }
		];
		expect(calibrationCheck(bins).off).toHaveLength(1);
		const state = openState('n=20000&pos=20&sep=2&seed=3');
		const set = state.setA!;
		expect(reliability(set).every((b) => Math.abs(b.positiveShare - b.meanScore) < 2 * b.band)).toBe(true);
	});
});

describe('plurals in the threshold page’s sentences', () => {
	it('the histogram summary: "1 sample scores … and is flagged", "3 samples score … and are flagged"', () => {
		expect(flaggedText({ tp: 1, fp: 0, fn: 4, tn: 15 })).toBe(
			'1 sample scores at or above it and is flagged positive'
		);
		expect(flaggedText({ tp: 2, fp: 1, fn: 4, tn: 15 })).toBe(
			'3 samples score at or above it and are flagged positive'
		);
		expect(flaggedText(null)).toBe('0 samples score at or above it and are flagged positive');
	});
});
