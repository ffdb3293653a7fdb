import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	categoriesOf,
	kBinsDiscretize,
	oneHot,
	oneHotTransform,
	ordinalEncode,
	ordinalEncoding
} from '../../src/lib/ml/encoding';
import { countVectorize, ngrams, tokenize } from '../../src/lib/ml/bagOfWords';
import { docsBigrams, docsCorpus, docsWords } from './countVectorizerDocs';

describe('oneHot: scikit-learn OneHotEncoder', () => {
	// The OneHotEncoder documentation: X = [['Male', 1], ['Female', 3], ['Female', 2]];
	// categories_[0] is ['Female', 'Male'], and transforming 'Female' gives [1, 0], 'Male' [0, 1].
	it('sorts the categories and puts one 1 per row (documentation example)', () => {
		const result = oneHot(['Male', 'Female', 'Female']);
		expect(result.categories).toEqual(['Female', 'Male']);
		expect(result.matrix).toEqual([
			[0, 1],
			[1, 0],
			[1, 0]
		]);
		expect(oneHotTransform(result, 'Female')).toEqual([1, 0]);
	});

	// The same page: OneHotEncoder(drop='first') transforms 'Female' to [0] and 'Male' to [1].
	it("drop='first' removes the first category's column (documentation example)", () => {
		const result = oneHot(['Male', 'Female', 'Female'], { drop: 'first' });
		expect(result.columns).toEqual(['Male']);
		expect(result.dropped).toBe('Female');
		expect(result.matrix).toEqual([[1], [0], [0]]);
	});

	it('a column with one category has no columns left after drop first', () => {
		const result = oneHot(['x', 'x'], { drop: 'first' });
		expect(result.columns).toEqual([]);
		expect(result.matrix).toEqual([[], []]);
	});

	it('handle_unknown: error names the category, ignore gives all zeros', () => {
		const fitted = oneHot(['a', 'b', 'c']);
		expect(() => oneHotTransform(fitted, 'd')).toThrow(/unknown category "d"/);
		expect(oneHotTransform(fitted, 'd', 'ignore')).toEqual([0, 0, 0]);
		// with drop first, an unknown category looks exactly like the dropped one
		const dropped = oneHot(['a', 'b', 'c'], { drop: 'first' });
		expect(oneHotTransform(dropped, 'd', 'ignore')).toEqual(oneHotTransform(dropped, 'a'));
	});

	it('sorts by code point as NumPy does, missing last', () => {
		// 'B' (U+0042) < 'a' (U+0061) < 'é' (U+00E9); U+FF5E < U+1F600, though UTF-16 units order them the other way
		expect(categoriesOf(['é', 'a', null, 'B'])).toEqual(['B', 'a', 'é', null]);
		expect(categoriesOf(['😀', '～'])).toEqual(['～', '😀']);
		expect(oneHot(['b', null, 'a']).matrix).toEqual([
			[0, 1, 0],
			[0, 0, 1],
			[1, 0, 0]
		]);
	});

	it('rejects an empty column and a non-string cell', () => {
		expect(() => oneHot([])).toThrow(/empty/);
		expect(() => oneHot(['a', 3 as unknown as string])).toThrow(/values\[1\]/);
	});

	it('property: every row sums to 1, or to 0 only for the dropped category', () => {
		const column = fc.array(fc.option(fc.constantFrom('red', 'green', 'blue', 'Ωmega', ''), { nil: null }), {
			minLength: 1,
			maxLength: 40
		});
		fc.assert(
			fc.property(column, (values) => {
				const plain = oneHot(values);
				expect(plain.matrix.every((row) => row.reduce((s, v) => s + v, 0) === 1)).toBe(true);
				expect(plain.columns.length).toBe(new Set(values).size);
				const dropped = oneHot(values, { drop: 'first' });
				dropped.matrix.forEach((row, i) =>
					expect(row.reduce((s, v) => s + v, 0)).toBe(values[i] === dropped.dropped ? 0 : 1)
				);
			})
		);
	});
});

