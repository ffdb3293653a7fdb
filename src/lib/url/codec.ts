/**
 * URL state: a widget describes its fields once, in a table (name → field), and gets both
 * the encoder and the decoder from it. Decoding checks every field on its own: a missing
 * field takes its default silently; a tampered or out-of-range one takes its default and
 * reports a problem, so the page can say so while keeping every field that was good.
 * Every field has a longest raw value it accepts: a longer one is refused before any work
 * (a 300 KB link opens as fast as a short one), and a state that would write a longer one
 * is not written to the address at all (see linkLimits.ts).
 */
import { largest } from '$lib/ml/extremes';
import { formatCount } from '$lib/format/format';

/** Longest raw value of a field that does not say (every field here does). */
export const DEFAULT_MAX_FIELD_LENGTH = 4_000;
/** Longest a number is written: "-1.2345678901234567e-300" is 24 characters; room for spaces around it. */
const NUMBER_LENGTH = 32;

/** One field of a widget's URL state: its default, and how to read and write it. */
export interface Field<T> {
	default: T;
	/** The value a URL string stands for, or an explanation of why it is not valid. */
	parse(raw: string): { ok: true; value: T } | { ok: false; reason: string };
	format(value: T): string;
	/** Whether two values are the same (defaults to ===; arrays need more). */
	equals?(a: T, b: T): boolean;
	/** Valid raw values at the edges of the domain (a number's bounds, every word of a set), for tests that try extreme links. */
	edges?: readonly string[];
	/** The longest raw value accepted (default {@link DEFAULT_MAX_FIELD_LENGTH}); longer ones are refused unread. */
	maxLength?: number;
	/** A number field's bounds, so a control can take them from the field instead of restating them. */
	range?: NumberRange;
	/** A word field's values in order, so a select or radio group can list them. */
	options?: readonly T[];
}

/** The values a number field accepts: min to max inclusive, whole numbers only if `integer`, multiples of `step` if given. */
export interface NumberRange {
	min: number;
	max: number;
	integer: boolean;
	step?: number;
}

export type Fields<S> = { [K in keyof S]: Field<S[K]> };

export interface Decoded<S> {
	value: S;
	/** One line per field that was present but not valid, naming the field and the fallback. */
	problems: string[];
}

/**
 * Query parameters as a codec writes them, with the fields too long for a link to carry
 * (their value would be refused on the way back in): one sentence each, empty when all fit.
 */
export class LinkParams extends URLSearchParams {
	tooLong: string[] = [];
}

export interface Codec<S> {
	fields: Fields<S>;
	defaults(): S;
	/** Query parameters for a state; a state equal to the defaults gives none. */
	encode(state: S): LinkParams;
	decode(params: URLSearchParams): Decoded<S>;
}

/**
 * The state a codec's field table describes: each widget names its state type this way, so the
 * table is the one place that says which fields there are and what each holds.
 */
export type StateOf<C> = C extends Codec<infer S> ? S : never;

/** The longest raw value `field` accepts. */
export function maxLengthOf(field: Field<unknown>): number {
	return field.maxLength ?? DEFAULT_MAX_FIELD_LENGTH;
}

/** What a codec checks beyond single fields. */
export interface CodecOptions<S> {
	/**
	 * A rule that spans fields (parts that must add to 100%, names as many as the matrix's
	 * classes): given the decoded link and its raw parameters, it replaces what breaks the
	 * rule and adds a problem saying so.
	 */
	check?(decoded: Decoded<S>, params: URLSearchParams): void;
}

