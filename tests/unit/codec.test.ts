import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	countMatrixField,
	defineCodec,
	enumField,
	intField,
	listField,
	numberField,
	textField,
	type Field
} from '$lib/url/codec';
import {
	classNameError,
	confusionCodec,
	defaultClassNames,
	nameKey,
	type ConfusionUrlState
} from '$lib/widgets/confusion-matrix/codec';

/** What a field's parse gives, reduced to the value or to "invalid". */
function parsed<T>(field: Field<T>, raw: string): T | 'invalid' {
	const result = field.parse(raw);
	return result.ok ? result.value : 'invalid';
}

/** Sends params through a real query string, as a shared link would. */
function viaLink(params: URLSearchParams): URLSearchParams {
	return new URLSearchParams(params.toString());
}

/** The confusion widget's defaults, written out by hand from the field table in codec.ts. */
const handDefaults: ConfusionUrlState = {
	mode: 'binary',
	tp: 40,
	fp: 10,
	fn: 20,
	tn: 30,
	cfp: 1,
	cfn: 5,
	btp: 55,
	bfp: 25,
	beta: 1,
	f: 'tp / (tp + fp + fn)',
	names: ['cat', 'dog', 'rabbit'],
	mc: [
		[42, 6, 2],
		[5, 31, 4],
		[3, 9, 18]
	],
	focus: 0,
	q: 1
};

const allKeys = Object.keys(handDefaults).sort();

describe('intField', () => {
	const field = intField(5, 0, 100);
	it.each([
		{ name: 'a whole number', input: '42', expected: 42 },
		{ name: 'the lower bound', input: '0', expected: 0 },
		{ name: 'the upper bound', input: '100', expected: 100 },
		{ name: 'surrounding spaces', input: ' 7 ', expected: 7 },
		{ name: 'leading zeros', input: '007', expected: 7 },
		{ name: 'below the range', input: '-1', expected: 'invalid' },
		{ name: 'above the range', input: '101', expected: 'invalid' },
		{ name: 'a decimal', input: '1.5', expected: 'invalid' },
		{ name: 'exponent notation', input: '1e2', expected: 'invalid' },
		{ name: 'hex', input: '0x10', expected: 'invalid' },
		{ name: 'a word', input: 'abc', expected: 'invalid' },
		{ name: 'empty', input: '', expected: 'invalid' }
	])('$name: $input', ({ input, expected }) => {
		expect(parsed(field, input)).toBe(expected);
	});

	it('explains why a value is refused', () => {
		expect(field.parse('1.5')).toEqual({ ok: false, reason: 'not a whole number' });
		// bounds written with the English thousands separator
		expect(intField(0, 0, 1_000_000).parse('2000000')).toEqual({ ok: false, reason: 'outside 0–1,000,000' });
	});

	it('formats as a plain decimal string', () => {
		expect(field.format(42)).toBe('42');
	});
});

describe('numberField', () => {
	const field = numberField(1, 0.1, 5);
	it.each([
		{ name: 'a decimal', input: '2.5', expected: 2.5 },
		{ name: 'an integer', input: '3', expected: 3 },
		{ name: 'the lower bound', input: '0.1', expected: 0.1 },
		{ name: 'the upper bound', input: '5', expected: 5 },
		{ name: 'below the range', input: '0', expected: 'invalid' },
		{ name: 'above the range', input: '5.01', expected: 'invalid' },
		{ name: 'empty', input: '', expected: 'invalid' },
		{ name: 'blank', input: '  ', expected: 'invalid' },
		{ name: 'Infinity', input: 'Infinity', expected: 'invalid' },
		{ name: 'NaN', input: 'NaN', expected: 'invalid' },
		{ name: 'a word', input: 'abc', expected: 'invalid' }
	])('$name: $input', ({ input, expected }) => {
		expect(parsed(field, input)).toBe(expected);
	});

	it('gives reasons', () => {
		expect(field.parse('abc')).toEqual({ ok: false, reason: 'not a number' });
		expect(field.parse('9')).toEqual({ ok: false, reason: 'outside 0.1–5' });
	});
});

