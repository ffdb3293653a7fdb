import { describe, expect, it } from 'vitest';
import { knnClassifier } from '$lib/ml/knn';
import { rocAuc } from '$lib/ml/metrics';
import { columnsChosenOnAllRows, makeWideTable } from '$lib/ml/selectionLeak';
import { kFold, leaveOneOut, stratifiedKFold, timeSeriesSplit, type Fold } from '$lib/ml/split';
import { makeSplitData, type SplitData } from '$lib/ml/splitDatasets';
import { std } from '$lib/ml/stats';
import { cvCodec, type CvUrlState } from '$lib/widgets/cross-validation/codec';
import {
	foldCountRows,
	foldCountTable,
	meanExtremes,
	RESHUFFLE_SEEDS,
	runFoldCountJob,
	spreadExtremes,
	type FoldCountRow
} from '$lib/widgets/cross-validation/foldCounts';
import { asScore } from '$lib/format/scoreText';
import {
	crossValidate,
	foldSizeRule,
	makeFolds,
	meanSdParts,
	timeSeriesRule
} from '$lib/widgets/cross-validation/folds';
import { cvSelectionLeak } from '$lib/widgets/cross-validation/leak';
import { allCvQuestions, cvQuestions, foldSizes } from '$lib/widgets/cross-validation/quiz';
import { cvQuizFacts, foldsTrainingOnLater } from '$lib/widgets/cross-validation/quizFacts';
import { expectWellFormedQuestions } from './quizRules';

const range = (start: number, stop: number) => Array.from({ length: stop - start }, (_, i) => start + i);
const labels = (n: number) => Array.from({ length: n }, (_, i) => i % 2);
const options = { shuffle: false, seed: 1 };
const defaults = cvCodec.defaults();
/** The page's data for a link state, as the state class draws it. */
const dataOf = (s: CvUrlState) =>
	makeSplitData({
		n: s.n,
		positiveShare: s.pos / 100,
		separation: s.sep,
		seed: s.dseed,
		drift: s.time === 'on'
	});

/** AUC of one fold worked out without the widget: k-NN's share of positive neighbours, then scikit-learn's roc_auc_score. */
function foldAuc(data: SplitData, fold: Fold, k: number): number | null {
	const truth = fold.test.map((i) => data.y[i]);
	if (!truth.includes(0) || !truth.includes(1)) return null;
	const used = Math.min(k, fold.train.length);
	const model = knnClassifier(
		fold.train.map((i) => data.X[i]),
		fold.train.map((i) => data.y[i]),
		used
	);
	const shares = fold.test.map(
		(i) => model.neighbours(data.X[i]).filter((j) => data.y[fold.train[j]] === 1).length / used
	);
	return rocAuc(truth, shares);
}

describe('fold sizes', () => {
	it('are scikit-learn KFold sizes: 103 rows in 5 folds are 21, 21, 21, 20, 20', () => {
		// 103 = 5 × 20 + 3: the first three folds take one more
		expect(foldSizes(103, 5)).toEqual([21, 21, 21, 20, 20]);
		expect(foldSizes(7, 3)).toEqual([3, 2, 2]);
		expect(kFold(103, 5).map((f) => f.test.length)).toEqual(foldSizes(103, 5));
	});

	it('the formula n = q·k + r (r folds of ⌈n/k⌉, k − r of ⌊n/k⌋) holds for k-fold and stratified k-fold', () => {
		expect(foldSizeRule(103, 5)).toEqual({ small: 20, large: 21, largeFolds: 3, smallFolds: 2 });
		expect(foldSizeRule(100, 5)).toEqual({ small: 20, large: 21, largeFolds: 0, smallFolds: 5 });
		for (const dseed of [1, 2, 3]) {
			for (const [n, k] of [
				[103, 5],
				[58, 7],
				[300, 20]
			]) {
				const data = makeSplitData({ n, positiveShare: 0.2, separation: 1.5, seed: dseed, drift: false });
				const rule = foldSizeRule(n, k);
				for (const method of ['kfold', 'stratified'] as const) {
					const sizes = makeFolds(method, data.y, k, { shuffle: true, seed: dseed }).map(
						(f) => f.test.length
					);
					expect(sizes.filter((s) => s === rule.large)).toHaveLength(rule.largeFolds);
					expect(sizes.filter((s) => s === rule.small)).toHaveLength(rule.smallFolds);
				}
			}
		}
	});
});

