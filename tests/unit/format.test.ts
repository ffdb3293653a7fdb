import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	counted,
	exponentText,
	formatAmount,
	formatFixed,
	formatPercent,
	formatShort,
	formatValue,
	shortText
} from '$lib/format/format';

describe('numbers at the edges of double precision', () => {
	it('are written in exponent form, never spelt out in hundreds of digits', () => {
		// Intl's own writing of 1e-320 with four significant digits is "0.000…0001", 322 characters
		expect(new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 }).format(1e-320)).toHaveLength(322);
		expect(formatShort(1e-320)).toBe('1e-320');
		expect(formatShort(5e-324)).toBe('4.941e-324');
		expect(formatShort(-1.23456e200)).toBe('-1.235e200');
		expect(formatAmount(1.7e308)).toBe('1.7e308');
		expect(formatAmount(2.5e-9)).toBe('2.5e-9');
	});

	it('leave ordinary values as they were', () => {
		expect(formatShort(583.62)).toBe('583.6');
		expect(formatShort(1234567)).toBe('1,235,000');
		expect(formatShort(0.000123456)).toBe('0.0001235');
		expect(formatShort(0)).toBe('0');
		expect(formatAmount(0.12345)).toBe('0.123');
	});

	it('drop trailing zeros from the mantissa', () => {
		expect(exponentText(1.5e308, 4)).toBe('1.5e308');
		expect(exponentText(2e-321, 2)).toBe('2e-321');
		expect(exponentText(0, 3)).toBe('0');
	});
});

describe('shortText', () => {
	it('cuts long text with an ellipsis and leaves short text whole', () => {
		expect(shortText('island', 10)).toBe('island');
		expect(shortText('x'.repeat(200_000), 10)).toBe('xxxxxxxxx…');
		expect(shortText('abcdefghij', 10)).toBe('abcdefghij');
		// a cut never leaves half of an emoji (two UTF-16 units): 'ab😀…' would be 5 units
		expect(shortText('abc😀defgh', 5)).toBe('abc…');
	});
});

describe('negative zero after rounding', () => {
	it('reads "0.00", never "-0.00"; true negatives keep their sign', () => {
		// toFixed keeps the sign of a value that rounds to zero: the bug the k-means page showed
		expect((-0.003).toFixed(2)).toBe('-0.00');
		expect(formatFixed(-0.003, 2)).toBe('0.00');
		expect(formatFixed(-0.0004, 3)).toBe('0.000');
		expect(formatFixed(-0.4, 0)).toBe('0');
		expect(formatFixed(-0, 2)).toBe('0.00');
		expect(formatFixed(-0.006, 2)).toBe('-0.01');
		expect(formatFixed(0.125, 2)).toBe((0.125).toFixed(2));
		expect(formatFixed(-10.5, 1)).toBe('-10.5');
		expect(formatShort(-0)).toBe('0');
		expect(formatShort(-0.00004)).toBe('-0.00004');
		expect(formatAmount(-0.001)).toBe('-0.001');
		expect(formatAmount(-0)).toBe('0');
		expect(formatValue(-0)).toBe('0');
	});
});

describe('counted', () => {
	it('says "1 sample" and "2 samples"', () => {
		expect(counted(1, 'sample')).toBe('1 sample');
		expect(counted(0, 'positive')).toBe('0 positives');
		expect(counted(1, 'positive')).toBe('1 positive');
		expect(counted(1200, 'sample')).toBe('1,200 samples');
	});
});

describe('formatPercent, the one percentage format', () => {
	it('rounds half up as the decimal is written, where toFixed reads the binary value below it', () => {
		// 0.1235 is written 12.35%; half up gives 12.4%. In binary 0.1235 · 100 is 12.3499…, so toFixed wrote 12.3%.
		expect((0.1235 * 100).toFixed(1)).toBe('12.3');
		expect(formatPercent(0.1235)).toBe('12.4%');
		expect((0.2345 * 100).toFixed(1)).toBe('23.4');
		expect(formatPercent(0.2345)).toBe('23.5%');
		expect(formatPercent(0.0015)).toBe('0.2%');
		// values off a tie round the ordinary way
		expect(formatPercent(2 / 3)).toBe('66.7%');
		expect(formatPercent(1)).toBe('100.0%');
	});

	it('writes whole percentages when asked, and says "undefined" for no value', () => {
		expect(formatPercent(0.985, 0)).toBe('99%');
		expect(formatPercent(0.125, 0)).toBe('13%');
		expect(formatPercent(0.3, 0)).toBe('30%');
		expect(formatPercent(null)).toBe('undefined');
	});

	it('is the only percentage formatter: no other file writes a percentage with toFixed', () => {
		const src = resolve(__dirname, '../../src');
		const files = (dir: string): string[] =>
			readdirSync(dir).flatMap((f) =>
				statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]
			);
		// axisRoom's percentTick writes axis ticks with as many decimals as the tick has (25%, 12.5%), not a value
		const allowed = new Set(['lib/format/format.ts', 'lib/charts/axisRoom.ts']);
		const writers = files(src)
			.filter((f) => /\.(ts|svelte)$/.test(f) && !allowed.has(relative(src, f)))
			.filter((f) => /toFixed\([^)]*\)[^;\n]*%/.test(readFileSync(f, 'utf8')));
		expect(writers.map((f) => relative(src, f))).toEqual([]);
	});
});