describe('enumField', () => {
	const field = enumField('a', ['a', 'b'] as const);
	it.each([
		{ name: 'a listed word', input: 'b', expected: 'b' },
		{ name: 'another listed word', input: 'a', expected: 'a' },
		{ name: 'an unlisted word', input: 'c', expected: 'invalid' },
		{ name: 'case differs', input: 'B', expected: 'invalid' },
		{ name: 'padded', input: ' a', expected: 'invalid' },
		{ name: 'empty', input: '', expected: 'invalid' }
	])('$name: "$input"', ({ input, expected }) => {
		expect(parsed(field, input)).toBe(expected);
	});

	it('lists the allowed words in its reason', () => {
		expect(field.parse('c')).toEqual({ ok: false, reason: 'not one of a, b' });
	});
});

describe('textField', () => {
	const field = textField('', 5, (text) => (text.includes('!') ? 'no bangs' : null));
	it.each([
		{ name: 'short text', input: 'hello', expected: 'hello' },
		{ name: 'empty text', input: '', expected: '' },
		{ name: 'too long (6 > 5)', input: 'hello!', expected: 'invalid' },
		{ name: 'refused by validate', input: 'hi!', expected: 'invalid' }
	])('$name', ({ input, expected }) => {
		expect(parsed(field, input)).toBe(expected);
	});

	it('gives the length limit or the validator message as the reason', () => {
		expect(field.parse('123456')).toEqual({ ok: false, reason: 'longer than 5 characters' });
		expect(field.parse('hi!')).toEqual({ ok: false, reason: 'no bangs' });
	});
});

describe('listField', () => {
	const field = listField<number>([1, 2], '-', (raw) => (/^\d$/.test(raw) ? Number(raw) : null), {
		min: 2,
		max: 3
	});
	it.each([
		{ name: 'two items', input: '3-4', expected: [3, 4] },
		{ name: 'three items', input: '3-4-5', expected: [3, 4, 5] },
		{ name: 'one item (too few)', input: '3', expected: 'invalid' },
		{ name: 'four items (too many)', input: '1-2-3-4', expected: 'invalid' },
		{ name: 'an empty item', input: '3--4', expected: 'invalid' },
		{ name: 'a bad item', input: '3-x', expected: 'invalid' }
	])('$name: $input', ({ input, expected }) => {
		expect(parsed(field, input)).toEqual(expected);
	});

	it('names the count or the bad item in its reason', () => {
		expect(field.parse('1-2-3-4')).toEqual({ ok: false, reason: 'needs 2–3 items, has 4' });
		expect(field.parse('3-x')).toEqual({ ok: false, reason: 'item 2 is not valid' });
	});

	it('formats with the separator and compares item by item', () => {
		expect(field.format([7, 8, 9])).toBe('7-8-9');
		expect(field.equals?.([1, 2], [1, 2])).toBe(true);
		expect(field.equals?.([1, 2], [1, 3])).toBe(false);
		expect(field.equals?.([1, 2], [1, 2, 3])).toBe(false);
	});
});

