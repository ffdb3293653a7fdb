import { describe, expect, it } from 'vitest';
import { parseNumberText, type NumberRules } from '$lib/format/numberText';

const count: NumberRules = { min: 0, max: 1_000_000_000, integer: true, noun: 'count' };

describe('parseNumberText: accepted text', () => {
	it.each([
		{ name: 'an integer', input: '40', rules: {}, expected: 40 },
		{ name: 'thousands commas and surrounding spaces', input: ' 1,000 ', rules: {}, expected: 1000 },
		{ name: 'several comma groups', input: '1,000,000', rules: {}, expected: 1_000_000 },
		{ name: 'a space as thousands separator', input: '1 000', rules: {}, expected: 1000 },
		{ name: 'an underscore as thousands separator', input: '1_000', rules: {}, expected: 1000 },
		{ name: 'commas and a decimal part', input: '1,000.5', rules: {}, expected: 1000.5 },
		{ name: 'a leading point', input: '.5', rules: {}, expected: 0.5 },
		{ name: 'a trailing point', input: '5.', rules: {}, expected: 5 },
		{ name: 'a plus sign', input: '+7', rules: {}, expected: 7 },
		{ name: 'a negative decimal without rules', input: '-.5', rules: {}, expected: -0.5 },
		{ name: 'zero as a count', input: '0', rules: count, expected: 0 },
		{ name: '2.0 is a whole number', input: '2.0', rules: { integer: true }, expected: 2 },
		{ name: 'exactly the maximum', input: '1000000000', rules: count, expected: 1_000_000_000 },
		{ name: 'exactly a non-zero minimum', input: '-2', rules: { min: -2 }, expected: -2 }
	])('$name: "$input" → $expected', ({ input, rules, expected }) => {
		expect(parseNumberText(input, rules)).toEqual({ ok: true, value: expected });
	});
});

describe('parseNumberText: refused text', () => {
	it.each([
		{ name: 'empty', input: '', rules: {}, expected: 'Enter a number.' },
		{ name: 'blank', input: '   ', rules: {}, expected: 'Enter a number.' },
		{ name: 'empty, with a noun', input: '', rules: count, expected: 'Enter a count.' },
		{ name: 'a word', input: 'abc', rules: {}, expected: '“abc” is not a number.' },
		{ name: 'exponent notation', input: '1e5', rules: {}, expected: '“1e5” is not a number.' },
		{ name: 'hex', input: '0x10', rules: {}, expected: '“0x10” is not a number.' },
		{ name: 'Infinity', input: 'Infinity', rules: {}, expected: '“Infinity” is not a number.' },
		{ name: 'two points', input: '1.2.3', rules: {}, expected: '“1.2.3” is not a number.' },
		{
			name: 'a comma not before three digits',
			input: '1,00',
			rules: {},
			expected: '“1,00” is not a number.'
		},
		{ name: 'a comma before four digits', input: '1,0000', rules: {}, expected: '“1,0000” is not a number.' },
		{ name: 'a lone sign', input: '-', rules: {}, expected: '“-” is not a number.' },
		{
			// 30 characters, shown as the first 24 and an ellipsis
			name: 'long text, shortened',
			input: 'x'.repeat(30),
			rules: {},
			expected: `“${'x'.repeat(24)}…” is not a number.`
		},
		{ name: 'negative with min 0', input: '-3', rules: { min: 0 }, expected: "A number can't be negative." },
		{ name: 'negative count', input: '-3', rules: count, expected: "A count can't be negative." },
		{
			name: 'below a non-zero min',
			input: '5',
			rules: { min: 1000 },
			expected: 'The smallest allowed is 1,000.'
		},
		{
			name: 'a fraction where integers are needed',
			input: '2.5',
			rules: { integer: true },
			expected: 'A number is a whole number: 2.5 is not.'
		},
		{
			name: 'a fractional count',
			input: '2.5',
			rules: count,
			expected: 'A count is a whole number: 2.5 is not.'
		},
		{
			name: 'above the max',
			input: '1000000001',
			rules: { max: 1e9 },
			expected: 'Too large: the most allowed is 1,000,000,000.'
		},
		{
			name: 'above the max, with commas',
			input: '1,000,000,001',
			rules: count,
			expected: 'Too large: the most allowed is 1,000,000,000.'
		}
	])('$name: "$input"', ({ input, rules, expected }) => {
		expect(parseNumberText(input, rules)).toEqual({ ok: false, error: expected });
	});

	it('mentions the text that was typed', () => {
		const result = parseNumberText('forty', count);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toContain('forty');
	});

	it('checks integrality before the minimum', () => {
		// -2.5 breaks both rules; the message is about whole numbers
		expect(parseNumberText('-2.5', count)).toEqual({
			ok: false,
			error: 'A count is a whole number: -2.5 is not.'
		});
	});
});

describe('negative zero', () => {
	it('reads "-0" as 0, so no box ever shows "-0"', () => {
		const parsed = parseNumberText('-0', { min: 0, integer: true });
		expect(parsed.ok && Object.is(parsed.value, 0)).toBe(true);
	});
});
