/**
 * Ticks for any finite axis: d3's own where they work (checked against d3 itself), round
 * decimal ones where d3 breaks at the edges of double precision, labels that differ.
 */
import { ticks as d3Ticks } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { axisTicks } from '$lib/charts/axisRoom';
import { exponentLabels, finiteDomain, safeTicks } from '$lib/charts/ticks';

describe('safeTicks', () => {
	it('is d3 where d3 works', () => {
		for (const [a, b, count] of [
			[0, 1, 5],
			[-3.2, 17, 10],
			[1e-6, 3e-6, 4],
			[0, 1.7e308, 5],
			[1e300, 1.0000001e300, 5]
		]) {
			expect(safeTicks(a, b, count)).toEqual(d3Ticks(a, b, count));
		}
		// a reversed domain gives the same ticks, reversed, as d3's scale.ticks does
		expect(safeTicks(10, 0, 5)).toEqual(scaleLinear().domain([10, 0]).ticks(5));
	});

	it('ticks a range of 1e-320 where d3 throws "Invalid array length"', () => {
		expect(() => d3Ticks(1e-320, 2e-320, 5)).toThrow(RangeError);
		// span 1e-320 / 5 = 2e-321: a step of 2 × 10^-321 from 1e-320 to 2e-320, i = 5…10
		expect(safeTicks(1e-320, 2e-320, 5)).toEqual([1e-320, 1.2e-320, 1.4e-320, 1.6e-320, 1.8e-320, 2e-320]);
		// d3 gives no tick at all on [0, 1e-320]; these are 0, 2e-321, … 1e-320
		expect(d3Ticks(0, 1e-320, 5)).toEqual([]);
		expect(safeTicks(0, 1e-320, 5)).toEqual([0, 2e-321, 4e-321, 6e-321, 8e-321, 1e-320]);
		// the smallest double, 5e-324: the smallest decimal step, 1e-323, is wider than the range, so one tick
		expect(safeTicks(0, 5e-324, 5)).toEqual([0]);
	});

	it('never repeats a value, which would be a duplicate key on the axis', () => {
		const b = 1 + Number.EPSILON;
		expect(new Set(d3Ticks(1, b, 5)).size).toBeLessThan(d3Ticks(1, b, 5).length);
		const ticks = safeTicks(1, b, 5);
		expect(new Set(ticks).size).toBe(ticks.length);
	});

	it('ticks a range wider than the largest double, where d3 gives NaN', () => {
		expect(d3Ticks(-1.7e308, 1.7e308, 5)).toEqual([NaN]);
		// half the range is ±8.5e307: d3 ticks it by 5e307 (−5e307, 0, 5e307), doubled
		expect(safeTicks(-1.7e308, 1.7e308, 5)).toEqual([-1e308, 0, 1e308]);
	});

	it('gives one tick for an empty range and none for a non-finite end', () => {
		expect(safeTicks(5, 5, 5)).toEqual([5]);
		expect(safeTicks(0, Infinity, 5)).toEqual([]);
		expect(safeTicks(NaN, 1, 5)).toEqual([]);
	});
});

describe('tick labels', () => {
	it('are in exponent form at the extremes, with digits enough to differ', () => {
		expect(axisTicks(scaleLinear().domain([1e-320, 2e-320]), 5).labels).toEqual([
			'1e-320',
			'1.2e-320',
			'1.4e-320',
			'1.6e-320',
			'1.8e-320',
			'2e-320'
		]);
		// d3's own label for these is "0.00000000000000000000"
		expect(scaleLinear().domain([0, 1e-300]).tickFormat(5)(2e-301)).toBe('0.00000000000000000000');
		expect(axisTicks(scaleLinear().domain([0, 1e-300]), 5).labels).toEqual([
			'0',
			'2e-301',
			'4e-301',
			'6e-301',
			'8e-301',
			'1e-300'
		]);
		expect(axisTicks(scaleLinear().domain([0, 1.7e308]), 4).labels).toEqual([
			'0',
			'5e307',
			'1e308',
			'1.5e308'
		]);
		expect(exponentLabels([1, 1.0000000000000002])).toEqual(['1e0', '1.0000000000000002e0']);
	});

	it('stay as before for ordinary axes', () => {
		expect(axisTicks(scaleLinear().domain([0, 1]), 5).labels).toEqual([
			'0.0',
			'0.2',
			'0.4',
			'0.6',
			'0.8',
			'1.0'
		]);
		expect(axisTicks(scaleLinear().domain([0, 3_000_000]), 3).labels).toEqual(['0', '1M', '2M', '3M']);
	});
});

describe('finiteDomain', () => {
	it('keeps a finite domain and replaces one with a non-finite end or span', () => {
		expect(finiteDomain([2, 3])).toEqual([2, 3]);
		expect(finiteDomain([-Infinity, 3])).toEqual([0, 1]);
		expect(finiteDomain([NaN, NaN], [5, 6])).toEqual([5, 6]);
		// ±1.7e308 are finite, but 3.4e308 between them is not: every position would be NaN
		expect(finiteDomain([-1.7e308, 1.7e308])).toEqual([0, 1]);
		expect(finiteDomain([0, 1.7e308])).toEqual([0, 1.7e308]);
	});
});
