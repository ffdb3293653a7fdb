import { describe, expect, it } from 'vitest';
import { tableFromRows } from '$lib/data/table';
import {
	binsOf,
	dropRowsBias,
	outcomes,
	punchedPositions,
	studyData,
	truthOf,
	withHoles,
	type Outcome
} from '$lib/widgets/missing-data/analysis';
import { missingCodec } from '$lib/widgets/missing-data/codec';
import { missingQuestions } from '$lib/widgets/missing-data/quiz';
import { isCorrect } from '$lib/quiz/quiz';
import { openLink } from './openLink';
import { MissingState } from '$lib/widgets/missing-data/State.svelte';

// the e2e fixture tests/fixtures/csv/missing-small.csv: x observed 1, 4, 10, 3, 7 (gaps in rows 2 and 5), y = 10…70
const header = ['x', 'y', 'same', 'empty'];
const cells = [
	['1', '10', '5', ''],
	['NA', '20', '5', ''],
	['4', '30', '5', ''],
	['10', '40', '5', ''],
	['', '50', '5', ''],
	['3', '60', '5', ''],
	['7', '70', '5', '']
];
const table = tableFromRows('small', header, cells);
const data = studyData(table, 'x', 'y');
const byId = (results: Outcome[], id: string) => results.find((o) => o.id === id)!;

describe('studyData and the truth', () => {
	it("keeps the table's own gaps as gaps with no known truth", () => {
		expect(data.values).toEqual([1, null, 4, 10, null, 3, 7]);
		expect(data.ownGaps).toBe(2);
		expect(truthOf(data).summary.mean).toBe(5); // (1 + 4 + 10 + 3 + 7) / 5
		expect(() => studyData(table, 'empty', 'y')).toThrow(/no numeric column "empty"/);
	});
});

describe('outcomes on the small table (no holes punched)', () => {
	const results = outcomes(data, withHoles(data, []), 0, 2);
	it('drops rows, drops the column, or fills with the statistic', () => {
		expect(byId(results, 'drop-rows').rows).toBe(5);
		expect(byId(results, 'drop-column').summary).toBeNull();
		expect(byId(results, 'mean').fill).toBe(5);
		expect(byId(results, 'median').fill).toBe(4); // sorted 1 3 4 7 10
		expect(byId(results, 'most_frequent').fill).toBe(1); // all seen once: the smallest
		expect(byId(results, 'constant').values).toEqual([1, 0, 4, 10, 0, 3, 7]);
	});
	it('mean imputation keeps the mean and shrinks σ by √(n_obs / n)', () => {
		// observed squares of deviations 16 + 1 + 25 + 4 + 4 = 50: σ_obs = √10; after, √(50 / 7)
		expect(byId(results, 'drop-rows').summary!.std).toBeCloseTo(Math.sqrt(10), 12);
		expect(byId(results, 'mean').summary!.mean).toBeCloseTo(5, 12);
		expect(byId(results, 'mean').summary!.std).toBeCloseTo(Math.sqrt(50 / 7), 12);
	});
	it('k-NN (k = 2) fills from the rows with the nearest y', () => {
		// row 2 (y 20): y 10 and 30 tie at distance √2·10 → (1 + 4) / 2; row 5 (y 50): y 40 and 60 → (10 + 3) / 2
		const knn = byId(results, 'knn');
		expect(knn.values![1]).toBe(2.5);
		expect(knn.values![4]).toBe(6.5);
		expect(knn.donors!.get(1)).toEqual([0, 2]);
	});
	it('the indicator correlates with y where the gaps are', () => {
		// m = 0 1 0 0 1 0 0 against y = 10…70: Σ(m − 2/7)(y − 40) = (20 − 40) + (50 − 40) = −10
		const r = byId(results, 'indicator').indicatorR!;
		const sxx = 2 * (5 / 7) ** 2 + 5 * (2 / 7) ** 2;
		const syy = 900 + 400 + 100 + 0 + 100 + 400 + 900;
		expect(r).toBeCloseTo(-10 / Math.sqrt(sxx * syy), 12);
	});
});