describe('ordinalEncode: scikit-learn OrdinalEncoder', () => {
	// The OrdinalEncoder documentation: fitted on Male, Female, Female, 'Female' → 0 and 'Male' → 1.
	it('codes the sorted categories 0, 1, … (documentation example)', () => {
		expect(ordinalEncoding(['Male', 'Female', 'Female'])).toEqual({
			categories: ['Female', 'Male'],
			codes: [1, 0, 0]
		});
	});

	it('follows a given order and keeps missing values missing', () => {
		const result = ordinalEncoding(['high', null, 'low', 'medium'], ['low', 'medium', 'high']);
		expect(result.codes).toEqual([2, null, 0, 1]);
	});

	it('a value outside the order, or a repeated one, is a clear error', () => {
		expect(() => ordinalEncoding(['low', 'huge'], ['low', 'high'])).toThrow(
			/"huge" \(row 2\) is not in the given order/
		);
		expect(() => ordinalEncoding(['low'], ['low', 'low'])).toThrow(/appears twice/);
	});
});

describe('kBinsDiscretize: scikit-learn KBinsDiscretizer (encode="ordinal")', () => {
	// The KBinsDiscretizer documentation: X = [[-2, 1, -4, -1], [-1, 2, -3, -0.5], [0, 3, -2, 0.5], [1, 4, -1, 2]],
	// n_bins=3, strategy='uniform' → [[0,0,0,0],[1,1,1,0],[2,2,2,1],[2,2,2,2]]; bin_edges_[0] = [-2, -1, 0, 1].
	const X = [
		[-2, 1, -4, -1],
		[-1, 2, -3, -0.5],
		[0, 3, -2, 0.5],
		[1, 4, -1, 2]
	];
	const expected = [
		[0, 0, 0, 0],
		[1, 1, 1, 0],
		[2, 2, 2, 1],
		[2, 2, 2, 2]
	];
	it('uniform: the documentation example, column by column', () => {
		for (let j = 0; j < 4; j++) {
			expect(
				kBinsDiscretize(
					X.map((r) => r[j]),
					3,
					'uniform'
				).bins
			).toEqual(expected.map((r) => r[j]));
		}
		expect(
			kBinsDiscretize(
				X.map((r) => r[0]),
				3,
				'uniform'
			).edges
		).toEqual([-2, -1, 0, 1]);
		// column 3: linspace(-1, 2, 4) = [-1, 0, 1, 2]
		expect(
			kBinsDiscretize(
				X.map((r) => r[3]),
				3,
				'uniform'
			).edges
		).toEqual([-1, 0, 1, 2]);
	});

	const cases = [
		// median of 1, 2, 3, 4, 100 is 3; uniform splits 1..100 at 50.5
		{
			name: 'skewed, quantile',
			x: [1, 2, 3, 4, 100],
			k: 2,
			strategy: 'quantile',
			edges: [1, 3, 100],
			bins: [0, 0, 1, 1, 1],
			counts: [2, 3]
		},
		{
			name: 'skewed, uniform',
			x: [1, 2, 3, 4, 100],
			k: 2,
			strategy: 'uniform',
			edges: [1, 50.5, 100],
			bins: [0, 0, 0, 0, 1],
			counts: [4, 1]
		},
		// NumPy linear: position (n − 1)·q = 3·0.25 = 0.75 → 0 + 0.75·10 = 7.5; 3·0.5 = 1.5 → 15; 3·0.75 = 2.25 → 22.5
		{
			name: 'interpolated quantiles',
			x: [30, 0, 20, 10],
			k: 4,
			strategy: 'quantile',
			edges: [0, 7.5, 15, 22.5, 30],
			bins: [3, 0, 2, 1],
			counts: [1, 1, 1, 1]
		},
		// a value on an inner edge goes to the bin above; the maximum stays in the last bin
		{
			name: 'value on an edge',
			x: [0, 1, 2, 3, 4],
			k: 2,
			strategy: 'uniform',
			edges: [0, 2, 4],
			bins: [0, 0, 1, 1, 1],
			counts: [2, 3]
		}
	] as const;
	for (const c of cases) {
		it(c.name, () => {
			const result = kBinsDiscretize([...c.x], c.k, c.strategy);
			expect(result.edges).toEqual(c.edges);
			expect(result.bins).toEqual(c.bins);
			expect(result.counts).toEqual(c.counts);
			expect(result.warnings).toEqual([]);
		});
	}

	it('merges repeated quantile edges with a warning, as scikit-learn does', () => {
		// quartiles of 0, 0, 0, 0, 1 are 0, 0, 0: edges [0, 0, 0, 0, 1] shrink to [0, 1], one bin
		const result = kBinsDiscretize([0, 0, 0, 0, 1], 4, 'quantile');
		expect(result.edges).toEqual([0, 1]);
		expect(result.bins).toEqual([0, 0, 0, 0, 0]);
		expect(result.warnings[0]).toMatch(/3 quantile edges fell.*1 bins remain of the 4/);
	});

	it('a constant column is one bin with a message', () => {
		const result = kBinsDiscretize([5, 5, 5], 3, 'uniform');
		expect(result.edges).toEqual([-Infinity, Infinity]);
		expect(result.bins).toEqual([0, 0, 0]);
		expect(result.warnings[0]).toMatch(/constant/);
	});

	it('rejects bad input, saying what and where', () => {
		expect(() => kBinsDiscretize([1, 2], 1, 'uniform')).toThrow(/nBins is 1/);
		expect(() => kBinsDiscretize([1, 2], 2.5, 'uniform')).toThrow(/whole number/);
		expect(() => kBinsDiscretize([1, NaN], 2, 'uniform')).toThrow(/x\[1\] is NaN/);
		expect(() => kBinsDiscretize([], 2, 'quantile')).toThrow(/empty/);
	});

	it('property: bins lie in 0..nBins−1, never decrease as x grows, and count every value', () => {
		const xs = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 });
		fc.assert(
			fc.property(
				xs,
				fc.integer({ min: 2, max: 12 }),
				fc.constantFrom('uniform' as const, 'quantile' as const),
				(x, k, strategy) => {
					const { bins, counts, edges } = kBinsDiscretize(x, k, strategy);
					expect(edges.length - 1).toBeLessThanOrEqual(k);
					expect(bins.every((b) => b >= 0 && b <= k - 1 && b < counts.length)).toBe(true);
					expect(counts.reduce((s, c) => s + c, 0)).toBe(x.length);
					const order = x.map((_, i) => i).sort((a, b) => x[a] - x[b]);
					for (let i = 1; i < order.length; i++)
						expect(bins[order[i]]).toBeGreaterThanOrEqual(bins[order[i - 1]]);
				}
			)
		);
	});
});