describe('time series (expanding window), as scikit-learn TimeSeriesSplit', () => {
	it('gives the documented example: TimeSeriesSplit(n_splits=5) on 6 samples', () => {
		// scikit-learn's docs: train [0] test [1], train [0 1] test [2], …, train [0 1 2 3 4] test [5]
		expect(makeFolds('timeseries', labels(6), 5, options)).toEqual([
			{ train: [0], test: [1] },
			{ train: [0, 1], test: [2] },
			{ train: [0, 1, 2], test: [3] },
			{ train: [0, 1, 2, 3], test: [4] },
			{ train: [0, 1, 2, 3, 4], test: [5] }
		]);
	});

	it('test_size = n_samples // (n_splits + 1); the test blocks are the last k, each trained on everything before it', () => {
		// (n, k, test size by hand): 103 // 6 = 17, 7 // 4 = 1, 20 // 20 = 1, 300 // 21 = 14, 10 // 3 = 3
		for (const [n, k, size] of [
			[103, 5, 17],
			[7, 3, 1],
			[20, 19, 1],
			[300, 20, 14],
			[10, 2, 3]
		]) {
			const folds = makeFolds('timeseries', labels(n), k, options);
			expect(folds.map((f) => f.test.length)).toEqual(new Array(k).fill(size));
			expect(timeSeriesRule(n, k)).toEqual({ testSize: size, firstBlock: n - k * size });
			folds.forEach((fold, i) => {
				const start = n - (k - i) * size;
				expect(fold.test).toEqual(range(start, start + size));
				expect(fold.train).toEqual(range(0, start));
			});
		}
		// 20 splits need 21 blocks: 20 rows are too few, as scikit-learn refuses
		expect(() => makeFolds('timeseries', labels(20), 20, options)).toThrow(/only 20 samples/);
	});
});

describe('the score of each fold: ROC AUC of k-NN', () => {
	it('each fold is scored as worked out without the widget, and the mean ± sd is NumPy’s (ddof 0)', () => {
		for (const dseed of [1, 2, 3]) {
			const data = makeSplitData({ n: 103, positiveShare: 0.2, separation: 1.5, seed: dseed, drift: false });
			const folds = kFold(103, 5, { shuffle: true, seed: dseed });
			const cv = crossValidate(data, folds, 5);
			const expected = folds.map((fold) => foldAuc(data, fold, 5));
			expect(cv.scores).toEqual(expected.map((v) => (v === null ? null : expect.closeTo(v, 12))));
			const defined = expected.filter((v): v is number => v !== null);
			expect(cv.mean).toBeCloseTo(defined.reduce((a, b) => a + b, 0) / defined.length, 12);
			expect(cv.sd).toBeCloseTo(std(defined), 12);
			expect(cv.estimateKind).toBe('mean');
		}
	});

	it('meanSdParts: 0.8, 0.9, 1.0 → sum 2.7, mean 0.9, Σ(s − mean)² = 0.02, sd √(0.02 / 3); folds without a score are left out', () => {
		const parts = meanSdParts([0.8, null, 0.9, 1]);
		expect(parts?.count).toBe(3);
		expect(parts?.sum).toBeCloseTo(2.7, 12);
		expect(parts?.mean).toBeCloseTo(0.9, 12);
		expect(parts?.squares).toBeCloseTo(0.02, 12);
		expect(parts?.sd).toBeCloseTo(Math.sqrt(0.02 / 3), 12);
		expect(meanSdParts([null, null])).toBeNull();
	});

	it('a fold without a positive has no AUC, and the page counts them; stratified folds have one whenever each class has k rows', () => {
		// 103 rows, 21 positive, 20 plain folds of 5–6 rows: some hold no positive
		const data = makeSplitData({ n: 103, positiveShare: 0.2, separation: 1.5, seed: 1, drift: false });
		const folds = kFold(103, 20, { shuffle: true, seed: 1 });
		const cv = crossValidate(data, folds, 5);
		const withoutPositive = folds.filter((f) => f.test.every((i) => data.y[i] === 0)).length;
		expect(withoutPositive).toBeGreaterThan(0);
		expect(cv.scores.filter((s) => s === null)).toHaveLength(withoutPositive);
		expect(cv.scored).toBe(20 - withoutPositive);
		// 21 positives ≥ 20 folds: stratified, every fold holds both classes and has a score
		expect(crossValidate(data, stratifiedKFold(data.y, 20, { shuffle: true, seed: 1 }), 5).scored).toBe(20);
	});

	it('leave-one-out: no fold has an AUC (one row, one class), so the estimate pools the n out-of-fold scores', () => {
		const data = makeSplitData({ n: 40, positiveShare: 0.2, separation: 1.5, seed: 2, drift: false });
		const cv = crossValidate(data, leaveOneOut(40), 5);
		expect(cv.scored).toBe(0);
		expect(cv.estimateKind).toBe('pooled');
		// pooled by hand: each row's share among its 5 nearest other rows, then one AUC over all 40
		const shares = data.X.map((_, i) => {
			const others = range(0, 40).filter((j) => j !== i);
			const model = knnClassifier(
				others.map((j) => data.X[j]),
				others.map((j) => data.y[j]),
				5
			);
			return model.neighbours(data.X[i]).filter((j) => data.y[others[j]] === 1).length / 5;
		});
		expect(cv.pooled).toBeCloseTo(rocAuc(data.y, shares), 12);
		expect(cv.estimate).toBe(cv.pooled);
	});
});

