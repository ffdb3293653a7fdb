/**
 * Tick values and labels for any finite axis, and a finite domain for any chart. d3's ticks
 * fail at the edges of double precision: on a range of 1e-320 its step 10^-321 is
 * subnormal, its inverse overflows, and the tick count comes out NaN ("RangeError: Invalid
 * array length"); on [1, 1 + 2e-16] it repeats a value (a duplicate key for the axis'
 * keyed list); on a range wider than the largest double it gives NaN. Its labels then read
 * "0.00000000000000000000". Here those cases get round decimal ticks of their own, and
 * labels in exponent form, distinct from one another.
 */
import { ticks as d3Ticks } from 'd3-array';
import { exponentText } from '$lib/format/format';

/** Below this span d3's ticks are computed from a step whose inverse may overflow; ours take over. */
const TINY_SPAN = 1e-290;
/** Beyond these sizes plain labels run long ("0.0000001", "1,000,000,000,000,000"): exponent form. */
const LARGE_LABEL = 1e15;
const SMALL_LABEL = 1e-6;

/** The values once each, in order (rounding can make neighbouring ticks equal). */
function distinct(values: number[]): number[] {
	return values.filter((v, i) => i === 0 || v !== values[i - 1]);
}

/**
 * Round decimal ticks over [low, high] for spans too small for d3: the step is 1, 2 or 5
 * times a power of ten, as d3 picks it, written through a decimal string so that tiny
 * (even subnormal) values are as close as doubles allow.
 */
function tinyTicks(low: number, high: number, count: number): number[] {
	const raw = Math.max((high - low) / Math.max(1, count), Number.MIN_VALUE);
	let power = Math.floor(Math.log10(raw));
	// 1e-324 is below the smallest double (5e-324) and reads as 0
	while (Number(`1e${power}`) === 0) power++;
	const error = raw / Number(`1e${power}`);
	const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.SQRT2 ? 2 : 1;
	const step = Number(`${factor}e${power}`);
	// subnormal steps carry few bits (2e-321 is 405 times the smallest double): 2e-320 / 2e-321
	// comes out 9.99…, so a tick within 1% of a step of either end still counts as inside
	const first = Math.ceil(low / step - 0.01);
	const last = Math.floor(high / step + 0.01);
	const values: number[] = [];
	for (let i = first; i <= last && values.length <= 2 * count + 1; i++)
		values.push(Number(`${i * factor}e${power}`));
	return values;
}

/**
 * About `count` round values between a and b (in the domain's order, as d3's scale.ticks):
 * d3's own where it works; one tick for an empty span; none for a non-finite end.
 */
export function safeTicks(a: number, b: number, count: number): number[] {
	if (!Number.isFinite(a) || !Number.isFinite(b)) return [];
	if (a === b) return [a];
	const [low, high] = a < b ? [a, b] : [b, a];
	let values: number[];
	if (!Number.isFinite(high - low)) {
		// wider than the largest double: tick half the range, then double (exact in binary)
		values = d3Ticks(low / 2, high / 2, count).map((v) => v * 2);
	} else if (high - low < TINY_SPAN) {
		values = tinyTicks(low, high, count);
	} else {
		values = d3Ticks(low, high, count);
	}
	values = distinct(values.filter(Number.isFinite));
	if (values.length === 0) values = [low];
	return a < b ? values : values.reverse();
}

/** Whether plain labels would be unreadable for these values: very large or very small (0 aside). */
export function needsExponent(values: readonly number[]): boolean {
	return values.some((v) => v !== 0 && (Math.abs(v) >= LARGE_LABEL || Math.abs(v) < SMALL_LABEL));
}

/**
 * Labels in exponent form ("2e-321", "1.5e308"), with the fewest digits that write every
 * tick exactly (ticks are round decimals, so two digits usually do), hence all different.
 */
export function exponentLabels(values: readonly number[]): string[] {
	let digits = 1;
	while (digits < 17 && values.some((v) => Number(v.toPrecision(digits)) !== v)) digits++;
	return values.map((v) => exponentText(v, digits));
}

/**
 * The domain a chart draws: `domain` when both ends and the span between them are finite,
 * else `fallback`. A chart given NaN or Infinity (a result that overflowed upstream), or
 * ends so far apart that their distance overflows (±1.7e308), would place every mark at NaN,
 * which the browser refuses with an error each; it draws an empty frame instead. Values that
 * large never reach a chart from a file: the reader refuses them (data/csvRange.ts).
 */
export function finiteDomain(
	domain: readonly [number, number],
	fallback: [number, number] = [0, 1]
): [number, number] {
	const [a, b] = domain;
	return Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(b - a) ? [a, b] : fallback;
}