describe('countVectorize: scikit-learn CountVectorizer', () => {
	// The CountVectorizer documentation's corpus, its vocabulary and counts.
	const corpus = docsCorpus;
	it('single words (documentation example)', () => {
		const { vocabulary, counts } = countVectorize(corpus);
		expect({ vocabulary, counts }).toEqual(docsWords);
	});

	it('bigrams, ngram_range=(2, 2) (documentation example)', () => {
		const { vocabulary, counts } = countVectorize(corpus, [2, 2]);
		expect({ vocabulary, counts }).toEqual(docsBigrams);
	});

	it('drops one-letter words, keeps digits and underscores, lowercases', () => {
		expect(tokenize("I ate a Pie_2 at 9 o'clock, café")).toEqual(['ate', 'pie_2', 'at', 'clock', 'café']);
		expect(ngrams(['a', 'b', 'c'], [1, 2])).toEqual(['a', 'b', 'c', 'a b', 'b c']);
		expect(() => ngrams(['a'], [2, 1])).toThrow(/range/);
	});
});

describe('ordinalEncode, the public name', () => {
	it('returns the codes themselves: sorted categories by default, or the given order', () => {
		expect(ordinalEncode(['Male', 'Female', 'Female'])).toEqual([1, 0, 0]);
		expect(ordinalEncode(['high', null, 'low'], ['low', 'medium', 'high'])).toEqual([2, null, 0]);
	});
});