describe('countMatrixField', () => {
	const field = countMatrixField(
		[
			[1, 0],
			[0, 1]
		],
		{ min: 2, max: 3 },
		1000
	);
	it.each([
		{
			name: '2×2',
			input: '1-2.3-4',
			expected: [
				[1, 2],
				[3, 4]
			]
		},
		{
			name: '3×3',
			input: '1-2-3.4-5-6.7-8-9',
			expected: [
				[1, 2, 3],
				[4, 5, 6],
				[7, 8, 9]
			]
		},
		{
			name: 'the cap itself',
			input: '1000-0.0-0',
			expected: [
				[1000, 0],
				[0, 0]
			]
		},
		{ name: 'above the cap', input: '1001-0.0-0', expected: 'invalid' },
		{ name: 'one row (too few)', input: '1', expected: 'invalid' },
		{ name: 'four rows (too many)', input: '1-1-1-1.1-1-1-1.1-1-1-1.1-1-1-1', expected: 'invalid' },
		{ name: 'a short row', input: '1-2.3', expected: 'invalid' },
		{ name: 'a word', input: '1-2.3-x', expected: 'invalid' },
		{ name: 'a negative', input: '1-2.3--4', expected: 'invalid' },
		{ name: 'a decimal', input: '1-2.3-4.5', expected: 'invalid' },
		{ name: 'an empty cell', input: '1-.3-4', expected: 'invalid' }
	])('$name: $input', ({ input, expected }) => {
		expect(parsed(field, input)).toEqual(expected);
	});

	it('names the bad row', () => {
		expect(field.parse('1-2.3')).toEqual({ ok: false, reason: 'row 2 has 1 cells, not 2' });
		expect(field.parse('1-2.3-x')).toEqual({
			ok: false,
			reason: 'row 2 holds a cell that is not a count from 0 to 1000'
		});
	});

	it('formats rows with "." and cells with "-", and compares cell by cell', () => {
		expect(
			field.format([
				[1, 2],
				[3, 4]
			])
		).toBe('1-2.3-4');
		expect(
			field.equals?.(
				[
					[1, 2],
					[3, 4]
				],
				[
					[1, 2],
					[3, 4]
				]
			)
		).toBe(true);
		expect(
			field.equals?.(
				[
					[1, 2],
					[3, 4]
				],
				[
					[1, 2],
					[3, 5]
				]
			)
		).toBe(false);
		expect(
			field.equals?.(
				[
					[1, 2],
					[3, 4]
				],
				[[1, 2]]
			)
		).toBe(false);
	});
});

describe('defineCodec', () => {
	const codec = defineCodec<{ n: number; word: 'x' | 'y'; list: number[]; note: string }>({
		n: intField(3, 0, 9),
		word: enumField('x', ['x', 'y'] as const),
		list: listField([1, 2], ',', (raw) => (/^\d+$/.test(raw) ? Number(raw) : null), { min: 1, max: 4 }),
		note: textField('', 50)
	});

	it('gives fresh defaults each time', () => {
		const a = codec.defaults();
		a.list.push(99);
		expect(codec.defaults()).toEqual({ n: 3, word: 'x', list: [1, 2], note: '' });
	});

	it('encodes the defaults (compared by value, not identity) to no parameters', () => {
		expect(codec.encode({ n: 3, word: 'x', list: [1, 2], note: '' }).toString()).toBe('');
	});

	it('writes every field once one differs', () => {
		const params = codec.encode({ n: 3, word: 'x', list: [1, 2, 3], note: '' });
		expect(Object.fromEntries(params)).toEqual({ n: '3', word: 'x', list: '1,2,3', note: '' });
	});

	it('decodes missing fields to their defaults without problems', () => {
		expect(codec.decode(new URLSearchParams('word=y'))).toEqual({
			value: { n: 3, word: 'y', list: [1, 2], note: '' },
			problems: []
		});
	});

	it('reports each bad field once, naming it, its raw value and the fallback', () => {
		const { value, problems } = codec.decode(new URLSearchParams('n=12&word=y&list=1,z&note=ok'));
		expect(value).toEqual({ n: 3, word: 'y', list: [1, 2], note: 'ok' });
		expect(problems).toEqual([
			'“n” was “12”: outside 0–9; using 3.',
			'“list” was “1,z”: item 2 is not valid; using 1,2.'
		]);
	});

	it('says "the default" when the default formats to nothing, and shortens long raw values to 40 characters', () => {
		const long = 'a'.repeat(51);
		const { problems } = codec.decode(new URLSearchParams({ note: long }));
		expect(problems).toEqual([
			`“note” was “${'a'.repeat(40)}…”: longer than 50 characters; using the default.`
		]);
	});
});