describe('the fold-count table: the spread of the CV score over reshuffles, not of single folds', () => {
	const data = makeSplitData({ n: 103, positiveShare: 0.2, separation: 1.5, seed: 1, drift: false });
	const rows = foldCountTable(data, 'kfold', 5);

	it('counts one fit per fold, and the rows each fit trains on', () => {
		expect(rows.map((r) => r.folds)).toEqual([2, 5, 10, 20, 'loo']);
		expect(rows.map((r) => r.fits)).toEqual([2, 5, 10, 20, 103]);
		// each fit trains on n minus its test fold, so on average n − n / k: 103 − 51.5, 103 − 20.6, …, and 102 for leave-one-out
		expect(rows.map((r) => r.trainRows)).toEqual(
			[51.5, 82.4, 92.7, 97.85, 102].map((v) => expect.closeTo(v, 10))
		);
	});

	it('the SD column is the population sd of the pooled AUC over shuffle seeds 1–50, recomputed here fold by fold', () => {
		const pooled = RESHUFFLE_SEEDS.map((seed) => {
			const folds = kFold(103, 5, { shuffle: true, seed });
			const truth: number[] = [];
			const shares: number[] = [];
			for (const fold of folds) {
				const model = knnClassifier(
					fold.train.map((i) => data.X[i]),
					fold.train.map((i) => data.y[i]),
					5
				);
				for (const i of fold.test) {
					truth.push(data.y[i]);
					shares.push(model.neighbours(data.X[i]).filter((j) => data.y[fold.train[j]] === 1).length / 5);
				}
			}
			return rocAuc(truth, shares);
		});
		const five = rows[1];
		expect(five.runs).toBe(50);
		expect(five.mean).toBeCloseTo(pooled.reduce((a, b) => a + b, 0) / 50, 12);
		expect(five.sd).toBeCloseTo(std(pooled), 12);
	});

	it('leave-one-out deals one way only: one run and no SD, whatever the shuffle seed; time order likewise for every count', () => {
		const loo = rows[4];
		expect([loo.reshuffled, loo.sd, loo.runs]).toEqual([false, null, 1]);
		expect(runFoldCountJob(data, 'kfold', 5, { count: 'loo', seed: null }).estimate).toBe(loo.mean);
		const time = foldCountTable(
			makeSplitData({ n: 103, positiveShare: 0.2, separation: 1.5, seed: 1, drift: true }),
			'timeseries',
			5
		);
		expect(time.map((r) => r.sd)).toEqual([null, null, null, null, null]);
		expect(time[4]).toMatchObject({
			mean: null,
			fits: null,
			problem: expect.stringMatching(/train on rows after/)
		});
	});

	it('the reshuffle SD is far below the SD of single fold scores it replaces, on the default page and several data seeds', () => {
		// the old table's per-fold SD (0/1 scores for leave-one-out) read as noise of the estimate; the estimate moves much less
		for (const dseed of [1, 2, 3]) {
			const s = { ...defaults, dseed };
			const table = foldCountTable(dataOf(s), 'kfold', 5);
			const page = crossValidate(dataOf(s), kFold(s.n, 5, { shuffle: true, seed: s.seed }), 5);
			expect(table[1].sd as number).toBeLessThan((page.sd as number) / 2);
		}
	});

	it('spreadExtremes names the rows whose estimate moved most and least', () => {
		const row = (folds: 2 | 5 | 10, sd: number | null): FoldCountRow => ({
			folds,
			mean: 0.8,
			sd,
			runs: 50,
			reshuffled: sd !== null,
			pooled: true,
			trainRows: 1,
			fits: 1,
			problem: null
		});
		const extremes = spreadExtremes([row(2, 0.04), row(5, 0.01), row(10, 0.02), row(10, null)]);
		expect([extremes?.noisiest.folds, extremes?.steadiest.folds]).toEqual([2, 5]);
		expect(spreadExtremes([row(2, 0.04)])).toBeNull();
		expect(foldCountRows('kfold', [])[0].problem).toBe('not run');
	});

	it('"The AUC ranges from A (count) to B (count)" names the lowest and highest mean of every count, not only the first and last (default page, data seeds 1–3)', () => {
		for (const dseed of [1, 2, 3]) {
			const table = foldCountTable(dataOf({ ...defaults, dseed }), 'kfold', 5);
			const means = table.map((r) => r.mean as number);
			const extremes = meanExtremes(table)!;
			expect(extremes.lowest.mean).toBe(Math.min(...means));
			expect(extremes.highest.mean).toBe(Math.max(...means));
			expect(means.every((m) => m >= extremes.lowest.mean! && m <= extremes.highest.mean!)).toBe(true);
		}
		// the default page: 2-fold and leave-one-out both 0.824, 5-fold 0.821 below them, so "stays at 0.824" was wrong
		expect(asScore(rows[0].mean)).toBe(asScore(rows[4].mean));
		expect(asScore(meanExtremes(rows)!.lowest.mean)).not.toBe(asScore(rows[0].mean));
		expect(meanExtremes(foldCountRows('kfold', []))).toBeNull();
	});

	it('says why a fold count cannot be made', () => {
		// 20 rows, 2 positives and 18 negatives: 20 stratified folds exceed both classes, which scikit-learn refuses
		const few = makeSplitData({ n: 20, positiveShare: 0.1, separation: 1.5, seed: 1, drift: false });
		expect(runFoldCountJob(few, 'stratified', 5, { count: 20, seed: 1 }).problem).toMatch(
			/no class has that many samples/
		);
		// time-series with 20 splits on 20 rows is refused: 21 blocks needed
		expect(runFoldCountJob(few, 'timeseries', 5, { count: 20, seed: null }).problem).toMatch(
			/only 20 samples/
		);
	});
});

