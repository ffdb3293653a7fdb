/**
 * The encoding page's sentences, built once in `verdicts.ts` / `analysis.ts` and read by the panels:
 * each checked on small columns whose bins, tails and skewness are worked out by hand below.
 */
import { describe, expect, it } from 'vitest';
import { binBoth, cardinality, categoryCounts } from '$lib/widgets/encoding/analysis';
import { binningVerdict } from '$lib/widgets/encoding/verdicts';

const repeat = (v: number, times: number) => Array.from({ length: times }, () => v);
const verdict = (x: number[], k: number) => binningVerdict(binBoth(x, k), k, 'x');
const QUANTILE_MERGED =
	'Equal counts need values that are not mostly ties; either way the edges depend on the training data (fit them on the training rows only).';
const EDGE = 'A value exactly on an inner edge goes to the bin above it; the maximum stays in the last bin.';

describe('the binning verdict (BinningPanel reads State.binningVerdict)', () => {
	it('a long right tail: the last bin nearly empty, and quantile edges merged by ties', () => {
		// 1 ×7, 2 ×2, 10: equal width 4.5 → [1, 5.5) holds 9, [5.5, 10] holds 1; an even share 10 / 2 = 5, a quarter 1.25.
		// mean 2.1; m2 = (7·1.21 + 2·0.01 + 62.41) / 10 = 7.09; m3 = (7·−1.331 + 2·−0.001 + 493.039) / 10 = 48.372;
		// skewness 48.372 / 7.09^1.5 = 2.56. The median (position 4.5 of 0…9) is 1, equal to the minimum: one bin of 10.
		expect(verdict([...repeat(1, 7), 2, 2, 10], 2)).toBe(
			'Equal-width bins hold 1 to 9 rows. x has a long right tail (skewness 2.56), so the last bin holds only 1 row, ' +
				'under a quarter of the 5 an even split gives. Quantile bins would hold about 5 rows each, but tied values merged ' +
				`their edges: 1 bin of 10 to 10 rows. ${QUANTILE_MERGED} ${EDGE}`
		);
	});

	it('a nearly empty first bin against a positive skew: no tail is blamed, and the sentence starts with a capital', () => {
		// 0, 12 ×10, 30 ×3 in 3 bins of width 10: 1, 10, 3 rows; an even share 14 / 3 = 4.667, a quarter 1.17: only the first is thin.
		// mean 15: m3 = (−3375 − 10·27 + 3·3375) / 14 > 0, a right skew, so the thin first bin is not a left tail.
		// Quantile edges at positions 13/3 and 26/3 read 12 and 12: merged to 0, 12, 30, two bins of 1 and 13 rows.
		expect(verdict([0, ...repeat(12, 10), 30, 30, 30], 3)).toBe(
			'Equal-width bins hold 1 to 10 rows. The first bin holds only 1 row, under a quarter of the 4.667 an even split gives. ' +
				`Quantile bins would hold about 4.667 rows each, but tied values merged their edges: 2 bins of 1 to 13 rows. ${QUANTILE_MERGED} ${EDGE}`
		);
	});

	it('a long left tail: the mirror of the first case', () => {
		// −10, −2 ×2, −1 ×7: the first bin holds 1, the last 9; skewness −2.56
		expect(verdict([-10, -2, -2, ...repeat(-1, 7)], 2)).toContain(
			'x has a long left tail (skewness -2.56), so the first bin holds only 1 row, under a quarter of the 5 an even split gives.'
		);
	});

	it('both ends thin, symmetric values', () => {
		// 0, 5 ×14, 10 in 3 bins: 1, 14, 1 rows; an even share 16 / 3 = 5.333, a quarter 1.33; the skewness of a symmetric column is 0
		expect(verdict([0, ...repeat(5, 14), 10], 3)).toContain(
			'Equal-width bins hold 1 to 14 rows. Both ends run nearly empty (1 row at the low end, 1 row at the high end, each under a quarter of the 5.333 an even split gives): thin tails on both sides (skewness 0.00).'
		);
	});

	it('a gap inside the range, not a tail', () => {
		// 0 ×6, 5, 10 ×6 in 3 bins: 6, 1, 6 rows; an even share 13 / 3 = 4.333, a quarter 1.08
		expect(verdict([...repeat(0, 6), 5, ...repeat(10, 6)], 3)).toContain(
			'No bin at either end is nearly empty, but one bin inside the range holds only 1 row, under a quarter of the 4.333 an even split gives: a gap between the values, not a tail (skewness 0.00).'
		);
	});

	it('no bin nearly empty, and quantile bins keep all k', () => {
		// 1…8 in 2 bins: [1, 4.5) and [4.5, 8] hold 4 each; the median 4.5 splits the quantile bins 4 and 4
		expect(verdict([1, 2, 3, 4, 5, 6, 7, 8], 2)).toBe(
			'Equal-width bins hold 4 to 4 rows. No bin is nearly empty (under a quarter of the 4 an even split gives): the fewest hold 4 (skewness 0.00). ' +
				'Quantile bins hold 4 to 4 rows each, so every bin has data to learn from, at the price of unequal widths that depend on the training data ' +
				`(fit them on the training rows only). ${EDGE}`
		);
	});

	it('a constant column has no verdict (the page warns instead)', () => {
		expect(verdict([3, 3, 3], 2)).toBeNull();
	});
});

describe('cardinality: "most columns are rare" (CardinalityPanel and the story read Cardinality.mostlyRare)', () => {
	it('is true only when more than half the categories occur fewer than 5 times', () => {
		// a ×5, b ×5, c ×1, d ×1: 2 of 4 rare, not more than half
		const half = ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'b', 'c', 'd'];
		expect(cardinality(categoryCounts(half), half.length).mostlyRare).toBe(false);
		// add e ×1: 3 of 5 rare
		const more = [...half, 'e'];
		expect(cardinality(categoryCounts(more), more.length).mostlyRare).toBe(true);
	});
});
