import { describe, expect, it } from 'vitest';
import { enumField, intField, numberField, type Codec, type Field } from '$lib/url/codec';
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

describe('codec edges (the values the extreme-links journey tries)', () => {
	it('are a number field’s bounds and every word of a set', () => {
		expect(intField(5, 2, 40).edges).toEqual(['2', '40']);
		expect(numberField(1, 0.1, 5, 0.1).edges).toEqual(['0.1', '5']);
		expect(enumField('a', ['a', 'b', 'c']).edges).toEqual(['a', 'b', 'c']);
	});

	const codecs: [string, Codec<object>][] = Object.entries({ confusionCodec, cvCodec, splitsCodec, encodingCodec, scalingCodec, kMeansCodec, missingCodec, outliersCodec, overfittingCodec, thresholdCodec });
	it.each(codecs)('%s: every edge of every field is a value its own field accepts', (_, codec) => {
		for (const [name, field] of Object.entries(codec.fields) as [string, Field<unknown>][]) {
			for (const raw of field.edges ?? []) expect(field.parse(raw), `${name}=${raw}`).toMatchObject({ ok: true });
		}
	});
});