describe('an all-missing column', () => {
	const all = withHoles(data, punchedPositions(data, 'mcar', 1, 1, []));
	const results = outcomes(data, all, 0, 5);
	it('leaves no numbers for the imputers, a note instead, and the constant still fills', () => {
		expect(byId(results, 'drop-rows').rows).toBe(0);
		expect(byId(results, 'drop-rows').summary!.mean).toBeNull();
		for (const id of ['mean', 'median', 'most_frequent', 'knn', 'indicator']) {
			expect(byId(results, id).summary).toBeNull();
			expect(byId(results, id).note).toMatch(/Every value of x is missing/);
		}
		expect(byId(results, 'constant').values).toEqual([0, 0, 0, 0, 0, 0, 0]);
		expect(binsOf(truthOf(data).values, null)!.after).toBeNull();
	});
});

describe('a column with one distinct value', () => {
	it('gives σ = 0 and an undefined r, not NaN', () => {
		const flat = studyData(table, 'same', 'y');
		const [meanFilled] = outcomes(flat, withHoles(flat, [0]), 0, 5).filter((o) => o.id === 'mean');
		expect(meanFilled.summary).toEqual({ n: 7, mean: 5, std: 0, r: null });
	});
});

describe('punching by hand and by mechanism', () => {
	it('maps hand-picked table rows to positions, ignoring own gaps and unknown rows', () => {
		expect(punchedPositions(data, 'hand', 0, 1, [3, 1, 99])).toEqual([3]);
	});
	it('MNAR dropping biases the mean of a real-sized column downward', () => {
		const values = Array.from({ length: 300 }, (_, i) => [String(i), String(i % 7)]);
		const big = studyData(tableFromRows('t', ['v', 'w'], values), 'v', 'w');
		const bias = dropRowsBias(big, 0.3, 1);
		expect(bias.find((b) => b.mechanism === 'mnar')!.bias!).toBeLessThan(-15);
	});
});

describe('codec', () => {
	it('round-trips a state, hand list included', () => {
		const state = {
			...missingCodec.defaults(),
			mech: 'hand' as const,
			hand: [3, 17],
			method: 'knn' as const,
			k: 3,
			fill: -2.5
		};
		expect(missingCodec.decode(missingCodec.encode(state)).value).toEqual(state);
		expect(missingCodec.decode(new URLSearchParams('hand=')).value.hand).toEqual([]);
	});
	it('falls back field by field and never opens an upload', () => {
		const { value, problems } = openLink(new MissingState(), 'src=upload&rate=2&k=x&method=knn');
		expect(value.src).toBe('penguins');
		expect(value.rate).toBe(0.3);
		expect(value.method).toBe('knn');
		expect(problems).toHaveLength(3);
	});
});

describe('questions on the small table', () => {
	it('rows kept with a second gappy column, by hand', () => {
		const results = outcomes(data, withHoles(data, []), 0, 5);
		const input = { ...missingCodec.defaults(), mech: 'hand' as const, col: 'x', by: 'y' };
		const questions = missingQuestions({ input, data, truth: truthOf(data).summary, results }, 1, 100);
		const kept = questions.find((q) => q.id === 'rows-kept');
		// 5 complete rows, each also complete in a second column with probability 0.9
		expect(kept && kept.kind === 'number' && kept.answer).toBeCloseTo(4.5, 12);
		// "about how many rows": both whole numbers within a row of 4.5 pass, 3 and 6 do not
		expect(['4', '5', '3', '6'].map((given) => isCorrect(kept!, given))).toEqual([true, true, false, false]);
		// by hand, there is no mechanism to change the rate of: no correlation question
		expect(questions.map((q) => q.id)).not.toContain('correlation-rate');
	});
});