describe('preprocessing inside each fold: feature selection on a table of pure noise', () => {
	it('chosen on all rows before the folds, the CV AUC rises far above the honest 0.5, on every method and several seeds', () => {
		const clean: number[] = [];
		for (const dseed of [1, 2, 3]) {
			const table = makeWideTable(dseed);
			const leakyColumns = columnsChosenOnAllRows(table);
			for (const [method, k] of [
				['kfold', 5],
				['stratified', 10],
				['timeseries', 5],
				['loo', 5]
			] as const) {
				// leave-one-out and time order have one way to deal: one seed is every seed
				for (const seed of method === 'loo' || method === 'timeseries' ? [1] : [1, 2]) {
					const pair = cvSelectionLeak(table, leakyColumns, method, k, { shuffle: true, seed }, 5);
					expect(
						(pair.leaky as number) - (pair.clean as number),
						`${dseed} ${method} ${seed}`
					).toBeGreaterThan(0.15);
					clean.push(pair.clean as number);
				}
			}
		}
		// honest: no feature carries signal, so on average a coin flip
		expect(Math.abs(clean.reduce((a, b) => a + b, 0) / clean.length - 0.5)).toBeLessThan(0.08);
	}, 30_000);
});

describe('cross-validation questions', () => {
	const states: [string, CvUrlState][] = [
		['the defaults', defaults],
		['stratified', { ...defaults, method: 'stratified' }],
		['time series on drifting rows', { ...defaults, method: 'timeseries', time: 'on' }],
		['leave-one-out, 40 rows', { ...defaults, method: 'loo', n: 40 }],
		['shuffled k-fold on drifting rows, 10 folds', { ...defaults, time: 'on', folds: 10 }],
		['unshuffled 3-fold, 5% positives', { ...defaults, shuffle: 'off', folds: 3, pos: 5 }]
	];

	it.each(states)('are well formed for %s, over seeds 1–12', (_, state) => {
		for (let q = 1; q <= 12; q++) {
			const s = { ...state, q };
			expectWellFormedQuestions(cvQuestions(cvQuizFacts(s, dataOf(s)), q), cvCodec.decode);
		}
	});

	it('offer at least four generators, half of them predict or scenario, on every state', () => {
		for (const [, state] of states) {
			const all = allCvQuestions(cvQuizFacts(state, dataOf(state)));
			expect(all.length).toBeGreaterThanOrEqual(6);
			expect(all.filter((q) => q.form !== 'compute').length * 2).toBeGreaterThanOrEqual(all.length);
		}
	});

	/** The row and split counts a question states ("… n_splits=5) on 103 rows"). */
	const rowsAndK = (prompt: string) => [
		Number(/on (\d+) rows/.exec(prompt)?.[1]),
		Number(/n_splits=(\d+)/.exec(prompt)?.[1])
	];
	const byId = (s: CvUrlState, id: string) =>
		allCvQuestions(cvQuizFacts(s, dataOf(s))).find((q) => q.id === id);

	it('fold sizes: the KFold order by hand, never the page’s own n and k', () => {
		// by hand: 47 = 4 × 11 + 3, 58 = 5 × 11 + 3, 74 = 4 × 18 + 2, 250 = 6 × 41 + 4, 103 = 5 × 20 + 3
		const byHand: Record<string, string> = {
			'47/4': '12, 12, 12, 11',
			'58/5': '12, 12, 12, 11, 11',
			'74/4': '19, 19, 18, 18',
			'250/6': '42, 42, 42, 42, 41, 41',
			'103/5': '21, 21, 21, 20, 20'
		};
		for (let q = 1; q <= 8; q++) {
			const question = byId({ ...defaults, q }, 'fold-sizes');
			const [rows, k] = rowsAndK(question?.prompt ?? '');
			expect(`${rows}/${k}`).not.toBe('103/5'); // the default page shows 103 rows in 5 folds
			expect(question?.answer).toBe(byHand[`${rows}/${k}`]);
			expect(question?.answer).toBe(
				kFold(rows, k)
					.map((f) => f.test.length)
					.join(', ')
			);
		}
		// the curriculum's check: 5-fold on 103 rows, asked when the page shows something else
		const asked = [1, 2, 3, 4, 5, 6, 7, 8].map((q) => byId({ ...defaults, n: 120, q }, 'fold-sizes')?.answer);
		expect(asked).toContain('21, 21, 21, 20, 20');
	});

	it('more folds, more fits: candidates × folds, counted from the folds the engine makes', () => {
		for (const [folds, to] of [
			[5, 10],
			[10, 20],
			[15, 5]
		]) {
			const s = { ...defaults, folds, q: 2 };
			const question = byId(s, 'more-folds-fits');
			const candidates = 3 + (2 % 4);
			expect(question?.answer).toBe(candidates * kFold(s.n, to).length);
			expect(question?.see?.params).toContain(`folds=${to}`);
		}
		expect(byId({ ...defaults, method: 'timeseries' }, 'more-folds-fits')).toBeUndefined();
	});

	it('shuffling time-ordered rows: every shuffled fold trains on a later row, TimeSeriesSplit never does', () => {
		for (const dseed of [1, 2, 3]) {
			const s = { ...defaults, dseed, seed: dseed };
			const question = byId(s, 'time-shuffle');
			const folds = kFold(s.n, s.folds, { shuffle: true, seed: s.seed });
			const later = folds.filter((f) => Math.max(...f.train) > Math.min(...f.test)).length;
			expect(question?.answer).toBe(later);
			expect(later).toBe(s.folds);
			expect(foldsTrainingOnLater(timeSeriesSplit(s.n, s.folds))).toBe(0);
		}
		// not asked when the page already shows shuffled k-fold on drifting rows
		expect(byId({ ...defaults, time: 'on' }, 'time-shuffle')).toBeUndefined();
	});

	it('stratifying the folds: ⌊positives / k⌋ or ⌈positives / k⌉ in each, as stratifiedKFold deals them', () => {
		let asked = 0;
		for (const dseed of [1, 2, 3, 4]) {
			const s = { ...defaults, dseed };
			const data = dataOf(s);
			const question = byId(s, 'stratify-folds');
			const plain = kFold(s.n, s.folds, { shuffle: true, seed: s.seed }).map(
				(f) => f.test.filter((i) => data.y[i] === 1).length
			);
			if (Math.max(...plain) - Math.min(...plain) <= 1) {
				expect(question).toBeUndefined();
				continue;
			}
			const positives = data.y.filter((v) => v === 1).length;
			const counts = stratifiedKFold(data.y, s.folds, { shuffle: true, seed: s.seed }).map(
				(f) => f.test.filter((i) => data.y[i] === 1).length
			);
			// 21 positives in 5 folds: 4 or 5 in each
			expect(new Set(counts)).toEqual(new Set([Math.floor(positives / 5), Math.ceil(positives / 5)]));
			expect(question?.answer).toBe(
				`${Math.floor(positives / 5)} or ${Math.ceil(positives / 5)} in every fold`
			);
			asked++;
		}
		expect(asked).toBeGreaterThan(0);
	});

	it('the scenarios’ numbers: 40 frauds in 10 stratified folds are 4 each; leave-one-out fits and time-series test sizes from the engine', () => {
		const fraud = Array.from({ length: 2000 }, (_, i) => (i % 50 === 0 ? 1 : 0));
		expect(stratifiedKFold(fraud, 10).map((f) => f.test.filter((i) => fraud[i] === 1).length)).toEqual(
			new Array(10).fill(4)
		);
		for (let q = 1; q <= 6; q++) {
			const loo = byId({ ...defaults, q }, 'loo-fits');
			expect(loo?.answer).toBe(leaveOneOut(loo?.answer as number).length);
			expect(loo?.answer).not.toBe(defaults.n);
			const ts = byId({ ...defaults, q }, 'time-series-size');
			const [rows, k] = rowsAndK(ts?.prompt ?? '');
			expect(ts?.answer).toBe(timeSeriesSplit(rows, k)[0].test.length);
		}
	});
});

describe('cross-validation link', () => {
	it('round-trips a state and falls back on a tampered field; old links keep their data', () => {
		const state = {
			...defaults,
			method: 'timeseries' as const,
			folds: 10,
			shuffle: 'off' as const,
			time: 'on' as const,
			dseed: 4,
			fsel: 'on' as const
		};
		expect(cvCodec.decode(cvCodec.encode(state)).value).toEqual(state);
		const { value, problems } = cvCodec.decode(new URLSearchParams('folds=50&method=holdout'));
		expect([value.folds, value.method]).toEqual([5, 'kfold']);
		expect(problems).toHaveLength(2);
		expect(cvCodec.decode(new URLSearchParams('seed=9')).value).toMatchObject({ seed: 9, dseed: 9 });
		// a link from before the leak panel opens with the honest pipeline
		expect(cvCodec.decode(new URLSearchParams('method=stratified&folds=10')).value.fsel).toBe('off');
	});
});