export function defineCodec<S extends object>(fields: Fields<S>, options: CodecOptions<S> = {}): Codec<S> {
	const keys = Object.keys(fields) as (keyof S & string)[];
	const same = <K extends keyof S>(key: K, a: S[K], b: S[K]) =>
		fields[key].equals ? fields[key].equals(a, b) : a === b;

	function defaults(): S {
		const state = {} as S;
		for (const key of keys) state[key] = structuredClone(fields[key].default);
		return state;
	}

	return {
		fields,
		defaults,
		encode(state) {
			const params = new LinkParams();
			const allDefault = keys.every((key) => same(key, state[key], fields[key].default));
			// Every field is written once any differs, so a link shows exactly what the sender saw
			// even if a later version of the site changes a default.
			if (allDefault) return params;
			for (const key of keys) {
				const raw = fields[key].format(state[key]);
				const limit = maxLengthOf(fields[key]);
				if (raw.length > limit) {
					params.tooLong.push(
						`“${key}” would take ${formatCount(raw.length)} characters, over the ${formatCount(limit)} a link carries for it`
					);
				}
				params.set(key, raw);
			}
			return params;
		},
		decode(params) {
			const value = defaults();
			const problems: string[] = [];
			for (const key of keys) {
				const raw = params.get(key);
				if (raw === null) continue;
				const limit = maxLengthOf(fields[key]);
				if (raw.length > limit) {
					// refused unread: parsing a 300 KB value would cost time for a value that cannot be valid
					problems.push(
						`“${key}” was ${quote(raw)}: longer than ${formatCount(limit)} characters; using ${fields[key].format(fields[key].default) || 'the default'}.`
					);
					continue;
				}
				const parsed = fields[key].parse(raw);
				if (parsed.ok) value[key] = parsed.value;
				else
					problems.push(
						`“${key}” was ${quote(raw)}: ${parsed.reason}; using ${fields[key].format(fields[key].default) || 'the default'}.`
					);
			}
			const decoded = { value, problems };
			options.check?.(decoded, params);
			return decoded;
		}
	};
}

function quote(raw: string): string {
	const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
	return `“${shown}”`;
}

/** A whole number from min to max inclusive. */
export function intField(defaultValue: number, min: number, max: number): Field<number> {
	return {
		default: defaultValue,
		parse(raw) {
			if (!/^-?\d+$/.test(raw.trim())) return { ok: false, reason: 'not a whole number' };
			const value = Number(raw) + 0; // + 0 turns "-0" into 0
			if (value < min || value > max)
				return { ok: false, reason: `outside ${formatCount(min)}–${formatCount(max)}` };
			return { ok: true, value };
		},
		format: String,
		edges: [String(min), String(max)],
		maxLength: NUMBER_LENGTH,
		range: { min, max, integer: true }
	};
}

/** A finite decimal number from min to max inclusive; with `step`, a multiple of it (a slider's value). */
export function numberField(defaultValue: number, min: number, max: number, step?: number): Field<number> {
	return {
		default: defaultValue,
		parse(raw) {
			const value = (raw.trim() === '' ? NaN : Number(raw)) + 0;
			if (!Number.isFinite(value)) return { ok: false, reason: 'not a number' };
			if (value < min || value > max) return { ok: false, reason: `outside ${min}–${max}` };
			if (step !== undefined && Math.abs(value / step - Math.round(value / step)) > 1e-9)
				return { ok: false, reason: `not a multiple of ${step}` };
			return { ok: true, value };
		},
		format: String,
		edges: [String(min), String(max)],
		maxLength: NUMBER_LENGTH,
		range: { min, max, integer: false, step }
	};
}

/** One of a fixed set of words; `const` keeps them a union of literals when no type is given. */
export function enumField<const T extends string>(defaultValue: NoInfer<T>, values: readonly T[]): Field<T> {
	return {
		default: defaultValue,
		parse(raw) {
			return (values as readonly string[]).includes(raw)
				? { ok: true, value: raw as T }
				: { ok: false, reason: `not one of ${values.join(', ')}` };
		},
		format: String,
		edges: values,
		options: values,
		maxLength: largest(values.map((value) => value.length))
	};
}

/** Free text up to maxLength characters, checked further by `validate` (an error message or null). */
export function textField(
	defaultValue: string,
	maxLength: number,
	validate: (text: string) => string | null = () => null
): Field<string> {
	return {
		default: defaultValue,
		parse(raw) {
			if (raw.length > maxLength) return { ok: false, reason: `longer than ${maxLength} characters` };
			const error = validate(raw);
			return error ? { ok: false, reason: error } : { ok: true, value: raw };
		},
		format: String,
		maxLength
	};
}

/** A table column's name, as the pickers offer it: up to 80 characters, and none that is a control character. */
export function columnField(defaultValue: string): Field<string> {
	return textField(defaultValue, 80, (text) =>
		[...text].some((c) => c.charCodeAt(0) < 32) ? 'holds control characters' : null
	);
}

