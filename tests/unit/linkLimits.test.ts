/**
 * Links too long to carry: a field longer than its codec reads back is refused unread when a
 * link arrives, and a state that would write one is flagged when it is encoded, so the
 * address is never given a link that would not open as it was made.
 */
import { describe, expect, it, vi } from 'vitest';
import {
	defineCodec,
	enumField,
	intField,
	LinkParams,
	listField,
	maxLengthOf,
	textField,
	type Codec
} from '$lib/url/codec';
import { linkProblem, MAX_QUERY_LENGTH } from '$lib/url/linkLimits.svelte';
import { confusionCodec } from '$lib/widgets/confusion-matrix/codec';
import { cvCodec } from '$lib/widgets/cross-validation/codec';
import { splitsCodec } from '$lib/widgets/data-splits/codec';
import { encodingCodec } from '$lib/widgets/encoding/codec';
import { scalingCodec } from '$lib/widgets/feature-scaling/codec';
import { kMeansCodec } from '$lib/widgets/k-means/codec';
import { missingCodec } from '$lib/widgets/missing-data/codec';
import { outliersCodec } from '$lib/widgets/outliers/codec';
import { overfittingCodec } from '$lib/widgets/overfitting/codec';
import { thresholdCodec } from '$lib/widgets/threshold/codec';

const codecs: [string, Codec<object>][] = [
	['confusion-matrix', confusionCodec],
	['threshold', thresholdCodec],
	['feature-scaling', scalingCodec],
	['missing-data', missingCodec],
	['outliers', outliersCodec],
	['encoding', encodingCodec],
	['k-means', kMeansCodec],
	['data-splits', splitsCodec],
	['cross-validation', cvCodec],
	['overfitting', overfittingCodec]
];

describe('every widget’s fields', () => {
	for (const [slug, codec] of codecs) {
		it(`${slug}: its defaults and edges fit its fields' limits`, () => {
			for (const [name, field] of Object.entries(codec.fields) as [
				string,
				Parameters<typeof maxLengthOf>[0] & {
					default: unknown;
					format(v: unknown): string;
					edges?: readonly string[];
				}
			][]) {
				const limit = maxLengthOf(field);
				expect(field.format(field.default).length, name).toBeLessThanOrEqual(limit);
				for (const edge of field.edges ?? [])
					expect(edge.length, `${name} edge ${edge}`).toBeLessThanOrEqual(limit);
			}
		});
	}
});

describe('a link that arrives too long', () => {
	it('is refused field by field before the field is read', () => {
		const parse = vi.fn(() => ({ ok: true as const, value: 'x' }));
		const codec = defineCodec({
			t: { default: 'a', parse, format: String, maxLength: 10 },
			n: intField(3, 0, 9)
		});
		const { value, problems } = codec.decode(new URLSearchParams({ t: 'y'.repeat(300_000), n: '5' }));
		expect(parse).not.toHaveBeenCalled();
		expect(value).toEqual({ t: 'a', n: 5 });
		expect(problems).toEqual([
			'“t” was “yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy…”: longer than 10 characters; using a.'
		]);
	});

	it('opens a 300 KB confusion-matrix link in a few milliseconds with each field’s own limit', () => {
		const params = new URLSearchParams();
		for (const name of Object.keys(confusionCodec.fields)) params.set(name, '1'.repeat(30_000));
		const start = performance.now();
		const { problems } = confusionCodec.decode(params);
		// generous on a busy machine: a parse of every field in full would take far longer
		expect(performance.now() - start).toBeLessThan(200);
		expect(problems).toHaveLength(Object.keys(confusionCodec.fields).length);
		expect(problems[0]).toBe(
			'“mode” was “1111111111111111111111111111111111111111…”: longer than 10 characters; using binary.'
		);
	});
});

describe('a state too long for a link', () => {
	const codec = defineCodec({
		src: enumField('a', ['a', 'b']),
		ord: textField('', 4000),
		names: listField(['x'], ',', (raw) => raw, { min: 1, max: 3 }, String, 10)
	});

	it('is flagged when encoded, naming the field, its length and its limit', () => {
		// 20,000 categories reordered: positions joined by dots, 109,079 characters as the issue found
		const ord = Array.from({ length: 20_000 }, (_, i) => String(19_999 - i)).join('.');
		const params = codec.encode({ src: 'b', ord, names: ['x'] });
		expect(params).toBeInstanceOf(LinkParams);
		expect(params.tooLong).toEqual([
			`“ord” would take ${ord.length.toLocaleString('en')} characters, over the 4,000 a link carries for it`
		]);
		expect(linkProblem(params)).toBe(
			`“ord” would take ${ord.length.toLocaleString('en')} characters, over the 4,000 a link carries for it.`
		);
	});

	it('passes when every field fits', () => {
		const params = codec.encode({ src: 'b', ord: '2.0.1', names: ['x', 'y'] });
		expect(params.tooLong).toEqual([]);
		expect(linkProblem(params)).toBeNull();
		// a list's limit is its most items at their longest: 3 × (10 + 1)
		expect(maxLengthOf(codec.fields.names)).toBe(33);
	});

	it('is flagged when the whole query passes what servers accept', () => {
		const params = new URLSearchParams({ a: 'x'.repeat(MAX_QUERY_LENGTH) });
		expect(linkProblem(params)).toBe(
			'its address would take 8,002 characters, over the 8,000 that web servers reliably accept.'
		);
	});
});
