import { describe, expect, expectTypeOf, it } from 'vitest';
import { allowEmpty, columnField, defineCodec, enumField, intField, listField } from '$lib/url/codec';
import type { Field, StateOf } from '$lib/url/codec';

function parsed<T>(field: Field<T>, raw: string): T | 'invalid' {
	const result = field.parse(raw);
	return result.ok ? result.value : 'invalid';
}

describe('columnField', () => {
	it('takes a column name up to 80 characters without control characters', () => {
		const field = columnField('mpg');
		expect(field.default).toBe('mpg');
		expect(parsed(field, 'body mass (g)')).toBe('body mass (g)');
		expect(parsed(field, 'x'.repeat(80))).toBe('x'.repeat(80));
		expect(parsed(field, 'x'.repeat(81))).toBe('invalid');
		expect(parsed(field, 'a\tb')).toBe('invalid');
		expect(field.parse('a\u0000b')).toEqual({ ok: false, reason: 'holds control characters' });
	});
});

describe('allowEmpty', () => {
	const digits = listField<number>([1], '-', (raw) => (/^\d$/.test(raw) ? Number(raw) : null), {
		min: 1,
		max: 3
	});

	it('reads and writes the empty list as its word, and every other list as the list does', () => {
		const field = allowEmpty(digits, 'none');
		expect(parsed(field, 'none')).toEqual([]);
		expect(field.format([])).toBe('none');
		expect(parsed(field, '1-2')).toEqual([1, 2]);
		expect(field.format([1, 2])).toBe('1-2');
		expect(parsed(field, '')).toBe('invalid');
		expect(field.default).toEqual([1]);
		expect(field.maxLength).toBe(digits.maxLength);
	});

	it('can make the empty string the empty list', () => {
		const field = allowEmpty(digits, '');
		expect(parsed(field, '')).toEqual([]);
		expect(field.format([])).toBe('');
		expect(parsed(field, 'none')).toBe('invalid');
	});
});

describe('StateOf', () => {
	it('is the state a field table describes, word fields kept to their words', () => {
		const codec = defineCodec({
			n: intField(1, 0, 9),
			mode: enumField('a', ['a', 'b']),
			list: allowEmpty(listField<number>([], '-', Number, { min: 1, max: 2 }), '')
		});
		expectTypeOf<StateOf<typeof codec>>().toEqualTypeOf<{ n: number; mode: 'a' | 'b'; list: number[] }>();
		expect(codec.defaults()).toEqual({ n: 1, mode: 'a', list: [] });
	});
});