/** A list of values written with a separator; `item` checks each, `count` bounds the length, `maxItemLength` each item's. */
export function listField<T>(
	defaultValue: T[],
	separator: string,
	item: (raw: string) => T | null,
	count: { min: number; max: number },
	formatItem: (value: T) => string = String,
	maxItemLength = 100
): Field<T[]> {
	return {
		default: defaultValue,
		parse(raw) {
			const parts = raw.split(separator);
			if (parts.length < count.min || parts.length > count.max)
				return { ok: false, reason: `needs ${count.min}–${count.max} items, has ${parts.length}` };
			const values: T[] = [];
			for (const [i, part] of parts.entries()) {
				const value = item(part);
				if (value === null) return { ok: false, reason: `item ${i + 1} is not valid` };
				values.push(value);
			}
			return { ok: true, value: values };
		},
		format: (values) => values.map(formatItem).join(separator),
		equals: (a, b) => a.length === b.length && a.every((v, i) => v === b[i]),
		maxLength: count.max * (maxItemLength + separator.length)
	};
}

/**
 * `list` that also takes the empty list, written as `empty`: a list field needs at least one item,
 * and an empty value reads as "missing", so a list that may be empty says so with a word of its own.
 */
export function allowEmpty<T>(list: Field<T[]>, empty: string): Field<T[]> {
	return {
		...list,
		parse: (raw) => (raw === empty ? { ok: true, value: [] } : list.parse(raw)),
		format: (values) => (values.length === 0 ? empty : list.format(values))
	};
}

/** A square matrix of whole numbers 0…max, rows separated by '.', cells by '-'. */
export function countMatrixField(
	defaultValue: number[][],
	size: { min: number; max: number },
	max: number
): Field<number[][]> {
	return {
		default: defaultValue,
		parse(raw) {
			const rows = raw.split('.').map((row) => row.split('-'));
			const k = rows.length;
			if (k < size.min || k > size.max)
				return { ok: false, reason: `needs ${size.min}–${size.max} rows, has ${k}` };
			const matrix: number[][] = [];
			for (const [i, row] of rows.entries()) {
				if (row.length !== k) return { ok: false, reason: `row ${i + 1} has ${row.length} cells, not ${k}` };
				const values = row.map((cell) => (/^\d+$/.test(cell) ? Number(cell) : NaN));
				if (values.some((v) => !Number.isSafeInteger(v) || v > max))
					return { ok: false, reason: `row ${i + 1} holds a cell that is not a count from 0 to ${max}` };
				matrix.push(values);
			}
			return { ok: true, value: matrix };
		},
		format: (matrix) => matrix.map((row) => row.join('-')).join('.'),
		// each cell at most max's digits, and a separator after it
		maxLength: size.max * size.max * (String(max).length + 1),
		equals: (a, b) =>
			a.length === b.length &&
			a.every((row, i) => row.length === b[i].length && row.every((v, j) => v === b[i][j]))
	};
}

/** Up to `max` points as "x_y" pairs joined by "~", e.g. "250_9000~-3_1.5", each |coordinate| ≤ limit; none is an empty string. */
export function pointsField(max: number, limit: number): Field<[number, number][]> {
	return {
		default: [],
		parse(raw) {
			if (raw === '') return { ok: true, value: [] };
			const parts = raw.split('~');
			if (parts.length > max) return { ok: false, reason: `at most ${max} points` };
			const points: [number, number][] = [];
			for (const [i, part] of parts.entries()) {
				const [x, y, ...rest] = part.split('_').map((v) => (v.trim() === '' ? NaN : Number(v)));
				if (rest.length > 0 || ![x, y].every((v) => Number.isFinite(v) && Math.abs(v) <= limit))
					return { ok: false, reason: `point ${i + 1} is not two numbers` };
				points.push([x, y]);
			}
			return { ok: true, value: points };
		},
		format: (points) => points.map(([x, y]) => `${x}_${y}`).join('~'),
		maxLength: max * (2 * NUMBER_LENGTH + 2),
		equals: (a, b) => a.length === b.length && a.every((p, i) => p[0] === b[i][0] && p[1] === b[i][1])
	};
}