describe('classNameError', () => {
	it.each([
		{ name: 'a plain name', input: 'cat', expected: null },
		{ name: 'sixteen characters', input: 'a'.repeat(16), expected: null },
		{ name: 'inner spaces', input: 'big cat', expected: null },
		{ name: 'empty', input: '', expected: 'A class needs a name.' },
		{ name: 'blank', input: '   ', expected: 'A class needs a name.' },
		{ name: 'seventeen characters', input: 'a'.repeat(17), expected: 'At most 16 characters.' },
		{ name: 'a comma', input: 'a,b', expected: 'A name cannot contain a comma.' }
	])('$name', ({ input, expected }) => {
		expect(classNameError(input)).toBe(expected);
	});
});

describe('confusionCodec', () => {
	it('has the documented defaults', () => {
		expect(confusionCodec.defaults()).toEqual(handDefaults);
	});

	it('encodes the default state to no parameters', () => {
		expect(confusionCodec.encode(confusionCodec.defaults()).toString()).toBe('');
		expect(confusionCodec.encode(structuredClone(handDefaults)).toString()).toBe('');
	});

	it('decodes an empty query to the defaults, silently', () => {
		expect(confusionCodec.decode(new URLSearchParams(''))).toEqual({ value: handDefaults, problems: [] });
	});

	it('takes the fields a link has and defaults the missing ones, silently', () => {
		const { value, problems } = confusionCodec.decode(new URLSearchParams('tp=7&mode=multiclass'));
		expect(problems).toEqual([]);
		expect(value).toEqual({ ...handDefaults, tp: 7, mode: 'multiclass' });
	});

	it('writes every field once one differs from its default', () => {
		const params = confusionCodec.encode({ ...confusionCodec.defaults(), tp: 41 });
		expect([...params.keys()].sort()).toEqual(allKeys);
		expect(params.get('tp')).toBe('41');
		expect(params.get('mode')).toBe('binary');
		expect(params.get('mc')).toBe('42-6-2.5-31-4.3-9-18');
		expect(params.get('names')).toBe('cat,dog,rabbit');
	});

	it('round-trips a non-default state through a link', () => {
		const state: ConfusionUrlState = {
			mode: 'multiclass',
			tp: 7,
			fp: 0,
			fn: 1_000_000_000,
			tn: 3,
			cfp: 2.5,
			cfn: 0,
			btp: 1,
			bfp: 2,
			beta: 0.5,
			f: 'sqrt(tp*tn) / (tp + 1)',
			names: ['a&b', 'c=d', 'e f', '50%'],
			mc: [
				[1, 2, 3, 4],
				[5, 6, 7, 8],
				[9, 10, 11, 12],
				[13, 14, 15, 1_000_000_000]
			],
			focus: 3,
			q: 42
		};
		const params = viaLink(confusionCodec.encode(state));
		expect(confusionCodec.decode(params)).toEqual({ value: state, problems: [] });
	});

	it('round-trips any valid state (property)', () => {
		const count = fc.integer({ min: 0, max: 1_000_000_000 });
		// a valid name: no comma, no edge spaces, no control or direction characters; names unique once look-alikes are folded
		const name = fc.string({ minLength: 1, maxLength: 16 }).filter((s) => classNameError(s) === null);
		const formula = fc.string({
			unit: fc.constantFrom(...'tpfnx0123456789 +-*/^().,_\t'.split('')),
			maxLength: 200
		});
		const state = fc.integer({ min: 3, max: 6 }).chain((k) =>
			fc.record({
				mode: fc.constantFrom('binary' as const, 'multiclass' as const),
				tp: count,
				fp: count,
				fn: count,
				tn: count,
				cfp: fc.double({ min: 0, max: 1_000_000, noNaN: true }),
				cfn: fc.double({ min: 0, max: 1_000_000, noNaN: true }),
				btp: count,
				bfp: count,
				// a slider value: a multiple of 0.1 from 0.1 to 5
				beta: fc.integer({ min: 1, max: 50 }).map((tenths) => tenths / 10),
				f: formula,
				names: fc.uniqueArray(name, { minLength: k, maxLength: k, selector: nameKey }),
				mc: fc.array(fc.array(count, { minLength: k, maxLength: k }), { minLength: k, maxLength: k }),
				focus: fc.integer({ min: 0, max: k - 1 }),
				q: fc.integer({ min: 1, max: 1_000_000 })
			})
		);
		fc.assert(
			fc.property(state, (s) => {
				expect(confusionCodec.decode(viaLink(confusionCodec.encode(s)))).toEqual({ value: s, problems: [] });
			})
		);
	});

	// Each link holds one bad field plus valid ones (fp=3, and cfn=2 where it does not clash)
	// that must survive. `mentions` is a part of the problem message naming what was wrong.
	it.each([
		{ name: 'negative count', input: 'tp=-5', field: 'tp', mentions: '“tp” was “-5”' },
		{ name: 'word for a count', input: 'tp=abc', field: 'tp', mentions: '“tp” was “abc”' },
		{ name: 'fractional count', input: 'tp=1.5', field: 'tp', mentions: '“tp” was “1.5”' },
		{ name: 'count above 10⁹', input: 'tp=99999999999', field: 'tp', mentions: '“tp” was “99999999999”' },
		{ name: 'unknown mode', input: 'mode=evil', field: 'mode', mentions: '“mode” was “evil”' },
		{ name: 'beta below 0.1', input: 'beta=0', field: 'beta', mentions: '“beta” was “0”' },
		{ name: 'beta above 5', input: 'beta=6', field: 'beta', mentions: '“beta” was “6”' },
		{ name: 'negative cost', input: 'cfp=-1', field: 'cfp', mentions: '“cfp” was “-1”' },
		{ name: 'formula with quotes', input: 'f=import("fs")', field: 'f', mentions: '“f” was' },
		{ name: 'formula too long', input: `f=${'1+'.repeat(100)}1`, field: 'f', mentions: '“f” was' },
		{ name: 'matrix of 2 rows, ragged', input: 'mc=1-2.3', field: 'mc', mentions: '“mc” was “1-2.3”' },
		{ name: 'matrix with a word', input: 'mc=1-2-3.4-5-6.7-8-x', field: 'mc', mentions: '“mc” was' },
		{
			name: 'matrix of 7 rows',
			input: `mc=${Array(7).fill(Array(7).fill(1).join('-')).join('.')}`,
			field: 'mc',
			mentions: '“mc” was'
		},
		{
			name: 'matrix cell above 10⁹',
			input: 'mc=1000000001-0-0.0-0-0.0-0-0',
			field: 'mc',
			mentions: '“mc” was'
		},
		{ name: 'two names only', input: 'names=a,b', field: 'names', mentions: '“names” was “a,b”' },
		{ name: 'an empty name', input: 'names=a,,b', field: 'names', mentions: '“names” was “a,,b”' },
		{
			name: 'a 17-character name',
			input: `names=a,b,${'c'.repeat(17)}`,
			field: 'names',
			mentions: '“names” was'
		},
		{ name: 'focus beyond 6 classes', input: 'focus=6', field: 'focus', mentions: '“focus” was “6”' },
		{ name: 'negative focus', input: 'focus=-1', field: 'focus', mentions: '“focus” was “-1”' }
	])('$name ($input): that field falls back, the rest are kept', ({ input, field, mentions }) => {
		const params = new URLSearchParams(input);
		params.set('fp', '3');
		params.set('cfn', '2');
		const { value, problems } = confusionCodec.decode(params);
		expect(value).toEqual({ ...handDefaults, fp: 3, cfn: 2 });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain(mentions);
		expect(problems[0].startsWith(`“${field}”`)).toBe(true);
	});

	it('falls back to default names when the names do not match the matrix size', () => {
		// 4 valid names, default 3×3 matrix
		const { value, problems } = confusionCodec.decode(new URLSearchParams('names=a,b,c,d&tp=3'));
		expect(value).toEqual({ ...handDefaults, tp: 3 });
		expect(problems).toEqual(['The link has 4 class names for a 3×3 matrix; using default names.']);
	});

	it('keeps a valid 4×4 matrix that comes with 5 names, and gives it default names', () => {
		const { value, problems } = confusionCodec.decode(
			new URLSearchParams('names=a,b,c,d,e&mc=1-0-0-0.0-1-0-0.0-0-1-0.0-0-0-1&tp=3')
		);
		expect(value).toEqual({
			...handDefaults,
			tp: 3,
			names: ['cat', 'dog', 'rabbit', 'fox'],
			mc: [
				[1, 0, 0, 0],
				[0, 1, 0, 0],
				[0, 0, 1, 0],
				[0, 0, 0, 1]
			]
		});
		expect(problems).toEqual(['The link has 5 class names for a 4×4 matrix; using default names.']);
	});

	it('keeps a valid bigger matrix when the names match it', () => {
		const { value, problems } = confusionCodec.decode(
			new URLSearchParams('names=a,b,c,d&mc=1-0-0-0.0-1-0-0.0-0-1-0.0-0-0-1&focus=3')
		);
		expect(problems).toEqual([]);
		expect(value.names).toEqual(['a', 'b', 'c', 'd']);
		expect(value.mc).toEqual([
			[1, 0, 0, 0],
			[0, 1, 0, 0],
			[0, 0, 1, 0],
			[0, 0, 0, 1]
		]);
		expect(value.focus).toBe(3);
	});

	it('replaces repeated names with default names, keeping the matrix and the other fields', () => {
		const { value, problems } = confusionCodec.decode(
			new URLSearchParams('names=a,b,a,c&mc=1-0-0-0.0-1-0-0.0-0-1-0.0-0-0-1&tn=9')
		);
		expect(problems).toEqual([
			'The link repeats a class name (or two look the same); using the default names.'
		]);
		expect(value.names).toEqual(['cat', 'dog', 'rabbit', 'fox']);
		expect(value.names).toEqual(defaultClassNames.slice(0, 4));
		expect(value.mc).toHaveLength(4);
		expect(value.tn).toBe(9);
	});

	it('resets a focus beyond the matrix to the first class', () => {
		// focus 3 is a valid field value (0…5) but the default matrix has 3 classes (0…2)
		const { value, problems } = confusionCodec.decode(new URLSearchParams('focus=3&mode=multiclass'));
		expect(value).toEqual({ ...handDefaults, mode: 'multiclass' });
		expect(problems).toEqual(['The link focuses on class 4 of 3; using the first.']);
	});

	it('keeps a focus inside the matrix', () => {
		const { value, problems } = confusionCodec.decode(new URLSearchParams('focus=2'));
		expect(problems).toEqual([]);
		expect(value.focus).toBe(2);
	});

	it('reports several bad fields in one link, each once', () => {
		const { value, problems } = confusionCodec.decode(new URLSearchParams('tp=-5&fn=x&beta=0&tn=12'));
		expect(value).toEqual({ ...handDefaults, tn: 12 });
		expect(problems).toHaveLength(3);
		expect(problems[0]).toMatch(/^“tp”/);
		expect(problems[1]).toMatch(/^“fn”/);
		expect(problems[2]).toMatch(/^“beta”/);
	});

	it.each([
		{
			name: 'beta off the slider’s 0.1 steps',
			query: 'beta=0.15',
			field: 'beta',
			mentions: 'not a multiple of 0.1'
		},
		{ name: 'a quiz seed of 0', query: 'q=0', field: 'q', mentions: 'outside 1–1,000,000' }
	])('refuses $name', ({ query, field, mentions }) => {
		const { value, problems } = confusionCodec.decode(new URLSearchParams(query));
		expect(value).toEqual(handDefaults);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(new RegExp(`^“${field}”`));
		expect(problems[0]).toContain(mentions);
	});

	it('reads "-0" as 0, never as negative zero', () => {
		const { value } = confusionCodec.decode(new URLSearchParams('tp=-0'));
		expect(Object.is(value.tp, 0)).toBe(true);
	});

	it('does not share the default arrays between decodes', () => {
		const first = confusionCodec.decode(new URLSearchParams(''));
		first.value.mc[0][0] = 999;
		first.value.names[0] = 'changed';
		expect(confusionCodec.decode(new URLSearchParams('')).value).toEqual(handDefaults);
		expect(confusionCodec.defaults()).toEqual(handDefaults);
	});
});
