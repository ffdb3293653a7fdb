import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	bestBy,
	makeFreshData,
	makeSplitData,
	meanAndSd,
	partCounts,
	splitData,
	SPREAD_SEEDS,
	stratifyProblem,
	usableK,
	withDuplicates
} from '$lib/widgets/data-splits/analysis';
import {
	columnsChosenOnAllRows,
	duplicateLeak,
	makeWideTable,
	scalingLeak,
	selectionLeak,
	splitWideTable,
	WIDE_TABLE,
	withoutCopies
} from '$lib/widgets/data-splits/leaks';
import { summariseLeak } from '$lib/widgets/data-splits/seedRuns';
import { asPoints, counted } from '$lib/widgets/data-splits/words';
import { isCorrect } from '$lib/ui/quiz';
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

describe('the data seed and the split seed', () => {
	it('fresh data of drifting rows come from after the series: centres moved by 3 · t for t in (1, 1 + horizon]', () => {
		const options = { n: 200, positiveShare: 0.1, separation: 1.5, seed: 4, drift: true };
		const fresh = makeFreshData(options, 0.1);
		expect(fresh.X).toHaveLength(1000);
		// negatives sit around (3t, 3t), t evenly from 1.0001 to 1.1: mean 3 · 1.05 = 3.15 (sd 1 over ~900 rows: ±0.04)
		const negatives = fresh.X.filter((_, i) => fresh.y[i] === 0).map((row) => row[0]);
		expect(meanAndSd(negatives)?.mean).toBeGreaterThan(3.0);
		expect(meanAndSd(negatives)?.mean).toBeLessThan(3.3);
		// without drift the negatives stay around 0
		const still = makeFreshData({ ...options, drift: false }, 0.1);
		expect(Math.abs(meanAndSd(still.X.filter((_, i) => still.y[i] === 0).map((row) => row[0]))?.mean ?? 1)).toBeLessThan(0.15);
	});

	it('k is capped at the training rows', () => {
		expect(usableK(5, 2)).toBe(2);
		expect(usableK(5, 160)).toBe(5);
	});
});

describe('stratifying refused in words', () => {
	const settings = { train: 80, val: 10, test: 10, shuffle: true, stratify: true, seed: 1 };
	it('needs two samples of each class', () => {
		// 20 samples at 1% positives: max(1, round(0.2)) = 1 positive
		const y = makeSplitData({ n: 20, positiveShare: 0.01, separation: 1.5, seed: 1, drift: false }).y;
		expect(stratifyProblem(y, settings)).toMatch(/these 20 samples hold 1 positive\./);
		expect(stratifyProblem(y, { ...settings, stratify: false })).toBeNull();
		expect(stratifyProblem(y, { ...settings, shuffle: false })).toBeNull();
	});

	it('needs room for one sample of each class in every part', () => {
		// 20 samples, 10% → 2 positives; validation 5% of 20 = 1 sample, fewer than the 2 classes
		const y = makeSplitData({ n: 20, positiveShare: 0.1, separation: 1.5, seed: 1, drift: false }).y;
		expect(stratifyProblem(y, { ...settings, train: 85, val: 5 })).toMatch(/the validation part holds 1 sample\./);
		expect(stratifyProblem(y, settings)).toBeNull();
	});
});

