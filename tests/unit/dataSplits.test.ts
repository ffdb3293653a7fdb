import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bestBy, makeSplitData, meanAndSd, partCounts, splitData, withDuplicates } from '$lib/widgets/data-splits/analysis';
import { decodeSplitsState, splitsCodec } from '$lib/widgets/data-splits/codec';
import { minimum, setPart } from '$lib/widgets/data-splits/fractions';
import { splitsQuestions } from '$lib/widgets/data-splits/quiz';

describe('setPart', () => {
	it('rescales the other two parts and keeps the sum at 100', () => {
		// 80/10/10, test → 20: 80 left; above their minimums train has 70 and val 10 of room, so the
		// 70 spare go 70 : 10 → train 10 + round(61.25) = 71, val 80 − 71 = 9
		expect(setPart({ train: 80, val: 10, test: 10 }, 'test', 20)).toEqual({ train: 71, val: 9, test: 20 });
		// val → 0: 100 left, 85 spare shared 70 : 5 → train 10 + round(79.33) = 89, test 11
		expect(setPart({ train: 80, val: 10, test: 10 }, 'val', 0)).toEqual({ train: 89, val: 0, test: 11 });
		// too much asked: test is capped so train keeps 10 and val 0
		expect(setPart({ train: 80, val: 10, test: 10 }, 'test', 99)).toEqual({ train: 10, val: 0, test: 90 });
	});

	it('always sums to 100 and respects each minimum (property)', () => {
		const parts = ['train', 'val', 'test'] as const;
		fc.assert(
			fc.property(fc.integer({ min: 10, max: 85 }), fc.integer({ min: 0, max: 85 }), fc.constantFrom(...parts), fc.integer({ min: -20, max: 120 }), (train, val, part, value) => {
				const test = 100 - train - val;
				fc.pre(test >= minimum.test);
				const next = setPart({ train, val, test }, part, value);
				expect(next.train + next.val + next.test).toBe(100);
				for (const p of parts) expect(next[p]).toBeGreaterThanOrEqual(minimum[p]);
			})
		);
	});
});

describe('the data and its split', () => {
	it('draws the asked share of positives, deterministically', () => {
		const a = makeSplitData({ n: 200, positiveShare: 0.05, separation: 2, seed: 3, drift: false });
		expect(a.y.filter((v) => v === 1)).toHaveLength(10);
		expect(makeSplitData({ n: 200, positiveShare: 0.05, separation: 2, seed: 3, drift: false })).toEqual(a);
	});

	it('80/10/10 of 200 is 160/20/20, and stratified every part keeps 5% positives', () => {
		const data = makeSplitData({ n: 200, positiveShare: 0.05, separation: 2, seed: 1, drift: false });
		const parts = splitData(data, { train: 80, val: 10, test: 10, shuffle: true, stratify: true, seed: 4 });
		// 10 positives dealt 8 / 1 / 1
		expect(partCounts(data.y, parts)).toEqual([
			{ part: 'train', size: 160, positives: 8 },
			{ part: 'val', size: 20, positives: 1 },
			{ part: 'test', size: 20, positives: 1 }
		]);
	});

	it('duplicates 30% of the rows at the end', () => {
		const data = makeSplitData({ n: 100, positiveShare: 0.5, separation: 1, seed: 1, drift: false });
		const dup = withDuplicates(data, 1);
		expect(dup.copies).toBe(30);
		expect(dup.X).toHaveLength(130);
		for (let i = 100; i < 130; i++) expect(data.X.some((row) => row[0] === dup.X[i][0] && row[1] === dup.X[i][1])).toBe(true);
	});
});

describe('scores', () => {
	it('meanAndSd uses the population standard deviation', () => {
		// 0.8, 0.9, 1.0: mean 0.9, deviations ±0.1 → sd √(0.02 / 3)
		const stats = meanAndSd([0.8, 0.9, 1]);
		expect(stats?.mean).toBeCloseTo(0.9, 12);
		expect(stats?.sd).toBeCloseTo(Math.sqrt(0.02 / 3), 12);
		expect(meanAndSd([])).toBeNull();
	});

	it('bestBy takes the highest score, ties to the smaller k', () => {
		const rows = [
			{ k: 1, val: 0.8, test: 0.9, fresh: 0.85 },
			{ k: 3, val: 0.9, test: 0.9, fresh: 0.88 },
			{ k: 5, val: 0.9, test: 0.85, fresh: 0.9 }
		];
		expect(bestBy(rows, 'val')?.k).toBe(3);
		expect(bestBy(rows, 'test')?.k).toBe(1);
	});
});

describe('splits link and questions', () => {
	it('round-trips and refuses parts that do not add up to 100', () => {
		const state = { ...splitsCodec.defaults(), tr: 70, va: 15, te: 15, strat: 'on' as const };
		expect(decodeSplitsState(splitsCodec.encode(state)).value).toEqual(state);
		const bad = decodeSplitsState(new URLSearchParams('tr=70&va=20&te=20'));
		expect([bad.value.tr, bad.value.va, bad.value.te]).toEqual([80, 10, 10]);
		expect(bad.problems[0]).toContain('110%');
	});

	it('asks the validation size of 1,000 samples at 80/10/10: 100', () => {
		const input = splitsCodec.defaults();
		const q = splitsQuestions({ n: 200, input, counts: [], spread: [] }, 1, 10).find((x) => x.id === 'val-size');
		expect(q?.answer).toBe(100);
		// a stratified 10% test of 1,000 rows at 5% positives holds 5 (the exam's example)
		expect(splitsQuestions({ n: 200, input, counts: [], spread: [] }, 1, 10).find((x) => x.id === 'stratified-positives')?.answer).toBe(5);
	});
});