describe('leaks, each with and without on the same split', () => {
	it('duplicates: the same parts less the copies, worked by hand with 1-NN', () => {
		// originals 0–3 on a line, row 4 a copy of row 1; train 0, 2, 4; test 1, 3
		const data = { X: [[0], [10], [20], [30], [10]], y: [0, 1, 0, 1, 1] };
		const parts = { train: [0, 2, 4], val: [], test: [1, 3] };
		expect(withoutCopies({ ...parts, test: [1, 3, 4] }, 4)).toEqual({ train: [0, 2], val: [], test: [1, 3] });
		// with the copy: row 1 finds its twin (distance 0, label 1: right); row 3's nearest is row 2 (label 0: wrong) → 1/2
		// without: row 1 is 10 from rows 0 and 2, the tie goes to row 0 (label 0: wrong); row 3 → row 2 (wrong) → 0
		expect(duplicateLeak(data, parts, 4, 1)).toEqual({ clean: 0, leaky: 0.5 });
	});

	it('a scaler on one feature cannot change k-NN, fitted on any rows: a positive affine map keeps every neighbour order', () => {
		const two = makeSplitData({ n: 120, positiveShare: 0.3, separation: 1, seed: 2, drift: true });
		const one = { X: two.X.map((row) => [row[0]]), y: two.y };
		const parts = splitData(one, { train: 70, val: 10, test: 20, shuffle: true, stratify: false, seed: 3 });
		const pair = scalingLeak(one, parts, 5);
		expect(pair.clean).toBe(pair.leaky);
	});

	it('features chosen on all rows lift a pure-noise table far above chance, on average over seeds 1–50', () => {
		const settings = { train: 80, val: 10, test: 10, shuffle: true, stratify: false, seed: 1 };
		for (const seed of [1, 2, 3]) {
			const table = makeWideTable(seed);
			expect(table.X).toHaveLength(WIDE_TABLE.rows);
			expect(table.X[0]).toHaveLength(WIDE_TABLE.features);
			expect(table.y.filter((v) => v === 1)).toHaveLength(50);
			const leaky = columnsChosenOnAllRows(table);
			const summary = summariseLeak(SPREAD_SEEDS.map((s) => selectionLeak(table, splitWideTable(settings, s), 5, leaky)));
			// no feature carries signal: chosen honestly, k-NN is a coin flip on average (50%, ± the luck of one table)
			expect(Math.abs((summary?.clean ?? 0) - 0.5)).toBeLessThan(0.1);
			// chosen with the test rows, the same model looks far better
			expect((summary?.leaky ?? 0) - (summary?.clean ?? 0)).toBeGreaterThan(0.15);
			expect(summary?.raised).toBeGreaterThan(40);
		}
	});

	it('summariseLeak averages both sides and counts the seeds the leak raised or lowered', () => {
		const pairs = [{ clean: 0.5, leaky: 0.7 }, { clean: 0.6, leaky: 0.6 }, { clean: 0.7, leaky: 0.5 }, { clean: null, leaky: 1 }, null];
		// three usable pairs: means 0.6 and 0.6; raised once, lowered once
		expect(summariseLeak(pairs)).toEqual({ clean: expect.closeTo(0.6, 12), leaky: expect.closeTo(0.6, 12), raised: 1, lowered: 1, count: 3 });
		expect(summariseLeak([null])).toBeNull();
	});

	it('words: singular for one, signed points', () => {
		expect(counted(1, 'row')).toBe('1 row');
		expect(counted(1000, 'row')).toBe('1,000 rows');
		expect(asPoints(0.031)).toBe('+3.1 points');
		expect(asPoints(-0.01)).toBe('−1.0 point');
		expect(asPoints(0.0001)).toBe('0.0 points');
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
	it('a link from before the data seed keeps its rows: seed seeds both', () => {
		expect(decodeSplitsState(new URLSearchParams('seed=7')).value).toMatchObject({ seed: 7, dseed: 7 });
		expect(decodeSplitsState(new URLSearchParams('seed=7&dseed=2')).value).toMatchObject({ seed: 7, dseed: 2 });
		expect(decodeSplitsState(new URLSearchParams('')).value).toMatchObject({ seed: 1, dseed: 1 });
	});

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

	it('marks the spread in the units its explanation uses', () => {
		const input = splitsCodec.defaults();
		const q = splitsQuestions({ n: 200, input, counts: [], spread: [0.75, 0.9, 1] }, 1, 10).find((x) => x.id === 'spread');
		expect(q?.explanation).toContain('25.0 points');
		for (const typed of ['25', '25%', '0.25']) expect(q && isCorrect(q, typed)).toBe(true);
		expect(q && isCorrect(q, '26')).toBe(false);
	});

	it('keeps the other questions in their places when the spread arrives', () => {
		const input = splitsCodec.defaults();
		const counts = [{ part: 'test', size: 20, positives: 2 }];
		for (let seed = 1; seed <= 20; seed++) {
			const without = splitsQuestions({ n: 200, input, counts, spread: [] }, seed, 10).map((q) => q.id);
			const withSpread = splitsQuestions({ n: 200, input, counts, spread: [0.8, 0.9] }, seed, 10).map((q) => q.id);
			expect(withSpread.filter((id) => id !== 'spread')).toEqual(without);
		}
	});
});
